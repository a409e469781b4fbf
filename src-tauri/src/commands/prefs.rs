//! Preferences, through our own commands only (the webview has no store permission).

use callboard_app::error::AppError;
use callboard_app::ipc::{PrefChange, Preferences};
use callboard_app::preferences;
use callboard_app::startup::Startup;
use tauri::State;

/// The saved preferences (defaults when none).
#[tauri::command]
#[specta::specta]
pub async fn get_preferences(state: State<'_, Startup>) -> Result<Preferences, AppError> {
    Ok(preferences::get(&*state.ready().await?))
}

/// Applies changes to the saved preferences; returns what was saved.
#[tauri::command]
#[specta::specta]
pub async fn update_preferences(
    state: State<'_, Startup>,
    changes: Vec<PrefChange>,
) -> Result<Preferences, AppError> {
    preferences::update(&*state.ready().await?, changes)
}
