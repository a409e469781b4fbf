//! A read-only view of a journal file, for looking at it while another [`super::CallJournal`]
//! holds it (tests, support tools): it takes no lock and never writes, so it repairs
//! nothing and attempts left "sending" still read as sending.

use super::entry::CallEntry;
use super::index::Index;
use super::{recovery, JournalError};
use std::path::Path;
use uuid::Uuid;

/// The entries a journal file holds, as read once.
#[derive(Debug)]
pub struct JournalSnapshot {
    index: Index,
}

impl JournalSnapshot {
    /// Reads the journal at `path` without locking or changing it; a missing file reads
    /// as empty.
    pub fn read(path: impl AsRef<Path>) -> Result<Self, JournalError> {
        Ok(Self {
            index: recovery::read_only(path.as_ref())?,
        })
    }

    /// One attempt by request id.
    pub fn entry(&self, request_id: Uuid) -> Option<CallEntry> {
        self.index.get(&request_id).cloned()
    }
}
