//! Recent calls: pages of the call log answered by filters, the details drawer and CSV
//! export (streamed from the same query).

use crate::calls::{parse_request_id, unknown_call};
use crate::connection::local_time_zone;
use crate::error::{AppError, ErrorCode};
use crate::host::Host;
use crate::ipc::{AgentOption, CallDetails, CallListQuery, CallPage};
use crate::state::AppState;
use crate::views;
use callboard_core::call_query::{day_range, CallQuery, PageRequest};
use callboard_core::calls::CallEntry;
use callboard_core::export::{CsvRow, CsvWriter};
use std::path::Path;

/// The core query for what the screen asked; a date the person typed wrong is an error
/// naming its box.
pub fn call_query(q: &CallListQuery) -> Result<CallQuery, AppError> {
    let zone = local_time_zone().parse().unwrap_or(chrono_tz::UTC);
    let (created_from, created_before) = day_range(&q.from, &q.to, zone)
        .map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()).with_field(e.field()))?;
    Ok(CallQuery {
        states: q.state.into_iter().collect(),
        agent_id: q.agent_id.clone().filter(|a| !a.is_empty()),
        campaign_id: q.campaign_id.clone().filter(|c| !c.is_empty()),
        created_from,
        created_before,
        text: q.text.clone(),
    })
}

/// One page of the calls matching the filters, newest first, with the counts.
pub fn list_calls(state: &AppState, q: &CallListQuery) -> Result<CallPage, AppError> {
    let query = call_query(q)?;
    let page = PageRequest::new(q.offset as usize, q.limit as usize);
    let rows = state
        .store
        .page(&query, page)?
        .iter()
        .map(views::call_entry)
        .collect();
    Ok(CallPage {
        rows,
        offset: q.offset,
        matching: count(state.store.count(&query)?),
        total: count(state.store.count(&CallQuery::default())?),
    })
}

/// The agents in the log, by name, for the agent filter.
pub fn agents(state: &AppState) -> Vec<AgentOption> {
    state
        .store
        .agents()
        .into_iter()
        .map(|(id, name)| AgentOption {
            label: if name.trim().is_empty() {
                "Agent".into()
            } else {
                name
            },
            id,
        })
        .collect()
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// One call with its result, transcript and recording.
pub fn call_details(state: &AppState, request_id: &str) -> Result<CallDetails, AppError> {
    let entry = state
        .store
        .entry(parse_request_id(request_id)?)
        .ok_or_else(unknown_call)?;
    Ok(views::call_details(&entry))
}

/// Writes the calls matching the filters as CSV into the user's Downloads folder (never a
/// hidden app folder); returns the file's path so the UI can offer "Show in folder".
pub fn export_csv_to_downloads(
    state: &AppState,
    host: &dyn Host,
    q: &CallListQuery,
) -> Result<String, AppError> {
    let dir = host
        .downloads_dir()
        .ok_or_else(|| AppError::new(ErrorCode::Storage, callboard_core::t!("no-downloads-csv")))?;
    export_csv(state, q, &dir)
}

/// Writes every call matching the filters (not just the loaded pages) to a CSV file in `dir`.
/// A new file each time (an export in the same second gets " (2)", never overwriting the
/// last one); when anything fails, the half-written file is removed.
pub fn export_csv(state: &AppState, q: &CallListQuery, dir: &Path) -> Result<String, AppError> {
    let query = call_query(q)?;
    let stem = format!(
        "callboard-calls-{}",
        chrono::Local::now().format("%Y-%m-%d-%H%M%S")
    );
    let failed = |e: &dyn std::fmt::Display| {
        tracing::error!("CSV export failed: {e}");
        AppError::new(
            ErrorCode::Storage,
            callboard_core::t!("csv-write-failed", path = dir.display().to_string()),
        )
    };
    std::fs::create_dir_all(dir).map_err(|e| failed(&e))?;
    let (file, path) = create_new(dir, &stem).map_err(|e| failed(&e))?;
    let written = write_csv(state, &query, file, &failed);
    if written.is_err() {
        let _ = std::fs::remove_file(&path);
    }
    written.map(|()| path.display().to_string())
}

/// Streams the rows from the store's cursor into the file; the log is never held in memory.
fn write_csv(
    state: &AppState,
    query: &CallQuery,
    file: std::fs::File,
    failed: &dyn Fn(&dyn std::fmt::Display) -> AppError,
) -> Result<(), AppError> {
    let mut csv = CsvWriter::new(std::io::BufWriter::new(file)).map_err(|e| failed(&e))?;
    let mut row_error = None;
    // A store that can't be read says so in its own words, not as a folder problem.
    state.store.for_each_matching(query, |e| {
        if row_error.is_none() {
            row_error = csv.row(&csv_row(e)).err();
        }
    })?;
    if let Some(e) = row_error {
        return Err(failed(&e));
    }
    csv.finish().map(drop).map_err(|e| failed(&e))
}

/// `dir/stem.csv`, or `dir/stem (2).csv` and so on when that exists (never overwriting).
pub fn create_new(dir: &Path, stem: &str) -> std::io::Result<(std::fs::File, std::path::PathBuf)> {
    for n in 1..1000 {
        let name = if n == 1 {
            format!("{stem}.csv")
        } else {
            format!("{stem} ({n}).csv")
        };
        let path = dir.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(file) => return Ok((file, path)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many exports with the same name"))
}

fn csv_row(e: &CallEntry) -> CsvRow {
    let v = views::call_entry(e);
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
}
