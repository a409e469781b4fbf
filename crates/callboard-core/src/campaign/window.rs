//! A campaign's calling window, read in each callee's own zone: days of the week plus the
//! calling hours ([`CallingHours`], half-open, never past midnight).
//!
//! Local times come from chrono-tz, so a change of offset during the campaign (a DST switch,
//! a zone 30 or 45 minutes off the hour) moves the window with the callee's clock. A window
//! that opens inside a DST gap (02:30 on the night clocks jump from 02:00 to 03:00) opens at
//! the first minute that exists; in a repeated hour the earlier instant counts.

use crate::schedule::CallingHours;
use chrono::{DateTime, Datelike, Duration, NaiveDateTime, TimeZone, Utc, Weekday};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// Days of the week, Monday first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Vec<Weekday>", into = "Vec<Weekday>")]
pub struct Days(u8);

impl Days {
    pub const ALL: Days = Days(0b111_1111);
    pub const WEEKDAYS: Days = Days(0b001_1111);

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl From<Vec<Weekday>> for Days {
    fn from(days: Vec<Weekday>) -> Self {
        Days(
            days.iter()
                .fold(0, |bits, d| bits | 1 << d.num_days_from_monday()),
        )
    }
}

impl From<Days> for Vec<Weekday> {
    fn from(days: Days) -> Self {
        (0..7)
            .filter_map(|n| Weekday::try_from(n).ok())
            .filter(|d| days.contains(*d))
            .collect()
    }
}

/// When a campaign may ring people, in their local time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallingWindow {
    pub days: Days,
    pub hours: CallingHours,
}

/// The longest stretch of local times that can be missing at once (DST gaps are one hour
/// nearly everywhere; the tz database's largest are whole days skipped over the date line,
/// which a daily window simply finds on the next day).
const LONGEST_GAP_MINUTES: i64 = 180;

impl CallingWindow {
    /// Whether `at` falls inside the window for someone in `zone`.
    pub fn contains(&self, at: DateTime<Utc>, zone: Tz) -> bool {
        let local = at.with_timezone(&zone);
        self.days.contains(local.weekday()) && self.hours.contains(local.time())
    }

    /// The first instant at or after `at` inside the window in `zone`; none when no day is
    /// chosen.
    pub fn next_open(&self, at: DateTime<Utc>, zone: Tz) -> Option<DateTime<Utc>> {
        if self.contains(at, zone) {
            return Some(at);
        }
        let today = at.with_timezone(&zone).date_naive();
        // Eight days: today's opening may be past, and then a week later is the same day.
        (0..=8)
            .filter_map(|d| today.checked_add_signed(Duration::days(d)))
            .filter(|date| self.days.contains(date.weekday()))
            .filter_map(|date| first_instant_at_or_after(zone, date.and_time(self.hours.start())))
            .find(|open| *open > at && self.contains(*open, zone))
    }

    /// When the window that holds `at` closes for someone in `zone` (none when `at` is
    /// outside it): the first instant after `at` that is outside.
    pub fn closes_at(&self, at: DateTime<Utc>, zone: Tz) -> Option<DateTime<Utc>> {
        if !self.contains(at, zone) {
            return None;
        }
        let date = at.with_timezone(&zone).date_naive();
        first_instant_at_or_after(zone, date.and_time(self.hours.end()))
    }
}

/// The earliest instant whose local time in `zone` is `local` or, when `local` does not
/// exist there (a DST gap), the first minute after it that does.
fn first_instant_at_or_after(zone: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    (0..=LONGEST_GAP_MINUTES)
        .filter_map(|m| local.checked_add_signed(Duration::minutes(m)))
        .find_map(|t| zone.from_local_datetime(&t).earliest())
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
#[path = "window_tests.rs"]
mod tests;
