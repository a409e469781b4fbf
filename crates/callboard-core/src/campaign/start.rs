//! From a checked list and settings to a stored campaign, ready to run: the one way the app
//! and `callboard-cli` create one. Only the callees are stored (invalid, duplicate and
//! do-not-call rows stay in the check's report); each keeps its row's cells for the export.

use super::list::{CheckedList, Sheet};
use super::settings::CampaignSettings;
use crate::store::{CallStore, NewCampaign, StoreError};
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

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
    let settings_json = serde_json::to_value(settings).unwrap_or_default();
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
