//! Reading a campaign for its screen and its results: rows counted by where they stand
//! (one grouped query, so a 100,000-row campaign is counted without reading its rows) and
//! the attempts each row made.

use super::campaigns::from_word;
use super::codec::instant_text;
use super::{read, CallStore, RowState, StoreError};
use crate::calls::CallEntry;
use crate::campaign::Ending;
use chrono::{DateTime, Utc};
use rusqlite::params;
use uuid::Uuid;

/// How many rows of a campaign share a state, an ending and whether they are due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TallyCell {
    pub state: RowState,
    /// Set for `Done` rows (and kept on a waiting row that will be retried).
    pub ending: Option<Ending>,
    /// A waiting row's time has come (no `next_at`, or one not after now); it waits only
    /// for the pace, the cap or its window.
    pub due: bool,
    pub count: u32,
}

impl CallStore {
    /// `campaign`'s rows counted by state, ending and due-ness at `now`.
    pub fn campaign_tally(
        &self,
        campaign: Uuid,
        now: DateTime<Utc>,
    ) -> Result<Vec<TallyCell>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT state, ending, (next_at IS NULL OR next_at <= ?2) AS due, count(*)
                 FROM campaign_rows WHERE campaign_id = ?1 GROUP BY 1, 2, 3",
            )
            .map_err(StoreError::read)?;
        let cells = stmt
            .query_map(params![campaign.to_string(), instant_text(now)], |r| {
                Ok(TallyCell {
                    state: from_word(&r.get::<_, String>(0)?)?,
                    ending: r
                        .get::<_, Option<String>>(1)?
                        .as_deref()
                        .map(from_word)
                        .transpose()?,
                    due: r.get(2)?,
                    count: r.get(3)?,
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(StoreError::read)?;
        Ok(cells)
    }

    /// The attempts of rows `first..=last` of `campaign`, as `(row, attempt)`, by row and
    /// oldest first.
    pub fn campaign_row_attempts(
        &self,
        campaign: Uuid,
        first: u32,
        last: u32,
    ) -> Result<Vec<(u32, CallEntry)>, StoreError> {
        let mut found = Vec::new();
        read::campaign_attempts(&self.conn(), campaign, (first, last), |row, entry| {
            found.push((row, entry));
        })
        .map_err(StoreError::read)?;
        Ok(found)
    }

    /// The rows handed over and not final yet (placing, active) with their latest attempt's
    /// request id: at most the campaign's cap, read from the row index.
    pub fn campaign_handed_over(&self, campaign: Uuid) -> Result<Vec<(u32, Uuid)>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached(
                "SELECT r.row, a.request_id FROM campaign_rows r JOIN attempts a
                   ON a.id = (SELECT max(id) FROM attempts
                              WHERE campaign_id = ?1 AND campaign_row = r.row)
                 WHERE r.campaign_id = ?1 AND r.state IN ('placing', 'active')",
            )
            .map_err(StoreError::read)?;
        let rows = stmt
            .query_map([campaign.to_string()], |r| {
                let id: String = r.get(1)?;
                Ok((r.get(0)?, Uuid::parse_str(&id).unwrap_or_default()))
            })
            .and_then(|rows| rows.collect())
            .map_err(StoreError::read)?;
        Ok(rows)
    }

    /// How many rows `campaign` has.
    pub fn campaign_len(&self, campaign: Uuid) -> Result<u32, StoreError> {
        self.conn()
            .prepare_cached("SELECT count(*) FROM campaign_rows WHERE campaign_id = ?1")
            .and_then(|mut s| s.query_row([campaign.to_string()], |r| r.get(0)))
            .map_err(StoreError::read)
    }
}
