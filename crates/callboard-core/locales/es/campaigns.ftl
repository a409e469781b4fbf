# Campañas: revisión de una lista, sus columnas y su archivo, el formulario de campaña, la ejecución, los resultados.

## Una fila de la lista a la que no se puede llamar. Va después de "Fila 7: ", por eso empieza en minúscula.

row-problem-no-phone = no tiene número de teléfono
row-problem-bad-phone = "{ $value }" no es un número de teléfono{ $hint }
row-problem-hint-country-code = {" "}(escríbalo con + y el código del país, o elija un país predeterminado)
row-problem-hint-for-country = {" "}para el país { $country }
row-problem-bad-country = "{ $value }" no es un país que Callboard conozca; escriba su nombre o su código de dos letras
row-problem-bad-zone = "{ $value }" no es una zona horaria; use un nombre como America/Bogota
row-problem-bad-email = "{ $value }" no es una dirección de correo electrónico
row-problem-bad-contact-id = "{ $value }" no es un ID de contacto de Contactship
row-issue = Fila { $row }: { $problem }.

## Qué contiene cada columna.

column-untitled = Columna { $letter }
mapping-no-phone = Elija la columna que contiene el número de teléfono (o el ID de contacto de Contactship).
mapping-same-field = Las columnas { $first } y { $second } se usan ambas como { $field }; deje solo una.
mapping-field-name = { $field ->
        [name] Nombre
        [phone] Teléfono
        [email] Correo electrónico
        [country] País
        [time_zone] Zona horaria
       *[contact_id] ID de contacto
    }
mapping-empty-key = La clave de datos adicionales de la columna { $column } está vacía; póngale un nombre o ignore la columna.
mapping-same-key = Las columnas { $first } y { $second } envían ambas la clave de datos adicionales "{ $key }"; cambie el nombre de una.

## Cómo se leyó el archivo.

sheet-format-xlsx = un libro de Excel, su primera hoja
sheet-format-csv = CSV separado por { $separator }, { $encoding }
sheet-separator-tab = tabulador
sheet-encoding-utf8-bom = UTF-8 con marca de orden de bytes
sheet-error-empty = El archivo está vacío: no tiene filas a las que llamar.
sheet-error-workbook = No se pudo leer este archivo de Excel ({ $reason }). Vuelva a guardarlo desde Excel o expórtelo como CSV.
sheet-error-csv = No se pudo leer la fila { $row } ({ $reason }). Revise las comillas del archivo en esa fila.

## El formulario de campaña. Cada mensaje dice qué cambiar.

settings-no-name = Póngale un nombre a la campaña.
settings-name-too-long = El nombre debe tener menos de { $max } caracteres.
settings-no-agent = Elija el agente que hará las llamadas.
settings-no-number = Elija al menos un número de origen.
settings-no-days = Elija al menos un día de la semana para llamar.
settings-outside-calling-hours = Este horario se sale de su horario de llamadas ({ $start }–{ $end } en la hora de cada persona). Confirme que de verdad quiere llamar a esas horas.
settings-stop-before-start = La hora de finalización debe ser posterior a la hora de inicio.
settings-stop-in-the-past = La hora de finalización ya pasó.
settings-pace = Las llamadas por minuto deben estar entre 1 y { $max }.
settings-max-active = Las llamadas simultáneas deben estar entre 1 y { $max }.
settings-max-attempts = Los intentos por persona deben estar entre 1 y { $max }.
settings-retry-too-soon = Espere al menos { $minutes } { $minutes ->
        [one] minuto
       *[other] minutos
    } antes de volver a llamar a alguien.
settings-same-key = La clave de datos adicionales "{ $key }" se usa dos veces.
settings-empty-key = Hay una clave de datos adicionales o de metadatos vacía.

## Una campaña en curso.

runner-settings-unreadable = Esta versión de Callboard no puede leer la configuración de esta campaña.
runner-unauthorized = Contactship rechazó la clave de API, así que la campaña se pausó. Revise la clave en Configuración y luego reanúdela.
runner-crashed = detenida en un fallo simulado

## Por qué se omitió una fila. Va después de "Omitida: ", por eso empieza en minúscula.

campaign-skip-unknown-zone = su zona horaria no es una que esta versión de Callboard conozca
campaign-skip-window-closed = su horario de llamadas no vuelve a abrirse antes de que termine la campaña
campaign-skip-stopped-before-window = la campaña terminó antes de que se abriera su horario de llamadas
campaign-skip-no-phone-nor-contact = no tiene número de teléfono ni ID de contacto
campaign-skip-refused = Contactship rechazó la llamada: { $message }
campaign-skip-not-sent = no se pudo enviar su llamada: { $message }
campaign-skip-contact-refused = Contactship rechazó su contacto: { $message }

## Cómo terminó una llamada, según la cuenta de la campaña.

ending-answered = Contestada
ending-no-answer = Sin respuesta
ending-voicemail = Buzón de voz
ending-busy = Ocupado
ending-failed = Fallida

## El archivo de resultados: las columnas que siguen a las de la lista y el estado de cada fila.

results-column-row = Fila
results-column-state = Estado en Callboard
results-column-outcome = Resultado
results-column-attempts = Intentos
results-column-call-ids = ID de llamadas
results-column-last-call-at = Última llamada (UTC)
results-column-duration = Duración (s)
results-column-summary = Resumen
results-column-sentiment = Sentimiento
results-write-failed = No se pudo escribir el archivo de resultados ({ $reason }).
row-state-not-called = Aún sin llamar
row-state-waiting-again = Esperando una nueva llamada
row-state-in-progress = En curso
row-state-done = Terminada
row-state-skipped = Omitida
row-state-skipped-because = Omitida: { $reason }
row-state-unknown = Resultado desconocido
