# The desktop app's own sentences (crates/callboard-app).

## Call views (views.rs)
view-next-wait = No se marcó nada. Espere y vuelva a hacer la llamada.
view-next-fix = Corrija lo que se rechazó y vuelva a hacer la llamada.
view-next-connection = No se marcó nada. Revise su conexión y vuelva a hacer la llamada.
view-not-found-on-contactship = Contactship no tiene registro de esta llamada, así que lo más probable es que no se haya hecho. { $detail }
view-next-check-again = Vuelva a revisar en un minuto; si sigue sin aparecer, haga la llamada de nuevo.
view-next-check-status = Pulse «Consultar estado» para buscar la llamada en Contactship antes de volver a llamar.
view-sent = Enviada a Contactship
view-found = Encontrada en Contactship: la llamada se hizo
view-not-found-yet = Buscada en Contactship: todavía no aparece ninguna llamada
view-contact = Contacto
view-agent = Agente
view-now = Ahora
view-unnamed-agent = Agente sin nombre
state-sending = Enviando…
state-placed = Hecha
state-finished = Terminada
state-rejected = Rechazada
state-not-sent = No enviada
state-unknown-not-found = Resultado desconocido · todavía no aparece ninguna llamada
state-unknown = Resultado desconocido
outcome-accepted = Aceptada por Contactship
outcome-rejected = Rechazada: { $message }
outcome-not-sent = No enviada: no se pudo contactar a Contactship
status-scheduled = Programada
status-in-queue = En cola
status-in-progress = En curso
status-completed = Completada
status-no-answer = Sin respuesta
status-busy = Ocupado
status-failed = Fallida
status-voicemail = Buzón de voz
status-incomplete = Incompleta
status-unknown = Estado que Callboard no conoce
status-with-duration = { $status } · { $duration }
status-with-result = { $status } — { $result }
result-answered = contestada
result-voicemail = buzón de voz
result-no-answer = sin respuesta
result-busy = ocupado
result-failed = fallida
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min { $seconds } s

## Placing a call (calls.rs)
ask-do-not-call = { $name } está en su lista de no llamar: "{ $reason }". ¿Llamar de todos modos?
ask-duplicate = Llamó a { $name } con { $agent } { $ago }. ¿Llamar otra vez?
result-rejected = Contactship rechazó la llamada.
result-not-sent = La llamada no se envió.
result-unknown = No sabemos si esta llamada se hizo.
result-scheduled = La llamada a { $name } está programada para { $when }.
result-placed = La llamada a { $name } se hizo.
unknown-call = Esa llamada ya no está en sus llamadas recientes.

## Connection, files and links
sandbox-start-failed = El sandbox no pudo iniciarse. Reinicie Callboard e inténtelo de nuevo.
key-not-accepted = Contactship no aceptó esta clave de API. Cópiela otra vez desde su panel de Contactship (configuración de la API) y pegue la clave completa.
no-key-yet = Todavía no hay ninguna clave de API guardada: pegue su clave de API de Contactship (del panel de Contactship) y pulse Conectar.
link-not-https = Solo se pueden abrir enlaces seguros (https).
no-browser = Callboard no pudo abrir su navegador. Copie el enlace y péguelo en un navegador.
export-file-gone = Ese archivo ya no está. Vuelva a exportar las llamadas.
no-file-manager = Callboard no pudo abrir su explorador de archivos. El archivo está en { $path }.
fast-forward-sandbox-only = Adelantar el tiempo solo funciona en el sandbox.
prefs-damaged = Su archivo de preferencias estaba dañado, así que Callboard empezó con las preferencias predeterminadas. El archivo anterior se guardó como { $path }.
prefs-damaged-stuck = Su archivo de preferencias está dañado y no se pudo apartar; es posible que los cambios no se guarden.
no-downloads-csv = Callboard no encontró su carpeta Descargas, así que el CSV no se guardó. Cree una carpeta Descargas en su carpeta personal e inténtelo de nuevo.
csv-write-failed = Callboard no pudo escribir el archivo CSV en { $path }. Revise que la carpeta exista y que pueda escribir en ella.
file-open-failed = No se pudo abrir ese archivo. Revise que todavía exista y que no esté abierto en otro programa.
no-downloads-list = Esta computadora no tiene una carpeta Descargas donde guardar la lista.
list-save-failed = No se pudo guardar la lista en { $path }. Revise que haya espacio en el disco.

## Campaigns and All calls
campaign-nobody-callable = No se puede llamar a ninguna fila de esta lista. Corrija las filas que aparecen en Problemas y vuelva a revisarla.
campaign-needs-zone = Algunas personas no tienen una zona horaria clara. Elija una en "Zona horaria para el resto".
no-downloads-results = Esta computadora no tiene una carpeta Descargas donde guardar los resultados.
results-save-failed = No se pudieron guardar los resultados en { $path }. Revise que haya espacio en el disco.
count-waiting = Esperando su horario
count-due = Pendiente ahora
count-answered = Contestadas
count-skipped = Omitidas
campaign-gone = Esa campaña ya no está en el registro de llamadas.
campaign-ready = Lista para empezar
campaign-running = En curso
campaign-paused = En pausa
campaign-cancelled = Cancelada
campaign-finished = Terminada
eta-all-handed-over = Ya se entregaron todas las llamadas; esperando los últimos resultados.
eta-minutes = { $count ->
        [one] alrededor de un minuto
       *[other] alrededor de { $count } minutos
    }
eta-hours = alrededor de { $count } horas
eta-left = Faltan { $count } por llamar: { $when } a este ritmo, si su horario lo permite.
row-unknown-note = No se volvió a llamar: revísela en Llamadas recientes antes de llamar a esta persona.
row-next-call = Próxima llamada { $day } { $time }, hora local de la persona
list-gone = Esa lista ya no está abierta. Elija el archivo otra vez.
the-file = El archivo
campaign-interrupted = La campaña "{ $name }" estaba en curso cuando se cerró Callboard. Está en pausa: abra Campañas para reanudarla.
unknown-agent = Agente desconocido
date-format = Escriba la fecha { $label } como año-mes-día, p. ej., 2026-12-03.
date-from = Desde
date-to = Hasta
phone-whole-number = Escriba el número completo con su código de país, p. ej., +52 55 1234 5678.
dates-reversed = La fecha Desde es posterior a la fecha Hasta.

## How a campaign calls (campaigns/form.rs)
days-every = Todos los días
days-weekdays = De lunes a viernes
retry-none = a nadie se le llama dos veces
list-and = { $first } y { $last }
retry-some = { $which }: se vuelve a intentar después de { $minutes } minutos, { $attempts } llamadas por persona como máximo
campaign-describe = { $days } de { $start } a { $end } en la hora de cada persona, { $per_minute } llamadas por minuto, como máximo { $at_once } a la vez; { $retry }.
