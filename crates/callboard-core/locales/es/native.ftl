# Desktop notifications (crates/callboard-app/src/notify.rs).

## A single scheduled call ended
notify-call-ended-title = Terminó la llamada con { $name }
notify-outcome-answered = Contestó.
notify-outcome-no-answer = No contestó.
notify-outcome-voicemail = Entró el buzón de voz.
notify-outcome-busy = La línea estaba ocupada.
notify-outcome-failed = La llamada falló.

## A campaign's calls ended (grouped, at most one a minute per campaign)
notify-campaign-title = Campaña { $name }
notify-campaign-ended = { $count ->
    [one] Terminó 1 llamada — { $summary }
   *[other] Terminaron { $count } llamadas — { $summary }
}
notify-count-answered = { $count ->
    [one] { $count } contestada
   *[other] { $count } contestadas
}
notify-count-no-answer = { $count } sin respuesta
notify-count-voicemail = { $count } en buzón de voz
notify-count-busy = { $count ->
    [one] { $count } ocupada
   *[other] { $count } ocupadas
}
notify-count-failed = { $count ->
    [one] { $count } fallida
   *[other] { $count } fallidas
}

## A campaign call's outcome is unknown
notify-unknown-title = Resultado desconocido: { $name }
notify-unknown-body = Campaña { $campaign }: Callboard no puede saber si esta llamada se hizo. La está buscando; revise antes de volver a llamar.
