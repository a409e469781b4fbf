# Llamadas: lo que buscó una conciliación, estados de llamada, detalles.

lookup-span = {" "}del { $from } al { $to } UTC
lookup-none-read = Contactship no tiene llamadas de este agente cerca de la hora de este intento.
lookup-none-matched = Se revisaron { $count } { $count ->
        [one] llamada
       *[other] llamadas
    } de este agente{ $span }; ninguna coincide.
lookup-request-id-only = La fecha registrada de este intento no puede ser correcta, así que solo se buscó el identificador de solicitud de Callboard.
lookup-stopped-at-limit = Callboard se detuvo ahí; revise el registro de llamadas de Contactship antes de volver a llamar.
