//! What only the desktop shell can do, as a trait the flows are generic over.
//!
//! The Tauri shell implements it with its `AppHandle` (an event to the webview, the opener
//! plugin); tests implement it with a recorder. Nothing else about the window leaks here.

/// The shell's side effects.
pub trait Host: Send + Sync {
    /// Tells the UI that these call attempts changed, so it refreshes those rows.
    fn calls_changed(&self, request_ids: Vec<String>);
    /// Tells the UI that a campaign's progress or state changed.
    fn campaign_changed(&self, campaign_id: String);
    /// Tells the UI how far the check of the list behind `token` has got.
    fn check_progress(&self, _token: &str, _done: u32, _total: u32) {}
    /// Opens an already-validated `https://` link in the system browser. `Err` carries the
    /// platform's reason, for the log only.
    fn open_url(&self, url: &str) -> Result<(), String>;
    /// The user's Downloads folder, where exports go, if the platform has one.
    fn downloads_dir(&self) -> Option<std::path::PathBuf>;
    /// Shows a file in the system file manager. `Err` carries the reason, for the log only.
    fn show_in_folder(&self, path: &std::path::Path) -> Result<(), String>;
    /// Shows a desktop notification ([`crate::notify`] decides which and when). A click on it
    /// should bring the window forward on its target, where the platform reports clicks.
    fn notify(&self, _notification: crate::notify::Notification) {}
}
