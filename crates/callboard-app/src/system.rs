//! Links in the system browser, and the sandbox's fast-forward.

use crate::error::{AppError, ErrorCode};
use crate::host::Host;
use crate::state::AppState;

/// The longest fast-forward one click may ask for: a week.
const MAX_ADVANCE_MINUTES: u32 = 7 * 24 * 60;

/// Opens an `https://` link (recording, docs) in the system browser; nothing else is accepted.
/// When no browser opens, the sentence says so and the UI offers to copy the link.
pub fn open_external(host: &dyn Host, url: &str) -> Result<(), AppError> {
    let parsed = url::Url::parse(url.trim())
        .ok()
        .filter(|u| u.scheme() == "https" && u.host_str().is_some())
        .ok_or_else(|| {
            AppError::new(ErrorCode::Validation, callboard_core::t!("link-not-https"))
        })?;
    host.open_url(parsed.as_str()).map_err(|detail| {
        tracing::warn!("could not open a browser: {detail}");
        AppError::new(
            ErrorCode::BrowserUnavailable,
            callboard_core::t!("no-browser"),
        )
    })
}

/// Shows an exported file in the system file manager.
pub fn show_in_folder(host: &dyn Host, path: &str) -> Result<(), AppError> {
    let path = std::path::Path::new(path);
    if !path.is_file() {
        return Err(AppError::new(
            ErrorCode::NotFound,
            callboard_core::t!("export-file-gone"),
        ));
    }
    host.show_in_folder(path).map_err(|detail| {
        tracing::warn!("could not open the file manager: {detail}");
        AppError::new(
            ErrorCode::BrowserUnavailable,
            callboard_core::t!("no-file-manager", path = path.display().to_string()),
        )
    })
}

/// Sandbox only: moves the simulator's clock forward so trial users can watch calls finish.
pub async fn sandbox_advance_clock(state: &AppState, minutes: u32) -> Result<(), AppError> {
    let conn = state.connection.read().await;
    let sandbox = conn
        .as_ref()
        .and_then(|c| c.sandbox.as_ref())
        .ok_or_else(|| {
            AppError::new(
                ErrorCode::Validation,
                callboard_core::t!("fast-forward-sandbox-only"),
            )
        })?;
    sandbox.advance_clock(chrono::Duration::minutes(i64::from(
        minutes.min(MAX_ADVANCE_MINUTES),
    )));
    // Campaign time is the simulator's: runs look again at once.
    state.campaigns.runs.wake_all();
    Ok(())
}
