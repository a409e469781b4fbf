# Ligações: o que uma conciliação procurou, estados de ligação, detalhes.

lookup-span = {" "}de { $from } a { $to } UTC
lookup-none-read = A Contactship não tem ligações deste agente perto do horário desta tentativa.
lookup-none-matched = Foram verificadas { $count } { $count ->
        [one] ligação
       *[other] ligações
    } deste agente{ $span }; nenhuma corresponde.
lookup-request-id-only = A data registrada desta tentativa não pode estar certa, então só o identificador de solicitação do Callboard foi procurado.
lookup-stopped-at-limit = O Callboard parou aí; confira o registro de ligações da Contactship antes de ligar de novo.
