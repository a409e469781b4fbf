//! From a checked list and settings to a stored campaign, ready to run: the one way the app
//! and `callboard-cli` create one. Only the callees are stored (invalid, duplicate and
//! do-not-call rows stay in the check's report); each keeps its row's cells for the export,
//! and the list's headers go beside the settings (`list_headers` in the settings JSON, which
//! [`CampaignSettings`] ignores when read back) so the export can name those cells.

use super::list::{CheckedList, Sheet};
use super::settings::CampaignSettings;
use crate::store::{CallStore, NewCampaign, StoreError};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

/// Where a stored campaign's settings JSON keeps the list's column headers.
pub const LIST_HEADERS_KEY: &str = "list_headers";

/// Stores `checked` from `sheet` as a new campaign called `settings.name`; returns its id.
/// The settings must have passed [`CampaignSettings::problems`].
pub fn create_campaign(
    store: &CallStore,
    settings: &CampaignSettings,
    sheet: &Sheet,
    checked: &CheckedList,
    source: &str,
    now: DateTime<Utc>,
) -> Result<Uuid, StoreError> {
    let cells: HashMap<usize, &Vec<String>> =
        sheet.rows.iter().map(|r| (r.number, &r.cells)).collect();
    let rows: Vec<_> = checked
        .callees
        .iter()
        .map(|c| {
            let row_cells = cells.get(&(c.row as usize)).map(|v| (*v).clone());
            (c.clone(), row_cells.unwrap_or_default())
        })
        .collect();
    let id = Uuid::new_v4();
    let mut settings_json = serde_json::to_value(settings).unwrap_or_default();
    if let Some(map) = settings_json.as_object_mut() {
        map.insert(LIST_HEADERS_KEY.into(), serde_json::json!(checked.headers));
    }
    store.create_campaign(&NewCampaign {
        id,
        name: settings.name.trim(),
        created_at: now,
        source,
        settings: &settings_json,
        rows: &rows,
    })?;
    Ok(id)
}
