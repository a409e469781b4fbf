# Ligações: o que uma conciliação procurou, estados de ligação, detalhes.

lookup-span = {" "}de { $from } a { $to } UTC
lookup-none-read = A Contactship não tem ligações deste agente perto do horário desta tentativa.
lookup-none-matched = Foram verificadas { $count } { $count ->
        [one] ligação
       *[other] ligações
    } deste agente{ $span }; nenhuma corresponde.
lookup-request-id-only = A data registrada desta tentativa não pode estar certa, então só o identificador de solicitação do Callboard foi procurado.
lookup-stopped-at-limit = O Callboard parou aí; confira o registro de ligações da Contactship antes de ligar de novo.

## O que uma busca encontrou, e status que o Callboard não conhece.

reconciliation-found = Encontrada na Contactship: a ligação foi feita.
reconciliation-no-record = A Contactship não tem registro desta ligação.
status-unknown-given-up = A Contactship informou um status que o Callboard não conhece ("{ $status }") por mais de { $hours } { $hours ->
        [one] hora
       *[other] horas
    }, então o Callboard parou de consultar. Clique em “Verificar status” para verificar de novo.
status-unknown-still-checking = A Contactship informou um status que o Callboard não conhece ("{ $status }"); a consulta continua.

## As colunas da exportação de Ligações recentes.

export-column-created-at = Criada em
export-column-contact = Contato
export-column-agent = Agente
export-column-from-number = Número de origem
export-column-when = Quando
export-column-status = Status
export-column-call-id = ID da ligação
export-column-result = Resultado
export-column-duration = Duração (s)
export-column-request-id = ID da solicitação

## As colunas da exportação da lista de não ligar. Precisam continuar sendo cabeçalhos que o Callboard reconhece.

dnc-column-phone = telefone
dnc-column-reason = motivo
dnc-column-added-at = adicionado_em

## A prévia de "Quando".

when-now-your-time = Agora: { $time } no seu horário ({ $zone })
when-your-time = { $time } no seu horário ({ $zone })
when-for-callee = { $time } para { $name } ({ $zone })
when-the-contact = o contato
when-outside-calling-hours = { $time } para { $name }: fora do horário de ligações ({ $start }–{ $end }).
when-right-away = imediatamente
when-sent-as = Enviada à Contactship como { $time } em { $zone } (UTC{ $offset }): { $clock } em { $city }, na { $which ->
        [first] primeira
       *[second] segunda
    } vez em que acontece.
when-day-stamp = { $time }, { $weekday } { $day }

## O idioma de um agente.

language-en-us = Inglês (EUA)
language-en-gb = Inglês (Reino Unido)
language-en-in = Inglês (Índia)
language-es-es = Espanhol (Espanha)
language-es-419 = Espanhol (América Latina)
language-es-mx = Espanhol (México)
language-pt-br = Português (Brasil)
language-pt-pt = Português (Portugal)
language-fr = Francês
language-de = Alemão
language-it = Italiano
language-nl = Holandês
language-pl = Polonês
language-tr = Turco
language-ru = Russo
language-ja = Japonês
language-ko = Coreano
language-zh = Chinês (mandarim)
language-hi = Hindi
language-vi = Vietnamita
language-multi = Espanhol + inglês
