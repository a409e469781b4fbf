//! Small, pure label helpers shared by scheduling messages and the UI.
//!
//! They are deliberately locale-free (English, 12-hour clock) so messages are identical
//! on every machine and easy to pin in tests.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike, Utc};

/// Formats a wall-clock time as a 12-hour label without seconds: `10:30 AM`, `12:05 AM`.
pub fn format_clock_time(time: NaiveTime) -> String {
    let (is_pm, hour12) = time.hour12();
    format!(
        "{hour12}:{:02} {}",
        time.minute(),
        if is_pm { "PM" } else { "AM" }
    )
}

/// Formats a calendar day as `March 8` (month name, day without padding, no year).
pub fn format_day_label(date: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS
        .get(date.month0() as usize)
        .copied()
        .unwrap_or("Month");
    format!("{month} {}", date.day())
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
            "in less than a minute".to_string()
        } else {
            "less than a minute ago".to_string()
        };
    }
    let days = total_minutes / (24 * 60);
    let hours = (total_minutes / 60) % 24;
    let minutes = total_minutes % 60;
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(format!("{days} {}", if days == 1 { "day" } else { "days" }));
        // Minutes are noise once the distance is measured in days.
        if hours > 0 {
            parts.push(format!("{hours} h"));
        }
    } else {
        if hours > 0 {
            parts.push(format!("{hours} h"));
        }
        if minutes > 0 {
            parts.push(format!("{minutes} min"));
        }
    }
    let span = parts.join(" ");
    if future {
        format!("in {span}")
    } else {
        format!("{span} ago")
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
