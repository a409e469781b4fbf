//! The shell's side of [`callboard_app::host::Host`]: events to the webview, the opener
//! plugin for links and files, the platform's Downloads folder and desktop notifications.

use crate::events::{CallsChanged, CampaignChanged, ListCheckProgress};
use std::path::{Path, PathBuf};
use tauri::{AppHandle, Manager};
use tauri_plugin_opener::OpenerExt;
use tauri_specta::Event;

/// The running app, as the flows' host.
pub struct TauriHost(pub AppHandle);

impl callboard_app::host::Host for TauriHost {
    fn calls_changed(&self, request_ids: Vec<String>) {
        if let Err(e) = (CallsChanged { request_ids }).emit(&self.0) {
            tracing::warn!("could not notify the UI: {e}");
        }
    }

    fn campaign_changed(&self, campaign_id: String) {
        if let Err(e) = (CampaignChanged { campaign_id }).emit(&self.0) {
            tracing::warn!("could not notify the UI: {e}");
        }
    }

    fn check_progress(&self, token: &str, done: u32, total: u32) {
        let event = ListCheckProgress {
            token: token.to_owned(),
            done,
            total,
        };
        if let Err(e) = event.emit(&self.0) {
            tracing::debug!("could not tell the UI how far the check got: {e}");
        }
    }

    fn open_url(&self, url: &str) -> Result<(), String> {
        self.0
            .opener()
            .open_url(url, None::<&str>)
            .map_err(|e| e.to_string())
    }

    fn downloads_dir(&self) -> Option<PathBuf> {
        // Desktops without an XDG Downloads entry (servers, minimal installs) still have a
        // home folder; ~/Downloads is where a person looks, and the export creates it.
        let path = self.0.path();
        path.download_dir()
            .ok()
            .or_else(|| path.home_dir().ok().map(|home| home.join("Downloads")))
    }

    fn show_in_folder(&self, path: &Path) -> Result<(), String> {
        self.0
            .opener()
            .reveal_item_in_dir(path)
            .map_err(|e| e.to_string())
    }

    fn notify(&self, notification: callboard_app::notify::Notification) {
        crate::notifications::show(&self.0, notification);
    }
}
