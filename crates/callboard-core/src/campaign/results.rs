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

/// The columns added after the list's own, in the current language (the person who exports
/// the file reads it).
pub fn result_columns() -> [String; 9] {
    use crate::t;
    [
        t!("results-column-row"),
        t!("results-column-state"),
        t!("results-column-outcome"),
        t!("results-column-attempts"),
        t!("results-column-call-ids"),
        t!("results-column-last-call-at"),
        t!("results-column-duration"),
        t!("results-column-summary"),
        t!("results-column-sentiment"),
    ]
}

/// Why the results could not be written.
#[derive(Debug)]
pub enum ResultsError {
    Store(StoreError),
    Write(csv::Error),
}

// By hand rather than with `thiserror`: the words come from `campaigns.ftl`; a store error
// is shown as itself (it was `#[error(transparent)]`).
impl std::fmt::Display for ResultsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Store(e) => e.fmt(f),
            Self::Write(e) => {
                f.write_str(&crate::t!("results-write-failed", reason = e.to_string()))
            }
        }
    }
}

impl std::error::Error for ResultsError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Store(e) => std::error::Error::source(e),
            Self::Write(e) => Some(e),
        }
    }
}

impl From<StoreError> for ResultsError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl From<csv::Error> for ResultsError {
    fn from(e: csv::Error) -> Self {
        Self::Write(e)
    }
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
            .chain(result_columns().iter().map(String::as_str)),
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
        row.ending.map(|e| e.label()).unwrap_or_default(),
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
    use crate::t;
    match row.state {
        RowState::Waiting if row.attempts == 0 => t!("row-state-not-called"),
        RowState::Waiting => t!("row-state-waiting-again"),
        RowState::Placing | RowState::Active => t!("row-state-in-progress"),
        RowState::Done => t!("row-state-done"),
        RowState::Skipped => match &row.reason {
            Some(reason) => t!("row-state-skipped-because", reason = reason),
            None => t!("row-state-skipped"),
        },
        RowState::Unknown => t!("row-state-unknown"),
    }
}
