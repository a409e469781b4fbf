# Erros que qualquer tela pode mostrar.

not-connected = O Callboard ainda não está conectado. Conecte sua conta da Contactship ou experimente o sandbox.
internal = Algo deu errado dentro do Callboard. Tente novamente; se continuar acontecendo, reinicie o aplicativo.
