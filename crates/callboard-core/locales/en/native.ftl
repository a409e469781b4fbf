# Desktop notifications (crates/callboard-app/src/notify.rs).

## A single scheduled call ended
notify-call-ended-title = Call with { $name } ended
notify-outcome-answered = Answered.
notify-outcome-no-answer = No answer.
notify-outcome-voicemail = Went to voicemail.
notify-outcome-busy = The line was busy.
notify-outcome-failed = The call failed.

## A campaign's calls ended (grouped, at most one a minute per campaign)
notify-campaign-title = Campaign { $name }
notify-campaign-ended = { $count ->
    [one] 1 call ended — { $summary }
   *[other] { $count } calls ended — { $summary }
}
notify-count-answered = { $count } answered
notify-count-no-answer = { $count } no answer
notify-count-voicemail = { $count } voicemail
notify-count-busy = { $count } busy
notify-count-failed = { $count } failed

## A campaign call's outcome is unknown
notify-unknown-title = Outcome unknown: { $name }
notify-unknown-body = Campaign { $campaign }: Callboard can't tell whether this call was placed. It is looking it up; check before calling again.
