//! The do-not-call list in the app: numbers (E.164) never called by a campaign, and asked
//! about before a single call. Added from a call's details ("Don't call again") or in
//! Settings, imported from and exported to CSV. The list lives in the call store; reading a
//! file is the core's `do_not_call::read_list`.

use crate::error::{AppError, ErrorCode};
use crate::host::Host;
use crate::state::AppState;
use callboard_core::campaign::list::e164;
use callboard_core::do_not_call as list_file;
use serde::Serialize;
use specta::Type;
use std::path::Path;

/// The reason used when none is given ("Don't call again" on a call).
pub const DEFAULT_REASON: &str = "Asked not to be called";

/// One listed number as Settings shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct DoNotCallView {
    /// E.164, the key to remove it by.
    pub phone: String,
    pub reason: String,
    /// "2026-12-03".
    pub added_on: String,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct DoNotCallImport {
    pub added: u32,
    pub updated: u32,
    /// "Row 4: \"12\" is not a phone number…", one per row that could not be read.
    pub problems: Vec<String>,
}

/// The whole list, most recently added first.
pub fn list(state: &AppState) -> Result<Vec<DoNotCallView>, AppError> {
    Ok(state
        .store
        .do_not_call_list()?
        .into_iter()
        .map(|e| DoNotCallView {
            phone: e.phone,
            reason: e.reason,
            added_on: e.added_at.format("%Y-%m-%d").to_string(),
        })
        .collect())
}

/// The reason `phone` is listed, if it is (any way of writing the number).
pub fn reason_for(state: &AppState, phone: &str, country: Option<&str>) -> Option<String> {
    let normal = e164(phone, country).ok()?;
    state.store.do_not_call_reasons().ok()?.remove(&normal)
}

/// Adds `phone` (as written, with `country` for a number without +code) with `reason`.
pub fn add(
    state: &AppState,
    phone: &str,
    country: Option<&str>,
    reason: &str,
) -> Result<Vec<DoNotCallView>, AppError> {
    let normal = e164(phone, country.filter(|c| !c.trim().is_empty())).map_err(|e| {
        let mut sentence = e.to_string();
        if let Some(first) = sentence.get(..1) {
            sentence = first.to_uppercase() + &sentence[1..];
        }
        AppError::new(ErrorCode::Validation, format!("{sentence}.")).with_field("phone")
    })?;
    let reason = if reason.trim().is_empty() {
        DEFAULT_REASON
    } else {
        reason.trim()
    };
    state
        .store
        .add_do_not_call(&[(normal, reason.to_owned())], state.clock.now())?;
    list(state)
}

/// Takes `phone` (E.164, as listed) off the list.
pub fn remove(state: &AppState, phone: &str) -> Result<Vec<DoNotCallView>, AppError> {
    state.store.remove_do_not_call(phone)?;
    list(state)
}

/// Adds every number of the CSV or Excel file at `path`; rows that can't be read are named.
pub fn import(state: &AppState, path: &Path) -> Result<DoNotCallImport, AppError> {
    let bytes = std::fs::read(path).map_err(|e| {
        tracing::info!("do-not-call file could not be read: {e}");
        AppError::new(
            ErrorCode::Validation,
            callboard_core::t!("file-open-failed"),
        )
    })?;
    let read = list_file::read_list(&bytes, None, DEFAULT_REASON)
        .map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()))?;
    let added = state
        .store
        .add_do_not_call(&read.entries, state.clock.now())?;
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(DoNotCallImport {
        added: count(added),
        updated: count(read.entries.len() - added),
        problems: read.invalid.into_iter().map(|i| i.reason).collect(),
    })
}

/// Writes the list as CSV into the Downloads folder; returns the path.
pub fn export(state: &AppState, host: &dyn Host) -> Result<String, AppError> {
    let dir = host.downloads_dir().ok_or_else(|| {
        AppError::new(ErrorCode::Storage, callboard_core::t!("no-downloads-list"))
    })?;
    let text = list_file::to_csv(&state.store.do_not_call_list()?);
    let cannot = |e: std::io::Error| {
        tracing::warn!("do-not-call export failed: {e}");
        AppError::new(
            ErrorCode::Storage,
            callboard_core::t!("list-save-failed", path = dir.display().to_string()),
        )
    };
    std::fs::create_dir_all(&dir).map_err(cannot)?;
    let (mut file, path) =
        crate::recent::create_new(&dir, "callboard-do-not-call").map_err(cannot)?;
    std::io::Write::write_all(&mut file, text.as_bytes()).map_err(cannot)?;
    Ok(path.display().to_string())
}
