//! The organisation's calls ("All calls"), read from Contactship a page at a time.

use callboard_app::error::AppError;
use callboard_app::org_calls::{self, OrgCallDetails, OrgCallPage, OrgCallQuery};
use callboard_app::startup::Startup;
use tauri::State;

/// One page of the organisation's calls, newest first, with the given filters.
#[tauri::command]
#[specta::specta]
pub async fn list_org_calls(
    state: State<'_, Startup>,
    query: OrgCallQuery,
) -> Result<OrgCallPage, AppError> {
    org_calls::list_org_calls(&*state.ready().await?, query).await
}

/// One call's transcript, recording and analysis, read from Contactship.
#[tauri::command]
#[specta::specta]
pub async fn org_call_details(
    state: State<'_, Startup>,
    call_id: String,
) -> Result<OrgCallDetails, AppError> {
    org_calls::org_call_details(&*state.ready().await?, &call_id).await
}
