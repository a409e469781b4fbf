//! Links in the system browser, and the sandbox's fast-forward.

use crate::error::{AppError, ErrorCode};
use crate::state::AppState;
use tauri::State;
use tauri_plugin_opener::OpenerExt;

/// Opens an `https://` link (recording, docs) in the system browser; nothing else is accepted.
#[tauri::command]
#[specta::specta]
pub async fn open_external(app: tauri::AppHandle, url: String) -> Result<(), AppError> {
    let parsed = url::Url::parse(url.trim())
        .ok()
        .filter(|u| u.scheme() == "https" && u.host_str().is_some())
        .ok_or_else(|| {
            AppError::new(
                ErrorCode::Validation,
                "Only secure (https) links can be opened.",
            )
        })?;
    app.opener()
        .open_url(parsed.as_str(), None::<&str>)
        .map_err(AppError::internal)
}

/// Sandbox only: moves the simulator's clock forward so trial users can watch calls finish.
#[tauri::command]
#[specta::specta]
pub async fn sandbox_advance_clock(
    state: State<'_, AppState>,
    minutes: u32,
) -> Result<(), AppError> {
    let conn = state.connection.read().await;
    let sandbox = conn
        .as_ref()
        .and_then(|c| c.sandbox.as_ref())
        .ok_or_else(|| {
            AppError::new(
                ErrorCode::Validation,
                "Fast-forward only works in the sandbox.",
            )
        })?;
    sandbox.advance_clock(chrono::Duration::minutes(i64::from(
        minutes.min(7 * 24 * 60),
    )));
    Ok(())
}
