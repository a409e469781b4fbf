//! Events the shell emits to the webview, exported to TypeScript with the commands.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Emitted when background status checks changed some calls: the UI refreshes those rows.
#[derive(Debug, Clone, Serialize, Deserialize, Type, tauri_specta::Event)]
pub struct CallsChanged {
    pub request_ids: Vec<String>,
}
