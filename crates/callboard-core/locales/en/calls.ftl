# Calls: what a reconciliation lookup searched, call states, details.

# $from, $to: "3 Jan 10:00"
lookup-span = {" "}from { $from } to { $to } UTC
lookup-none-read = Contactship has no calls by this agent around the time of this attempt.
# $span: lookup-span or nothing
lookup-none-matched = Looked through { $count } { $count ->
        [one] call
       *[other] calls
    } by this agent{ $span }; none matched.
lookup-request-id-only = This attempt's recorded date can't be right, so only Callboard's request id was looked for.
lookup-stopped-at-limit = Callboard stopped there; check Contactship's call log before calling again.

## What a lookup found, and statuses Callboard doesn't know.

reconciliation-found = Found on Contactship: the call was placed.
reconciliation-no-record = Contactship has no record of this call.
# $status: the status as Contactship wrote it; $hours: how long it was followed
status-unknown-given-up = Contactship reported a status Callboard doesn't know ("{ $status }") for more than { $hours } { $hours ->
        [one] hour
       *[other] hours
    }, so Callboard stopped checking. Press “Check status” to look again.
status-unknown-still-checking = Contactship reported a status Callboard doesn't know ("{ $status }"); still checking.

## The columns of the Recent calls export.

export-column-created-at = Created at
export-column-contact = Contact
export-column-agent = Agent
export-column-from-number = From number
export-column-when = When
export-column-status = Status
export-column-call-id = Call id
export-column-result = Result
export-column-duration = Duration (s)
export-column-request-id = Request id

## The columns of the do-not-call export. Each must stay a header Callboard reads back:
## the phone one a word for phone, the reason one "reason" or "motivo".

dnc-column-phone = phone
dnc-column-reason = reason
dnc-column-added-at = added_at

## The "When" preview. $time: "10:30 AM, Fri October 30"; $zone, $city: a city such as New York.

when-now-your-time = Now it's { $time } your time ({ $zone })
when-your-time = { $time } your time ({ $zone })
# $name: the contact's first name, or when-the-contact
when-for-callee = { $time } for { $name } ({ $zone })
when-the-contact = the contact
# $time, $start, $end: "3:00 AM"
when-outside-calling-hours = That's { $time } for { $name }, outside calling hours ({ $start }–{ $end }).
when-right-away = right away
# A time that happens twice (the night clocks go back). $time: "2027-11-07 01:30:00"; $zone: "Etc/GMT+5"; $offset: "-05:00"; $clock: "1:30 AM"
when-sent-as = Sent to Contactship as { $time } in { $zone } (UTC{ $offset }): the { $which ->
        [first] first
       *[second] second
    } { $clock } in { $city }.
# $time: "10:30 AM"; $weekday: when-weekday; $day: "June 15"
when-day-stamp = { $time }, { $weekday } { $day }

## An agent's language.

language-en-us = English (US)
language-en-gb = English (UK)
language-en-in = English (India)
language-es-es = Spanish (Spain)
language-es-419 = Spanish (Latin America)
language-es-mx = Spanish (Mexico)
language-pt-br = Portuguese (Brazil)
language-pt-pt = Portuguese (Portugal)
language-fr = French
language-de = German
language-it = Italian
language-nl = Dutch
language-pl = Polish
language-tr = Turkish
language-ru = Russian
language-ja = Japanese
language-ko = Korean
language-zh = Chinese (Mandarin)
language-hi = Hindi
language-vi = Vietnamese
language-multi = Spanish + English
