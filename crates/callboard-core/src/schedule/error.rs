//! Typed scheduling outcomes a UI can explain: a stable code, the form field to
//! highlight, and a sentence a salesperson can act on.

use chrono::{DateTime, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::{OffsetName, Tz};

use super::format::{format_clock_time, format_day_label};
use crate::t;
use crate::zones::zone_label;

/// The form field holding the wall-clock time (`schedule.scheduled_call_time`).
pub const FIELD_TIME: &str = "schedule.scheduled_call_time";
/// The form field holding the IANA zone name (`schedule.timezone`).
pub const FIELD_ZONE: &str = "schedule.timezone";

/// Why a requested wall-clock time cannot be scheduled as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduleError {
    /// The text is not `yyyy-MM-dd HH:mm:ss`.
    InvalidFormat {
        /// What was typed.
        value: String,
    },
    /// The text has the right shape but names no real calendar time (e.g. February 30).
    NotACalendarTime {
        /// What was typed.
        value: String,
    },
    /// The zone name is not a known IANA time zone.
    UnknownTimeZone {
        /// What was given.
        name: String,
    },
    /// The wall-clock time falls in a DST gap: clocks jump over it in this zone.
    NonexistentLocalTime {
        /// The requested wall-clock time.
        requested: NaiveDateTime,
        /// The first wall-clock time after the gap (what the UI should offer instead).
        next_valid: NaiveDateTime,
        /// The zone the time was asked in.
        zone: Tz,
    },
    /// The wall-clock time happens twice (DST overlap) and no choice was given.
    AmbiguousLocalTime {
        /// The requested wall-clock time.
        requested: NaiveDateTime,
        /// The zone the time was asked in.
        zone: Tz,
        /// Offset of the first occurrence, `±HH:MM` (e.g. `-04:00`).
        earlier_offset: String,
        /// Offset of the second occurrence, `±HH:MM` (e.g. `-05:00`).
        later_offset: String,
        /// The exact instant of the first occurrence.
        earlier_instant: DateTime<Utc>,
        /// The exact instant of the second occurrence.
        later_instant: DateTime<Utc>,
    },
    /// The chosen occurrence of a repeated time can't be said exactly in the API's terms
    /// (no zone has that offset then); practically unreachable with the tz database.
    RepeatedTimeNotSendable {
        /// The requested wall-clock time.
        requested: NaiveDateTime,
        /// The zone the time was asked in.
        zone: Tz,
    },
    /// The time has already passed.
    InPast {
        /// The instant that was asked for.
        instant: DateTime<Utc>,
        /// The current instant used for the check.
        now: DateTime<Utc>,
    },
    /// The time is less than a minute ahead: by the time the request arrives it may be past.
    TooSoon {
        /// The instant that was asked for.
        instant: DateTime<Utc>,
        /// The current instant used for the check.
        now: DateTime<Utc>,
    },
    /// The time is more than 365 days ahead.
    TooFar {
        /// The instant that was asked for.
        instant: DateTime<Utc>,
        /// The latest instant that would have been accepted.
        latest: DateTime<Utc>,
    },
}

impl std::fmt::Display for ScheduleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::InvalidFormat { .. } => t!("schedule-invalid-format"),
            Self::NotACalendarTime { value } => t!("schedule-not-a-time", value = value),
            Self::UnknownTimeZone { name } => t!("schedule-unknown-zone", name = name),
            Self::NonexistentLocalTime {
                requested,
                next_valid,
                zone,
            } => nonexistent_message(requested, next_valid, zone),
            Self::AmbiguousLocalTime {
                requested,
                zone,
                earlier_offset,
                later_offset,
                earlier_instant,
                later_instant,
            } => ambiguous_message(
                requested,
                zone,
                earlier_instant,
                later_instant,
                earlier_offset,
                later_offset,
            ),
            Self::RepeatedTimeNotSendable { requested, zone } => t!(
                "schedule-repeated-not-sendable",
                time = format_clock_time(requested.time()),
                day = format_day_label(requested.date()),
                zone = zone_label(zone.name())
            ),
            Self::InPast { .. } => t!("schedule-in-past"),
            Self::TooSoon { .. } => t!("schedule-too-soon"),
            Self::TooFar { .. } => t!("schedule-too-far"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for ScheduleError {}

impl ScheduleError {
    /// A stable snake_case code for programs (the UI switches on it).
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidFormat { .. } => "invalid_time_format",
            Self::NotACalendarTime { .. } => "not_a_calendar_time",
            Self::UnknownTimeZone { .. } => "unknown_time_zone",
            Self::NonexistentLocalTime { .. } => "nonexistent_local_time",
            Self::AmbiguousLocalTime { .. } => "ambiguous_local_time",
            Self::RepeatedTimeNotSendable { .. } => "repeated_time_not_sendable",
            Self::InPast { .. } => "in_past",
            Self::TooSoon { .. } => "too_soon",
            Self::TooFar { .. } => "too_far",
        }
    }

    /// The form field the error concerns.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::UnknownTimeZone { .. } => Some(FIELD_ZONE),
            _ => Some(FIELD_TIME),
        }
    }
}

/// Why a calling-hours window was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CallingHoursError {
    /// A start or end that isn't a time of day ("", "9", "25:00").
    NotATime {
        /// `calling_hours_start` or `calling_hours_end`.
        field: &'static str,
    },
    /// Start and end are the same minute: the window would be empty.
    Empty {
        /// The time given for both.
        at: NaiveTime,
    },
    /// The window must start before it ends on the same day (no wrap past midnight).
    StartNotBeforeEnd {
        /// The requested start.
        start: NaiveTime,
        /// The requested end.
        end: NaiveTime,
    },
}

impl std::fmt::Display for CallingHoursError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NotATime { .. } => t!("hours-not-a-time"),
            Self::Empty { at } => t!("hours-empty", at = format_clock_time(*at)),
            Self::StartNotBeforeEnd { start, end } => t!(
                "hours-overnight",
                start = format_clock_time(*start),
                end = format_clock_time(*end)
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for CallingHoursError {}

impl CallingHoursError {
    /// A stable snake_case code.
    pub fn code(&self) -> &'static str {
        "invalid_calling_hours"
    }

    /// The settings field to show the sentence next to.
    pub fn field(&self) -> &'static str {
        match self {
            Self::NotATime { field } => field,
            Self::Empty { .. } | Self::StartNotBeforeEnd { .. } => "calling_hours_end",
        }
    }
}

/// "2:30 AM on March 8 doesn't exist in New York because clocks jump forward. The next
/// valid time is 3:00 AM."
fn nonexistent_message(requested: &NaiveDateTime, next_valid: &NaiveDateTime, zone: &Tz) -> String {
    let next = if next_valid.date() == requested.date() {
        format_clock_time(next_valid.time())
    } else {
        t!(
            "time-on-day",
            time = format_clock_time(next_valid.time()),
            day = format_day_label(next_valid.date())
        )
    };
    t!(
        "schedule-nonexistent",
        time = format_clock_time(requested.time()),
        day = format_day_label(requested.date()),
        zone = zone_label(zone.name()),
        next = next
    )
}

/// "1:30 AM on November 1 happens twice in New York because clocks go back. Choose the
/// first one (EDT, UTC-04:00) or the second one (EST, UTC-05:00)."
fn ambiguous_message(
    requested: &NaiveDateTime,
    zone: &Tz,
    earlier: &DateTime<Utc>,
    later: &DateTime<Utc>,
    earlier_offset: &str,
    later_offset: &str,
) -> String {
    let describe = |instant: &DateTime<Utc>, offset: &str| {
        // Numeric pseudo-abbreviations such as "+1030" add nothing next to the offset.
        match instant.with_timezone(zone).offset().abbreviation() {
            Some(abbr) if abbr.chars().all(|c| c.is_ascii_alphabetic()) => {
                format!("{abbr}, UTC{offset}")
            }
            _ => format!("UTC{offset}"),
        }
    };
    t!(
        "schedule-ambiguous",
        time = format_clock_time(requested.time()),
        day = format_day_label(requested.date()),
        zone = zone_label(zone.name()),
        first = describe(earlier, earlier_offset),
        second = describe(later, later_offset)
    )
}
