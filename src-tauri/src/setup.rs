//! Start-up: logging, data folder, journal, preferences, last connection, status polling.

use crate::prefs::PrefsStore;
use crate::state::{AppState, ENV_DATA_DIR, ENV_SANDBOX};
use callboard_core::journal::CallJournal;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{App, Manager};

/// Logs go to stderr; `RUST_LOG` tunes them. Nothing logged ever includes the API key.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,tao=warn,wry=warn"));
    // Colour codes only on a terminal: log files stay plain text.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .try_init();
}

/// Opens everything the commands need and restores the last mode.
pub fn init(app: &mut App) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = match std::env::var_os(ENV_DATA_DIR).filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => app.path().app_data_dir()?,
    };
    std::fs::create_dir_all(&data_dir)?;
    tracing::info!(data_dir = %data_dir.display(), "starting Callboard");

    let mut notices = Vec::new();
    let (journal, report) = CallJournal::open(data_dir.join("calls.journal"))?;
    if report.skipped > 0 || report.torn_tail {
        tracing::warn!(?report, "call journal had damaged lines");
        notices.push(format!(
            "Some of your call history was damaged ({} entr{} could not be read) and was skipped. Everything else is intact.",
            report.skipped + usize::from(report.torn_tail),
            if report.skipped + usize::from(report.torn_tail) == 1 { "y" } else { "ies" }
        ));
    }
    if report.interrupted > 0 {
        notices.push(format!(
            "Callboard closed while {} call{} being sent. {} marked “outcome unknown”: check before calling again.",
            report.interrupted,
            if report.interrupted == 1 { " was" } else { "s were" },
            if report.interrupted == 1 { "It is" } else { "They are" }
        ));
    }
    notices.extend(report.notice());
    let (prefs, prefs_notice) = PrefsStore::open(app.handle(), data_dir.join("preferences.json"))?;
    notices.extend(prefs_notice);

    let state = AppState::new(
        data_dir,
        Arc::new(journal),
        Box::new(prefs),
        AppState::os_keychain(),
        notices,
    );
    let force_sandbox =
        std::env::var(ENV_SANDBOX).is_ok_and(|v| v == "1" || v.eq_ignore_ascii_case("true"));
    tauri::async_runtime::block_on(crate::connection::restore(&state, force_sandbox));
    app.manage(state);
    crate::poller::spawn(app.handle().clone());
    Ok(())
}
