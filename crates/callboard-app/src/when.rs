//! Maps the UI's `When` to the core's timing and the core's preview back to IPC types.

use crate::connection::local_time_zone;
use crate::error::AppError;
use crate::ipc::{Ambiguity, When, WhenIssue, WhenIssueKind, WhenPreview};
use crate::state::AppState;
use callboard_core::draft::DraftTiming;
use callboard_core::schedule::{AmbiguityChoice, CallingHours};
use callboard_core::when::{self as core_when, IssueKind};
use chrono::{DateTime, Utc};

/// The form's choice as the core's timing.
pub fn timing(when: &When) -> DraftTiming {
    match when {
        When::Now => DraftTiming::Now,
        When::Delay { minutes } => DraftTiming::Delay {
            minutes: minutes.clone(),
        },
        When::At {
            date,
            time,
            time_zone,
            ambiguity,
        } => DraftTiming::At {
            date: date.clone(),
            time: time.clone(),
            zone: time_zone.clone(),
            choice: ambiguity.map(|a| match a {
                Ambiguity::Earlier => AmbiguityChoice::Earlier,
                Ambiguity::Later => AmbiguityChoice::Later,
            }),
        },
    }
}

/// Every IANA zone name, sorted.
pub fn time_zones() -> Vec<String> {
    callboard_core::zones::all_time_zones()
        .into_iter()
        .map(str::to_owned)
        .collect()
}

/// The preview for the "When" section with the saved calling hours and the current time.
pub fn preview_for(
    state: &AppState,
    when: &When,
    callee_zone: Option<String>,
    contact_name: Option<String>,
) -> Result<WhenPreview, AppError> {
    let hours = crate::preferences::calling_hours(&state.prefs.get())?;
    Ok(preview(
        when,
        callee_zone.as_deref(),
        contact_name.as_deref(),
        hours,
        state.clock.now(),
    ))
}

/// The preview for the "When" section.
pub fn preview(
    when: &When,
    callee_zone: Option<&str>,
    contact_name: Option<&str>,
    hours: CallingHours,
    now: DateTime<Utc>,
) -> WhenPreview {
    let your_zone = local_time_zone().parse().unwrap_or(chrono_tz::UTC);
    let callee = callee_zone.and_then(|z| z.parse().ok());
    let s = core_when::preview(&timing(when), callee, contact_name, your_zone, &hours, now);
    WhenPreview {
        ok: s.issue.is_none(),
        issue: s.issue.map(|i| WhenIssue {
            kind: match i.kind {
                IssueKind::Gap => WhenIssueKind::Gap,
                IssueKind::Overlap => WhenIssueKind::Overlap,
                IssueKind::Past => WhenIssueKind::Past,
                IssueKind::TooSoon => WhenIssueKind::TooSoon,
                IssueKind::TooFar => WhenIssueKind::TooFar,
                IssueKind::Invalid => WhenIssueKind::Invalid,
                IssueKind::UnknownZone => WhenIssueKind::UnknownZone,
            },
            message: i.message,
            next_valid_time: i.next_valid_time,
            earlier_label: i.earlier_label,
            later_label: i.later_label,
        }),
        callee_label: s.callee_label,
        your_label: s.your_label,
        outside_calling_hours: s.outside_calling_hours,
        calling_hours_warning: s.calling_hours_warning,
        relative_label: s.relative_label,
        sent_as: s.sent_as,
    }
}
