//! Preferences, persisted with `tauri-plugin-store` through our own commands only.
//!
//! The plugin writes in place and silently resets on a parse error, so the file is checked
//! before the plugin opens it: a damaged file is moved aside (never overwritten) and the
//! user is told in a plain sentence. The API key is never stored here.

use crate::error::{AppError, ErrorCode};
use crate::ipc::{Mode, Preferences};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::{Store, StoreBuilder};

const PREFS_KEY: &str = "preferences";
const MODE_KEY: &str = "mode";

/// Where preferences and the chosen mode are kept; the app uses [`PrefsStore`], the shell's
/// flow tests an in-memory one.
pub trait PreferenceStore: Send + Sync {
    /// Current preferences; defaults when none or unreadable.
    fn get(&self) -> Preferences;
    /// Saves preferences.
    fn set(&self, prefs: &Preferences) -> Result<(), AppError>;
    /// The mode the user last chose, if any.
    fn mode(&self) -> Option<Mode>;
    /// Remembers the chosen mode.
    fn set_mode(&self, mode: Option<Mode>) -> Result<(), AppError>;
}

/// The preferences file, opened through the store plugin after the guard ran.
pub struct PrefsStore<R: Runtime> {
    store: Arc<Store<R>>,
}

/// Moves a damaged preferences file aside. Returns a notice for the user when it did.
pub fn guard_preferences_file(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    if serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(&bytes).is_ok() {
        return None;
    }
    let stamp = chrono::Utc::now().format("%Y%m%d-%H%M%S");
    let aside = path.with_extension(format!("json.damaged-{stamp}"));
    match std::fs::rename(path, &aside) {
        Ok(()) => {
            tracing::warn!(?aside, "preferences file was damaged; moved aside");
            Some(format!(
                "Your preferences file was damaged, so Callboard started with default preferences. The old file was kept as {}.",
                aside.display()
            ))
        }
        Err(e) => {
            tracing::error!("could not move damaged preferences aside: {e}");
            Some("Your preferences file is damaged and could not be moved aside; changes may not be saved.".into())
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_valid_preferences_file_is_left_alone() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("preferences.json");
        std::fs::write(&path, br#"{"mode":"sandbox"}"#).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(guard_preferences_file(&path), None);
        assert!(path.exists());
    }

    #[test]
    fn a_damaged_preferences_file_is_moved_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("preferences.json");
        std::fs::write(&path, b"{\"mode\": \"sandb").unwrap_or_else(|e| panic!("{e}"));
        let notice = guard_preferences_file(&path).unwrap_or_default();
        assert!(notice.contains("damaged"), "{notice}");
        assert!(!path.exists());
        let kept: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap_or_else(|e| panic!("{e}"))
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains("damaged"))
            .collect();
        assert_eq!(kept.len(), 1, "the damaged copy is kept");
    }

    #[test]
    fn a_missing_preferences_file_is_not_an_error() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(guard_preferences_file(&dir.path().join("nope.json")), None);
    }
}
