//! Preferences, through our own commands only (the webview has no store permission).

use callboard_app::error::AppError;
use callboard_app::ipc::Preferences;
use callboard_app::preferences;
use callboard_app::startup::Startup;
use tauri::State;

/// The saved preferences (defaults when none).
#[tauri::command]
#[specta::specta]
pub async fn get_preferences(state: State<'_, Startup>) -> Result<Preferences, AppError> {
    Ok(preferences::get(&*state.ready().await?))
}

/// Validates and saves preferences; returns what was saved.
#[tauri::command]
#[specta::specta]
pub async fn save_preferences(
    state: State<'_, Startup>,
    prefs: Preferences,
) -> Result<Preferences, AppError> {
    preferences::save(&*state.ready().await?, prefs)
}
