//! Small, pure label helpers shared by scheduling messages and the UI, in the current
//! language (see [`crate::i18n`]): English uses a 12-hour clock ("10:30 AM", "March 8"),
//! Spanish and Portuguese a 24-hour one ("10:30", "8 de marzo"), as people there write them.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc, Weekday};

use crate::i18n::{locale, message, Locale};
use crate::t;

/// Formats a wall-clock time without seconds: `10:30 AM` / `10:30`.
pub fn format_clock_time(time: NaiveTime) -> String {
    if locale() == Locale::En {
        let (is_pm, hour12) = time.hour12();
        format!(
            "{hour12}:{:02} {}",
            time.minute(),
            if is_pm { "PM" } else { "AM" }
        )
    } else {
        format!("{}:{:02}", time.hour(), time.minute())
    }
}

const MONTHS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];

/// Formats a calendar day without a year: `March 8` / `8 de marzo` / `8 de março`.
pub fn format_day_label(date: NaiveDate) -> String {
    let month = message(MONTHS[date.month0() as usize % 12], &[]);
    t!("day-label", month = month, day = date.day())
}

const WEEKDAYS_SHORT: [&str; 7] = [
    "weekday-short-1",
    "weekday-short-2",
    "weekday-short-3",
    "weekday-short-4",
    "weekday-short-5",
    "weekday-short-6",
    "weekday-short-7",
];
const WEEKDAYS: [&str; 7] = [
    "weekday-1",
    "weekday-2",
    "weekday-3",
    "weekday-4",
    "weekday-5",
    "weekday-6",
    "weekday-7",
];

/// `Mon` / `lun` / `seg`.
pub fn weekday_short(day: Weekday) -> String {
    message(WEEKDAYS_SHORT[day.num_days_from_monday() as usize], &[])
}

/// `Monday` / `lunes` / `segunda-feira`.
pub fn weekday_name(day: Weekday) -> String {
    message(WEEKDAYS[day.num_days_from_monday() as usize], &[])
}

/// Formats a UTC offset in seconds as `±HH:MM`: `-05:00`, `+05:45`, `+00:00`.
pub fn format_offset(offset_seconds: i32) -> String {
    let sign = if offset_seconds < 0 { '-' } else { '+' };
    let abs = offset_seconds.unsigned_abs();
    format!("{sign}{:02}:{:02}", abs / 3600, (abs % 3600) / 60)
}

/// Describes how far `to` is from `from` in words: `in 2 h 5 min`, `in 45 min`,
/// `in 1 day 3 h`, `5 min ago`, or `in less than a minute` / `less than a minute ago`.
///
/// Minutes are rounded down, so the label never promises more time than there is.
pub fn format_relative(from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    let delta = to.signed_duration_since(from);
    let future = delta >= chrono::Duration::zero();
    let total_minutes = delta.num_minutes().unsigned_abs();
    if total_minutes == 0 {
        return if future {
            t!("in-under-a-minute")
        } else {
            t!("ago-under-a-minute")
        };
    }
    let days = total_minutes / (24 * 60);
    let hours = (total_minutes / 60) % 24;
    let minutes = total_minutes % 60;
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(t!("span-days", count = days));
        // Minutes are noise once the distance is measured in days.
        if hours > 0 {
            parts.push(t!("span-hours", count = hours));
        }
    } else {
        if hours > 0 {
            parts.push(t!("span-hours", count = hours));
        }
        if minutes > 0 {
            parts.push(t!("span-minutes", count = minutes));
        }
    }
    let span = parts.join(" ");
    if future {
        t!("relative-in", span = span)
    } else {
        t!("relative-ago", span = span)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn clock_labels_use_a_twelve_hour_clock() {
        assert_eq!(format_clock_time(t(10, 30)), "10:30 AM");
        assert_eq!(format_clock_time(t(0, 5)), "12:05 AM");
        assert_eq!(format_clock_time(t(12, 0)), "12:00 PM");
        assert_eq!(format_clock_time(t(21, 45)), "9:45 PM");
    }

    #[test]
    fn day_labels_name_the_month() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
        assert_eq!(format_day_label(d), "March 8");
        let d = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(format_day_label(d), "December 31");
    }

    #[test]
    fn offsets_are_signed_hours_and_minutes() {
        assert_eq!(format_offset(-5 * 3600), "-05:00");
        assert_eq!(format_offset(5 * 3600 + 45 * 60), "+05:45");
        assert_eq!(format_offset(0), "+00:00");
        assert_eq!(format_offset(-(3 * 3600 + 30 * 60)), "-03:30");
    }

    #[test]
    fn spanish_and_portuguese_use_a_24_hour_clock_and_their_month_names() {
        use crate::i18n::{with_locale, Locale};
        let d = NaiveDate::from_ymd_opt(2026, 3, 8).unwrap();
        assert_eq!(
            with_locale(Locale::Es, || format_clock_time(t(21, 45))),
            "21:45"
        );
        assert_eq!(
            with_locale(Locale::Es, || format_day_label(d)),
            "8 de marzo"
        );
        assert_eq!(
            with_locale(Locale::PtBr, || format_day_label(d)),
            "8 de março"
        );
        let now = Utc.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap();
        let later = now + chrono::Duration::minutes(125);
        assert_eq!(
            with_locale(Locale::Es, || format_relative(now, later)),
            "en 2 h 5 min"
        );
        assert_eq!(
            with_locale(Locale::PtBr, || format_relative(later, now)),
            "há 2 h 5 min"
        );
    }

    #[test]
    fn relative_labels_round_minutes_down() {
        let now = Utc.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap();
        let in_ = |secs: i64| format_relative(now, now + chrono::Duration::seconds(secs));
        assert_eq!(in_(30), "in less than a minute");
        assert_eq!(in_(59), "in less than a minute");
        assert_eq!(in_(60), "in 1 min");
        assert_eq!(in_(45 * 60 + 59), "in 45 min");
        assert_eq!(in_(2 * 3600), "in 2 h");
        assert_eq!(in_(2 * 3600 + 5 * 60 + 30), "in 2 h 5 min");
        assert_eq!(in_(26 * 3600 + 10 * 60), "in 1 day 2 h");
        assert_eq!(in_(3 * 86400), "in 3 days");
        assert_eq!(in_(-5 * 60), "5 min ago");
        assert_eq!(in_(-10), "less than a minute ago");
    }
}
