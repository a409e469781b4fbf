//! A read-only view of a store's database, for looking at what is on disk while a
//! [`super::CallStore`] holds it (tests, support tools): it takes no lock and never writes,
//! so it repairs nothing and attempts left "sending" still read as sending. SQLite's WAL
//! mode lets it read the last committed state while the writer goes on.

use super::read::{self, History};
use super::StoreError;
use crate::calls::CallEntry;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use uuid::Uuid;

/// A read-only connection to a store's database.
#[derive(Debug)]
pub struct StoreSnapshot {
    conn: Connection,
}

impl StoreSnapshot {
    /// Opens the database at `path` for reading only (it must exist).
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(StoreError::open)?;
        conn.busy_timeout(super::schema::BUSY_TIMEOUT)
            .map_err(StoreError::open)?;
        Ok(Self { conn })
    }

    /// One attempt by request id, in full, as last committed.
    pub fn entry(&self, request_id: Uuid) -> Option<CallEntry> {
        read::by_request_id(&self.conn, request_id, History::Full)
            .ok()
            .flatten()
            .map(|(_, e)| e)
    }

    /// Every campaign, newest first, with its rows counted by state (what `campaign status`
    /// shows while a run holds the store).
    pub fn campaigns(&self) -> Result<Vec<super::CampaignSummary>, StoreError> {
        super::campaigns::summaries(&self.conn)
    }

    /// The campaign called `name` (in any letter case), or with that id, as
    /// [`super::CallStore::find_campaign`] finds it.
    pub fn find_campaign(&self, name: &str) -> Result<super::CampaignSummary, StoreError> {
        super::campaign_run::named(self.campaigns()?, name)
    }

    /// One page of the attempts `q` matches, newest first, as [`super::CallStore::page`]
    /// reads them (each with its latest status only).
    pub fn page(
        &self,
        q: &crate::call_query::CallQuery,
        p: crate::call_query::PageRequest,
    ) -> Result<Vec<CallEntry>, StoreError> {
        let mut out = Vec::with_capacity(p.limit);
        read::matching(
            &self.conn,
            &super::filter::filter(q),
            Some((p.offset, p.limit)),
            History::Latest,
            |e| out.push(e),
        )
        .map_err(StoreError::read)?;
        Ok(out)
    }

    /// How many attempts were committed.
    pub fn len(&self) -> usize {
        read::count(&self.conn, &super::filter::Filter::default()).unwrap_or(0)
    }

    /// Whether no attempt was committed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
