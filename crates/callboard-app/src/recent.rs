//! Recent calls: the call store read back for the list, the details drawer and CSV export.

use crate::calls::{parse_request_id, unknown_call};
use crate::error::{AppError, ErrorCode};
use crate::host::Host;
use crate::ipc::{CallDetails, CallEntry};
use crate::state::AppState;
use crate::views;
use callboard_core::call_query::{CallQuery, PageRequest};
use callboard_core::export::{to_csv, CsvRow};
use std::path::Path;
use uuid::Uuid;

/// The newest call attempts (one page of [`PageRequest::MAX_LIMIT`]), newest first.
pub fn list_calls(state: &AppState) -> Vec<CallEntry> {
    state
        .store
        .page(
            &CallQuery::default(),
            PageRequest::new(0, PageRequest::MAX_LIMIT),
        )
        .iter()
        .map(views::call_entry)
        .collect()
}

/// One call with its result, transcript and recording.
pub fn call_details(state: &AppState, request_id: &str) -> Result<CallDetails, AppError> {
    let entry = state
        .store
        .entry(parse_request_id(request_id)?)
        .ok_or_else(unknown_call)?;
    Ok(views::call_details(&entry))
}

/// Writes the chosen rows as CSV into the user's Downloads folder (never a hidden app
/// folder); returns the file's path so the UI can offer "Show in folder".
pub fn export_csv_to_downloads(
    state: &AppState,
    host: &dyn Host,
    request_ids: &[String],
) -> Result<String, AppError> {
    let dir = host.downloads_dir().ok_or_else(|| {
        AppError::new(
            ErrorCode::Storage,
            "Callboard couldn't find your Downloads folder, so the CSV wasn't saved. Create a Downloads folder in your home folder and try again.",
        )
    })?;
    export_csv(state, request_ids, &dir)
}

/// Writes the chosen rows to a CSV file in `dir`.
pub fn export_csv(
    state: &AppState,
    request_ids: &[String],
    dir: &Path,
) -> Result<String, AppError> {
    let rows: Vec<CsvRow> = request_ids
        .iter()
        .filter_map(|id| Uuid::parse_str(id).ok())
        .filter_map(|id| state.store.entry(id))
        .map(|e| {
            let v = views::call_entry(&e);
            CsvRow {
                created_at: v.created_at,
                contact: v.contact_label,
                agent: v.agent_label,
                from_number: v.from_label,
                when: v.when_label,
                status: v.status_label,
                call_id: v.call_id.unwrap_or_default(),
                result: v.call_result.unwrap_or_default(),
                duration_seconds: v.duration_seconds,
                request_id: v.request_id,
            }
        })
        .collect();
    let name = format!(
        "callboard-calls-{}.csv",
        chrono::Local::now().format("%Y-%m-%d-%H%M%S")
    );
    let path = dir.join(name);
    std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&path, to_csv(&rows)))
        .map_err(|e| {
            tracing::error!("CSV export failed: {e}");
            AppError::new(ErrorCode::Storage, format!("Callboard couldn't write the CSV file to {}. Check that the folder exists and you can write to it.", dir.display()))
        })?;
    Ok(path.display().to_string())
}
