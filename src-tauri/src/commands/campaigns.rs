//! The Campaigns screen: a list in (the native file dialog, a drop on the window, or the
//! sample), checked, started, paused, resumed, cancelled, watched and exported.

use crate::host::TauriHost;
use callboard_app::campaigns::ipc::{
    CampaignDefaults, CampaignForm, CampaignRowsPage, CampaignView, ListCheck, ListCheckRequest,
    OpenedList, StartOutcome,
};
use callboard_app::campaigns::{self as flow, lists, runs, views};
use callboard_app::error::AppError;
use callboard_app::startup::Startup;
use std::sync::Arc;
use tauri::{AppHandle, State};

/// The campaign form's starting values (Settings' calling hours, the limits).
#[tauri::command]
#[specta::specta]
pub async fn campaign_defaults(state: State<'_, Startup>) -> Result<CampaignDefaults, AppError> {
    flow::defaults(&*state.ready().await?)
}

/// Opens the shipped sample list ("Try with 50 sample contacts").
#[tauri::command]
#[specta::specta]
pub async fn campaign_open_sample(state: State<'_, Startup>) -> Result<OpenedList, AppError> {
    lists::open_sample(&*state.ready().await?)
}

/// Asks for a CSV or Excel file in the system's own dialog and reads it; `None` when the
/// person closed the dialog. The webview never sees the file system.
#[tauri::command]
#[specta::specta]
pub async fn campaign_choose_file(
    app: AppHandle,
    state: State<'_, Startup>,
) -> Result<Option<OpenedList>, AppError> {
    let state = state.ready().await?;
    match crate::files::choose_list(&app, "Choose a list to call").await {
        Some(path) => lists::open_file(&state, &path).await.map(Some),
        None => Ok(None),
    }
}

/// Reads the list last dropped on the window (the shell kept its path); `None` if none.
#[tauri::command]
#[specta::specta]
pub async fn campaign_open_dropped(
    app: AppHandle,
    state: State<'_, Startup>,
) -> Result<Option<OpenedList>, AppError> {
    let state = state.ready().await?;
    match crate::files::take_dropped(&app) {
        Some(path) => lists::open_file(&state, &path).await.map(Some),
        None => Ok(None),
    }
}

/// Checks every row of the list under the confirmed mapping; sends nothing.
#[tauri::command]
#[specta::specta]
pub async fn campaign_check_list(
    app: AppHandle,
    state: State<'_, Startup>,
    request: ListCheckRequest,
) -> Result<ListCheck, AppError> {
    lists::check_list(&state.ready().await?, Arc::new(TauriHost(app)), &request).await
}

/// Stores the campaign and starts calling, or returns every problem with the form.
#[tauri::command]
#[specta::specta]
pub async fn campaign_start(
    app: AppHandle,
    state: State<'_, Startup>,
    list: ListCheckRequest,
    form: CampaignForm,
) -> Result<StartOutcome, AppError> {
    flow::start(&state.ready().await?, Arc::new(TauriHost(app)), list, form).await
}

/// Every campaign, newest first, with its counts.
#[tauri::command]
#[specta::specta]
pub async fn campaigns_list(state: State<'_, Startup>) -> Result<Vec<CampaignView>, AppError> {
    views::list(&*state.ready().await?).await
}

/// One campaign with its counts.
#[tauri::command]
#[specta::specta]
pub async fn campaign_view(
    state: State<'_, Startup>,
    campaign_id: String,
) -> Result<CampaignView, AppError> {
    views::one(&*state.ready().await?, &campaign_id).await
}

/// A slice of a campaign's rows with their attempts.
#[tauri::command]
#[specta::specta]
pub async fn campaign_rows(
    state: State<'_, Startup>,
    campaign_id: String,
    offset: u32,
    limit: u32,
) -> Result<CampaignRowsPage, AppError> {
    views::rows(&*state.ready().await?, &campaign_id, offset, limit)
}

/// Stops handing over new calls (those already handed over still ring).
#[tauri::command]
#[specta::specta]
pub async fn campaign_pause(
    app: AppHandle,
    state: State<'_, Startup>,
    campaign_id: String,
) -> Result<(), AppError> {
    let id = views::parse_id(&campaign_id)?;
    runs::stop(&*state.ready().await?, &TauriHost(app), id, false)
}

/// Goes on calling where the campaign stopped.
#[tauri::command]
#[specta::specta]
pub async fn campaign_resume(
    app: AppHandle,
    state: State<'_, Startup>,
    campaign_id: String,
) -> Result<StartOutcome, AppError> {
    let id = views::parse_id(&campaign_id)?;
    runs::resume(&state.ready().await?, Arc::new(TauriHost(app)), id).await
}

/// Ends the campaign for good: nobody else on it is called.
#[tauri::command]
#[specta::specta]
pub async fn campaign_cancel(
    app: AppHandle,
    state: State<'_, Startup>,
    campaign_id: String,
) -> Result<(), AppError> {
    let id = views::parse_id(&campaign_id)?;
    runs::stop(&*state.ready().await?, &TauriHost(app), id, true)
}

/// Writes the campaign's results as CSV into the Downloads folder; returns the path.
#[tauri::command]
#[specta::specta]
pub async fn campaign_export(
    app: AppHandle,
    state: State<'_, Startup>,
    campaign_id: String,
) -> Result<String, AppError> {
    flow::export_results(&*state.ready().await?, &TauriHost(app), &campaign_id)
}
