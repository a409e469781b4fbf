//! Preferences persisted with `tauri-plugin-store`, behind the app's [`PreferenceStore`]
//! trait and only through our own commands (the webview has no store permission).

use callboard_app::error::{AppError, ErrorCode};
use callboard_app::ipc::{Mode, Preferences};
use callboard_app::prefs::{guard_preferences_file, PreferenceStore};
use std::path::PathBuf;
use std::sync::Arc;
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::{Store, StoreBuilder};

const PREFS_KEY: &str = "preferences";
const MODE_KEY: &str = "mode";

/// The preferences file, opened through the store plugin after the guard ran.
pub struct PrefsStore<R: Runtime> {
    store: Arc<Store<R>>,
}

impl<R: Runtime> PrefsStore<R> {
    /// Opens (or creates) the store at `path`, after guarding it.
    pub fn open(app: &AppHandle<R>, path: PathBuf) -> Result<(Self, Option<String>), AppError> {
        let notice = guard_preferences_file(&path);
        let store = StoreBuilder::new(app, path)
            .disable_auto_save()
            .build()
            .map_err(|e| storage_error(&e))?;
        Ok((Self { store }, notice))
    }
}

impl<R: Runtime> PreferenceStore for PrefsStore<R> {
    fn get(&self) -> Preferences {
        self.store
            .get(PREFS_KEY)
            .and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default()
    }

    fn set(&self, prefs: &Preferences) -> Result<(), AppError> {
        let value = serde_json::to_value(prefs).map_err(AppError::internal)?;
        self.store.set(PREFS_KEY, value);
        self.store.save().map_err(|e| storage_error(&e))
    }

    fn mode(&self) -> Option<Mode> {
        self.store
            .get(MODE_KEY)
            .and_then(|v| serde_json::from_value(v).ok())
    }

    fn set_mode(&self, mode: Option<Mode>) -> Result<(), AppError> {
        match mode {
            Some(m) => self.store.set(
                MODE_KEY,
                serde_json::to_value(m).map_err(AppError::internal)?,
            ),
            None => {
                self.store.delete(MODE_KEY);
            }
        }
        self.store.save().map_err(|e| storage_error(&e))
    }
}

fn storage_error(e: &dyn std::fmt::Display) -> AppError {
    tracing::error!("preferences store: {e}");
    AppError::new(
        ErrorCode::Storage,
        "Callboard couldn't save your preferences. Check that the disk isn't full and try again.",
    )
}
