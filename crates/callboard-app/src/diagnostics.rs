//! "Copy diagnostics": a plain-text report a person pastes into a message to support.
//!
//! Its labels stay English in every language on purpose: it is read by whoever helps, not by
//! the person who copies it, and the same words make reports comparable. It never contains the
//! API key: nothing here prints a key, and as defence in depth the whole report (the log tail
//! above all, where a careless log line could have quoted one) is scrubbed of every key this
//! app knows (the session key and the keychain's) and of credential-like values.

use crate::about::BuildInfo;
use crate::connection::key_status;
use crate::ipc::{KeyStore, Mode};
use crate::state::{keychain_call, lock, AppState};
use callboard_core::store::CampaignState;
use contactship::ApiKey;
use std::fmt::Write as _;
use std::path::Path;

/// How many log lines end the report.
pub const LOG_LINES: usize = 200;

/// The report, as plain text.
pub async fn report(state: &AppState, build: BuildInfo) -> String {
    let mut out = String::new();
    // `write!` to a String cannot fail.
    let mut line = |label: &str, value: &dyn std::fmt::Display| {
        let _ = writeln!(out, "{label}: {value}");
    };
    line(
        "Callboard",
        &format!("{} (build {})", build.version, build.commit),
    );
    line(
        "Generated",
        &state.clock.now().format("%Y-%m-%d %H:%M:%S UTC"),
    );
    line(
        "OS",
        &format!(
            "{} ({} {})",
            os_info::get(),
            std::env::consts::OS,
            std::env::consts::ARCH
        ),
    );
    line("Language", &callboard_core::i18n::locale().tag());
    line("Keychain", &keychain(state));
    let key = key_status(state).await;
    let key_place = match (key.present, key.store) {
        (false, _) | (_, KeyStore::None) => "none saved".to_owned(),
        (true, KeyStore::SessionOnly) => "this session only (not saved)".to_owned(),
        (true, _) => format!("saved in {}", key.store_label),
    };
    line("API key", &key_place);
    {
        let conn = state.connection.read().await;
        match conn.as_ref() {
            Some(c) => {
                let mode = match c.mode {
                    Mode::Sandbox => "sandbox",
                    Mode::Account => "account",
                };
                line("Mode", &mode);
                line("Base URL", &c.client.base_url());
            }
            None => line("Mode", &"not connected"),
        }
    }
    if let Some(url) = &state.api_url_override {
        line("CALLBOARD_API_URL", url);
    }
    line(
        "Call log",
        &format!(
            "{} ({})",
            state.store.path().display(),
            size_words(state.store.path())
        ),
    );
    line("Calls", &state.store.len());
    line("Campaigns", &campaigns(state));
    line("Data folder", &state.data_dir.display());
    let log_dir = crate::logs::log_dir(&state.data_dir);
    line("Log folder", &log_dir.display());
    line(
        "Notifications",
        &if crate::notify::enabled(state) {
            "on"
        } else {
            "off"
        },
    );
    line("Start-up notices", &lock(&state.notices).len());
    let tail = crate::logs::tail(&log_dir, LOG_LINES);
    let _ = writeln!(out, "\nLast {} log lines:", tail.len());
    for l in &tail {
        out.push_str(l);
        out.push('\n');
    }
    let keys = known_keys(state).await;
    let refs: Vec<&ApiKey> = keys.iter().collect();
    contactship::scrub_lines(&out, &refs)
}

fn keychain(state: &AppState) -> String {
    match &state.keychain {
        Ok(store) => store.kind().label().to_owned(),
        Err(problem) => format!("unavailable ({problem})"),
    }
}

fn campaigns(state: &AppState) -> String {
    match state.store.campaigns() {
        Ok(all) => {
            let running = all
                .iter()
                .filter(|c| c.state == CampaignState::Running)
                .count();
            format!("{} ({running} running)", all.len())
        }
        Err(e) => format!("unreadable ({e})"),
    }
}

/// The database and its write-ahead log, in bytes and in words.
fn size_words(db: &Path) -> String {
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    let bytes = size(db) + size(Path::new(&wal));
    format!("{:.1} MB, {bytes} bytes", bytes as f64 / 1_000_000.0)
}

/// Every key this app could have logged: the session's and the keychain's.
async fn known_keys(state: &AppState) -> Vec<ApiKey> {
    let mut keys: Vec<ApiKey> = lock(&state.session_key).iter().cloned().collect();
    if let Ok(store) = &state.keychain {
        if let Ok(Some(saved)) = keychain_call(store, |s| s.get()).await {
            keys.push(saved);
        }
    }
    keys
}
