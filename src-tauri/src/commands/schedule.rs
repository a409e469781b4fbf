//! Time zones and the "When" preview.

use crate::error::AppError;
use crate::ipc::{When, WhenPreview};
use crate::state::AppState;
use crate::when;
use tauri::State;

/// Every IANA zone name, sorted.
#[tauri::command]
#[specta::specta]
pub async fn list_time_zones() -> Result<Vec<String>, AppError> {
    Ok(callboard_core::zones::all_time_zones()
        .into_iter()
        .map(str::to_owned)
        .collect())
}

/// Explains the chosen time for the callee and for the user, with DST and calling-hours notes.
#[tauri::command]
#[specta::specta]
pub async fn preview_when(
    state: State<'_, AppState>,
    when: When,
    callee_time_zone: Option<String>,
    contact_name: Option<String>,
) -> Result<WhenPreview, AppError> {
    let hours = crate::commands::prefs::calling_hours(&state.prefs.get())?;
    Ok(when::preview(
        &when,
        callee_time_zone.as_deref(),
        contact_name.as_deref(),
        hours,
        state.clock.now(),
    ))
}
