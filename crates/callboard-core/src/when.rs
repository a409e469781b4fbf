//! The "When" preview: the chosen time in the callee's words and the user's, with DST
//! problems explained and resolved by a choice, and calling hours checked.

use crate::draft::{resolve_at, DraftError, DraftTiming};
use crate::schedule::{
    callee_local_time, format_clock_time, format_day_label, format_relative, CallingHours,
    ResolvedTime, ScheduleError,
};
use crate::zones::zone_label;
use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::{OffsetName, Tz};

/// Why a chosen time can't be used as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    Gap,
    Overlap,
    Past,
    TooSoon,
    TooFar,
    Invalid,
    UnknownZone,
}

/// A problem with the chosen time, in words, with what the UI can offer instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenIssue {
    pub kind: IssueKind,
    pub message: String,
    /// For gaps: the first valid time after the gap, `HH:mm`.
    pub next_valid_time: Option<String>,
    /// For overlaps: how each occurrence reads, e.g. `1:30 AM EDT (UTC-04:00)`.
    pub earlier_label: Option<String>,
    pub later_label: Option<String>,
}

/// The whole preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhenSummary {
    pub issue: Option<WhenIssue>,
    /// `10:30 AM, June 15 for Juan (Mexico City)`.
    pub callee_label: Option<String>,
    /// `11:30 AM, June 15 your time (New York)`.
    pub your_label: String,
    pub outside_calling_hours: bool,
    pub calling_hours_warning: Option<String>,
    /// `in 2 h 5 min`.
    pub relative_label: Option<String>,
    /// For a repeated (DST overlap) time: exactly what goes to Contactship, e.g.
    /// `Sent as 2027-11-07 01:30:00 in Etc/GMT+5 (UTC-05:00): the second 1:30 AM in New York.`
    pub sent_as: Option<String>,
}

/// Explains `timing` for a callee in `callee_zone` and a user in `your_zone`.
pub fn preview(
    timing: &DraftTiming,
    callee_zone: Option<Tz>,
    contact_name: Option<&str>,
    your_zone: Tz,
    hours: &CallingHours,
    now: DateTime<Utc>,
) -> WhenSummary {
    let resolved = match timing {
        DraftTiming::Now => Ok((now, None)),
        DraftTiming::Delay { minutes } => crate::draft::parse_delay(minutes)
            .map(|m| (now + Duration::minutes(i64::from(m)), None)),
        DraftTiming::At {
            date,
            time,
            zone,
            choice,
        } => resolve_at(date, time, zone, *choice, now)
            .map(|r| (r.instant, Some(r).filter(|r| r.repeated))),
    };
    let (instant, repeated) = match resolved {
        Ok(i) => i,
        Err(err) => {
            return WhenSummary {
                issue: Some(issue_for(&err)),
                callee_label: None,
                your_label: crate::t!(
                    "when-now-your-time",
                    time = stamp(now, your_zone),
                    zone = zone_label(your_zone.name())
                ),
                outside_calling_hours: false,
                calling_hours_warning: None,
                relative_label: None,
                sent_as: None,
            }
        }
    };
    let who = contact_name
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map_or_else(|| crate::t!("when-the-contact"), str::to_owned);
    // A name's first word; the words for "the contact" as they are.
    let first_name = match contact_name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => name.split_whitespace().next().unwrap_or(name).to_owned(),
        None => who,
    };
    let (callee_label, outside, warning) = match callee_zone {
        Some(zone) => {
            let local = callee_local_time(instant, zone, hours);
            let label = crate::t!(
                "when-for-callee",
                time = stamp_exact(instant, zone, repeated.as_ref()),
                name = &first_name,
                zone = zone_label(zone.name())
            );
            let warning = (!local.inside_calling_hours).then(|| {
                crate::t!(
                    "when-outside-calling-hours",
                    time = format_clock_time(local.local.time()),
                    name = &first_name,
                    start = format_clock_time(hours.start()),
                    end = format_clock_time(hours.end())
                )
            });
            (Some(label), !local.inside_calling_hours, warning)
        }
        None => (None, false, None),
    };
    WhenSummary {
        issue: None,
        callee_label,
        your_label: crate::t!(
            "when-your-time",
            time = stamp(instant, your_zone),
            zone = zone_label(your_zone.name())
        ),
        outside_calling_hours: outside,
        calling_hours_warning: warning,
        relative_label: Some(if instant <= now + Duration::seconds(30) {
            crate::t!("when-right-away")
        } else {
            format_relative(now, instant)
        }),
        sent_as: repeated.as_ref().map(sent_as),
    }
}

/// What a repeated time is sent as, and which occurrence that is.
fn sent_as(r: &ResolvedTime) -> String {
    let (time, zone) = r.wire_form();
    let which = if r.instant == earliest_occurrence(r) {
        "first"
    } else {
        "second"
    };
    crate::t!(
        "when-sent-as",
        time = time.to_string(),
        zone = zone.to_string(),
        offset = r.offset.as_str(),
        which = which,
        clock = format_clock_time(r.local.time()),
        city = zone_label(r.zone.name())
    )
}

fn earliest_occurrence(r: &ResolvedTime) -> DateTime<Utc> {
    use chrono::TimeZone;
    r.zone
        .from_local_datetime(&r.local)
        .earliest()
        .map_or(r.instant, |d| d.with_timezone(&Utc))
}

/// Like [`stamp`], naming the offset when the wall time happens twice that night:
/// `1:30 AM EST (UTC-05:00), Sun November 7`.
fn stamp_exact(instant: DateTime<Utc>, zone: Tz, repeated: Option<&ResolvedTime>) -> String {
    match repeated.filter(|r| r.zone == zone) {
        Some(r) => {
            let local = instant.with_timezone(&zone).naive_local();
            day_stamp(
                occurrence_label(instant, zone, &r.offset),
                local.weekday(),
                format_day_label(local.date()),
            )
        }
        None => stamp(instant, zone),
    }
}

/// `10:30 AM, Mon June 15` in `zone`.
fn stamp(instant: DateTime<Utc>, zone: Tz) -> String {
    let local = instant.with_timezone(&zone).naive_local();
    day_stamp(
        format_clock_time(local.time()),
        local.weekday(),
        format_day_label(local.date()),
    )
}

/// `10:30 AM, Mon June 15`: a time, the weekday's short name and the day, in the current
/// language's order and words (the weekday is `Mon`, `lun`, `seg`).
fn day_stamp(time: String, weekday: chrono::Weekday, day: String) -> String {
    crate::t!(
        "when-day-stamp",
        time = time,
        weekday = crate::schedule::weekday_short(weekday),
        day = day
    )
}

fn occurrence_label(instant: DateTime<Utc>, zone: Tz, offset: &str) -> String {
    let zoned = instant.with_timezone(&zone);
    let abbr = zoned.offset().abbreviation().unwrap_or_default();
    format!(
        "{} {} (UTC{})",
        format_clock_time(zoned.naive_local().time()),
        abbr,
        offset
    )
}

fn issue_for(err: &DraftError) -> WhenIssue {
    let plain = |kind| WhenIssue {
        kind,
        message: err.to_string(),
        next_valid_time: None,
        earlier_label: None,
        later_label: None,
    };
    match err {
        DraftError::Field { .. } => plain(IssueKind::Invalid),
        DraftError::Schedule(s) => match s {
            ScheduleError::NonexistentLocalTime { next_valid, .. } => WhenIssue {
                next_valid_time: Some(next_valid.format("%H:%M").to_string()),
                ..plain(IssueKind::Gap)
            },
            ScheduleError::AmbiguousLocalTime {
                zone,
                earlier_offset,
                later_offset,
                earlier_instant,
                later_instant,
                ..
            } => WhenIssue {
                earlier_label: Some(occurrence_label(*earlier_instant, *zone, earlier_offset)),
                later_label: Some(occurrence_label(*later_instant, *zone, later_offset)),
                ..plain(IssueKind::Overlap)
            },
            ScheduleError::RepeatedTimeNotSendable { .. } => plain(IssueKind::Overlap),
            ScheduleError::InPast { .. } => plain(IssueKind::Past),
            ScheduleError::TooSoon { .. } => plain(IssueKind::TooSoon),
            ScheduleError::TooFar { .. } => plain(IssueKind::TooFar),
            ScheduleError::UnknownTimeZone { .. } => plain(IssueKind::UnknownZone),
            ScheduleError::InvalidFormat { .. } | ScheduleError::NotACalendarTime { .. } => {
                plain(IssueKind::Invalid)
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        // 2026-10-30 14:00 UTC = 10:00 AM in New York (EDT).
        Utc.with_ymd_and_hms(2026, 10, 30, 14, 0, 0)
            .single()
            .unwrap_or_default()
    }

    fn at(date: &str, time: &str, zone: &str) -> DraftTiming {
        DraftTiming::At {
            date: date.into(),
            time: time.into(),
            zone: zone.into(),
            choice: None,
        }
    }

    #[test]
    fn both_the_callees_and_the_users_time_are_shown() {
        let s = preview(
            &at("2026-10-30", "10:30", "America/Mexico_City"),
            Some(chrono_tz::America::Mexico_City),
            Some("Juan Pérez"),
            chrono_tz::America::New_York,
            &CallingHours::default(),
            now(),
        );
        assert_eq!(s.issue, None);
        assert_eq!(
            s.callee_label.as_deref(),
            Some("10:30 AM, Fri October 30 for Juan (Mexico City)")
        );
        assert_eq!(
            s.your_label,
            "12:30 PM, Fri October 30 your time (New York)"
        );
        assert!(!s.outside_calling_hours);
        assert_eq!(s.relative_label.as_deref(), Some("in 2 h 30 min"));
    }

    #[test]
    fn a_late_evening_time_for_the_callee_is_warned_about() {
        let s = preview(
            &DraftTiming::Delay {
                minutes: "720".into(),
            },
            Some(chrono_tz::Europe::Madrid),
            Some("Lucía"),
            chrono_tz::America::New_York,
            &CallingHours::default(),
            now(),
        );
        assert!(s.outside_calling_hours);
        assert_eq!(
            s.calling_hours_warning.as_deref(),
            Some("That's 3:00 AM for Lucía, outside calling hours (8:00 AM–9:00 PM).")
        );
    }

    #[test]
    fn a_gap_offers_the_next_valid_time() {
        let s = preview(
            &at("2027-03-14", "02:30", "America/New_York"),
            None,
            None,
            chrono_tz::America::New_York,
            &CallingHours::default(),
            now(),
        );
        let issue = s.issue.unwrap_or_else(|| panic!("no issue"));
        assert_eq!(issue.kind, IssueKind::Gap);
        assert_eq!(issue.next_valid_time.as_deref(), Some("03:00"));
    }

    #[test]
    fn an_overlap_offers_both_occurrences() {
        let s = preview(
            &at("2026-11-01", "01:30", "America/New_York"),
            None,
            None,
            chrono_tz::America::New_York,
            &CallingHours::default(),
            now(),
        );
        let issue = s.issue.unwrap_or_else(|| panic!("no issue"));
        assert_eq!(issue.kind, IssueKind::Overlap);
        assert_eq!(
            issue.earlier_label.as_deref(),
            Some("1:30 AM EDT (UTC-04:00)")
        );
        assert_eq!(
            issue.later_label.as_deref(),
            Some("1:30 AM EST (UTC-05:00)")
        );
    }

    #[test]
    fn the_preview_speaks_spanish_when_asked() {
        let s = crate::i18n::with_locale(crate::i18n::Locale::Es, || {
            preview(
                &DraftTiming::Delay {
                    minutes: "720".into(),
                },
                Some(chrono_tz::Europe::Madrid),
                None,
                chrono_tz::America::New_York,
                &CallingHours::default(),
                now(),
            )
        });
        let warning = s.calling_hours_warning.unwrap_or_default();
        assert!(
            warning.starts_with("3:00 para el contacto: fuera del horario de llamadas"),
            "{warning}"
        );
        assert!(s.your_label.contains("vie"), "{}", s.your_label);
        assert!(
            s.your_label.contains(", su hora (New York)"),
            "{}",
            s.your_label
        );
    }

    #[test]
    fn a_past_time_is_refused() {
        let s = preview(
            &at("2026-10-29", "09:00", "America/New_York"),
            None,
            None,
            chrono_tz::America::New_York,
            &CallingHours::default(),
            now(),
        );
        assert_eq!(s.issue.map(|i| i.kind), Some(IssueKind::Past));
    }
}
