//! The About panel: which build this is and where its data and logs live. The licenses of
//! the bundled components are not here: they are generated into `ui/src/lib/licenses.json`
//! (see `src-tauri/src/licenses.rs`) and shown by the UI as they are.

use crate::state::AppState;
use serde::Serialize;
use specta::Type;

/// What this build is, from the desktop shell's build script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuildInfo {
    /// The app's version (`Cargo.toml`).
    pub version: &'static str,
    /// The git commit it was built from, or "unknown" (a build outside a git checkout).
    pub commit: &'static str,
}

/// The About panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct AboutInfo {
    pub version: String,
    /// The git commit, or "unknown".
    pub build: String,
    pub data_dir: String,
    /// The call history's database (what "Show in folder" selects in the data folder).
    pub call_log_file: String,
    pub log_dir: String,
    /// The newest log file, once one was written.
    pub log_file: Option<String>,
}

/// The About panel's facts.
pub fn about(state: &AppState, build: BuildInfo) -> AboutInfo {
    let log_dir = crate::logs::log_dir(&state.data_dir);
    AboutInfo {
        version: build.version.to_owned(),
        build: build.commit.to_owned(),
        data_dir: state.data_dir.display().to_string(),
        call_log_file: state.store.path().display().to_string(),
        log_file: crate::logs::log_files(&log_dir)
            .first()
            .map(|f| f.display().to_string()),
        log_dir: log_dir.display().to_string(),
    }
}
