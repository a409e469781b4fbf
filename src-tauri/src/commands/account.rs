//! Connecting: sandbox or account, and the API key's status (never the key itself).

use callboard_app::connection;
use callboard_app::error::AppError;
use callboard_app::ipc::{ApiKeyStatus, AppStatus};
use callboard_app::startup::Startup;
use tauri::State;

/// Where the app stands: mode, base URL, key status, start-up notices.
#[tauri::command]
#[specta::specta]
pub async fn get_app_status(state: State<'_, Startup>) -> Result<AppStatus, AppError> {
    Ok(connection::status(&*state.ready().await?).await)
}

/// "Try the sandbox": starts the in-process simulator and switches to it.
#[tauri::command]
#[specta::specta]
pub async fn start_sandbox(state: State<'_, Startup>) -> Result<AppStatus, AppError> {
    let state = state.ready().await?;
    connection::start_sandbox(&state).await?;
    Ok(connection::status(&state).await)
}

/// Tests a pasted key with a harmless GET, then stores it (keychain, or memory only).
#[tauri::command]
#[specta::specta]
pub async fn connect_account(
    state: State<'_, Startup>,
    api_key: String,
    session_only: bool,
) -> Result<AppStatus, AppError> {
    let state = state.ready().await?;
    connection::connect_account(&state, api_key, session_only).await?;
    Ok(connection::status(&state).await)
}

/// Switches to account mode with the saved key.
#[tauri::command]
#[specta::specta]
pub async fn use_account(state: State<'_, Startup>) -> Result<AppStatus, AppError> {
    let state = state.ready().await?;
    connection::use_account(&state).await?;
    Ok(connection::status(&state).await)
}

/// Checks that the saved key is still accepted.
#[tauri::command]
#[specta::specta]
pub async fn test_api_key(state: State<'_, Startup>) -> Result<ApiKeyStatus, AppError> {
    let state = state.ready().await?;
    connection::test_saved_key(&state).await?;
    Ok(connection::key_status(&state).await)
}

/// Forgets the key everywhere it is stored.
#[tauri::command]
#[specta::specta]
pub async fn remove_api_key(state: State<'_, Startup>) -> Result<AppStatus, AppError> {
    let state = state.ready().await?;
    connection::remove_key(&state).await?;
    Ok(connection::status(&state).await)
}
