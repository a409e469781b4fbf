//! Links in the system browser, files in the file manager, and the sandbox's fast-forward.

use crate::host::TauriHost;
use callboard_app::error::AppError;
use callboard_app::startup::Startup;
use callboard_app::system;
use tauri::{AppHandle, State};

/// Opens an `https://` link (recording, docs) in the system browser; nothing else is accepted.
#[tauri::command]
#[specta::specta]
pub async fn open_external(app: AppHandle, url: String) -> Result<(), AppError> {
    system::open_external(&TauriHost(app), &url)
}

/// Shows an exported file in the system file manager.
#[tauri::command]
#[specta::specta]
pub async fn show_in_folder(app: AppHandle, path: String) -> Result<(), AppError> {
    system::show_in_folder(&TauriHost(app), &path)
}

/// Sandbox only: moves the simulator's clock forward so trial users can watch calls finish.
#[tauri::command]
#[specta::specta]
pub async fn sandbox_advance_clock(
    state: State<'_, Startup>,
    minutes: u32,
) -> Result<(), AppError> {
    system::sandbox_advance_clock(&*state.ready().await?, minutes).await
}
