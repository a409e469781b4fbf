//! "Copy diagnostics" and the About panel without a window: the report says what support
//! needs (build, OS, keychain, mode, the call log, folders, the log's last lines) and never
//! the API key, even when a careless log line quoted it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::about::{self, BuildInfo};
use crate::flow_tests::harness;
use crate::state::lock;
use crate::{connection, diagnostics, logs};
use callboard_core::secrets::SecretStore;
use contactship::ApiKey;

const BUILD: BuildInfo = BuildInfo {
    version: "9.9.9",
    commit: "abc1234def56",
};

/// Logs through the same file layer the app installs, into `data_dir`'s log folder.
fn log_into(data_dir: &std::path::Path, log: impl FnOnce()) {
    use tracing_subscriber::layer::SubscriberExt;
    let writer = logs::file_writer(&logs::log_dir(data_dir)).unwrap();
    let subscriber = tracing_subscriber::registry().with(logs::fmt_layer(writer, false));
    tracing::subscriber::with_default(subscriber, log);
}

/// Every run of 8 characters of `key`, lower-cased.
fn fragments(key: &str) -> Vec<String> {
    key.as_bytes()
        .windows(8)
        .map(|w| String::from_utf8_lossy(w).to_ascii_lowercase())
        .collect()
}

#[tokio::test]
async fn the_report_never_holds_the_key_even_when_a_log_line_quoted_it() {
    let h = harness(None);
    let saved = "sk_live_Q7w2Zr9Xb4Np6Vt1Lc8Hm3";
    let session = "sk_test_J5k8Yd2Uf7Ra4Ge9Ws6Pq1";
    h.keychain.set(&ApiKey::new(saved).unwrap()).unwrap();
    *lock(&h.state.session_key) = Some(ApiKey::new(session).unwrap());
    connection::start_sandbox(&h.state).await.expect("sandbox");
    log_into(h.dir.path(), || {
        // What a careless caller might write: an error echoing the key it was given.
        tracing::error!("Contactship refused the key {saved}: 401");
        tracing::warn!(
            "retrying with {} after the session started",
            session.to_uppercase()
        );
        tracing::info!("request headers: x-api-key: {saved}");
        tracing::info!("the last line before the report");
    });

    let report = diagnostics::report(&h.state, BUILD).await;
    let lower = report.to_ascii_lowercase();
    for key in [saved, session] {
        for frag in fragments(key) {
            assert!(!lower.contains(&frag), "{frag} of a key is in:\n{report}");
        }
    }
    assert!(
        report.contains("Contactship refused the key <redacted>: 401"),
        "{report}"
    );
    assert!(
        report.contains("the last line before the report"),
        "{report}"
    );
    let last_lines = report.split("Last 4 log lines:").nth(1).expect("the tail");
    assert_eq!(last_lines.trim().lines().count(), 4, "{report}");
    h.state.set_connection(None).await;
}

#[tokio::test]
async fn the_report_says_what_support_needs_to_know() {
    let h = harness(None);
    connection::start_sandbox(&h.state).await.expect("sandbox");
    let report = diagnostics::report(&h.state, BUILD).await;
    let data = h.dir.path().display().to_string();
    for expected in [
        "Callboard: 9.9.9 (build abc1234def56)".to_owned(),
        format!("({} {})", std::env::consts::OS, std::env::consts::ARCH),
        "Keychain: this session only".to_owned(),
        "Mode: sandbox".to_owned(),
        "Base URL: http://127.0.0.1:".to_owned(),
        format!("Call log: {data}"),
        "Calls: 0".to_owned(),
        "Campaigns: 0 (0 running)".to_owned(),
        format!("Data folder: {data}"),
        format!("Log folder: {}", logs::log_dir(h.dir.path()).display()),
        "Notifications: on".to_owned(),
        "Last 0 log lines:".to_owned(),
    ] {
        assert!(
            report.contains(&expected),
            "{expected:?} missing from:\n{report}"
        );
    }
    h.state.set_connection(None).await;
}

#[test]
fn the_about_panel_names_the_build_and_where_data_and_logs_live() {
    let h = harness(None);
    let before = about::about(&h.state, BUILD);
    assert_eq!(
        (before.version.as_str(), before.build.as_str()),
        ("9.9.9", "abc1234def56")
    );
    assert!(
        before.call_log_file.ends_with("calls.sqlite3"),
        "{before:?}"
    );
    assert_eq!(before.log_file, None, "no log written yet");
    log_into(h.dir.path(), || tracing::info!("hello"));
    let after = about::about(&h.state, BUILD);
    let file = after.log_file.expect("the log file");
    assert!(std::path::Path::new(&file).is_file(), "{file}");
    assert!(
        file.starts_with(&after.log_dir),
        "{file} in {}",
        after.log_dir
    );
}
