//! Scheduling rules: turning "this wall-clock time in this zone" into an exact instant.
//!
//! Everything here is pure and takes the current instant as an argument (callers pass
//! `clock.now()` from an injected [`crate::clock::Clock`]), so every rule is testable
//! without the wall clock. The submodules are:
//! - [`resolve`]: [`resolve_local_time`] and its typed outcomes (DST gaps and overlaps,
//!   past / too soon / too far);
//! - [`hours`]: the calling-hours window and the callee's local time;
//! - [`format`]: small label helpers the UI uses ("10:30 AM", "in 2 h 5 min");
//! - [`error`]: [`ScheduleError`] with stable codes, form fields and plain sentences.

pub mod error;
pub mod format;
pub mod hours;
pub mod resolve;

pub use error::{CallingHoursError, ScheduleError};
pub use format::{
    format_clock_time, format_day_label, format_offset, format_relative, weekday_name,
    weekday_short,
};
pub use hours::{callee_local_time, CalleeLocalTime, CallingHours};
pub use resolve::{
    parse_local_time, parse_zone, resolve_local_time, resolve_local_time_str, AmbiguityChoice,
    ResolvedTime, MAX_LEAD, MIN_LEAD, WIRE_FORMAT,
};
