//! Start-up: logging (stderr, then the data folder's log file), data folder and window at
//! once; then, off the main thread, the call log, preferences, keychain, last connection and
//! status polling.

use crate::host::TauriHost;
use crate::prefs_store::PrefsStore;
use crate::window_state::{keep_on_screen_soon, MIN_SIZE};
use callboard_app::error::AppError;
use callboard_app::startup::Startup;
use callboard_app::state::{AppState, ENV_DATA_DIR, ENV_SANDBOX};
use callboard_core::store::import::{import_journal, JOURNAL_FILE_NAME};
use callboard_core::store::{CallStore, StoreError, STORE_FILE_NAME};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tauri::{App, AppHandle, Manager};

/// Logs go to stderr at once and to `logs/` in the data folder once [`init`] knows it
/// (`callboard_app::logs`); `RUST_LOG` tunes them. Nothing logged ever includes the API key.
pub fn init_logging() {
    callboard_app::logs::init("info,tao=warn,wry=warn");
}

/// The one window, created here (not in tauri.conf.json) so its webview data follows the
/// data folder.
///
/// It starts hidden and is shown when its page has loaded ([`page_loaded`]). A window shown
/// at once makes GTK draw the empty webview while the page is still loading, and WebKitGTK's
/// draw then waits up to 500 ms for the web process, which may itself be waiting on the main
/// thread for an answer (gdb on a stalled start: the main thread in WebKitWebView's draw, the
/// web process's main thread in a synchronous IPC wait): a blank window for half a second in
/// 4 of 10 starts. Hidden, nothing draws until there is a page to draw.
fn open_main_window(app: &App, webview_dir: &std::path::Path) -> tauri::Result<()> {
    tauri::WebviewWindowBuilder::new(app, "main", tauri::WebviewUrl::default())
        .title("Callboard")
        .inner_size(1180.0, 780.0)
        .min_inner_size(MIN_SIZE.0, MIN_SIZE.1)
        .visible(false)
        .data_directory(webview_dir.to_path_buf())
        .build()?;
    Ok(())
}

/// `CALLBOARD_DATA_DIR`, when set and not empty.
pub fn data_dir_override() -> Option<PathBuf> {
    std::env::var_os(ENV_DATA_DIR)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// Brings the main window to the front (a second launch lands here).
pub fn focus_main_window(app: &tauri::AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// Registers the state and opens the window; everything slow runs in the background.
///
/// Nothing here may block: `setup()` runs on the GTK main thread, which WebKit also needs to
/// paint the first frame. Opening the call log, reading the keychain, starting the sandbox
/// and restoring the connection happen in [`start_in_background`]; commands wait for them
/// through [`Startup::ready`], and the UI shows "Loading…" until its first status arrives.
pub fn init(app: &mut App) -> Result<(), Box<dyn std::error::Error>> {
    let data_dir = match data_dir_override() {
        Some(dir) => dir,
        None => app.path().app_data_dir()?,
    };
    std::fs::create_dir_all(&data_dir)?;
    match callboard_app::logs::write_file_in(&data_dir) {
        Ok(dir) => tracing::info!(log_dir = %dir.display(), "logging to the data folder"),
        Err(e) => tracing::warn!("logging to stderr only; the log file could not be opened: {e}"),
    }
    // WebKit keeps its own caches and storage; with CALLBOARD_DATA_DIR they live there too,
    // so a test or a second profile leaves nothing in the user's real data folder.
    let webview_dir = data_dir.join("webview");
    tracing::info!(data_dir = %data_dir.display(), "starting Callboard");

    app.manage(Startup::new());
    let (painted, mut first_paint) = tokio::sync::watch::channel(false);
    app.manage(FirstPageLoad(painted));
    open_main_window(app, &webview_dir)?;
    let handle = app.handle().clone();
    let mut loaded = first_paint.clone();
    tauri::async_runtime::spawn(async move {
        // A page that never finishes loading must not leave the app invisible.
        if !wait_for_page_load(&mut loaded).await {
            tracing::warn!("the page did not finish loading in time; showing the window anyway");
            focus_main_window(&handle);
        }
    });
    let handle = app.handle().clone();
    tauri::async_runtime::spawn(async move {
        let startup = handle.state::<Startup>();
        let started = startup.run(start_in_background(handle.clone(), data_dir));
        if let Some(state) = started.await {
            // The poller's first tick can be a hundred status requests and store writes (after
            // an upgrade every followed call is due): it waits until WebKit has shown the page.
            wait_for_page_load(&mut first_paint).await;
            // Counting the log (≈ 10 ms at 100,000 attempts, then kept) while the app is idle,
            // so opening Recent calls doesn't wait for it.
            let store = state.store.clone();
            let _ = tokio::task::spawn_blocking(move || store.len()).await;
            callboard_app::status_poll::run(&state, &TauriHost(handle.clone())).await;
        }
    });
    Ok(())
}

/// How long start-up waits for the first page load before going on without it.
const PAGE_LOAD_AT_MOST: std::time::Duration = std::time::Duration::from_secs(5);

/// Waits for the first page load, at most [`PAGE_LOAD_AT_MOST`]; whether it came.
async fn wait_for_page_load(loaded: &mut tokio::sync::watch::Receiver<bool>) -> bool {
    matches!(
        tokio::time::timeout(PAGE_LOAD_AT_MOST, loaded.wait_for(|done| *done)).await,
        Ok(Ok(_))
    )
}

/// Set once the main window's page has loaded (`on_page_load`); background work that would
/// compete with the first paint waits for it.
pub struct FirstPageLoad(tokio::sync::watch::Sender<bool>);

/// Records that the page has loaded (called from the app's `on_page_load`) and shows the
/// window, which starts hidden (see [`open_main_window`]).
pub fn page_loaded(app: &AppHandle) {
    if let Some(window) = app.get_webview_window("main") {
        let first = !window.is_visible().unwrap_or(true);
        let _ = window.show();
        // The saved size and place were restored as it was created; now it has a frame, make
        // sure a person can reach it.
        if first {
            keep_on_screen_soon(window);
        }
    }
    if let Some(first) = app.try_state::<FirstPageLoad>() {
        first.0.send_replace(true);
    }
}

/// The slow part of start-up: call log, preferences, keychain, last connection.
async fn start_in_background(app: AppHandle, data_dir: PathBuf) -> Result<AppState, AppError> {
    let started = std::time::Instant::now();
    let state = tokio::task::spawn_blocking(move || -> Result<AppState, AppError> {
        // Preferences first: they choose the language the call log's notices are written in.
        let (prefs, prefs_notice) = PrefsStore::open(&app, data_dir.join("preferences.json"))?;
        callboard_app::locale::apply(callboard_app::prefs::PreferenceStore::get(&prefs).language);
        let (store, mut notices) = open_call_log(&data_dir)?;
        notices.extend(prefs_notice);
        let keychain = AppState::os_keychain();
        Ok(AppState::new(
            data_dir,
            store,
            Box::new(prefs),
            keychain,
            notices,
        ))
    })
    .await
    .map_err(AppError::internal)??;
    let force_sandbox =
        std::env::var(ENV_SANDBOX).is_ok_and(|v| v == "1" || v.eq_ignore_ascii_case("true"));
    callboard_app::connection::restore(&state, force_sandbox).await;
    // A campaign that was running when the app last closed waits, paused, to be resumed.
    if let Err(e) = callboard_app::campaigns::runs::pause_interrupted(&state) {
        tracing::warn!("could not look for interrupted campaigns: {}", e.message);
    }
    // Read by scripts/bench-app.sh: when commands stop waiting.
    tracing::info!(
        ms = started.elapsed().as_millis() as u64,
        "start-up finished"
    );
    Ok(state)
}

/// Opens the call log in the data folder, with the notices its recovery produced for the
/// user. The one place that knows which log implementation the app uses.
fn open_call_log(data_dir: &Path) -> Result<(Arc<CallStore>, Vec<String>), StoreError> {
    let mut notices = Vec::new();
    let (store, report) = CallStore::open_default(data_dir.join(STORE_FILE_NAME))?;
    notices.extend(report.notices());
    // The first start after upgrading brings the old JSON-lines journal over, once. A
    // failure leaves the journal in place for the next start and doesn't stop this one.
    match import_journal(&store, data_dir.join(JOURNAL_FILE_NAME)) {
        Ok(Some(imported)) => notices.push(imported.notice()),
        Ok(None) => {}
        Err(e) => {
            tracing::error!(source = ?std::error::Error::source(&e), "journal import failed: {e}");
            notices.push(e.to_string());
        }
    }
    Ok((Arc::new(store), notices))
}
