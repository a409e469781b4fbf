# Campaigns: checking a list, its columns and file, the campaign form, the run, the results.

## A row of the list that can't be called. Shown after "Row 7: ", so it starts in lowercase.

row-problem-no-phone = it has no phone number
# $value: the cell as written; $hint: row-problem-hint-* or nothing
row-problem-bad-phone = "{ $value }" is not a phone number{ $hint }
row-problem-hint-country-code = {" "}(write it with + and its country code, or choose a default country)
# $country: a two-letter code such as CO
row-problem-hint-for-country = {" "}for country { $country }
row-problem-bad-country = "{ $value }" is not a country Callboard knows; write its name or its two-letter code
row-problem-bad-zone = "{ $value }" is not a time zone; use a name like America/Bogota
row-problem-bad-email = "{ $value }" is not an email address
row-problem-bad-contact-id = "{ $value }" is not a Contactship contact id
# $row: the row number as a spreadsheet shows it; $problem: one of row-problem-*
row-issue = Row { $row }: { $problem }.

## Which column holds what.

# $letter: the column's letters (C, AA), for a column without a header
column-untitled = Column { $letter }
mapping-no-phone = Choose which column holds the phone number (or the Contactship contact id).
# $field: mapping-field-name; $first, $second: column names such as "C (Celular)"
mapping-same-field = Columns { $first } and { $second } are both used as { $field }; keep one.
# $field: the field's code
mapping-field-name = { $field ->
        [name] Name
        [phone] Phone
        [email] Email
        [country] Country
        [time_zone] TimeZone
       *[contact_id] ContactId
    }
mapping-empty-key = Column { $column }'s additional data key is empty; name it or ignore the column.
mapping-same-key = Columns { $first } and { $second } both send the additional data key "{ $key }"; rename one.

## How the file was read.

sheet-format-xlsx = an Excel workbook, its first sheet
# $separator: sheet-separator-tab or the character in quotes (';'); $encoding: UTF-8, sheet-encoding-utf8-bom…
sheet-format-csv = CSV separated by { $separator }, { $encoding }
sheet-separator-tab = tab
sheet-encoding-utf8-bom = UTF-8 with a byte order mark
sheet-error-empty = The file is empty: it has no rows to call.
# $reason: the spreadsheet library's words (English)
sheet-error-workbook = This Excel file could not be read ({ $reason }). Save it again from Excel, or export it as CSV.
sheet-error-csv = Row { $row } could not be read ({ $reason }). Check the file's quotes on that row.

## The campaign form. Each names what to change.

settings-no-name = Give the campaign a name.
settings-name-too-long = Keep the name under { $max } characters.
settings-no-agent = Choose the agent who will make the calls.
settings-no-number = Choose at least one number to call from.
settings-no-days = Choose at least one day of the week to call on.
# $start, $end: "08:00", "21:00"
settings-outside-calling-hours = These hours reach outside your calling hours ({ $start }–{ $end } in each person's time). Confirm that you mean to call then.
settings-stop-before-start = The stop time must come after the start time.
settings-stop-in-the-past = The stop time has already passed.
settings-pace = Calls per minute must be between 1 and { $max }.
settings-max-active = Calls at once must be between 1 and { $max }.
settings-max-attempts = Attempts per person must be between 1 and { $max }.
settings-retry-too-soon = Wait at least { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    } before calling someone again.
settings-same-key = Additional data key "{ $key }" is used twice.
settings-empty-key = An additional data or metadata key is empty.

## A running campaign.

runner-settings-unreadable = This campaign's settings can't be read by this version of Callboard.
runner-unauthorized = Contactship refused the API key, so the campaign was paused. Check the key in Settings, then resume.
runner-crashed = stopped at a simulated crash
# What Recent calls shows in "When" for a campaign's call.

## Why a row was skipped. Shown after "Skipped: ", so they start in lowercase.

campaign-skip-unknown-zone = its time zone is not one this version of Callboard knows
campaign-skip-window-closed = its calling window does not open again before the campaign stops
campaign-skip-stopped-before-window = the campaign stopped before its calling window opened
campaign-skip-no-phone-nor-contact = it has neither a phone number nor a contact id
# $message: Contactship's reason
campaign-skip-refused = Contactship refused the call: { $message }
campaign-skip-not-sent = its call could not be sent: { $message }
campaign-skip-contact-refused = Contactship refused its contact: { $message }

## How a call ended, as a campaign counts it.

ending-answered = Answered
ending-no-answer = No answer
ending-voicemail = Voicemail
ending-busy = Busy
ending-failed = Failed

## The results file: the columns after the list's own, and where each row stands.

results-column-row = Row
results-column-state = Callboard state
results-column-outcome = Outcome
results-column-attempts = Attempts
results-column-call-ids = Call ids
results-column-last-call-at = Last call at (UTC)
results-column-duration = Duration (s)
results-column-summary = Summary
results-column-sentiment = Sentiment
# $reason: the operating system's or the CSV writer's words
results-write-failed = The results file could not be written ({ $reason }).
row-state-not-called = Not called yet
row-state-waiting-again = Waiting to be called again
row-state-in-progress = In progress
row-state-done = Done
row-state-skipped = Skipped
# $reason: one of campaign-skip-*, or a do-not-call reason
row-state-skipped-because = Skipped: { $reason }
row-state-unknown = Outcome unknown
