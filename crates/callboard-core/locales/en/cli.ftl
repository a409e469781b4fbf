# callboard-cli: what it prints for people (JSON output is not translated). A refusal follows
# "callboard-cli: ", so it starts in lowercase. Options (--zone), commands (`campaign run`)
# and the values options take (mon, no-answer) are typed as they are, in every language.

## Reaching the data folder, Contactship and the store.

cli-no-data-folder = this computer has no user data folder; give --data-dir.
cli-no-api-key = no API key: set CONTACTSHIP_API_KEY, or save your key in the Callboard app first.
cli-bad-api-key = CONTACTSHIP_API_KEY is not an API key Contactship could accept.
# $reason: the operating system's words
cli-could-not-start = could not start ({ $reason }).
cli-key-refused = Contactship refused the API key; check CONTACTSHIP_API_KEY or the key saved in the app.
cli-contactship-unreachable = Contactship could not be asked ({ $reason }).
# $agents: the organisation's agent ids, comma-separated
cli-no-such-agent = --agent: Contactship has no agent "{ $agent }"; its agents are { $agents }.
cli-no-such-number = --from-number: Contactship has no number "{ $number }" in this organisation.
cli-store-in-use = the Callboard app (or another campaign run) has this data folder open; close it or pause the campaign there, then try again.

## campaign check

cli-unknown-country = "{ $country }" is not a country Callboard knows; give --default-country a name or a two-letter code such as CO.
cli-unknown-zone = "{ $zone }" is not a time zone; give --zone a name like America/Bogota.
cli-file-unreadable = { $file } could not be read ({ $reason }).
cli-dnc-unreadable = the do-not-call list could not be read: { $reason }
cli-new-contacts = { $count ->
        [one] { $count } new contact will be added to Contactship.
       *[other] { $count } new contacts will be added to Contactship.
    }
cli-new-contacts-not-counted = New contacts were not counted: set CONTACTSHIP_API_KEY (or save the key in the app) to count them.
cli-result-unwritable = the result could not be written ({ $reason }).
cli-check-no-header-row = no header row
cli-check-header-row = headers on row { $row }
# $how: sheet-format-*; $headers: cli-check-header-row or cli-check-no-header-row
cli-check-summary = Checked { $count } rows of { $file } ({ $how }; { $headers }).
# $column: "C (Celular)"; $used: cli-column-*
cli-column = column { $column } → { $used }
cli-column-field = { $field ->
        [name] name
        [phone] phone
        [email] email
        [country] country
        [time_zone] time zone
       *[contact_id] contact id
    }
cli-column-data = additional data "{ $key }"
cli-column-ignored = ignored
# $valid: people who can be called; $invalid: rows that can't
cli-check-callable = { $valid } can be called; { $invalid } cannot.
cli-check-duplicate = Row { $row } is the same person as row { $same_as }: merged.
cli-check-dnc = Row { $row } is on the do-not-call list ({ $reason }): skipped.
cli-check-needs-zone = { $count ->
        [one] { $count } person has
       *[other] { $count } people have
    } no clear time zone: give --zone for them (for example --zone America/Mexico_City).

## campaign run and resume

# $reason: row-issue ("Row 3: …")
cli-run-skipped = skipped: { $reason }
cli-run-merged = merged: row { $row } is the same person as row { $same_as }.
cli-run-dnc = skipped: row { $row } is on the do-not-call list ({ $reason }).
cli-run-nothing-to-call = no row of { $file } can be called; see `campaign check`.
cli-run-needs-zone = { $count } people have no clear time zone; give --zone (for example --zone America/Mexico_City).
cli-run-name-taken = a campaign called "{ $name }" exists already; give --name another name, or resume it.
# $state: cli-campaign-state
cli-resume-ended = "{ $name }" has ended ({ $state }), so there is nothing to resume.
# The name of a campaign when the list's file has none.
cli-default-campaign-name = campaign
# Stands for an option when a problem belongs to none ("the campaign: …").
cli-option-the-campaign = the campaign
cli-bad-window = --window: "{ $window }" is not a window; write it as HH:MM-HH:MM, for example 09:00-18:00.
cli-bad-day = --days: "{ $day }" is not a day; use mon,tue,wed,thu,fri,sat,sun or all.
cli-bad-retry = --retry: "{ $ending }" is not an ending; use no-answer, busy, voicemail or none.
cli-paused = Paused. Calls already handed to Contactship will still ring; go on with `callboard-cli campaign resume --name "{ $name }"`.
cli-all-handed-over = Everyone has been handed over. To collect the last results and make the retries, run `callboard-cli campaign resume --name "{ $name }" --follow`.
cli-progress = { $handed_over }/{ $total } handed over · { $active } in progress · { $done } done · { $skipped } skipped · { $unknown } outcome unknown

## campaign status

cli-campaign-state = { $state ->
        [ready] ready
        [running] running
        [paused] paused
        [cancelled] cancelled
       *[finished] finished
    }
cli-status-no-campaigns = there are no campaigns in { $folder } yet; start one with `campaign run`.
# $names: every campaign's name, comma-separated
cli-status-no-such-campaign = there is no campaign called "{ $name }"; the campaigns are: { $names }.
cli-status-unprintable = the status could not be printed ({ $reason }).
cli-status-rows-in-state = { $count } { $state ->
        [waiting] waiting
        [placing] being placed
        [active] in progress
        [done] done
        [skipped] skipped
       *[unknown] outcome unknown
    }
# $created: "2026-12-03 14:00 UTC"; $rows: cli-status-rows-in-state, comma-separated, or cli-status-no-rows
cli-status-sentence = Campaign "{ $name }" is { $state } ({ $count } { $count ->
        [one] person
       *[other] people
    } from { $source }, created { $created }): { $rows }.
cli-status-no-rows = no rows

## calls list

# $states: the states --status takes, comma-separated
cli-calls-bad-status = "{ $status }" is not a call state; give --status one of: { $states }.
cli-calls-bad-limit = give --limit a number from 1 to { $max }.
cli-calls-no-campaign-yet = there is no campaign called "{ $name }" yet.
cli-calls-none = No calls match.
cli-calls-unprintable = the calls could not be printed ({ $reason }).
cli-calls-no-such-campaign = there is no campaign called "{ $name }".
