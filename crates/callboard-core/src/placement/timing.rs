//! When Contactship is expected to dial a request, from its timing.

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use contactship::CallTiming;

/// The expected dial instant: now, now + delay, or the scheduled local time in its zone
/// (the earlier instant when the local time happens twice; `None` if it cannot be read,
/// which validation has already ruled out).
pub(crate) fn due_at(timing: &CallTiming, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    match timing {
        CallTiming::Now => Some(now),
        // Checked: an absurd clock must give "unknown", never a panic.
        CallTiming::Delay { minutes } => {
            now.checked_add_signed(chrono::Duration::minutes(i64::from(*minutes)))
        }
        CallTiming::Schedule(s) => {
            let tz: chrono_tz::Tz = s.timezone.parse().ok()?;
            let local =
                NaiveDateTime::parse_from_str(&s.scheduled_call_time, "%Y-%m-%d %H:%M:%S").ok()?;
            let instant = tz.from_local_datetime(&local).earliest()?;
            Some(instant.with_timezone(&Utc))
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use contactship::Schedule;

    #[test]
    fn a_scheduled_local_time_becomes_the_matching_utc_instant() {
        let now = Utc.with_ymd_and_hms(2026, 6, 1, 0, 0, 0).unwrap();
        let timing = CallTiming::Schedule(Schedule {
            scheduled_call_time: "2026-06-15 14:30:00".into(),
            timezone: "America/Mexico_City".into(),
        });
        let expected = Utc.with_ymd_and_hms(2026, 6, 15, 20, 30, 0).unwrap();
        assert_eq!(due_at(&timing, now), Some(expected));
        let delayed = due_at(&CallTiming::Delay { minutes: 15 }, now);
        assert_eq!(delayed, Some(now + chrono::Duration::minutes(15)));
        assert_eq!(due_at(&CallTiming::Now, now), Some(now));
    }
}
