# Erros que qualquer tela pode mostrar.

not-connected = O Callboard ainda não está conectado. Conecte sua conta da Contactship ou experimente o sandbox.
internal = Algo deu errado dentro do Callboard. Tente novamente; se continuar acontecendo, reinicie o aplicativo.

## Time words
ago-under-a-minute = há menos de um minuto
ago-minutes = { $count ->
        [one] há 1 minuto
       *[other] há { $count } minutos
    }

## Dates
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado
weekday-7 = domingo
weekday-short-1 = seg
weekday-short-2 = ter
weekday-short-3 = qua
weekday-short-4 = qui
weekday-short-5 = sex
weekday-short-6 = sáb
weekday-short-7 = dom
day-label = { $day } de { $month }
in-under-a-minute = em menos de um minuto
span-days = { $count ->
        [one] 1 dia
       *[other] { $count } dias
    }
span-hours = { $count } h
span-minutes = { $count } min
relative-in = em { $span }
relative-ago = há { $span }
