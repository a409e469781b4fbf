//! What a running campaign writes: each row's progress, in the same transaction as the call
//! records it goes with. The attempt's "sending" record and its row turning `placing` commit
//! together before the POST leaves, so after a crash the store never holds one without the
//! other; the POST's answer and the row's next state commit together too.

use super::campaigns::{from_word, stored_row, word, ROW_COLUMNS};
use super::codec::{instant_text, parse_instant};
use super::{CallStore, CampaignState, CampaignSummary, RowState, StoreError, StoredRow};
use crate::calls::JournalRecord;
use crate::campaign::Ending;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use rusqlite::{params, OptionalExtension};
use uuid::Uuid;

/// A row's new progress, to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowUpdate {
    pub row: u32,
    pub state: RowState,
    pub attempts: u32,
    pub next_at: Option<DateTime<Utc>>,
    pub ending: Option<Ending>,
    pub reason: Option<String>,
    /// The attempt recorded with this update that belongs to the row.
    pub request_id: Option<Uuid>,
}

/// A row still in play, as a run starts or resumes from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenRow {
    pub row: u32,
    /// None when the stored zone is not one this build knows (the row is skipped).
    pub zone: Option<Tz>,
    pub state: RowState,
    pub attempts: u32,
    pub next_at: Option<DateTime<Utc>>,
    /// Its latest attempt, when it has one.
    pub request_id: Option<Uuid>,
}

impl CallStore {
    /// Records `records` and the rows' `updates` of `campaign` in one transaction.
    pub fn record_campaign(
        &self,
        campaign: Uuid,
        records: &[JournalRecord],
        updates: &[RowUpdate],
    ) -> Result<(), StoreError> {
        let id = campaign.to_string();
        self.append_with(records, |tx| {
            let mut row = tx
                .prepare_cached(
                    "UPDATE campaign_rows SET state = ?3, attempts = ?4, next_at = ?5,
                        ending = coalesce(?6, ending), reason = ?7
                     WHERE campaign_id = ?1 AND row = ?2",
                )
                .map_err(StoreError::write)?;
            let mut link = tx
                .prepare_cached(
                    "UPDATE attempts SET campaign_id = ?1, campaign_row = ?2 WHERE request_id = ?3",
                )
                .map_err(StoreError::write)?;
            for u in updates {
                row.execute(params![
                    id,
                    u.row,
                    word(u.state),
                    u.attempts,
                    u.next_at.map(instant_text),
                    u.ending.map(word),
                    u.reason,
                ])
                .map_err(StoreError::write)?;
                if let Some(request_id) = u.request_id {
                    link.execute(params![id, u.row, request_id.to_string()])
                        .map_err(StoreError::write)?;
                }
            }
            Ok(())
        })
    }

    /// Sets where a campaign stands.
    pub fn set_campaign_state(
        &self,
        campaign: Uuid,
        state: CampaignState,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let changed = self
            .conn()
            .execute(
                "UPDATE campaigns SET state = ?2, updated_at = ?3 WHERE id = ?1",
                params![campaign.to_string(), word(state), instant_text(at)],
            )
            .map_err(StoreError::write)?;
        if changed == 0 {
            return Err(StoreError::NoSuchCampaign {
                name: campaign.to_string(),
            });
        }
        Ok(())
    }

    /// The campaign called `name` (in any letter case), or with that id.
    pub fn find_campaign(&self, name: &str) -> Result<CampaignSummary, StoreError> {
        named(self.campaigns()?, name)
    }

    /// One row of a campaign.
    pub fn campaign_row(&self, campaign: Uuid, row: u32) -> Result<Option<StoredRow>, StoreError> {
        self.conn()
            .prepare_cached(&format!(
                "{ROW_COLUMNS} WHERE campaign_id = ?1 AND row = ?2"
            ))
            .and_then(|mut s| {
                s.query_row(params![campaign.to_string(), row], stored_row)
                    .optional()
            })
            .map_err(StoreError::read)
    }

    /// When the campaign's attempts since `since` were recorded, oldest first (a resumed run
    /// keeps the pace of the minute before the restart).
    pub fn campaign_attempts_since(
        &self,
        campaign: Uuid,
        since: DateTime<Utc>,
    ) -> Result<Vec<DateTime<Utc>>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT created_at FROM attempts WHERE campaign_id = ?1 AND created_at >= ?2
                 ORDER BY created_at",
            )
            .map_err(StoreError::read)?;
        let times = stmt
            .query_map(params![campaign.to_string(), instant_text(since)], |r| {
                r.get::<_, String>(0)
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<String>>>())
            .map_err(StoreError::read)?;
        Ok(times.iter().filter_map(|t| parse_instant(t)).collect())
    }

    /// Saves the Contactship contact a row was matched to or created as.
    pub fn set_row_contact(
        &self,
        campaign: Uuid,
        row: u32,
        contact_id: &str,
    ) -> Result<(), StoreError> {
        self.conn()
            .execute(
                "UPDATE campaign_rows SET contact_id = ?3 WHERE campaign_id = ?1 AND row = ?2",
                params![campaign.to_string(), row, contact_id],
            )
            .map(drop)
            .map_err(StoreError::write)
    }

    /// The rows still in play (waiting, placing, active, unknown), each with its latest
    /// attempt. Read through the index of open rows: a campaign of 100,000 rows with a few
    /// hundred left reads a few hundred.
    pub fn open_rows(&self, campaign: Uuid) -> Result<Vec<OpenRow>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT r.row, r.zone, r.state, r.attempts, r.next_at,
                    (SELECT a.request_id FROM attempts a
                      WHERE a.campaign_id = r.campaign_id AND a.campaign_row = r.row
                        AND a.campaign_row IS NOT NULL
                      ORDER BY a.id DESC LIMIT 1)
                 FROM campaign_rows r
                 WHERE r.campaign_id = ?1
                   AND r.state IN ('waiting', 'placing', 'active', 'unknown')
                 ORDER BY r.row",
            )
            .map_err(StoreError::read)?;
        let rows = stmt
            .query_map([campaign.to_string()], |r| {
                let zone: Option<String> = r.get(1)?;
                let next_at: Option<String> = r.get(4)?;
                let request: Option<String> = r.get(5)?;
                Ok(OpenRow {
                    row: r.get(0)?,
                    zone: zone.and_then(|z| z.parse().ok()),
                    state: from_word(&r.get::<_, String>(2)?)?,
                    attempts: r.get(3)?,
                    next_at: next_at.as_deref().and_then(parse_instant),
                    request_id: request.and_then(|t| Uuid::parse_str(&t).ok()),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(StoreError::read)?;
        Ok(rows)
    }
}

/// The campaign of `list` called `name` (in any letter case, spaces around ignored) or with
/// that id: the one rule for naming a campaign, in the app and the CLI.
pub(super) fn named(list: Vec<CampaignSummary>, name: &str) -> Result<CampaignSummary, StoreError> {
    let wanted = name.trim();
    let lower = wanted.to_lowercase();
    list.into_iter()
        .find(|c| c.name.to_lowercase() == lower || c.id.to_string() == lower)
        .ok_or_else(|| StoreError::NoSuchCampaign {
            name: wanted.to_owned(),
        })
}
