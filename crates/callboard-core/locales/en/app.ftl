# The desktop app's own sentences (crates/callboard-app).

## Call views (views.rs)
view-next-wait = Nothing was dialed. Wait, then place the call again.
view-next-fix = Fix what was rejected and place the call again.
view-next-connection = Nothing was dialed. Check your connection and place the call again.
view-not-found-on-contactship = Contactship has no record of this call, so it was most likely not placed. { $detail }
view-next-check-again = Check again in a minute; if it still isn't found, place the call again.
view-next-check-status = Press “Check status” to look the call up on Contactship before calling again.
view-sent = Sent to Contactship
view-found = Found on Contactship: the call was placed
view-not-found-yet = Looked up on Contactship: no call found yet
view-contact = Contact
view-agent = Agent
view-now = Now
view-unnamed-agent = Unnamed agent
state-sending = Sending…
state-placed = Placed
state-finished = Finished
state-rejected = Rejected
state-not-sent = Not sent
state-unknown-not-found = Outcome unknown · no call found yet
state-unknown = Outcome unknown
outcome-accepted = Accepted by Contactship
outcome-rejected = Rejected: { $message }
outcome-not-sent = Not sent: Contactship couldn't be reached
status-scheduled = Scheduled
status-in-queue = In queue
status-in-progress = In progress
status-completed = Completed
status-no-answer = No answer
status-busy = Busy
status-failed = Failed
status-voicemail = Voicemail
status-incomplete = Incomplete
status-unknown = Status not known to Callboard
status-with-duration = { $status } · { $duration }
status-with-result = { $status } — { $result }
result-answered = answered
result-voicemail = voicemail
result-no-answer = no answer
result-busy = busy
result-failed = failed
duration-seconds = { $seconds } s
duration-minutes = { $minutes } min { $seconds } s

## Placing a call (calls.rs)
ask-do-not-call = { $name } is on your do-not-call list: "{ $reason }". Call anyway?
ask-duplicate = You called { $name } with { $agent } { $ago }. Call again?
result-rejected = Contactship rejected the call.
result-not-sent = The call was not sent.
result-unknown = We don't know whether this call was placed.
result-scheduled = The call to { $name } is scheduled for { $when }.
result-placed = The call to { $name } was placed.
unknown-call = That call isn't in your recent calls any more.

## Connection, files and links
sandbox-start-failed = The sandbox couldn't start. Restart Callboard and try again.
key-not-accepted = Contactship didn't accept this API key. Copy it again from your Contactship dashboard (API settings) and paste the whole key.
no-key-yet = No API key is saved yet: paste your Contactship API key (from the Contactship dashboard) and press Connect.
link-not-https = Only secure (https) links can be opened.
no-browser = Callboard couldn't open your web browser. Copy the link and paste it into a browser instead.
export-file-gone = That file isn't there any more. Export the calls again.
no-file-manager = Callboard couldn't open your file manager. The file is at { $path }.
fast-forward-sandbox-only = Fast-forward only works in the sandbox.
prefs-damaged = Your preferences file was damaged, so Callboard started with default preferences. The old file was kept as { $path }.
prefs-damaged-stuck = Your preferences file is damaged and could not be moved aside; changes may not be saved.
no-downloads-csv = Callboard couldn't find your Downloads folder, so the CSV wasn't saved. Create a Downloads folder in your home folder and try again.
csv-write-failed = Callboard couldn't write the CSV file to { $path }. Check that the folder exists and you can write to it.
file-open-failed = That file could not be opened. Check that it still exists and is not open in another program.
no-downloads-list = This computer has no Downloads folder to save the list in.
list-save-failed = The list could not be saved in { $path }. Check that there is space on the disk.

## Campaigns and All calls
campaign-nobody-callable = No row of this list can be called. Fix the rows listed under Problems, then check again.
campaign-needs-zone = Some people have no clear time zone. Choose one for them under "Time zone for the rest".
no-downloads-results = This computer has no Downloads folder to save the results in.
results-save-failed = The results could not be saved in { $path }. Check that there is space on the disk.
count-waiting = Waiting for their hours
count-due = Due
count-answered = Answered
count-skipped = Skipped
campaign-gone = That campaign isn't in the call log any more.
campaign-ready = Ready to start
campaign-running = Running
campaign-paused = Paused
campaign-cancelled = Cancelled
campaign-finished = Finished
eta-all-handed-over = Every call has been handed over; waiting for the last results.
eta-minutes = { $count ->
        [one] about a minute
       *[other] about { $count } minutes
    }
eta-hours = about { $count } hours
eta-left = { $count } still to call: { $when } at this pace, if their hours allow.
row-unknown-note = Not called again: check it in Recent calls before calling this person.
row-next-call = Next call { $day } { $time } their time
list-gone = That list is no longer open. Choose the file again.
the-file = The file
campaign-interrupted = The campaign "{ $name }" was running when Callboard closed. It is paused: open Campaigns to resume it.
unknown-agent = Unknown agent
date-format = Write the { $label } date as year-month-day, e.g. 2026-12-03.
date-from = From
date-to = To
phone-whole-number = Type the whole phone number with its country code, e.g. +52 55 1234 5678.
dates-reversed = The From date is after the To date.

## How a campaign calls (campaigns/form.rs)
days-every = Every day
days-weekdays = Weekdays
retry-none = nobody is called twice
list-and = { $first } and { $last }
retry-some = { $which } tried again after { $minutes } minutes, { $attempts } calls each at most
campaign-describe = { $days } { $start }–{ $end } their time, { $per_minute } calls a minute, at most { $at_once } at once; { $retry }.
