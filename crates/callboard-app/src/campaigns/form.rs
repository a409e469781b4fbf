//! The campaign form to the core's [`CampaignSettings`], and back for its defaults. The
//! checks themselves are the core's (`CampaignSettings::problems`, shared with the CLI);
//! here only what the form holds as text (hours, days) is read, naming the same fields.

use super::ipc::{CampaignDefaults, CampaignForm};
use crate::ipc::FieldProblem;
use callboard_core::campaign::settings::{
    MAX_ACTIVE, MAX_ATTEMPTS, MAX_PER_MINUTE, MIN_RETRY_MINUTES,
};
use callboard_core::campaign::{CallingWindow, CampaignSettings, Days, Pace, RetryRules};
use callboard_core::i18n::message;
use callboard_core::schedule::weekday_name;
use callboard_core::schedule::CallingHours;
use callboard_core::t;
use chrono::{DateTime, Utc, Weekday};

const DAY_NAMES: [(&str, Weekday); 7] = [
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// The form's starting values: Settings' calling hours on weekdays, a gentle pace.
pub fn defaults(calling_hours: &CallingHours) -> CampaignDefaults {
    let retry = RetryRules::default();
    CampaignDefaults {
        hours_start: calling_hours.start().format("%H:%M").to_string(),
        hours_end: calling_hours.end().format("%H:%M").to_string(),
        days: day_names(Days::WEEKDAYS),
        per_minute: 10,
        max_active: 5,
        retry_after_minutes: retry.after_minutes,
        max_attempts: retry.max_attempts,
        max_per_minute: MAX_PER_MINUTE,
        max_max_active: MAX_ACTIVE,
        max_max_attempts: MAX_ATTEMPTS,
        min_retry_minutes: MIN_RETRY_MINUTES,
    }
}

fn day_names(days: Days) -> Vec<String> {
    DAY_NAMES
        .iter()
        .filter(|(_, d)| days.contains(*d))
        .map(|(n, _)| (*n).to_owned())
        .collect()
}

/// The settings the form describes, or every problem with it (each naming its field).
pub fn settings(
    form: &CampaignForm,
    calling_hours: &CallingHours,
    now: DateTime<Utc>,
) -> Result<CampaignSettings, Vec<FieldProblem>> {
    let mut problems = Vec::new();
    let hours = CallingHours::parse(&form.hours_start, &form.hours_end).map_err(|e| {
        problems.push(FieldProblem {
            field: "window.hours".into(),
            message: e.to_string(),
        });
    });
    let days: Vec<Weekday> = form
        .days
        .iter()
        .filter_map(|name| DAY_NAMES.iter().find(|(n, _)| n == name).map(|(_, d)| *d))
        .collect();
    let settings = hours.map(|hours| CampaignSettings {
        name: form.name.trim().to_owned(),
        agent_id: form.agent_id.clone(),
        from_number_ids: form
            .from_number_ids
            .iter()
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .collect(),
        window: CallingWindow {
            days: Days::from(days),
            hours,
        },
        outside_hours_confirmed: form.outside_hours_confirmed,
        start_at: None,
        stop_by: None,
        pace: Pace {
            per_minute: form.per_minute,
            max_active: form.max_active,
        },
        retry: RetryRules {
            no_answer: form.retry_no_answer,
            busy: form.retry_busy,
            voicemail: form.retry_voicemail,
            after_minutes: form.retry_after_minutes,
            max_attempts: form.max_attempts,
        },
        additional_data: pairs(&form.additional_data),
        metadata: pairs(&form.metadata),
    });
    if let Ok(s) = &settings {
        problems.extend(
            s.problems(calling_hours, now)
                .into_iter()
                .map(|p| FieldProblem {
                    field: p.field().into(),
                    message: p.to_string(),
                }),
        );
    }
    match settings {
        Ok(s) if problems.is_empty() => Ok(s),
        _ => Err(problems),
    }
}

fn pairs(rows: &[crate::ipc::KeyValue]) -> Vec<(String, String)> {
    rows.iter()
        .filter(|kv| !(kv.key.trim().is_empty() && kv.value.trim().is_empty()))
        .map(|kv| (kv.key.trim().to_owned(), kv.value.clone()))
        .collect()
}

/// One sentence for how a campaign calls ("Weekdays 09:00–18:00 their time, 10 calls a
/// minute, at most 5 at once; no answer and busy tried again after 120 minutes, 2 calls each
/// at most").
pub fn describe(s: &CampaignSettings) -> String {
    let days = if s.window.days == Days::ALL {
        t!("days-every")
    } else if s.window.days == Days::WEEKDAYS {
        t!("days-weekdays")
    } else {
        let names: Vec<String> = DAY_NAMES
            .iter()
            .filter(|(_, d)| s.window.days.contains(*d))
            .map(|(_, d)| capitalised(&weekday_name(*d)))
            .collect();
        names.join(", ")
    };
    let retried: Vec<String> = [
        (s.retry.no_answer, "result-no-answer"),
        (s.retry.busy, "result-busy"),
        (s.retry.voicemail, "result-voicemail"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, id)| message(id, &[]))
    .collect();
    let retry = if retried.is_empty() || s.retry.max_attempts <= 1 {
        t!("retry-none")
    } else {
        let which = match retried.as_slice() {
            [one] => one.clone(),
            [first @ .., last] => t!("list-and", first = first.join(", "), last = last),
            [] => String::new(),
        };
        t!(
            "retry-some",
            which = which,
            minutes = s.retry.after_minutes,
            attempts = s.retry.max_attempts
        )
    };
    t!(
        "campaign-describe",
        days = days,
        start = s.window.hours.start().format("%H:%M").to_string(),
        end = s.window.hours.end().format("%H:%M").to_string(),
        per_minute = s.pace.per_minute,
        at_once = s.pace.max_active,
        retry = retry
    )
}

fn capitalised(day: &str) -> String {
    let mut c = day.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
