//! The calling-hours window and "what time is it for the callee".
//!
//! Decision: a window must start before it ends on the same day; windows that wrap past
//! midnight (e.g. 22:00–06:00) are refused. Calling people overnight is almost never what
//! a sales team means, and a "wrapping" window is far more often a typo (9:00 to 5:00
//! meant as 9 AM to 5 PM) than an intent, so we ask instead of guessing. The window is
//! half-open: the start minute is inside, the end minute is not (21:00 is outside a
//! window ending at 21:00).

use chrono::{DateTime, NaiveDateTime, NaiveTime, Offset, Utc};
use chrono_tz::{OffsetName, Tz};
use serde::{Deserialize, Serialize};

use super::error::CallingHoursError;
use super::format::format_offset;

/// The hours of the callee's day during which calls are considered polite.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawCallingHours")]
pub struct CallingHours {
    /// First minute inside the window (callee's local time).
    start: NaiveTime,
    /// First minute after the window (callee's local time).
    end: NaiveTime,
}

/// Unvalidated shape used only to route deserialization through [`CallingHours::new`].
#[derive(Deserialize)]
struct RawCallingHours {
    start: NaiveTime,
    end: NaiveTime,
}

impl TryFrom<RawCallingHours> for CallingHours {
    type Error = CallingHoursError;
    fn try_from(raw: RawCallingHours) -> Result<Self, Self::Error> {
        CallingHours::new(raw.start, raw.end)
    }
}

impl Default for CallingHours {
    /// 08:00 to 21:00.
    fn default() -> Self {
        Self {
            start: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN),
            end: NaiveTime::from_hms_opt(21, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

impl CallingHours {
    /// A window from `start` (inclusive) to `end` (exclusive); `start` must be before `end`.
    pub fn new(start: NaiveTime, end: NaiveTime) -> Result<Self, CallingHoursError> {
        if start < end {
            Ok(Self { start, end })
        } else {
            Err(CallingHoursError::StartNotBeforeEnd { start, end })
        }
    }

    /// Parses the two Settings fields (`HH:MM`, 24-hour, surrounding spaces ignored); each
    /// error names the field it belongs next to.
    pub fn parse(start: &str, end: &str) -> Result<Self, CallingHoursError> {
        let time = |value: &str, field: &'static str| {
            NaiveTime::parse_from_str(value.trim(), "%H:%M")
                .map_err(|_| CallingHoursError::NotATime { field })
        };
        let start = time(start, "calling_hours_start")?;
        let end = time(end, "calling_hours_end")?;
        if start == end {
            return Err(CallingHoursError::Empty { at: start });
        }
        Self::new(start, end)
    }

    /// First minute inside the window.
    pub fn start(&self) -> NaiveTime {
        self.start
    }

    /// First minute after the window.
    pub fn end(&self) -> NaiveTime {
        self.end
    }

    /// Whether a wall-clock time of day falls inside the window.
    pub fn contains(&self, time: NaiveTime) -> bool {
        self.start <= time && time < self.end
    }
}

/// The callee's side of a scheduled instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalleeLocalTime {
    /// The callee's wall-clock time at the instant.
    pub local: NaiveDateTime,
    /// The callee's zone.
    pub zone: Tz,
    /// The zone's UTC offset then, `±HH:MM`.
    pub offset: String,
    /// The zone's abbreviation then (`EST`, `CET`), or `UTC±HH:MM` where the tz database
    /// has no letters for it (`UTC+05:45` in Kathmandu).
    pub abbreviation: String,
    /// Whether the local time falls inside the calling-hours window.
    pub inside_calling_hours: bool,
}

/// What time `instant` is for a callee in `zone`, and whether that is inside `hours`.
pub fn callee_local_time(
    instant: DateTime<Utc>,
    zone: Tz,
    hours: &CallingHours,
) -> CalleeLocalTime {
    let zoned = instant.with_timezone(&zone);
    let local = zoned.naive_local();
    let offset = format_offset(zoned.offset().fix().local_minus_utc());
    let abbreviation = match zoned.offset().abbreviation() {
        Some(abbr) if abbr.chars().all(|c| c.is_ascii_alphabetic()) => abbr.to_string(),
        _ => format!("UTC{offset}"),
    };
    CalleeLocalTime {
        local,
        zone,
        offset,
        abbreviation,
        inside_calling_hours: hours.contains(local.time()),
    }
}
