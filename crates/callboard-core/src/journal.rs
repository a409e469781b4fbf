//! The call journal: the durable history of every call attempt, written *before* the
//! create-call POST leaves this computer, so that Callboard can never forget a call it
//! may have placed.
//!
//! # Format: JSON lines with a checksum (not SQLite)
//! One record per line, `<crc32 of the JSON as 8 hex digits> <JSON>\n`, for example
//! `3f1c2a9b {"checked":{"request_id":"…","at":"2026-06-15T14:30:00Z"}}` (the record kind is
//! the outer key: externally tagged, which loads about 40 % faster than an inner `type`
//! field because serde need not buffer each record), appended and
//! `fsync`ed (`File::sync_data`) before `append` returns. We chose this over SQLite
//! because:
//! - it is readable with any text editor, which matters when a person asks "did we call
//!   her?";
//! - it needs no C dependency;
//! - append + fsync is exactly the durability we need (one writer, records only added);
//! - recovery is simple and testable: a line whose checksum or JSON is bad is skipped and
//!   counted, and a torn last line (a crash mid-write) is cut away on open.
//!
//! Compaction writes the live records to a temporary file in the same folder, fsyncs it,
//! renames it over the journal and fsyncs the folder, so a crash leaves the old file or
//! the new one, never a mix. A `tests/journal_kill.rs` test kills a writer process at
//! random points hundreds of times and checks that no acknowledged record is ever lost.
//!
//! Only one writer may hold a journal at a time: `open` takes an OS-level exclusive lock
//! on `<journal>.lock` (see `lock.rs`) before it reads anything, and keeps it for the
//! lifetime of the [`CallJournal`], so start-up repairs and compaction only ever happen
//! while it is held. What start-up repairs is described in `recovery.rs`.

mod codec;
mod entry;
mod error;
mod index;
mod lock;
mod lookup;
mod record;
mod recovery;
mod snapshot;
mod status;
mod storage;

pub use entry::{CallEntry, CallState, Reconciliation};
pub use error::JournalError;
pub use lookup::LookupSummary;
pub use record::{
    CallLabels, JournalRecord, MatchedBy, Outcome, RequestSummary, StatusSnapshot, TranscriptTurn,
};
pub use recovery::{LoadReport, TextEncoding};
pub use snapshot::JournalSnapshot;
pub use status::CallStatus;

use crate::clock::{Clock, SystemClock};
use index::Index;
use lock::WriterLock;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use uuid::Uuid;

/// How to open a journal.
#[derive(Clone)]
pub struct JournalOptions {
    /// Timestamps for records the journal writes itself (interrupted attempts).
    pub clock: Arc<dyn Clock>,
    /// Compact once at least this many records are superseded (and they are at least
    /// half as many as the live ones).
    pub compact_min_superseded: usize,
}

impl Default for JournalOptions {
    fn default() -> Self {
        Self {
            clock: Arc::new(SystemClock),
            compact_min_superseded: 2_000,
        }
    }
}

/// The durable call history. Thread-safe: share it with `Arc`.
pub struct CallJournal {
    path: PathBuf,
    options: JournalOptions,
    inner: Mutex<Inner>,
    /// Held for the journal's whole life; dropping the journal releases it.
    _lock: WriterLock,
}

struct Inner {
    file: File,
    /// Bytes of complete, written lines.
    len: u64,
    /// Records in the file (live and superseded).
    file_records: usize,
    index: Index,
}

impl std::fmt::Debug for CallJournal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallJournal")
            .field("path", &self.path)
            .field("entries", &self.len())
            .finish()
    }
}

impl CallJournal {
    /// Opens (or creates) the journal at `path` with default options.
    ///
    /// Never fails because of the file's *content*: damaged lines are skipped and
    /// reported, a foreign file is moved aside. Fails when another Callboard holds the
    /// journal ([`JournalError::AlreadyOpen`]) or on an I/O failure (no permission, no disk).
    pub fn open(path: impl AsRef<Path>) -> Result<(Self, LoadReport), JournalError> {
        Self::open_with(path, JournalOptions::default())
    }

    /// Opens (or creates) the journal at `path`.
    pub fn open_with(
        path: impl AsRef<Path>,
        options: JournalOptions,
    ) -> Result<(Self, LoadReport), JournalError> {
        let path = path.as_ref().to_path_buf();
        if path.is_dir() {
            // Not a file: refuse before a lock file appears beside the folder.
            let source = std::io::Error::other("the call history path is a folder");
            return Err(JournalError::Open { source });
        }
        // The lock comes first: nothing is read, repaired or compacted without it.
        let lock = match WriterLock::acquire(&path) {
            Ok(Ok(lock)) => lock,
            Ok(Err(holder)) => {
                return Err(JournalError::AlreadyOpen {
                    holder: match holder.pid {
                        Some(pid) => format!(
                            "another Callboard window, process {pid}, is using this call history"
                        ),
                        None => "another Callboard window is using this call history".into(),
                    },
                    lock_path: lock::lock_path(&path),
                })
            }
            Err(source) => return Err(JournalError::Open { source }),
        };
        let loaded = recovery::load(&path, options.clock.as_ref())?;
        let mut report = loaded.report;
        let journal = Self {
            path,
            inner: Mutex::new(Inner {
                file: loaded.file,
                len: loaded.len,
                file_records: loaded.file_records,
                index: loaded.index,
            }),
            options,
            _lock: lock,
        };
        // A re-encoded file is rewritten before anything is appended to it.
        if loaded.needs_rewrite {
            journal.compact_preserving(&mut report, "utf16")?;
        }
        report.interrupted = journal.mark_interrupted()?;
        if journal.should_compact() {
            journal.compact_preserving(&mut report, "damaged")?;
        }
        Ok((journal, report))
    }

    /// Compacts while opening, first keeping a copy of the file when the rewrite drops
    /// something from it (damaged lines, the original encoding).
    fn compact_preserving(&self, report: &mut LoadReport, label: &str) -> Result<(), JournalError> {
        let dropping = report.skipped > 0 || label != "damaged";
        if dropping && report.preserved.is_none() {
            let stamp = self.options.clock.now().timestamp();
            let copy = storage::preserve_copy(&self.path, label, stamp)
                .map_err(|source| JournalError::Open { source })?;
            report.preserved = Some(copy);
        }
        self.compact()?;
        report.compacted = true;
        Ok(())
    }

    /// Where the journal lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends `record` and returns once it is on disk.
    pub fn append(&self, record: &JournalRecord) -> Result<(), JournalError> {
        let mut inner = self.lock();
        Self::append_locked(&mut inner, record)?;
        let compact = self.superseded(&inner) >= 4 * self.options.compact_min_superseded.max(1)
            && self.should_compact_locked(&inner);
        if compact {
            // The record is already durable; a failed tidy-up only costs disk space.
            if let Err(e) = self.compact_locked(&mut inner) {
                tracing::warn!(error = %e, source = ?std::error::Error::source(&e), "journal compaction failed");
            }
        }
        Ok(())
    }

    /// All attempts, newest first.
    pub fn entries(&self) -> Vec<CallEntry> {
        self.lock().index.newest_first().cloned().collect()
    }

    /// Attempts that match `keep`, newest first; clones only those (the status poller asks
    /// for the few calls still in flight among thousands).
    pub fn entries_where(&self, keep: impl Fn(&CallEntry) -> bool) -> Vec<CallEntry> {
        self.lock()
            .index
            .newest_first()
            .filter(|e| keep(e))
            .cloned()
            .collect()
    }

    /// A page of attempts, newest first.
    pub fn entries_page(&self, offset: usize, limit: usize) -> Vec<CallEntry> {
        let inner = self.lock();
        inner
            .index
            .newest_first()
            .skip(offset)
            .take(limit)
            .cloned()
            .collect()
    }

    /// One attempt by request id.
    pub fn entry(&self, request_id: Uuid) -> Option<CallEntry> {
        self.lock().index.get(&request_id).cloned()
    }

    /// How many attempts the journal holds.
    pub fn len(&self) -> usize {
        self.lock().index.len()
    }

    /// Whether no attempt was ever recorded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Records in the file, superseded ones included (compaction shrinks this).
    pub fn file_record_count(&self) -> usize {
        self.lock().file_records
    }

    /// The newest attempt at this contact with this agent started at or after `since`
    /// that may have dialed.
    pub fn recent_for(
        &self,
        contact_id: &str,
        agent_id: &str,
        since: chrono::DateTime<chrono::Utc>,
    ) -> Option<CallEntry> {
        self.lock()
            .index
            .recent_for(contact_id, agent_id, since)
            .cloned()
    }

    /// The attempt that already owns server call `call_id` (its POST returned it, or a
    /// reconciliation matched it), if any.
    pub fn call_claimed_by(&self, call_id: &str) -> Option<Uuid> {
        self.lock().index.claimed_by(call_id)
    }

    /// Rewrites the file with only the live records (temp -> fsync -> rename -> fsync dir).
    pub fn compact(&self) -> Result<(), JournalError> {
        let mut inner = self.lock();
        self.compact_locked(&mut inner)
    }

    fn compact_locked(&self, inner: &mut Inner) -> Result<(), JournalError> {
        let compact = |source| JournalError::Compact { source };
        let mut lines = Vec::with_capacity(inner.index.len() * 2);
        for entry in inner.index.oldest_first() {
            for record in entry.live_records() {
                let line =
                    codec::encode_line(&record).map_err(|e| compact(std::io::Error::other(e)))?;
                lines.push(line);
            }
        }
        let count = lines.len();
        let len = storage::rewrite_atomically(&self.path, lines).map_err(compact)?;
        // The old handle points at the replaced file; appends must go to the new one.
        inner.file = storage::open_for_append(&self.path).map_err(compact)?;
        inner.len = len;
        inner.file_records = count;
        Ok(())
    }

    fn append_locked(inner: &mut Inner, record: &JournalRecord) -> Result<(), JournalError> {
        let request_id = record.request_id();
        let known = inner.index.contains(&request_id);
        match record {
            JournalRecord::Sending { .. } if known => {
                return Err(JournalError::DuplicateRequest { request_id })
            }
            JournalRecord::Sending { .. } => {}
            _ if !known => return Err(JournalError::UnknownRequest { request_id }),
            JournalRecord::Reconciled {
                call_id: Some(call_id),
                ..
            } => match inner.index.claimed_by(call_id) {
                Some(owner) if owner != request_id => {
                    return Err(JournalError::CallAlreadyClaimed { request_id, owner })
                }
                _ => {}
            },
            _ => {}
        }
        let write = |source| JournalError::Write { source };
        let line = codec::encode_line(record).map_err(|e| write(std::io::Error::other(e)))?;
        storage::append_durably(&inner.file, &line, inner.len).map_err(write)?;
        inner.len += line.len() as u64;
        inner.file_records += 1;
        inner.index.apply(record.clone());
        Ok(())
    }

    fn superseded(&self, inner: &Inner) -> usize {
        inner
            .file_records
            .saturating_sub(inner.index.live_record_count())
    }

    fn should_compact(&self) -> bool {
        self.should_compact_locked(&self.lock())
    }

    fn should_compact_locked(&self, inner: &Inner) -> bool {
        let superseded = self.superseded(inner);
        superseded >= self.options.compact_min_superseded
            && superseded * 2 >= inner.index.live_record_count()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave a half-applied record: the index is
        // only touched after the write succeeded.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}
