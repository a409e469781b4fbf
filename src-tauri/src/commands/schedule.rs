//! Time zones and the "When" preview.

use callboard_app::error::AppError;
use callboard_app::ipc::{When, WhenPreview};
use callboard_app::startup::Startup;
use callboard_app::when;
use tauri::State;

/// Every IANA zone name, sorted.
#[tauri::command]
#[specta::specta]
pub async fn list_time_zones() -> Result<Vec<String>, AppError> {
    Ok(when::time_zones())
}

/// Explains the chosen time for the callee and for the user, with DST and calling-hours notes.
#[tauri::command]
#[specta::specta]
pub async fn preview_when(
    state: State<'_, Startup>,
    when: When,
    callee_time_zone: Option<String>,
    contact_name: Option<String>,
) -> Result<WhenPreview, AppError> {
    when::preview_for(
        &*state.ready().await?,
        &when,
        callee_time_zone,
        contact_name,
    )
}
