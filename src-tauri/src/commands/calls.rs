//! Placing calls and reading them back from the journal.

use crate::calls as flow;
use crate::error::AppError;
use crate::ipc::{CallDetails, CallEntry, CallForm, PlaceOutcome, RequestPreview};
use crate::state::AppState;
use tauri::{AppHandle, Manager, State};

/// The exact JSON body and a cURL for the form, without sending anything.
#[tauri::command]
#[specta::specta]
pub async fn preview_request(
    state: State<'_, AppState>,
    form: CallForm,
) -> Result<RequestPreview, AppError> {
    flow::preview_request(&state, &form).await
}

/// Places the call (at most one POST, journaled before it is sent).
#[tauri::command]
#[specta::specta]
pub async fn place_call(
    state: State<'_, AppState>,
    form: CallForm,
    confirm_duplicate: bool,
) -> Result<PlaceOutcome, AppError> {
    flow::place_call(&state, form, confirm_duplicate).await
}

/// Looks an uncertain call up on Contactship, or refreshes a known call's status.
#[tauri::command]
#[specta::specta]
pub async fn check_call(
    state: State<'_, AppState>,
    request_id: String,
) -> Result<CallEntry, AppError> {
    flow::check_call(&state, &request_id).await
}

/// Every call attempt, newest first.
#[tauri::command]
#[specta::specta]
pub async fn list_calls(state: State<'_, AppState>) -> Result<Vec<CallEntry>, AppError> {
    Ok(state
        .journal
        .entries()
        .iter()
        .map(crate::views::call_entry)
        .collect())
}

/// One call with its result, transcript and recording.
#[tauri::command]
#[specta::specta]
pub async fn call_details(
    state: State<'_, AppState>,
    request_id: String,
) -> Result<CallDetails, AppError> {
    let entry = state
        .journal
        .entry(flow::parse_request_id(&request_id)?)
        .ok_or_else(flow::unknown_call)?;
    Ok(crate::views::call_details(&entry))
}

/// Writes the given rows as CSV into the Downloads folder; returns the file's path.
#[tauri::command]
#[specta::specta]
pub async fn export_calls_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    request_ids: Vec<String>,
) -> Result<String, AppError> {
    let dir = app
        .path()
        .download_dir()
        .unwrap_or_else(|_| state.data_dir.clone());
    flow::export_csv(&state, &request_ids, &dir)
}
