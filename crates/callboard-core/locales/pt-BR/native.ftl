# Desktop notifications (crates/callboard-app/src/notify.rs).

## A single scheduled call ended
notify-call-ended-title = A ligação para { $name } terminou
notify-outcome-answered = Atendeu.
notify-outcome-no-answer = Não atendeu.
notify-outcome-voicemail = Caiu na caixa postal.
notify-outcome-busy = A linha estava ocupada.
notify-outcome-failed = A ligação falhou.

## A campaign's calls ended (grouped, at most one a minute per campaign)
notify-campaign-title = Campanha { $name }
notify-campaign-ended = { $count ->
    [one] 1 ligação terminou — { $summary }
   *[other] { $count } ligações terminaram — { $summary }
}
notify-count-answered = { $count ->
    [one] { $count } atendida
   *[other] { $count } atendidas
}
notify-count-no-answer = { $count } sem resposta
notify-count-voicemail = { $count } na caixa postal
notify-count-busy = { $count ->
    [one] { $count } ocupada
   *[other] { $count } ocupadas
}
notify-count-failed = { $count ->
    [one] { $count } com falha
   *[other] { $count } com falha
}

## A campaign call's outcome is unknown
notify-unknown-title = Resultado desconhecido: { $name }
notify-unknown-body = Campanha { $campaign }: o Callboard não consegue saber se esta ligação foi feita. Ele está verificando; confira antes de ligar de novo.
