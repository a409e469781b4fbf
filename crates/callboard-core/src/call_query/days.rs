//! The date filter as a person types it: days `yyyy-MM-dd` in the computer's time zone,
//! turned into the half-open range of instants the log is filtered by.

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// What is wrong with the typed days; each names the box to mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayRangeError {
    NotADate { field: &'static str },
    Reversed,
}

// By hand rather than with `thiserror`: the words come from `store.ftl`.
impl std::fmt::Display for DayRangeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            Self::NotADate { .. } => crate::t!("day-range-not-a-date"),
            Self::Reversed => crate::t!("day-range-reversed"),
        })
    }
}

impl std::error::Error for DayRangeError {}

impl DayRangeError {
    /// The box the error belongs to: `from` or `to`.
    pub fn field(&self) -> &'static str {
        match self {
            Self::NotADate { field } => field,
            Self::Reversed => "to",
        }
    }
}

/// A half-open range of instants; either end may be open.
pub type InstantRange = (Option<DateTime<Utc>>, Option<DateTime<Utc>>);

/// `from` and `to` (either may be blank, both inclusive) as instants in `zone`: the start of
/// From, and the start of the day after To (exclusive).
pub fn day_range(from: &str, to: &str, zone: Tz) -> Result<InstantRange, DayRangeError> {
    let day = |typed: &str, field| match typed.trim() {
        "" => Ok(None),
        t => NaiveDate::parse_from_str(t, "%Y-%m-%d")
            .ok()
            .filter(|_| t.len() == 10)
            .map(Some)
            .ok_or(DayRangeError::NotADate { field }),
    };
    let (from, to) = (day(from, "from")?, day(to, "to")?);
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(DayRangeError::Reversed);
        }
    }
    let start = |d: NaiveDate| start_of_day(d, zone);
    Ok((from.map(start), to.and_then(|d| d.succ_opt()).map(start)))
}

/// The first instant of `day` in `zone`. Where midnight doesn't exist (a DST change at
/// 00:00, as in Santiago or Havana) the day starts at the first wall time that does.
fn start_of_day(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    (0..=4)
        .find_map(|h| {
            zone.from_local_datetime(&(midnight + Duration::hours(h)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(s: &str) -> Option<DateTime<Utc>> {
        DateTime::parse_from_rfc3339(s)
            .ok()
            .map(|t| t.with_timezone(&Utc))
    }

    #[test]
    fn days_are_whole_local_days_with_the_end_exclusive() {
        let r = day_range("2026-12-01", "2026-12-03", chrono_tz::America::Mexico_City);
        assert_eq!(
            r,
            Ok((utc("2026-12-01T06:00:00Z"), utc("2026-12-04T06:00:00Z")))
        );
        assert_eq!(day_range(" ", "", chrono_tz::UTC), Ok((None, None)));
    }

    #[test]
    fn a_day_without_a_midnight_starts_at_its_first_hour() {
        // Chile moved its clocks from 00:00 to 01:00 on 2026-09-06.
        let (from, _) =
            day_range("2026-09-06", "", chrono_tz::America::Santiago).unwrap_or_default();
        assert_eq!(from, utc("2026-09-06T04:00:00Z"));
    }

    #[test]
    fn a_wrong_box_is_named_and_a_reversed_range_is_said() {
        let err = |f, t| day_range(f, t, chrono_tz::UTC).err();
        assert_eq!(
            err("2026-13-01", ""),
            Some(DayRangeError::NotADate { field: "from" })
        );
        assert_eq!(
            err("", "2026-2-1"),
            Some(DayRangeError::NotADate { field: "to" })
        );
        assert_eq!(
            err("2026-12-05", "2026-12-01").map(|e| e.field()),
            Some("to")
        );
    }
}
