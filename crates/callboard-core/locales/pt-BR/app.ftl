# The desktop app's own sentences (crates/callboard-app).

## Call views (views.rs)
view-next-wait = Nada foi discado. Aguarde e faça a ligação de novo.
view-next-fix = Corrija o que foi recusado e faça a ligação de novo.
view-next-connection = Nada foi discado. Verifique sua conexão e faça a ligação de novo.
view-not-found-on-contactship = A Contactship não tem registro desta ligação, então o mais provável é que ela não tenha sido feita. { $detail }
view-next-check-again = Verifique de novo em um minuto; se ainda não aparecer, faça a ligação de novo.
view-next-check-status = Clique em “Verificar status” para procurar a ligação na Contactship antes de ligar de novo.
view-sent = Enviada à Contactship
view-found = Encontrada na Contactship: a ligação foi feita
view-not-found-yet = Procurada na Contactship: nenhuma ligação encontrada ainda
view-contact = Contato
view-agent = Agente
view-now = Agora
view-unnamed-agent = Agente sem nome
state-sending = Enviando…
state-placed = Feita
state-finished = Encerrada
state-rejected = Recusada
state-not-sent = Não enviada
state-unknown-not-found = Resultado desconhecido · nenhuma ligação encontrada ainda
state-unknown = Resultado desconhecido
outcome-accepted = Aceita pela Contactship
outcome-rejected = Recusada: { $message }
outcome-not-sent = Não enviada: não foi possível falar com a Contactship
status-scheduled = Agendada
status-in-queue = Na fila
status-in-progress = Em andamento
status-completed = Concluída
status-no-answer = Sem resposta
status-busy = Ocupado
status-failed = Falhou
status-voicemail = Caixa postal
status-incomplete = Incompleta
status-unknown = Status que o Callboard não conhece
status-with-duration = { $status } · { $duration }
status-with-result = { $status } — { $result }
result-answered = atendida
result-voicemail = caixa postal
result-no-answer = sem resposta
result-busy = ocupado
result-failed = falhou
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min { $seconds } s

## Placing a call (calls.rs)
ask-do-not-call = { $name } está na sua lista de não ligar: "{ $reason }". Ligar mesmo assim?
ask-duplicate = Você ligou para { $name } com { $agent } { $ago }. Ligar de novo?
result-rejected = A Contactship recusou a ligação.
result-not-sent = A ligação não foi enviada.
result-unknown = Não sabemos se esta ligação foi feita.
result-scheduled = A ligação para { $name } está agendada para { $when }.
result-placed = A ligação para { $name } foi feita.
unknown-call = Essa ligação não está mais nas suas ligações recentes.

## Connection, files and links
sandbox-start-failed = O sandbox não conseguiu iniciar. Reinicie o Callboard e tente novamente.
key-not-accepted = A Contactship não aceitou esta chave de API. Copie-a de novo no painel da Contactship (configurações de API) e cole a chave inteira.
no-key-yet = Ainda não há chave de API salva: cole sua chave de API da Contactship (do painel da Contactship) e clique em Conectar.
link-not-https = Só é possível abrir links seguros (https).
no-browser = O Callboard não conseguiu abrir seu navegador. Copie o link e cole-o em um navegador.
export-file-gone = Esse arquivo não existe mais. Exporte as ligações de novo.
no-file-manager = O Callboard não conseguiu abrir seu gerenciador de arquivos. O arquivo está em { $path }.
fast-forward-sandbox-only = Avançar o tempo só funciona no sandbox.
prefs-damaged = Seu arquivo de preferências estava danificado, então o Callboard começou com as preferências padrão. O arquivo antigo foi guardado como { $path }.
prefs-damaged-stuck = Seu arquivo de preferências está danificado e não pôde ser movido; as alterações talvez não sejam salvas.
no-downloads-csv = O Callboard não encontrou sua pasta Downloads, então o CSV não foi salvo. Crie uma pasta Downloads na sua pasta pessoal e tente novamente.
csv-write-failed = O Callboard não conseguiu gravar o arquivo CSV em { $path }. Verifique se a pasta existe e se você pode gravar nela.
file-open-failed = Não foi possível abrir esse arquivo. Verifique se ele ainda existe e se não está aberto em outro programa.
no-downloads-list = Este computador não tem uma pasta Downloads para salvar a lista.
list-save-failed = Não foi possível salvar a lista em { $path }. Verifique se há espaço no disco.

## Campaigns and All calls
campaign-nobody-callable = Nenhuma linha desta lista pode receber ligação. Corrija as linhas listadas em Problemas e verifique de novo.
campaign-needs-zone = Algumas pessoas não têm um fuso horário claro. Escolha um em "Fuso horário para o restante".
no-downloads-results = Este computador não tem uma pasta Downloads para salvar os resultados.
results-save-failed = Não foi possível salvar os resultados em { $path }. Verifique se há espaço no disco.
count-waiting = Aguardando o horário
count-due = Na vez
count-answered = Atendidas
count-skipped = Puladas
campaign-gone = Essa campanha não está mais no registro de ligações.
campaign-ready = Pronta para começar
campaign-running = Em andamento
campaign-paused = Pausada
campaign-cancelled = Cancelada
campaign-finished = Concluída
eta-all-handed-over = Todas as ligações já foram entregues; aguardando os últimos resultados.
eta-minutes = { $count ->
        [one] cerca de um minuto
       *[other] cerca de { $count } minutos
    }
eta-hours = cerca de { $count } horas
eta-left = Faltam { $count } ligações: { $when } neste ritmo, se o horário das pessoas permitir.
row-unknown-note = Não foi ligado de novo: confira em Ligações recentes antes de ligar para esta pessoa.
row-next-call = Próxima ligação { $day } { $time }, no horário da pessoa
list-gone = Essa lista não está mais aberta. Escolha o arquivo de novo.
the-file = O arquivo
campaign-interrupted = A campanha "{ $name }" estava em andamento quando o Callboard fechou. Ela está pausada: abra Campanhas para retomá-la.
unknown-agent = Agente desconhecido
date-format = Escreva a data { $label } como ano-mês-dia, ex.: 2026-12-03.
date-from = De
date-to = Até
phone-whole-number = Digite o número completo com o código do país, ex.: +52 55 1234 5678.
dates-reversed = A data De é posterior à data Até.

## How a campaign calls (campaigns/form.rs)
days-every = Todos os dias
days-weekdays = De segunda a sexta
retry-none = ninguém recebe duas ligações
list-and = { $first } e { $last }
retry-some = { $which }: nova tentativa depois de { $minutes } minutos, no máximo { $attempts } ligações por pessoa
campaign-describe = { $days } das { $start } às { $end } no horário de cada pessoa, { $per_minute } ligações por minuto, no máximo { $at_once } ao mesmo tempo; { $retry }.
