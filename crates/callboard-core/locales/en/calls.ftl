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
