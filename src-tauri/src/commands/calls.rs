//! Placing calls and reading them back from the call store.

use crate::host::TauriHost;
use callboard_app::calls as flow;
use callboard_app::error::AppError;
use callboard_app::ipc::{
    AgentOption, CallDetails, CallEntry, CallForm, CallListQuery, CallPage, FieldProblem,
    PlaceOutcome, RequestPreview,
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

/// Places the call (at most one POST, recorded in the store before it is sent).
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

/// One page of the calls matching the filters, newest first, with the counts.
#[tauri::command]
#[specta::specta]
pub async fn list_calls(
    state: State<'_, Startup>,
    query: CallListQuery,
) -> Result<CallPage, AppError> {
    recent::list_calls(&*state.ready().await?, &query)
}

/// The agents that appear in the call log, for the agent filter.
#[tauri::command]
#[specta::specta]
pub async fn call_log_agents(state: State<'_, Startup>) -> Result<Vec<AgentOption>, AppError> {
    Ok(recent::agents(&*state.ready().await?))
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

/// Writes every call matching the filters as CSV into the Downloads folder; returns the path.
#[tauri::command]
#[specta::specta]
pub async fn export_calls_csv(
    app: AppHandle,
    state: State<'_, Startup>,
    query: CallListQuery,
) -> Result<String, AppError> {
    recent::export_csv_to_downloads(&*state.ready().await?, &TauriHost(app), &query)
}
