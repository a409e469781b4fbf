//! Lists coming from the desktop: the native open dialog (the dialog plugin, used from Rust
//! only, so the webview gets no file-system permission) and files dropped on the window,
//! whose path the shell keeps until the Campaigns screen asks for it.

use crate::events::ListDropped;
use std::path::PathBuf;
use std::sync::Mutex;
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;
use tauri_specta::Event;

/// The extensions a list may have.
const LIST_EXTENSIONS: [&str; 4] = ["csv", "xlsx", "txt", "tsv"];

/// The last list dropped on the window.
#[derive(Default)]
pub struct Dropped(Mutex<Option<PathBuf>>);

/// Shows the open dialog for a spreadsheet, titled `title`; the chosen file, if any.
pub async fn choose_list(app: &AppHandle, title: &str) -> Option<PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(title)
        .add_filter("Spreadsheets (CSV, Excel)", &LIST_EXTENSIONS)
        .pick_file(move |picked| {
            let _ = tx.send(picked.and_then(|p| p.into_path().ok()));
        });
    rx.await.ok().flatten()
}

/// Keeps the first spreadsheet of a drop and tells the UI its name.
pub fn dropped(app: &AppHandle, paths: &[PathBuf]) {
    let Some(path) = paths.iter().find(|p| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| LIST_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
    }) else {
        return;
    };
    if let Some(kept) = app.try_state::<Dropped>() {
        *kept.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(path.clone());
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Err(e) = (ListDropped { file_name }).emit(app) {
        tracing::warn!("could not tell the UI about a dropped file: {e}");
    }
}

/// The dropped list's path, once.
pub fn take_dropped(app: &AppHandle) -> Option<PathBuf> {
    app.try_state::<Dropped>()
        .and_then(|kept| kept.0.lock().unwrap_or_else(|p| p.into_inner()).take())
}
