# Campanhas: verificação de uma lista, suas colunas e seu arquivo, o formulário da campanha, a execução, os resultados.

## Uma linha da lista para a qual não dá para ligar. Vem depois de "Linha 7: ", por isso começa com minúscula.

row-problem-no-phone = não tem número de telefone
row-problem-bad-phone = "{ $value }" não é um número de telefone{ $hint }
row-problem-hint-country-code = {" "}(escreva com + e o código do país, ou escolha um país padrão)
row-problem-hint-for-country = {" "}para o país { $country }
row-problem-bad-country = "{ $value }" não é um país que o Callboard conheça; escreva o nome ou o código de duas letras
row-problem-bad-zone = "{ $value }" não é um fuso horário; use um nome como America/Sao_Paulo
row-problem-bad-email = "{ $value }" não é um endereço de e-mail
row-problem-bad-contact-id = "{ $value }" não é um ID de contato da Contactship
row-issue = Linha { $row }: { $problem }.

## O que cada coluna contém.

column-untitled = Coluna { $letter }
mapping-no-phone = Escolha a coluna que tem o número de telefone (ou o ID de contato da Contactship).
mapping-same-field = As colunas { $first } e { $second } estão sendo usadas como { $field }; mantenha só uma.
mapping-field-name = { $field ->
        [name] Nome
        [phone] Telefone
        [email] E-mail
        [country] País
        [time_zone] Fuso horário
       *[contact_id] ID de contato
    }
mapping-empty-key = A chave de dados adicionais da coluna { $column } está vazia; dê um nome a ela ou ignore a coluna.
mapping-same-key = As colunas { $first } e { $second } enviam a mesma chave de dados adicionais "{ $key }"; renomeie uma delas.

## Como o arquivo foi lido.

sheet-format-xlsx = uma pasta de trabalho do Excel, a primeira planilha
sheet-format-csv = CSV separado por { $separator }, { $encoding }
sheet-separator-tab = tabulação
sheet-encoding-utf8-bom = UTF-8 com marca de ordem de bytes
sheet-error-empty = O arquivo está vazio: não tem linhas para ligar.
sheet-error-workbook = Não foi possível ler este arquivo do Excel ({ $reason }). Salve-o de novo pelo Excel ou exporte-o como CSV.
sheet-error-csv = Não foi possível ler a linha { $row } ({ $reason }). Confira as aspas do arquivo nessa linha.

## O formulário da campanha. Cada mensagem diz o que mudar.

settings-no-name = Dê um nome à campanha.
settings-name-too-long = O nome deve ter menos de { $max } caracteres.
settings-no-agent = Escolha o agente que vai fazer as ligações.
settings-no-number = Escolha pelo menos um número de origem.
settings-no-days = Escolha pelo menos um dia da semana para ligar.
settings-outside-calling-hours = Esses horários passam do seu horário de ligações ({ $start }–{ $end } no horário de cada pessoa). Confirme que você quer mesmo ligar nesses horários.
settings-stop-before-start = O horário de término precisa ser depois do horário de início.
settings-stop-in-the-past = O horário de término já passou.
settings-pace = As ligações por minuto devem ficar entre 1 e { $max }.
settings-max-active = As ligações simultâneas devem ficar entre 1 e { $max }.
settings-max-attempts = As tentativas por pessoa devem ficar entre 1 e { $max }.
settings-retry-too-soon = Espere pelo menos { $minutes } { $minutes ->
        [one] minuto
       *[other] minutos
    } antes de ligar de novo para alguém.
settings-same-key = A chave de dados adicionais "{ $key }" aparece duas vezes.
settings-empty-key = Há uma chave de dados adicionais ou de metadados vazia.

## Uma campanha em andamento.

runner-settings-unreadable = Esta versão do Callboard não consegue ler as configurações desta campanha.
runner-unauthorized = A Contactship recusou a chave de API, então a campanha foi pausada. Confira a chave em Configurações e depois retome.
runner-crashed = parada em uma falha simulada

## Por que uma linha foi ignorada. Vem depois de "Ignorada: ", por isso começa com minúscula.

campaign-skip-unknown-zone = o fuso horário dela não é um que esta versão do Callboard conheça
campaign-skip-window-closed = o horário de ligações dela não abre de novo antes de a campanha terminar
campaign-skip-stopped-before-window = a campanha terminou antes de abrir o horário de ligações dela
campaign-skip-no-phone-nor-contact = não tem número de telefone nem ID de contato
campaign-skip-refused = A Contactship recusou a ligação: { $message }
campaign-skip-not-sent = não foi possível enviar a ligação: { $message }
campaign-skip-contact-refused = A Contactship recusou o contato: { $message }

## Como uma ligação terminou, do jeito que a campanha conta.

ending-answered = Atendida
ending-no-answer = Não atendida
ending-voicemail = Caixa postal
ending-busy = Ocupado
ending-failed = Falhou

## O arquivo de resultados: as colunas depois das da lista e a situação de cada linha.

results-column-row = Linha
results-column-state = Situação no Callboard
results-column-outcome = Resultado
results-column-attempts = Tentativas
results-column-call-ids = IDs das ligações
results-column-last-call-at = Última ligação (UTC)
results-column-duration = Duração (s)
results-column-summary = Resumo
results-column-sentiment = Sentimento
results-write-failed = Não foi possível gravar o arquivo de resultados ({ $reason }).
row-state-not-called = Ainda não ligada
row-state-waiting-again = Aguardando nova ligação
row-state-in-progress = Em andamento
row-state-done = Concluída
row-state-skipped = Ignorada
row-state-skipped-because = Ignorada: { $reason }
row-state-unknown = Resultado desconhecido
