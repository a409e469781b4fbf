# El historial de llamadas en esta computadora: por qué no pudo hacer algo y qué hizo por su cuenta.

## Por qué el historial de llamadas no pudo hacer lo que se pidió.

store-open = Callboard no pudo abrir su historial de llamadas en esta computadora. Revise que el disco esté disponible y que tenga permiso para escribir en su carpeta de usuario.
store-already-open = Callboard ya está abierto en esta computadora ({ $holder }). Cierre primero la otra ventana.
store-holder-process = otra ventana de Callboard, el proceso { $pid }, está usando este historial de llamadas
store-holder-window = otra ventana de Callboard está usando este historial de llamadas
store-holder-earlier-version = una versión anterior de Callboard está usando el historial de llamadas antiguo
store-newer-version = Su historial de llamadas lo guardó una versión más nueva de Callboard. Instale la última versión de Callboard para abrirlo; no se cambió nada.
store-disk-full = Callboard no pudo guardar el historial de llamadas porque el disco está lleno, así que no se envió nada. Libere espacio en el disco e inténtelo de nuevo.
store-write = Callboard no pudo guardar el historial de llamadas en esta computadora, así que no se envió nada. Revise que el disco funcione y que pueda escribir en su carpeta de usuario, y luego inténtelo de nuevo.
store-read = Callboard no pudo leer su historial de llamadas en esta computadora. Reinicie Callboard; si sigue ocurriendo, puede que el archivo del historial esté dañado.
store-import = Callboard no pudo traer el historial de llamadas que guardó su versión anterior. Se dejó sin cambios y Callboard lo volverá a intentar la próxima vez que se abra.
store-unknown-request = Callboard no tiene registro de ese intento de llamada.
store-call-already-claimed = Esa llamada de Contactship ya pertenece a otra llamada de su historial, así que no se vinculó con esta.
store-campaign-name-taken = Ya existe una campaña llamada "{ $name }". Elija otro nombre.
store-no-such-campaign = No hay ninguna campaña llamada "{ $name }". Revise el nombre con `campaign status` o iníciela con `campaign run`.
store-duplicate-request = Ese intento de llamada ya estaba registrado.

## Lo que hizo el historial por su cuenta al abrirse.

store-moved-aside-not-callboard = El archivo del historial de llamadas no era uno que Callboard pueda leer, así que se dejó sin cambios como “{ $file }” en la misma carpeta y se empezó un historial nuevo, vacío.
store-moved-aside-damaged = El archivo del historial de llamadas estaba dañado y no se pudo leer, así que se conservó sin cambios como “{ $file }” en la misma carpeta y se empezó un historial nuevo, vacío.
store-interrupted = Callboard se cerró mientras { $count ->
        [one] se enviaba { $count } llamada. Quedó marcada
       *[other] se enviaban { $count } llamadas. Quedaron marcadas
    } como “resultado desconocido”: revise antes de volver a llamar.
store-interrupted-attempt = Callboard se detuvo mientras se enviaba esta llamada, así que puede que se haya realizado o no. Revise antes de volver a llamar.

## Traer el historial de una versión anterior (calls.journal).

import-kept-as = {" "}Se conserva como “{ $file }” en la misma carpeta.
import-not-a-journal = El archivo del historial de llamadas antiguo (calls.journal) no era uno que Callboard pueda leer, así que no se trajo nada de él.{ $kept }
import-moved = Callboard pasó su historial de llamadas ({ $count } { $count ->
        [one] llamada
       *[other] llamadas
    }) a su nueva base de datos.
import-damaged = {" "}{ $count ->
        [one] { $count } entrada dañada del archivo antiguo no se pudo leer y se omitió
       *[other] { $count } entradas dañadas del archivo antiguo no se pudieron leer y se omitieron
    }; todo lo demás se trajo.
import-interrupted = {" "}{ $count ->
        [one] { $count } llamada se estaba enviando cuando Callboard se cerró por última vez, así que quedó marcada
       *[other] { $count } llamadas se estaban enviando cuando Callboard se cerró por última vez, así que quedaron marcadas
    } como “resultado desconocido”: revise antes de volver a llamar.

## El filtro de fechas de Llamadas recientes.

day-range-not-a-date = Escriba las fechas como año-mes-día, por ejemplo 2026-12-03.
day-range-reversed = La fecha Desde es posterior a la fecha Hasta.
