# callboard-cli: lo que muestra para las personas (la salida JSON no se traduce). Un rechazo va
# después de "callboard-cli: ", por eso empieza en minúscula. Las opciones (--zone), los comandos
# (`campaign run`) y los valores de las opciones (mon, no-answer) se escriben tal cual.

## La carpeta de datos, Contactship y el historial.

cli-no-data-folder = esta computadora no tiene carpeta de datos de usuario; indique --data-dir.
cli-no-api-key = no hay clave de API: defina CONTACTSHIP_API_KEY o guarde primero su clave en la aplicación Callboard.
cli-bad-api-key = CONTACTSHIP_API_KEY no es una clave de API que Contactship pueda aceptar.
cli-could-not-start = no se pudo iniciar ({ $reason }).
cli-key-refused = Contactship rechazó la clave de API; revise CONTACTSHIP_API_KEY o la clave guardada en la aplicación.
cli-contactship-unreachable = no se pudo consultar a Contactship ({ $reason }).
cli-no-such-agent = --agent: Contactship no tiene ningún agente "{ $agent }"; sus agentes son { $agents }.
cli-no-such-number = --from-number: Contactship no tiene ningún número "{ $number }" en esta organización.
cli-store-in-use = la aplicación Callboard (u otra ejecución de campaña) tiene abierta esta carpeta de datos; ciérrela o pause allí la campaña, y vuelva a intentarlo.

## campaign check

cli-unknown-country = "{ $country }" no es un país que Callboard conozca; indique en --default-country un nombre o un código de dos letras, como CO.
cli-unknown-zone = "{ $zone }" no es una zona horaria; indique en --zone un nombre como America/Bogota.
cli-file-unreadable = no se pudo leer { $file } ({ $reason }).
cli-dnc-unreadable = no se pudo leer la lista de no llamar: { $reason }
cli-new-contacts = { $count ->
        [one] Se agregará { $count } contacto nuevo a Contactship.
       *[other] Se agregarán { $count } contactos nuevos a Contactship.
    }
cli-new-contacts-not-counted = No se contaron los contactos nuevos: defina CONTACTSHIP_API_KEY (o guarde la clave en la aplicación) para contarlos.
cli-result-unwritable = no se pudo escribir el resultado ({ $reason }).
cli-check-no-header-row = sin fila de encabezados
cli-check-header-row = encabezados en la fila { $row }
cli-check-summary = Se { $count ->
        [one] revisó { $count } fila
       *[other] revisaron { $count } filas
    } de { $file } ({ $how }; { $headers }).
cli-column = columna { $column } → { $used }
cli-column-field = { $field ->
        [name] nombre
        [phone] teléfono
        [email] correo electrónico
        [country] país
        [time_zone] zona horaria
       *[contact_id] ID de contacto
    }
cli-column-data = datos adicionales "{ $key }"
cli-column-ignored = se ignora
cli-check-callable = Se puede llamar a { $valid }; a { $invalid } no.
cli-check-duplicate = La fila { $row } es la misma persona que la fila { $same_as }: se combinaron.
cli-check-dnc = La fila { $row } está en la lista de no llamar ({ $reason }): se omite.
cli-check-needs-zone = { $count ->
        [one] { $count } persona no tiene
       *[other] { $count } personas no tienen
    } una zona horaria clara: indique --zone (por ejemplo, --zone America/Mexico_City).

## campaign run y resume

cli-run-skipped = omitida: { $reason }
cli-run-merged = combinada: la fila { $row } es la misma persona que la fila { $same_as }.
cli-run-dnc = omitida: la fila { $row } está en la lista de no llamar ({ $reason }).
cli-run-nothing-to-call = no se puede llamar a ninguna fila de { $file }; vea `campaign check`.
cli-run-needs-zone = { $count ->
        [one] { $count } persona no tiene
       *[other] { $count } personas no tienen
    } una zona horaria clara; indique --zone (por ejemplo, --zone America/Mexico_City).
cli-run-name-taken = ya existe una campaña llamada "{ $name }"; indique otro nombre en --name o reanúdela.
cli-resume-ended = "{ $name }" ya terminó ({ $state }), así que no hay nada que reanudar.
cli-default-campaign-name = campaña
cli-option-the-campaign = la campaña
cli-bad-window = --window: "{ $window }" no es un horario; escríbalo como HH:MM-HH:MM, por ejemplo 09:00-18:00.
cli-bad-day = --days: "{ $day }" no es un día; use mon,tue,wed,thu,fri,sat,sun o all.
cli-bad-retry = --retry: "{ $ending }" no es una forma de terminar una llamada; use no-answer, busy, voicemail o none.
cli-paused = En pausa. Las llamadas ya entregadas a Contactship van a sonar de todos modos; continúe con `callboard-cli campaign resume --name "{ $name }"`.
cli-all-handed-over = Ya se entregaron todas las llamadas. Para recoger los últimos resultados y hacer los reintentos, ejecute `callboard-cli campaign resume --name "{ $name }" --follow`.
cli-progress = { $handed_over }/{ $total } entregadas · { $active } en curso · { $done } terminadas · { $skipped } omitidas · { $unknown } con resultado desconocido

## campaign status

cli-campaign-state = { $state ->
        [ready] lista
        [running] en curso
        [paused] en pausa
        [cancelled] cancelada
       *[finished] terminada
    }
cli-status-no-campaigns = todavía no hay campañas en { $folder }; inicie una con `campaign run`.
cli-status-no-such-campaign = no hay ninguna campaña llamada "{ $name }"; las campañas son: { $names }.
cli-status-unprintable = no se pudo mostrar el estado ({ $reason }).
cli-status-rows-in-state = { $count } { $state ->
        [waiting] en espera
        [placing] en marcación
        [active] en curso
        [done] { $count ->
            [one] terminada
           *[other] terminadas
        }
        [skipped] { $count ->
            [one] omitida
           *[other] omitidas
        }
       *[unknown] con resultado desconocido
    }
cli-status-sentence = La campaña "{ $name }" está { $state } ({ $count } { $count ->
        [one] persona
       *[other] personas
    } de { $source }, creada el { $created }): { $rows }.
cli-status-no-rows = sin filas

## calls list

cli-calls-bad-status = "{ $status }" no es un estado de llamada; indique en --status uno de estos: { $states }.
cli-calls-bad-limit = indique en --limit un número del 1 al { $max }.
cli-calls-no-campaign-yet = todavía no hay ninguna campaña llamada "{ $name }".
cli-calls-none = Ninguna llamada coincide.
cli-calls-unprintable = no se pudieron mostrar las llamadas ({ $reason }).
cli-calls-no-such-campaign = no hay ninguna campaña llamada "{ $name }".
