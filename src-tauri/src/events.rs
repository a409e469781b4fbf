//! Events the shell emits to the webview, exported to TypeScript with the commands.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Emitted when background status checks changed some calls: the UI refreshes those rows.
#[derive(Debug, Clone, Serialize, Deserialize, Type, tauri_specta::Event)]
pub struct CallsChanged {
    pub request_ids: Vec<String>,
}

/// Emitted when a campaign's progress or state changed: the Campaigns screen reloads it.
#[derive(Debug, Clone, Serialize, Deserialize, Type, tauri_specta::Event)]
pub struct CampaignChanged {
    pub campaign_id: String,
}

/// Emitted when a spreadsheet was dropped on the window; the Campaigns screen opens it with
/// `campaign_open_dropped`.
#[derive(Debug, Clone, Serialize, Deserialize, Type, tauri_specta::Event)]
pub struct ListDropped {
    pub file_name: String,
}

/// Emitted while a list is checked: how many of its rows are done.
#[derive(Debug, Clone, Serialize, Deserialize, Type, tauri_specta::Event)]
pub struct ListCheckProgress {
    pub token: String,
    pub done: u32,
    pub total: u32,
}

/// Emitted when the person clicked one of our desktop notifications (where the platform
/// reports it): the UI opens that call's details, or that campaign.
#[derive(Debug, Clone, Serialize, Deserialize, Type, tauri_specta::Event)]
pub struct NotificationClicked {
    pub request_id: Option<String>,
    pub campaign_id: Option<String>,
}
