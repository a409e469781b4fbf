//! [`resolve_local_time`]: from a wall-clock time in a zone to one exact instant.
//!
//! Order of checks: shape, then existence (DST gap / overlap), then distance from now.
//! A time in a gap is reported as a gap even when it is also in the past, because the
//! gap is what the user must understand first.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, Offset, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::error::ScheduleError;
use super::format::format_offset;

/// The wire format of `schedule.scheduled_call_time`.
pub const WIRE_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// A scheduled call must be at least this far ahead (the request needs time to arrive).
pub const MIN_LEAD: Duration = Duration::seconds(60);

/// A scheduled call may be at most this far ahead.
pub const MAX_LEAD: Duration = Duration::days(365);

/// Which occurrence of a wall-clock time that happens twice (DST overlap) is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AmbiguityChoice {
    /// The first occurrence (before the clocks go back; the larger UTC offset).
    Earlier,
    /// The second occurrence (after the clocks go back).
    Later,
}

/// A wall-clock time pinned to one exact instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedTime {
    /// The exact instant the call is for.
    pub instant: DateTime<Utc>,
    /// The wall-clock time as requested.
    pub local: NaiveDateTime,
    /// The zone the wall-clock time is in.
    pub zone: Tz,
    /// The zone's UTC offset at that instant, `±HH:MM` (e.g. `-05:00`).
    pub offset: String,
    /// The wall-clock time happens twice in `zone` (DST overlap) and one was chosen.
    pub repeated: bool,
    /// The zone sent as `schedule.timezone`: `zone` itself, or for a repeated time a zone
    /// with the chosen offset in which the same wall time happens once (see [`exact_zone`]).
    pub wire_zone: String,
}

impl ResolvedTime {
    /// `scheduled_call_time` as the API wants it: `yyyy-MM-dd HH:mm:ss`.
    pub fn scheduled_call_time(&self) -> String {
        self.local.format(WIRE_FORMAT).to_string()
    }

    /// The IANA zone name sent as `schedule.timezone`.
    pub fn timezone(&self) -> &str {
        &self.wire_zone
    }

    /// The API wire form: `(scheduled_call_time, timezone)`. Exact even inside a DST
    /// overlap, because a repeated time is sent in a zone where it happens once.
    pub fn wire_form(&self) -> (String, String) {
        (self.scheduled_call_time(), self.timezone().to_string())
    }

    /// The `schedule` object of a create-call request.
    pub fn to_schedule(&self) -> contactship::Schedule {
        contactship::Schedule {
            scheduled_call_time: self.scheduled_call_time(),
            timezone: self.timezone().to_string(),
        }
    }
}

/// Parses `yyyy-MM-dd HH:mm:ss` strictly (zero-padded, exactly 19 characters).
pub fn parse_local_time(value: &str) -> Result<NaiveDateTime, ScheduleError> {
    let trimmed = value.trim();
    // chrono's parser accepts unpadded fields ("2026-3-8 2:30:00"); the API does not.
    let shape_ok = trimmed.len() == 19
        && trimmed.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            10 => c == ' ',
            13 | 16 => c == ':',
            _ => c.is_ascii_digit(),
        });
    if !shape_ok {
        return Err(ScheduleError::InvalidFormat {
            value: value.to_string(),
        });
    }
    NaiveDateTime::parse_from_str(trimmed, WIRE_FORMAT).map_err(|_| {
        ScheduleError::NotACalendarTime {
            value: trimmed.to_string(),
        }
    })
}

/// Parses an IANA zone name (`America/Mexico_City`), ignoring case and surrounding
/// spaces (`america/new_york` is New York): people type zones, and case never changes
/// which zone is meant.
pub fn parse_zone(name: &str) -> Result<Tz, ScheduleError> {
    let trimmed = name.trim();
    trimmed
        .parse::<Tz>()
        .ok()
        .or_else(|| {
            chrono_tz::TZ_VARIANTS
                .iter()
                .copied()
                .find(|tz| tz.name().eq_ignore_ascii_case(trimmed))
        })
        .ok_or_else(|| ScheduleError::UnknownTimeZone {
            name: name.to_string(),
        })
}

/// Like [`resolve_local_time`], from the strings a form holds.
pub fn resolve_local_time_str(
    local: &str,
    zone: &str,
    choice: Option<AmbiguityChoice>,
    now: DateTime<Utc>,
) -> Result<ResolvedTime, ScheduleError> {
    let zone = parse_zone(zone)?;
    let local = parse_local_time(local)?;
    resolve_local_time(local, zone, choice, now)
}

/// Turns a wall-clock time in `zone` into one exact instant, checking that it exists,
/// is unambiguous (or disambiguated by `choice`), and is between 60 seconds and 365
/// days after `now` (both bounds inclusive).
pub fn resolve_local_time(
    local: NaiveDateTime,
    zone: Tz,
    choice: Option<AmbiguityChoice>,
    now: DateTime<Utc>,
) -> Result<ResolvedTime, ScheduleError> {
    let mut repeated = false;
    let zoned = match zone.from_local_datetime(&local) {
        LocalResult::Single(dt) => dt,
        LocalResult::Ambiguous(a, b) => {
            repeated = true;
            // chrono returns them in no promised order; sort by instant.
            let (earlier, later) = if a <= b { (a, b) } else { (b, a) };
            match choice {
                Some(AmbiguityChoice::Earlier) => earlier,
                Some(AmbiguityChoice::Later) => later,
                None => {
                    return Err(ScheduleError::AmbiguousLocalTime {
                        requested: local,
                        zone,
                        earlier_offset: format_offset(earlier.offset().fix().local_minus_utc()),
                        later_offset: format_offset(later.offset().fix().local_minus_utc()),
                        earlier_instant: earlier.with_timezone(&Utc),
                        later_instant: later.with_timezone(&Utc),
                    })
                }
            }
        }
        LocalResult::None => {
            return Err(ScheduleError::NonexistentLocalTime {
                requested: local,
                next_valid: next_valid_local_time(local, zone),
                zone,
            })
        }
    };
    let instant = zoned.with_timezone(&Utc);
    let lead = instant.signed_duration_since(now);
    if lead < Duration::zero() {
        return Err(ScheduleError::InPast { instant, now });
    }
    if lead < MIN_LEAD {
        return Err(ScheduleError::TooSoon { instant, now });
    }
    if lead > MAX_LEAD {
        return Err(ScheduleError::TooFar {
            instant,
            latest: now + MAX_LEAD,
        });
    }
    let offset_secs = zoned.offset().fix().local_minus_utc();
    let wire_zone = if repeated {
        exact_zone(local, offset_secs).ok_or(ScheduleError::RepeatedTimeNotSendable {
            requested: local,
            zone,
        })?
    } else {
        zone.name().to_owned()
    };
    Ok(ResolvedTime {
        instant,
        local,
        zone,
        offset: format_offset(offset_secs),
        repeated,
        wire_zone,
    })
}

/// A zone in which `local` happens exactly once, at UTC offset `offset_secs`.
///
/// The API takes a wall time and an IANA zone, so "1:30 AM EST" on the night New York's
/// clocks go back can't be said with `America/New_York`. The same instant is the same wall
/// time in any zone with the same offset: a whole-hour offset uses the tz database's fixed
/// `Etc/GMT±N` zones (POSIX sign: `Etc/GMT+5` is UTC−05:00); others (Lord Howe's +10:30)
/// use the first named zone that has that offset then without a transition around it.
pub fn exact_zone(local: NaiveDateTime, offset_secs: i32) -> Option<String> {
    let hours = offset_secs / 3600;
    if offset_secs % 3600 == 0 && (-12..=14).contains(&hours) {
        return Some(match hours {
            0 => "Etc/GMT".to_owned(),
            h if h > 0 => format!("Etc/GMT-{h}"),
            h => format!("Etc/GMT+{}", -h),
        });
    }
    chrono_tz::TZ_VARIANTS
        .iter()
        .find_map(|tz| match tz.from_local_datetime(&local) {
            LocalResult::Single(dt) if dt.offset().fix().local_minus_utc() == offset_secs => {
                Some(tz.name().to_owned())
            }
            _ => None,
        })
}

/// The first wall-clock time after the DST gap containing `local`.
///
/// Transitions in the tz database happen on whole minutes, so walking forward minute by
/// minute from the start of `local`'s minute lands exactly on the end of the gap. The walk
/// is bounded by two days (the longest real gap, Samoa 2011, skipped one day).
fn next_valid_local_time(local: NaiveDateTime, zone: Tz) -> NaiveDateTime {
    let start = local.with_second(0).unwrap_or(local);
    let mut candidate = start;
    for _ in 0..(2 * 24 * 60) {
        candidate += Duration::minutes(1);
        if !matches!(zone.from_local_datetime(&candidate), LocalResult::None) {
            return candidate;
        }
    }
    // Unreachable for real zones; answer something still in the future of `local`.
    start + Duration::hours(1)
}
