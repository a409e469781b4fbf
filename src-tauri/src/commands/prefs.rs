//! Preferences, through our own commands only (the webview has no store permission).

use crate::error::{AppError, ErrorCode};
use crate::ipc::Preferences;
use crate::state::AppState;
use callboard_core::schedule::CallingHours;
use chrono::NaiveTime;
use tauri::State;

/// The saved preferences (defaults when none).
#[tauri::command]
#[specta::specta]
pub async fn get_preferences(state: State<'_, AppState>) -> Result<Preferences, AppError> {
    Ok(state.prefs.get())
}

/// Validates and saves preferences; returns what was saved.
#[tauri::command]
#[specta::specta]
pub async fn save_preferences(
    state: State<'_, AppState>,
    prefs: Preferences,
) -> Result<Preferences, AppError> {
    calling_hours(&prefs)?;
    if let Some(url) = prefs.base_url.as_deref().filter(|u| !u.trim().is_empty()) {
        contactship::BaseUrl::parse(url.trim())
            .map_err(|e| AppError::from(e).with_field("base_url"))?;
    }
    state.prefs.set(&prefs)?;
    Ok(prefs)
}

/// The calling-hours window from preferences, with field errors a person can act on.
pub fn calling_hours(prefs: &Preferences) -> Result<CallingHours, AppError> {
    let parse = |value: &str, field: &str| {
        NaiveTime::parse_from_str(value.trim(), "%H:%M").map_err(|_| {
            AppError::new(ErrorCode::Validation, "Enter a time like 08:00.").with_field(field)
        })
    };
    let start = parse(&prefs.calling_hours_start, "calling_hours_start")?;
    let end = parse(&prefs.calling_hours_end, "calling_hours_end")?;
    CallingHours::new(start, end).map_err(|e| {
        AppError::new(ErrorCode::Validation, e.to_string())
            .with_field(e.field().unwrap_or("calling_hours_end"))
    })
}
