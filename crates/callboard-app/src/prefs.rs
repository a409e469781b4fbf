//! Where preferences live, seen from the app's flows: a small trait the desktop shell
//! implements with `tauri-plugin-store` (and tests with memory), plus the guard that runs
//! before the plugin opens the file.
//!
//! The plugin writes in place and silently resets on a parse error, so the file is checked
//! first: a damaged file is moved aside (never overwritten) and the user is told in a plain
//! sentence. The API key is never stored here.

use crate::error::AppError;
use crate::ipc::{Mode, Preferences};
use std::path::Path;

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
            Some(callboard_core::t!(
                "prefs-damaged",
                path = aside.display().to_string()
            ))
        }
        Err(e) => {
            tracing::error!("could not move damaged preferences aside: {e}");
            Some(callboard_core::t!("prefs-damaged-stuck"))
        }
    }
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
