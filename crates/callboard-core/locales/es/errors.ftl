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

## Contactship's answers (words.rs)
api-invalid-base-url = La dirección de Contactship no es válida. Revísela en Configuración.
api-client-init = Callboard no pudo preparar su conexión de red. Reinicie la aplicación e inténtelo de nuevo.
api-unauthorized = No se aceptó la clave de API. Pegue una nueva en Configuración.
api-not-found = Contactship no encontró ese elemento. Puede que se haya eliminado; actualice e inténtelo de nuevo.
api-not-found-contact = Contactship no encontró ese contacto. Puede que se haya eliminado; actualice e inténtelo de nuevo.
api-not-found-agent = Contactship no encontró ese agente. Puede que se haya eliminado; actualice e inténtelo de nuevo.
api-not-found-call = Contactship no encontró esa llamada. Puede que se haya eliminado; actualice e inténtelo de nuevo.
api-not-found-number = Contactship no encontró ese número de teléfono. Puede que se haya eliminado; actualice e inténtelo de nuevo.
api-conflict-phone = Ya existe un contacto con este número de teléfono en Contactship.
api-conflict = Contactship ya tiene un registro con este “{ $field }”.
api-rate-limited-in = Contactship está ocupado; inténtelo de nuevo en { $seconds } s.
api-rate-limited = Contactship está ocupado; inténtelo de nuevo en un momento.
api-server = Contactship tuvo un problema (error { $status }). Puede que la solicitud se haya procesado o no; revise antes de volver a intentarlo.
api-unexpected-status = Contactship respondió de una forma inesperada (estado { $status }). Revise la dirección de Contactship en Configuración.
api-timeout = Contactship no respondió a tiempo. Puede que la solicitud se haya procesado o no; revise antes de volver a intentarlo.
api-connect-dns = No se pudo contactar a Contactship: no se encontró la dirección. Revise su conexión a internet.
api-connect-refused = No se pudo contactar a Contactship: se rechazó la conexión. Revise la dirección en Configuración.
api-connect-timeout = No se pudo contactar a Contactship a tiempo. Revise su conexión a internet.
api-connect-other = No se pudo contactar a Contactship. Revise su conexión a internet.
api-tls = Callboard no pudo abrir una conexión segura con Contactship. Revise la dirección, su red o un proxy que intercepte el tráfico.
api-connection-lost = Se perdió la conexión con Contactship. Puede que la solicitud se haya procesado o no; revise antes de volver a intentarlo.
api-decode = Contactship envió una respuesta que Callboard no pudo leer (estado { $status }). Puede que la solicitud se haya procesado o no; revise antes de volver a intentarlo.
api-too-large = Contactship envió una respuesta demasiado grande para leerla (estado { $status }). Puede que la solicitud se haya procesado o no; revise antes de volver a intentarlo.
api-rejected = Contactship rechazó la solicitud porque falta información o no es válida.
api-rejected-one = Contactship rechazó la solicitud: { $field } falta o no es válido.
api-rejected-some = Contactship rechazó la solicitud: { $first } y { $last } faltan o no son válidos.
api-rejected-more = Contactship rechazó la solicitud: { $first } y { $count } más faltan o no son válidos.

## Field names and validation rules (words.rs)
field-phone = El número de teléfono
field-from-number = El número desde el que se llama
field-full-name = El nombre
field-email = El correo electrónico
field-country = El país
field-agent = El agente
field-contact = El contacto
field-webhook = La dirección del webhook
field-metadata = Los metadatos
field-additional-data = Los datos adicionales
field-delay = La demora
field-schedule-time = La hora programada
field-timezone = La zona horaria
rule-required = { $subject }: este dato es obligatorio.
rule-too-long = { $subject } tiene más de { $max } caracteres.
rule-invisible = { $subject } contiene un carácter invisible. Escríbalo o péguelo de nuevo.
rule-whitespace = { $subject } no puede contener espacios.
rule-not-e164 = { $subject } debe estar en formato internacional: + y el código de país, solo dígitos (por ejemplo +12025550123).
rule-invalid-phone = { $subject } no es un número de teléfono válido para su país.
rule-invalid-email = { $subject } no es una dirección de correo válida.
rule-invalid-url = { $subject } debe ser una dirección https:// completa.
rule-key-empty = Dele un nombre a este valor (por ejemplo amount_debt).
rule-key-too-long = El nombre “{ $key }” es demasiado largo; se permiten como máximo { $max } caracteres.
rule-key-space = El nombre “{ $key }” contiene un espacio: use solo letras sin acentos (a–z, A–Z), dígitos, _ . o - en un nombre.
rule-key-character = El nombre “{ $key }” contiene “{ $character }”: use solo letras sin acentos (a–z, A–Z), dígitos, _ . o - en un nombre.
rule-key-duplicate = “{ $key }” se usa dos veces. Cada nombre puede aparecer una sola vez.
rule-key-reserved = “{ $key }” está reservado por Callboard. Use otro nombre.
rule-value-empty = Escriba un valor para “{ $key }” o quítelo.
rule-value-too-long = El valor de “{ $key }” tiene más de { $max } caracteres.
rule-metadata-too-large = Los metadatos son demasiado grandes: se permiten como máximo { $max } bytes. Quite o acorte algunos valores.
rule-other = { $subject } no se puede usar así. Revíselo e inténtelo de nuevo.

## Placing calls (placement.rs)
placement-unknown = Resultado desconocido: revise antes de volver a llamar. { $detail }
placement-no-record = Callboard no tiene registro de ese intento de llamada.
placement-not-placed = Esta llamada no se hizo, así que no hay estado que consultar.

## The keychain (secrets)
store-secret-service = almacén de contraseñas (GNOME Keyring / Secret Service)
store-keychain = Llavero
store-credential-manager = Administrador de credenciales
store-memory = solo esta sesión
place-secret-service = el almacén de contraseñas de su computadora (GNOME Keyring / Secret Service)
place-keychain = el Llavero de su Mac
place-credential-manager = el Administrador de credenciales de Windows
secret-unavailable = El { $store } de su computadora no está disponible, así que la clave de API no se puede guardar ahí. Puede usar la clave solo en esta sesión; se olvidará cuando cierre Callboard.
secret-locked = El { $store } está bloqueado, así que Callboard no puede acceder a la clave de API. Desbloquéelo (suele bastar con volver a iniciar sesión en su computadora) e inténtelo de nuevo, o use la clave solo en esta sesión.
secret-unreadable = No se puede leer la clave de API guardada en el { $store }. Quítela en Configuración y vuelva a pegar la clave.
secret-failed = El { $store } no pudo completar la solicitud. Inténtelo de nuevo o use la clave solo en esta sesión.

## Scheduling (schedule/error.rs)
schedule-invalid-format = Escriba la hora como año-mes-día horas:minutos:segundos, por ejemplo 2026-06-15 14:30:00.
schedule-not-a-time = { $value } no es una fecha y hora reales. Revise el día, el mes y la hora.
schedule-unknown-zone = "{ $name }" no es una zona horaria que conozcamos. Elija una de la lista, por ejemplo America/Mexico_City.
schedule-repeated-not-sendable = Las { $time } del { $day } ocurren dos veces en { $zone } y Callboard no puede indicarle a Contactship exactamente cuál quiere. Elija una hora fuera de la hora repetida.
schedule-in-past = Esa hora ya pasó. Elija una hora al menos un minuto a partir de ahora.
schedule-too-soon = Falta menos de un minuto para esa hora. Elija una hora al menos un minuto a partir de ahora, o llame ahora.
schedule-too-far = Las llamadas se pueden programar con 365 días de anticipación como máximo. Elija una fecha anterior.
time-on-day = las { $time } del { $day }
schedule-nonexistent = Las { $time } del { $day } no existen en { $zone } porque los relojes se adelantan. La siguiente hora válida es { $next }.
schedule-ambiguous = Las { $time } del { $day } ocurren dos veces en { $zone } porque los relojes se atrasan. Elija la primera ({ $first }) o la segunda ({ $second }).
hours-not-a-time = Escriba una hora como 08:00 (formato de 24 horas).
hours-empty = El horario de llamadas no puede empezar y terminar a la misma hora ({ $at }). Por ejemplo, de 8:00 a 21:00.
hours-overnight = El horario de llamadas debe empezar antes de terminar el mismo día: de { $start } a { $end } significaría llamar de noche. Por ejemplo, de 8:00 a 21:00.

## The call form (draft.rs)
draft-choose-contact = Elija a quién llamar.
draft-delay-number = Escriba los minutos como un número entero, por ejemplo 15.
draft-delay-max = La demora puede ser de { $max } minutos como máximo (7 días). Para llamadas más adelante, elija una fecha y hora.
draft-date-format = Escriba una fecha como 2026-06-15.
draft-time-format = Escriba una hora como 14:30.
draft-the-name = El nombre
draft-the-value = El valor
draft-too-many-rows = Se pueden enviar como máximo { $max } filas en una llamada.
draft-choose-agent = Elija un agente para hacer la llamada.
draft-choose-number = Elija un número desde el que llamar.
phone-enter-number = Escriba el número de teléfono al que quiere llamar.
phone-not-valid = "{ $number }" no es un número de teléfono al que se pueda llamar. Revise los dígitos y el país.
phone-needs-country = Elija el país del número, o escríbalo con + y el código de país (por ejemplo +52 55 1234 5678).
phone-enter-name = Escriba el nombre que debe usar el agente.
phone-enter-name-contact = Escriba el nombre del contacto.
phone-enter-number-contact = Escriba el número de teléfono del contacto.
