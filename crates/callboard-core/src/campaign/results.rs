//! A campaign's results as CSV: every stored row as it was read from the list, then how it
//! went (state, outcome, attempts, call ids, and the last call's duration, summary and
//! sentiment). Rows are read a thousand at a time, so a 100,000-row campaign is written
//! without holding it in memory. The `csv` crate quotes whatever a cell holds.

use super::LIST_HEADERS_KEY;
use crate::calls::CallEntry;
use crate::store::{CallStore, RowState, StoreError, StoredRow};
use std::io::Write;
use uuid::Uuid;

/// Rows read per store query.
const CHUNK: usize = 1000;

/// The columns added after the list's own.
pub const RESULT_COLUMNS: [&str; 9] = [
    "Row",
    "Callboard state",
    "Outcome",
    "Attempts",
    "Call ids",
    "Last call at (UTC)",
    "Duration (s)",
    "Summary",
    "Sentiment",
];

/// Why the results could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ResultsError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("The results file could not be written ({0}).")]
    Write(#[from] csv::Error),
}

/// Writes `campaign`'s results to `sink`; returns how many rows were written.
pub fn write_results<W: Write>(
    store: &CallStore,
    campaign: Uuid,
    sink: W,
) -> Result<usize, ResultsError> {
    let summary = store.find_campaign(&campaign.to_string())?;
    let headers: Vec<String> = summary
        .settings
        .get(LIST_HEADERS_KEY)
        .and_then(|h| serde_json::from_value(h.clone()).ok())
        .unwrap_or_default();
    let mut out = csv::WriterBuilder::new().flexible(true).from_writer(sink);
    let width = headers.len();
    out.write_record(
        headers
            .iter()
            .map(String::as_str)
            .chain(RESULT_COLUMNS.iter().copied()),
    )?;
    let mut written = 0;
    loop {
        let rows = store.campaign_rows(campaign, written, CHUNK)?;
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            break;
        };
        let attempts = store.campaign_row_attempts(campaign, first.callee.row, last.callee.row)?;
        for row in &rows {
            let mine: Vec<&CallEntry> = attempts
                .iter()
                .filter(|(r, _)| *r == row.callee.row)
                .map(|(_, e)| e)
                .collect();
            out.write_record(record(row, &mine, width))?;
        }
        written += rows.len();
        if rows.len() < CHUNK {
            break;
        }
    }
    out.flush().map_err(csv::Error::from)?;
    Ok(written)
}

/// One line: the row's cells padded to the header's width, then its results.
fn record(row: &StoredRow, attempts: &[&CallEntry], width: usize) -> Vec<String> {
    let mut cells = row.cells.clone();
    cells.resize(width.max(cells.len()), String::new());
    let last = attempts.last();
    let status = last.and_then(|e| e.latest_status());
    let call_ids: Vec<&str> = attempts
        .iter()
        .filter_map(|e| e.call_id.as_deref())
        .collect();
    cells.extend([
        row.callee.row.to_string(),
        state_label(row),
        row.ending.map(|e| e.label()).unwrap_or_default().to_owned(),
        row.attempts.to_string(),
        call_ids.join(" "),
        last.map(|e| e.created_at.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_default(),
        status
            .and_then(|s| s.duration)
            .map(|d| format!("{d:.0}"))
            .unwrap_or_default(),
        status.and_then(|s| s.summary.clone()).unwrap_or_default(),
        status.and_then(|s| s.sentiment.clone()).unwrap_or_default(),
    ]);
    cells
}

/// Where the row stands, in words (a skipped row says why).
pub fn state_label(row: &StoredRow) -> String {
    match row.state {
        RowState::Waiting if row.attempts == 0 => "Not called yet".into(),
        RowState::Waiting => "Waiting to be called again".into(),
        RowState::Placing | RowState::Active => "In progress".into(),
        RowState::Done => "Done".into(),
        RowState::Skipped => match &row.reason {
            Some(reason) => format!("Skipped: {reason}"),
            None => "Skipped".into(),
        },
        RowState::Unknown => "Outcome unknown".into(),
    }
}
