# Erros que qualquer tela pode mostrar.

not-connected = O Callboard ainda não está conectado. Conecte sua conta da Contactship ou experimente o sandbox.
internal = Algo deu errado dentro do Callboard. Tente novamente; se continuar acontecendo, reinicie o aplicativo.

## Time words
ago-under-a-minute = há menos de um minuto
ago-minutes = { $count ->
        [one] há 1 minuto
       *[other] há { $count } minutos
    }

## Dates
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
weekday-short-1 = seg
weekday-short-2 = ter
weekday-short-3 = qua
weekday-short-4 = qui
weekday-short-5 = sex
weekday-short-6 = sáb
weekday-short-7 = dom
day-label = { $day } de { $month }
in-under-a-minute = em menos de um minuto
span-days = { $count ->
        [one] 1 dia
       *[other] { $count } dias
    }
span-hours = { $count } h
span-minutes = { $count } min
relative-in = em { $span }
relative-ago = há { $span }

## Contactship's answers (words.rs)
api-invalid-base-url = O endereço da Contactship não é válido. Confira em Configurações.
api-client-init = O Callboard não conseguiu preparar a conexão de rede. Reinicie o aplicativo e tente novamente.
api-unauthorized = A chave de API não foi aceita. Cole uma nova em Configurações.
api-not-found = A Contactship não encontrou esse item. Talvez ele tenha sido excluído; atualize e tente novamente.
api-not-found-contact = A Contactship não encontrou esse contato. Talvez ele tenha sido excluído; atualize e tente novamente.
api-not-found-agent = A Contactship não encontrou esse agente. Talvez ele tenha sido excluído; atualize e tente novamente.
api-not-found-call = A Contactship não encontrou essa ligação. Talvez ela tenha sido excluída; atualize e tente novamente.
api-not-found-number = A Contactship não encontrou esse número de telefone. Talvez ele tenha sido excluído; atualize e tente novamente.
api-conflict-phone = Já existe um contato com este número de telefone na Contactship.
api-conflict = A Contactship já tem um registro com este “{ $field }”.
api-rate-limited-in = A Contactship está ocupada; tente novamente em { $seconds } s.
api-rate-limited = A Contactship está ocupada; tente novamente em instantes.
api-server = A Contactship teve um problema (erro { $status }). A solicitação pode ter sido processada ou não; confira antes de tentar de novo.
api-unexpected-status = A Contactship respondeu de forma inesperada (status { $status }). Confira o endereço da Contactship em Configurações.
api-timeout = A Contactship não respondeu a tempo. A solicitação pode ter sido processada ou não; confira antes de tentar de novo.
api-connect-dns = Não foi possível falar com a Contactship: o endereço não foi encontrado. Verifique sua conexão com a internet.
api-connect-refused = Não foi possível falar com a Contactship: a conexão foi recusada. Confira o endereço em Configurações.
api-connect-timeout = Não foi possível falar com a Contactship a tempo. Verifique sua conexão com a internet.
api-connect-other = Não foi possível falar com a Contactship. Verifique sua conexão com a internet.
api-tls = O Callboard não conseguiu abrir uma conexão segura com a Contactship. Confira o endereço, sua rede ou um proxy que intercepte o tráfego.
api-connection-lost = A conexão com a Contactship caiu. A solicitação pode ter sido processada ou não; confira antes de tentar de novo.
api-decode = A Contactship enviou uma resposta que o Callboard não conseguiu ler (status { $status }). A solicitação pode ter sido processada ou não; confira antes de tentar de novo.
api-too-large = A Contactship enviou uma resposta grande demais para ler (status { $status }). A solicitação pode ter sido processada ou não; confira antes de tentar de novo.
api-rejected = A Contactship recusou a solicitação porque falta informação ou ela não é válida.
api-rejected-one = A Contactship recusou a solicitação: { $field } está faltando ou não é válido.
api-rejected-some = A Contactship recusou a solicitação: { $first } e { $last } estão faltando ou não são válidos.
api-rejected-more = A Contactship recusou a solicitação: { $first } e mais { $count } estão faltando ou não são válidos.

## Field names and validation rules (words.rs)
field-phone = O número de telefone
field-from-number = O número de origem
field-full-name = O nome
field-email = O e-mail
field-country = O país
field-agent = O agente
field-contact = O contato
field-webhook = O endereço do webhook
field-metadata = Os metadados
field-additional-data = Os dados adicionais
field-delay = O atraso
field-schedule-time = O horário agendado
field-timezone = O fuso horário
rule-required = { $subject }: este campo é obrigatório.
rule-too-long = { $subject } tem mais de { $max } caracteres.
rule-invisible = { $subject } contém um caractere invisível. Digite ou cole de novo.
rule-whitespace = { $subject } não pode conter espaços.
rule-not-e164 = { $subject } deve estar no formato internacional: + e o código do país, só dígitos (por exemplo +12025550123).
rule-invalid-phone = { $subject } não é um número de telefone válido para o país.
rule-invalid-email = { $subject } não é um endereço de e-mail válido.
rule-invalid-url = { $subject } deve ser um endereço https:// completo.
rule-key-empty = Dê um nome a este valor (por exemplo amount_debt).
rule-key-too-long = O nome “{ $key }” é longo demais; são permitidos no máximo { $max } caracteres.
rule-key-space = O nome “{ $key }” contém um espaço: use só letras sem acentos (a–z, A–Z), dígitos, _ . ou - em um nome.
rule-key-character = O nome “{ $key }” contém “{ $character }”: use só letras sem acentos (a–z, A–Z), dígitos, _ . ou - em um nome.
rule-key-duplicate = “{ $key }” aparece duas vezes. Cada nome só pode aparecer uma vez.
rule-key-reserved = “{ $key }” é reservado pelo Callboard. Use outro nome.
rule-value-empty = Digite um valor para “{ $key }” ou remova-o.
rule-value-too-long = O valor de “{ $key }” tem mais de { $max } caracteres.
rule-metadata-too-large = Os metadados são grandes demais: são permitidos no máximo { $max } bytes. Remova ou encurte alguns valores.
rule-other = { $subject } não pode ser usado assim. Confira e tente novamente.

## Placing calls (placement.rs)
placement-unknown = Resultado desconhecido: confira antes de ligar de novo. { $detail }
placement-no-record = O Callboard não tem registro dessa tentativa de ligação.
placement-not-placed = Esta ligação não foi feita, então não há status para verificar.

## The keychain (secrets)
store-secret-service = cofre de senhas (GNOME Keyring / Secret Service)
store-keychain = Chaves
store-credential-manager = Gerenciador de Credenciais
store-memory = só nesta sessão
place-secret-service = o cofre de senhas do seu computador (GNOME Keyring / Secret Service)
place-keychain = as Chaves do seu Mac
place-credential-manager = o Gerenciador de Credenciais do Windows
secret-unavailable = O { $store } do seu computador não está disponível, então a chave de API não pode ser salva lá. Você pode usar a chave só nesta sessão; ela será esquecida quando o Callboard fechar.
secret-locked = O { $store } está bloqueado, então o Callboard não consegue acessar a chave de API. Desbloqueie-o (entrar de novo no computador costuma resolver) e tente novamente, ou use a chave só nesta sessão.
secret-unreadable = A chave de API salva no { $store } não pode ser lida. Remova-a em Configurações e cole a chave de novo.
secret-failed = O { $store } não conseguiu concluir a solicitação. Tente novamente ou use a chave só nesta sessão.

## Scheduling (schedule/error.rs)
schedule-invalid-format = Escreva o horário como ano-mês-dia horas:minutos:segundos, por exemplo 2026-06-15 14:30:00.
schedule-not-a-time = { $value } não é uma data e hora reais. Confira o dia, o mês e a hora.
schedule-unknown-zone = "{ $name }" não é um fuso horário que conhecemos. Escolha um da lista, por exemplo America/Sao_Paulo.
schedule-repeated-not-sendable = { $time } de { $day } acontece duas vezes em { $zone } e o Callboard não consegue dizer à Contactship exatamente qual você quer. Escolha um horário fora da hora repetida.
schedule-in-past = Esse horário já passou. Escolha um horário pelo menos um minuto a partir de agora.
schedule-too-soon = Falta menos de um minuto para esse horário. Escolha um horário pelo menos um minuto a partir de agora, ou ligue agora.
schedule-too-far = As ligações podem ser agendadas com no máximo 365 dias de antecedência. Escolha uma data anterior.
time-on-day = { $time } de { $day }
schedule-nonexistent = { $time } de { $day } não existe em { $zone } porque os relógios são adiantados. O próximo horário válido é { $next }.
schedule-ambiguous = { $time } de { $day } acontece duas vezes em { $zone } porque os relógios são atrasados. Escolha o primeiro ({ $first }) ou o segundo ({ $second }).
hours-not-a-time = Digite um horário como 08:00 (formato 24 horas).
hours-empty = O horário de ligações não pode começar e terminar no mesmo horário ({ $at }). Por exemplo, das 8:00 às 21:00.
hours-overnight = O horário de ligações deve começar antes de terminar no mesmo dia: de { $start } a { $end } significaria ligar de madrugada. Por exemplo, das 8:00 às 21:00.

## The call form (draft.rs)
draft-choose-contact = Escolha para quem ligar.
draft-delay-number = Digite os minutos como um número inteiro, por exemplo 15.
draft-delay-max = O atraso pode ser de no máximo { $max } minutos (7 dias). Para ligações mais tarde, escolha uma data e hora.
draft-date-format = Digite uma data como 2026-06-15.
draft-time-format = Digite um horário como 14:30.
draft-the-name = O nome
draft-the-value = O valor
draft-too-many-rows = É possível enviar no máximo { $max } linhas em uma ligação.
draft-choose-agent = Escolha um agente para fazer a ligação.
draft-choose-number = Escolha um número de origem.
phone-enter-number = Digite o número de telefone para o qual ligar.
phone-not-valid = "{ $number }" não é um número de telefone que possa receber ligações. Confira os dígitos e o país.
phone-needs-country = Escolha o país do número, ou escreva-o com + e o código do país (por exemplo +55 11 91234 5678).
phone-enter-name = Digite o nome que o agente deve usar.
phone-enter-name-contact = Digite o nome do contato.
phone-enter-number-contact = Digite o número de telefone do contato.
