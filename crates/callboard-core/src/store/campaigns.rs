//! The campaigns' tables: what a campaign is and where it stands, and one row per person on
//! its list with that row's progress. Creating a campaign writes every row in the same
//! transaction (all or nothing, one fsync), so a crash never leaves half a list.

use super::codec::{instant_text, parse_instant};
use super::{CallStore, StoreError};
use crate::campaign::list::{Callee, ZoneSource};
use crate::campaign::Ending;
use crate::zones;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Where a campaign stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CampaignState {
    /// Checked and stored; nothing handed over yet.
    Ready,
    Running,
    Paused,
    Cancelled,
    Finished,
}

/// Where one row of a campaign stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowState {
    /// Waiting for its window, the pace or a retry.
    Waiting,
    /// Its attempt is recorded and its POST may be on the way.
    Placing,
    /// Handed to Contactship, not final yet.
    Active,
    /// Final: its ending is set.
    Done,
    /// Never to be called: its reason is set.
    Skipped,
    /// Its last POST's outcome is unknown: reconciled, never re-sent.
    Unknown,
}

/// A campaign to store with its rows.
#[derive(Debug, Clone)]
pub struct NewCampaign<'a> {
    pub id: Uuid,
    pub name: &'a str,
    pub created_at: DateTime<Utc>,
    /// The list's file name, to show.
    pub source: &'a str,
    /// The settings (agent, numbers, window, pace, retries, data) as JSON.
    pub settings: &'a serde_json::Value,
    /// Each callee with the cells of its row as read.
    pub rows: &'a [(Callee, Vec<String>)],
}

/// A stored campaign and how many rows are in each state.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CampaignSummary {
    pub id: Uuid,
    pub name: String,
    pub created_at: DateTime<Utc>,
    pub state: CampaignState,
    pub source: String,
    pub settings: serde_json::Value,
    pub rows_by_state: Vec<(RowState, u32)>,
}

/// One stored row of a campaign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredRow {
    pub callee: Callee,
    pub state: RowState,
    pub attempts: u32,
    pub next_at: Option<DateTime<Utc>>,
    /// How its last call ended (set once it has one).
    pub ending: Option<Ending>,
    /// Why it was skipped, or what is known of an unknown outcome.
    pub reason: Option<String>,
    pub cells: Vec<String>,
}

/// A name for a value's serde form ("waiting"), which the tables store.
pub(super) fn word<T: Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(super) fn from_word<T: for<'de> Deserialize<'de>>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

impl CallStore {
    /// Stores a campaign, `Ready`, with every row `Waiting`, in one transaction. A name
    /// already used (in any letter case) is [`StoreError::CampaignNameTaken`] and writes
    /// nothing.
    pub fn create_campaign(&self, c: &NewCampaign<'_>) -> Result<(), StoreError> {
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::write)?;
        let taken: Option<String> = tx
            .query_row(
                "SELECT name FROM campaigns WHERE name = ?1",
                [c.name],
                |r| r.get(0),
            )
            .optional()
            .map_err(StoreError::read)?;
        if taken.is_some() {
            return Err(StoreError::CampaignNameTaken {
                name: c.name.to_owned(),
            });
        }
        let at = instant_text(c.created_at);
        tx.execute(
            "INSERT INTO campaigns (id, name, created_at, updated_at, state, source, settings)
             VALUES (?1, ?2, ?3, ?3, 'ready', ?4, ?5)",
            params![
                c.id.to_string(),
                c.name,
                at,
                c.source,
                c.settings.to_string()
            ],
        )
        .map_err(StoreError::write)?;
        {
            let mut insert = tx
                .prepare(
                    "INSERT INTO campaign_rows (campaign_id, row, state, name, phone, email,
                        contact_id, country, zone, zone_from, data, cells)
                     VALUES (?1, ?2, 'waiting', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                )
                .map_err(StoreError::write)?;
            let id = c.id.to_string();
            for (callee, cells) in c.rows {
                insert
                    .execute(params![
                        id,
                        callee.row,
                        callee.name,
                        callee.phone,
                        callee.email,
                        callee.contact_id,
                        callee.country,
                        callee.zone,
                        word(callee.zone_from),
                        serde_json::to_string(&callee.data).unwrap_or_default(),
                        serde_json::to_string(cells).unwrap_or_default(),
                    ])
                    .map_err(StoreError::write)?;
            }
        }
        tx.commit().map_err(StoreError::write)
    }

    /// Every campaign, newest first, with its rows counted by state.
    pub fn campaigns(&self) -> Result<Vec<CampaignSummary>, StoreError> {
        summaries(&self.conn())
    }

    /// A slice of a campaign's rows in list order.
    pub fn campaign_rows(
        &self,
        campaign: Uuid,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<StoredRow>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(&format!(
                "{ROW_COLUMNS} WHERE campaign_id = ?1 ORDER BY row LIMIT ?2 OFFSET ?3"
            ))
            .map_err(StoreError::read)?;
        let rows = stmt
            .query_map(
                params![campaign.to_string(), limit as i64, offset as i64],
                stored_row,
            )
            .and_then(|rows| rows.collect())
            .map_err(StoreError::read)?;
        Ok(rows)
    }
}

/// Every campaign on `conn`, newest first, with its rows counted by state.
pub(super) fn summaries(conn: &rusqlite::Connection) -> Result<Vec<CampaignSummary>, StoreError> {
    let mut list = conn
        .prepare(
            "SELECT id, name, created_at, state, source, settings FROM campaigns
             ORDER BY created_at DESC, rowid DESC",
        )
        .and_then(|mut stmt| {
            stmt.query_map([], |r| {
                let id: String = r.get(0)?;
                let created: String = r.get(2)?;
                let settings: String = r.get(5)?;
                Ok(CampaignSummary {
                    id: Uuid::parse_str(&id).unwrap_or_default(),
                    name: r.get(1)?,
                    created_at: parse_instant(&created).unwrap_or_default(),
                    state: from_word(&r.get::<_, String>(3)?)?,
                    source: r.get(4)?,
                    settings: serde_json::from_str(&settings).unwrap_or_default(),
                    rows_by_state: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()
        })
        .map_err(StoreError::read)?;
    let mut count = conn
        .prepare(
            "SELECT state, count(*) FROM campaign_rows WHERE campaign_id = ?1
             GROUP BY state ORDER BY state",
        )
        .map_err(StoreError::read)?;
    for campaign in &mut list {
        campaign.rows_by_state = count
            .query_map([campaign.id.to_string()], |r| {
                Ok((from_word(&r.get::<_, String>(0)?)?, r.get(1)?))
            })
            .and_then(|rows| rows.collect())
            .map_err(StoreError::read)?;
    }
    Ok(list)
}

/// The columns [`stored_row`] reads, in its order.
pub(super) const ROW_COLUMNS: &str = "SELECT row, state, attempts, next_at, name, phone, email,
    contact_id, country, zone, zone_from, data, cells, ending, reason FROM campaign_rows";

/// A row selected with [`ROW_COLUMNS`].
pub(super) fn stored_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredRow> {
    let text = |i: usize| r.get::<_, Option<String>>(i);
    let json = |i: usize| -> rusqlite::Result<String> { r.get(i) };
    Ok(StoredRow {
        callee: Callee {
            row: r.get(0)?,
            name: text(4)?,
            phone: text(5)?,
            email: text(6)?,
            contact_id: text(7)?,
            country: text(8)?.as_deref().and_then(zones::country_code),
            zone: text(9)?
                .and_then(|z| z.parse::<Tz>().ok())
                .map(|tz| tz.name()),
            zone_from: from_word::<ZoneSource>(&json(10)?)?,
            data: serde_json::from_str(&json(11)?).unwrap_or_default(),
        },
        state: from_word(&json(1)?)?,
        attempts: r.get(2)?,
        next_at: text(3)?.as_deref().and_then(parse_instant),
        ending: text(13)?.as_deref().map(from_word).transpose()?,
        reason: text(14)?,
        cells: serde_json::from_str(&json(12)?).unwrap_or_default(),
    })
}

#[cfg(test)]
#[path = "campaigns_tests.rs"]
mod tests;
