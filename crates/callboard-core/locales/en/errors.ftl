# Errors any screen can show. Variables: see each message.

not-connected = Callboard isn't connected yet. Connect your Contactship account or try the sandbox.
internal = Something went wrong inside Callboard. Please try again; if it keeps happening, restart the app.

## Time words
ago-under-a-minute = less than a minute ago
ago-minutes = { $count ->
        [one] 1 minute ago
       *[other] { $count } minutes ago
    }

## Dates
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
day-label = { $month } { $day }
in-under-a-minute = in less than a minute
span-days = { $count ->
        [one] 1 day
       *[other] { $count } days
    }
span-hours = { $count } h
span-minutes = { $count } min
relative-in = in { $span }
relative-ago = { $span } ago

## Contactship's answers (words.rs)
api-invalid-base-url = The Contactship address is not valid. Check it in Settings.
api-client-init = Callboard could not prepare its network connection. Restart the app and try again.
api-unauthorized = The API key was not accepted. Paste a new one in Settings.
api-not-found = Contactship could not find that item. It may have been deleted; refresh and try again.
api-not-found-contact = Contactship could not find that contact. It may have been deleted; refresh and try again.
api-not-found-agent = Contactship could not find that agent. It may have been deleted; refresh and try again.
api-not-found-call = Contactship could not find that call. It may have been deleted; refresh and try again.
api-not-found-number = Contactship could not find that phone number. It may have been deleted; refresh and try again.
api-conflict-phone = A contact with this phone number already exists in Contactship.
api-conflict = Contactship already has a record with this “{ $field }”.
api-rate-limited-in = Contactship is busy; try again in { $seconds } s.
api-rate-limited = Contactship is busy; try again in a moment.
api-server = Contactship had a problem (error { $status }). The request may or may not have gone through; check before trying again.
api-unexpected-status = Contactship answered in an unexpected way (status { $status }). Check the Contactship address in Settings.
api-timeout = Contactship did not answer in time. The request may or may not have gone through; check before trying again.
api-connect-dns = Couldn't reach Contactship: the address could not be found. Check your internet connection.
api-connect-refused = Couldn't reach Contactship: the connection was refused. Check the address in Settings.
api-connect-timeout = Couldn't reach Contactship in time. Check your internet connection.
api-connect-other = Couldn't reach Contactship. Check your internet connection.
api-tls = Callboard could not open a secure connection to Contactship. Check the address, your network, or a proxy that intercepts traffic.
api-connection-lost = The connection to Contactship was lost. The request may or may not have gone through; check before trying again.
api-decode = Contactship sent a reply Callboard could not read (status { $status }). The request may or may not have gone through; check before trying again.
api-too-large = Contactship sent a reply that was too large to read (status { $status }). The request may or may not have gone through; check before trying again.
api-rejected = Contactship rejected the request because some information is missing or not valid.
api-rejected-one = Contactship rejected the request: { $field } is missing or not valid.
api-rejected-some = Contactship rejected the request: { $first } and { $last } are missing or not valid.
api-rejected-more = Contactship rejected the request: { $first } and { $count } more are missing or not valid.

## Field names and validation rules (words.rs)
field-phone = The phone number
field-from-number = The number to call from
field-full-name = The name
field-email = The email address
field-country = The country
field-agent = The agent
field-contact = The contact
field-webhook = The webhook address
field-metadata = The metadata
field-additional-data = The additional data
field-delay = The delay
field-schedule-time = The scheduled time
field-timezone = The time zone
rule-required = { $subject } is required.
rule-too-long = { $subject } is longer than { $max } characters.
rule-invisible = { $subject } contains an invisible character. Type or paste it again.
rule-whitespace = { $subject } must not contain spaces.
rule-not-e164 = { $subject } must be in international format: + and the country code, digits only (for example +12025550123).
rule-invalid-phone = { $subject } is not a valid phone number for its country.
rule-invalid-email = { $subject } is not a valid e-mail address.
rule-invalid-url = { $subject } must be a full https:// address.
rule-key-empty = Give this value a name (for example amount_debt).
rule-key-too-long = The name “{ $key }” is too long; at most { $max } characters are allowed.
rule-key-space = The name “{ $key }” contains a space: use only letters without accents (a–z, A–Z), digits, _ . or - in a name.
rule-key-character = The name “{ $key }” contains “{ $character }”: use only letters without accents (a–z, A–Z), digits, _ . or - in a name.
rule-key-duplicate = “{ $key }” is used twice. Each name can appear only once.
rule-key-reserved = “{ $key }” is reserved by Callboard. Use another name.
rule-value-empty = Enter a value for “{ $key }”, or remove it.
rule-value-too-long = The value of “{ $key }” is longer than { $max } characters.
rule-metadata-too-large = The metadata is too large: at most { $max } bytes are allowed. Remove or shorten some values.
rule-other = { $subject } can't be used as it is. Check it and try again.

## Placing calls (placement.rs)
placement-unknown = Outcome unknown — check before calling again. { $detail }
placement-no-record = Callboard has no record of that call attempt.
placement-not-placed = This call was not placed, so there is no status to check.

## The keychain (secrets)
store-secret-service = password store (GNOME Keyring / Secret Service)
store-keychain = Keychain
store-credential-manager = Credential Manager
store-memory = this session only
place-secret-service = your computer's password store (GNOME Keyring / Secret Service)
place-keychain = your Mac's Keychain
place-credential-manager = Windows Credential Manager
secret-unavailable = Your computer's { $store } isn't available, so the API key can't be saved there. You can use the key for this session only; it will be forgotten when Callboard quits.
secret-locked = The { $store } is locked, so Callboard can't reach the API key. Unlock it (signing in to your computer again usually does) and try again, or use the key for this session only.
secret-unreadable = The API key saved in the { $store } can't be read. Remove it in Settings and paste the key again.
secret-failed = The { $store } couldn't complete the request. Try again, or use the key for this session only.

## Scheduling (schedule/error.rs)
schedule-invalid-format = Enter the time as year-month-day hours:minutes:seconds, for example 2026-06-15 14:30:00.
schedule-not-a-time = { $value } is not a real date and time. Check the day, month and hour.
schedule-unknown-zone = "{ $name }" is not a time zone we know. Pick one from the list, for example America/Mexico_City.
schedule-repeated-not-sendable = { $time } on { $day } happens twice in { $zone } and Callboard can't tell Contactship exactly which one you mean. Pick a time outside the repeated hour.
schedule-in-past = That time has already passed. Pick a time at least a minute from now.
schedule-too-soon = That time is less than a minute away. Pick a time at least a minute from now, or call now.
schedule-too-far = Calls can be scheduled at most 365 days ahead. Pick an earlier date.
time-on-day = { $time } on { $day }
schedule-nonexistent = { $time } on { $day } doesn't exist in { $zone } because clocks jump forward. The next valid time is { $next }.
schedule-ambiguous = { $time } on { $day } happens twice in { $zone } because clocks go back. Choose the first one ({ $first }) or the second one ({ $second }).
hours-not-a-time = Enter a time like 08:00 (24-hour clock).
hours-empty = Calling hours can't start and end at the same time ({ $at }). For example, 8:00 AM to 9:00 PM.
hours-overnight = Calling hours must start before they end on the same day: { $start } to { $end } would mean calling people overnight. For example, 8:00 AM to 9:00 PM.

## The call form (draft.rs)
draft-choose-contact = Choose who to call.
draft-delay-number = Enter the number of minutes as a whole number, like 15.
draft-delay-max = The delay can be at most { $max } minutes (7 days). For later calls, pick a date and time.
draft-date-format = Enter a date like 2026-06-15.
draft-time-format = Enter a time like 14:30.
draft-the-name = The name
draft-the-value = The value
draft-too-many-rows = At most { $max } rows can be sent with one call.
draft-choose-agent = Choose an agent to make the call.
draft-choose-number = Choose a number to call from.
phone-enter-number = Enter the phone number to call.
phone-not-valid = "{ $number }" is not a phone number that can be called. Check the digits and the country.
phone-needs-country = Choose the number's country, or write it with + and its country code (for example +52 55 1234 5678).
phone-enter-name = Enter the name the agent should use.
phone-enter-name-contact = Enter the contact's name.
phone-enter-number-contact = Enter the contact's phone number.
