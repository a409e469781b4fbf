//! The About panel and "Copy diagnostics".

use callboard_app::about::{self, AboutInfo, BuildInfo};
use callboard_app::diagnostics;
use callboard_app::error::AppError;
use callboard_app::startup::Startup;
use tauri::State;

/// This build: the workspace version and the commit `build.rs` recorded.
const BUILD: BuildInfo = BuildInfo {
    version: env!("CARGO_PKG_VERSION"),
    commit: env!("CALLBOARD_BUILD_COMMIT"),
};

/// Version, build and where the data and logs live.
#[tauri::command]
#[specta::specta]
pub async fn about_info(state: State<'_, Startup>) -> Result<AboutInfo, AppError> {
    Ok(about::about(&*state.ready().await?, BUILD))
}

/// A plain-text report for support (never the API key).
#[tauri::command]
#[specta::specta]
pub async fn diagnostics(state: State<'_, Startup>) -> Result<String, AppError> {
    Ok(diagnostics::report(&*state.ready().await?, BUILD).await)
}
