# Llamadas: lo que buscó una conciliación, estados de llamada, detalles.

lookup-span = {" "}del { $from } al { $to } UTC
lookup-none-read = Contactship no tiene llamadas de este agente cerca de la hora de este intento.
lookup-none-matched = Se revisaron { $count } { $count ->
        [one] llamada
       *[other] llamadas
    } de este agente{ $span }; ninguna coincide.
lookup-request-id-only = La fecha registrada de este intento no puede ser correcta, así que solo se buscó el identificador de solicitud de Callboard.
lookup-stopped-at-limit = Callboard se detuvo ahí; revise el registro de llamadas de Contactship antes de volver a llamar.

## Lo que encontró una búsqueda, y estados que Callboard no conoce.

reconciliation-found = Se encontró en Contactship: la llamada se realizó.
reconciliation-no-record = Contactship no tiene registro de esta llamada.
status-unknown-given-up = Contactship informó un estado que Callboard no conoce ("{ $status }") durante más de { $hours } { $hours ->
        [one] hora
       *[other] horas
    }, así que Callboard dejó de consultarlo. Pulse “Consultar estado” para volver a revisarlo.
status-unknown-still-checking = Contactship informó un estado que Callboard no conoce ("{ $status }"); se sigue consultando.

## Las columnas de la exportación de Llamadas recientes.

export-column-created-at = Creada el
export-column-contact = Contacto
export-column-agent = Agente
export-column-from-number = Número de origen
export-column-when = Cuándo
export-column-status = Estado
export-column-call-id = ID de llamada
export-column-result = Resultado
export-column-duration = Duración (s)
export-column-request-id = ID de solicitud

## Las columnas de la exportación de la lista de no llamar. Deben seguir siendo encabezados que Callboard reconozca.

dnc-column-phone = teléfono
dnc-column-reason = motivo
dnc-column-added-at = agregado_el

## La vista previa de "Cuándo".

when-now-your-time = Ahora: { $time }, su hora ({ $zone })
when-your-time = { $time }, su hora ({ $zone })
when-for-callee = { $time } para { $name } ({ $zone })
when-the-contact = el contacto
when-outside-calling-hours = { $time } para { $name }: fuera del horario de llamadas ({ $start }–{ $end }).
when-right-away = de inmediato
when-sent-as = Se envía a Contactship como { $time } en { $zone } (UTC{ $offset }): { $clock } en { $city }, la { $which ->
        [first] primera
       *[second] segunda
    } vez que ocurre.
when-day-stamp = { $time }, { $weekday } { $day }

## El idioma de un agente.

language-en-us = Inglés (EE. UU.)
language-en-gb = Inglés (Reino Unido)
language-en-in = Inglés (India)
language-es-es = Español (España)
language-es-419 = Español (Latinoamérica)
language-es-mx = Español (México)
language-pt-br = Portugués (Brasil)
language-pt-pt = Portugués (Portugal)
language-fr = Francés
language-de = Alemán
language-it = Italiano
language-nl = Neerlandés
language-pl = Polaco
language-tr = Turco
language-ru = Ruso
language-ja = Japonés
language-ko = Coreano
language-zh = Chino (mandarín)
language-hi = Hindi
language-vi = Vietnamita
language-multi = Español + inglés
