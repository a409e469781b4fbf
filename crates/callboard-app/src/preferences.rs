//! Reading and saving preferences: every field checked in Rust, each error naming its field.

use crate::error::{AppError, ErrorCode};
use crate::ipc::{PrefChange, Preferences};
use crate::state::AppState;
use callboard_core::schedule::CallingHours;

/// The saved preferences (defaults when none).
pub fn get(state: &AppState) -> Preferences {
    state.prefs.get()
}

/// Applies `changes` to the saved preferences and saves the result; returns what was saved.
/// Nothing is saved when a field is wrong, and the error names that field so the UI can keep
/// what the user typed. Read, change and write happen under one lock: concurrent updates of
/// different fields all land.
pub fn update(state: &AppState, changes: Vec<PrefChange>) -> Result<Preferences, AppError> {
    let _one_at_a_time = state.prefs_update.lock().unwrap_or_else(|p| p.into_inner());
    let mut prefs = state.prefs.get();
    for change in changes {
        apply(&mut prefs, change);
    }
    save(state, prefs)
}

fn apply(prefs: &mut Preferences, change: PrefChange) {
    let blank_is_none = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
    match change {
        PrefChange::BaseUrl(url) => prefs.base_url = blank_is_none(url).map(|u| u.trim().into()),
        PrefChange::DefaultAgentId(id) => prefs.default_agent_id = blank_is_none(id),
        PrefChange::DefaultFromNumberId(id) => prefs.default_from_number_id = blank_is_none(id),
        PrefChange::CallingHours { start, end } => {
            prefs.calling_hours_start = start;
            prefs.calling_hours_end = end;
        }
        PrefChange::Theme(theme) => prefs.theme = theme,
        PrefChange::Language(language) => prefs.language = language,
        PrefChange::TestTarget {
            number,
            name,
            country,
        } => {
            prefs.test_number = blank_is_none(Some(number));
            prefs.test_name = blank_is_none(Some(name));
            prefs.test_country = blank_is_none(country);
        }
        PrefChange::Notifications(on) => prefs.notifications = on,
        PrefChange::LastChoices {
            agent_id,
            from_number_id,
            time_zone,
        } => {
            let keep = |new: Option<String>, old: &mut Option<String>| {
                if let Some(v) = blank_is_none(new) {
                    *old = Some(v);
                }
            };
            keep(agent_id, &mut prefs.last_agent_id);
            keep(from_number_id, &mut prefs.last_from_number_id);
            keep(time_zone, &mut prefs.last_time_zone);
        }
    }
}

/// Validates and saves whole preferences.
fn save(state: &AppState, prefs: Preferences) -> Result<Preferences, AppError> {
    calling_hours(&prefs)?;
    if let Some(url) = prefs.base_url.as_deref().filter(|u| !u.trim().is_empty()) {
        contactship::BaseUrl::parse(url.trim())
            .map_err(|e| AppError::from(e).with_field("base_url"))?;
    }
    state.prefs.set(&prefs)?;
    crate::locale::apply(prefs.language);
    Ok(prefs)
}

/// The calling-hours window from preferences.
pub fn calling_hours(prefs: &Preferences) -> Result<CallingHours, AppError> {
    CallingHours::parse(&prefs.calling_hours_start, &prefs.calling_hours_end)
        .map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()).with_field(e.field()))
}
