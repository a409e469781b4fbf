//! The do-not-call list: shown and edited in Settings, added to from a call's details,
//! imported from a file the person picks in the system dialog, exported to Downloads.

use crate::host::TauriHost;
use callboard_app::do_not_call::{self as flow, DoNotCallImport, DoNotCallView};
use callboard_app::error::AppError;
use callboard_app::startup::Startup;
use tauri::{AppHandle, State};

/// The whole list, most recently added first.
#[tauri::command]
#[specta::specta]
pub async fn do_not_call_list(state: State<'_, Startup>) -> Result<Vec<DoNotCallView>, AppError> {
    flow::list(&*state.ready().await?)
}

/// Adds a number (as written; `country` for one without +code); returns the list.
#[tauri::command]
#[specta::specta]
pub async fn do_not_call_add(
    state: State<'_, Startup>,
    phone: String,
    country: Option<String>,
    reason: String,
) -> Result<Vec<DoNotCallView>, AppError> {
    flow::add(&*state.ready().await?, &phone, country.as_deref(), &reason)
}

/// Takes a listed number off the list; returns the list.
#[tauri::command]
#[specta::specta]
pub async fn do_not_call_remove(
    state: State<'_, Startup>,
    phone: String,
) -> Result<Vec<DoNotCallView>, AppError> {
    flow::remove(&*state.ready().await?, &phone)
}

/// Asks for a CSV or Excel file and adds its numbers; `None` when the dialog was closed.
#[tauri::command]
#[specta::specta]
pub async fn do_not_call_import(
    app: AppHandle,
    state: State<'_, Startup>,
) -> Result<Option<DoNotCallImport>, AppError> {
    let state = state.ready().await?;
    match crate::files::choose_list(&app, "Choose a list of numbers not to call").await {
        Some(path) => flow::import(&state, &path).map(Some),
        None => Ok(None),
    }
}

/// Writes the list as CSV into the Downloads folder; returns the path.
#[tauri::command]
#[specta::specta]
pub async fn do_not_call_export(
    app: AppHandle,
    state: State<'_, Startup>,
) -> Result<String, AppError> {
    flow::export(&*state.ready().await?, &TauriHost(app))
}
