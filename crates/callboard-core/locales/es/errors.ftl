# Errores que puede mostrar cualquier pantalla.

not-connected = Callboard todavía no está conectado. Conecte su cuenta de Contactship o pruebe el sandbox.
internal = Algo salió mal dentro de Callboard. Inténtelo de nuevo; si sigue ocurriendo, reinicie la aplicación.

## Time words
ago-under-a-minute = hace menos de un minuto
ago-minutes = { $count ->
        [one] hace 1 minuto
       *[other] hace { $count } minutos
    }

## Dates
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sáb
weekday-short-7 = dom
day-label = { $day } de { $month }
in-under-a-minute = en menos de un minuto
span-days = { $count ->
        [one] 1 día
       *[other] { $count } días
    }
span-hours = { $count } h
span-minutes = { $count } min
relative-in = en { $span }
relative-ago = hace { $span }
