# Errores que puede mostrar cualquier pantalla.

not-connected = Callboard todavía no está conectado. Conecte su cuenta de Contactship o pruebe el sandbox.
internal = Algo salió mal dentro de Callboard. Inténtelo de nuevo; si sigue ocurriendo, reinicie la aplicación.
