//! Reading and saving preferences: every field checked in Rust, each error naming its field.

use crate::error::{AppError, ErrorCode};
use crate::ipc::Preferences;
use crate::state::AppState;
use callboard_core::schedule::CallingHours;

/// The saved preferences (defaults when none).
pub fn get(state: &AppState) -> Preferences {
    state.prefs.get()
}

/// Validates and saves preferences; returns what was saved. Nothing is saved when a field
/// is wrong, and the error names that field so the UI can keep what the user typed.
pub fn save(state: &AppState, prefs: Preferences) -> Result<Preferences, AppError> {
    calling_hours(&prefs)?;
    if let Some(url) = prefs.base_url.as_deref().filter(|u| !u.trim().is_empty()) {
        contactship::BaseUrl::parse(url.trim())
            .map_err(|e| AppError::from(e).with_field("base_url"))?;
    }
    state.prefs.set(&prefs)?;
    Ok(prefs)
}

/// The calling-hours window from preferences.
pub fn calling_hours(prefs: &Preferences) -> Result<CallingHours, AppError> {
    CallingHours::parse(&prefs.calling_hours_start, &prefs.calling_hours_end)
        .map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()).with_field(e.field()))
}
