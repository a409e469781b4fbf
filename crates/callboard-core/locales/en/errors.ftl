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
