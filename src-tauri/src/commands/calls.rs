//! Placing calls and reading them back from the journal.

use crate::host::TauriHost;
use callboard_app::calls as flow;
use callboard_app::error::AppError;
use callboard_app::ipc::{
    CallDetails, CallEntry, CallForm, FieldProblem, PlaceOutcome, RequestPreview,
};
use callboard_app::recent;
use callboard_app::startup::Startup;
use tauri::{AppHandle, State};

/// Every problem with the form at once (empty when it can be placed).
#[tauri::command]
#[specta::specta]
pub async fn check_call_form(
    state: State<'_, Startup>,
    form: CallForm,
) -> Result<Vec<FieldProblem>, AppError> {
    Ok(flow::check_call_form(&*state.ready().await?, &form))
}

/// The exact JSON body and a cURL for the form, without sending anything.
#[tauri::command]
#[specta::specta]
pub async fn preview_request(
    state: State<'_, Startup>,
    form: CallForm,
) -> Result<RequestPreview, AppError> {
    flow::preview_request(&*state.ready().await?, &form).await
}

/// Places the call (at most one POST, journaled before it is sent).
#[tauri::command]
#[specta::specta]
pub async fn place_call(
    state: State<'_, Startup>,
    form: CallForm,
    confirm: flow::Confirmations,
) -> Result<PlaceOutcome, AppError> {
    flow::place_call(&*state.ready().await?, form, confirm).await
}

/// Looks an uncertain call up on Contactship, or refreshes a known call's status.
#[tauri::command]
#[specta::specta]
pub async fn check_call(
    state: State<'_, Startup>,
    request_id: String,
) -> Result<CallEntry, AppError> {
    flow::check_call(&*state.ready().await?, &request_id).await
}

/// Every call attempt, newest first.
#[tauri::command]
#[specta::specta]
pub async fn list_calls(state: State<'_, Startup>) -> Result<Vec<CallEntry>, AppError> {
    Ok(recent::list_calls(&*state.ready().await?))
}

/// One call with its result, transcript and recording.
#[tauri::command]
#[specta::specta]
pub async fn call_details(
    state: State<'_, Startup>,
    request_id: String,
) -> Result<CallDetails, AppError> {
    recent::call_details(&*state.ready().await?, &request_id)
}

/// Writes the given rows as CSV into the Downloads folder; returns the file's path.
#[tauri::command]
#[specta::specta]
pub async fn export_calls_csv(
    app: AppHandle,
    state: State<'_, Startup>,
    request_ids: Vec<String>,
) -> Result<String, AppError> {
    recent::export_csv_to_downloads(&*state.ready().await?, &TauriHost(app), &request_ids)
}
