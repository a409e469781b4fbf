//! The call store: the durable history of every call attempt, in one SQLite database
//! (`calls.sqlite3` in the data folder), written *before* the create-call POST leaves this
//! computer, so that Callboard can never forget a call it may have placed. This module is
//! the only place in Callboard that contains SQL.
//!
//! # Why SQLite, and how it keeps the journal's promises
//! The JSON-lines journal it replaces held every entry in memory and could answer a paged
//! or filtered question only by reading everything. SQLite answers those from indexes, and
//! gives the durability we need without us writing it: each `append` is one transaction
//! committed with `synchronous = FULL` in WAL mode (one fsync of the write-ahead log), so a
//! record is on disk when `append` returns, and a crash at any instant leaves the last
//! committed state (`tests/store_kill.rs` kills a writer hundreds of times). It is compiled
//! in (`rusqlite` with `bundled`), so no system library is needed on any OS; the schema is
//! versioned with `rusqlite_migration` (see `schema.rs`). A person can still read it:
//! `sqlite3 calls.sqlite3 "select created_at, contact_name, shown_state from attempts
//! order by created_at desc limit 20"`.
//!
//! One writer: `open` takes an OS-level exclusive lock on `<database>.lock` (`lock.rs`)
//! before it reads anything, and keeps it for the store's lifetime. What start-up repairs is
//! described in `recovery.rs`; the one-time import of `calls.journal` is [`import`].

mod campaign_run;
mod campaign_view;
mod campaigns;
mod codec;
mod do_not_call;
mod error;
mod files;
mod filter;
pub mod import;
mod lock;
mod read;
mod recovery;
mod schema;
mod snapshot;
mod write;

pub use campaign_run::{OpenRow, RowUpdate};
pub use campaign_view::TallyCell;
pub use campaigns::{CampaignState, CampaignSummary, NewCampaign, RowState, StoredRow};
pub use do_not_call::{read_do_not_call, DoNotCallEntry};
pub use error::StoreError;
pub use recovery::{MovedAside, OpenReport};
pub use snapshot::StoreSnapshot;

use crate::call_query::{CallQuery, PageRequest};
use crate::calls::{CallEntry, JournalRecord};
use crate::clock::{Clock, SystemClock};
use chrono::{DateTime, Utc};
use lock::WriterLock;
use read::History;
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use uuid::Uuid;

/// The store's file name in the data folder.
pub const STORE_FILE_NAME: &str = "calls.sqlite3";

/// How to open a store.
#[derive(Clone)]
pub struct StoreOptions {
    /// Timestamps for records the store writes itself (interrupted attempts) and for the
    /// names of files it moves aside.
    pub clock: Arc<dyn Clock>,
    /// A cap on the database's size: a write that would grow it beyond this fails exactly
    /// as on a full disk ([`StoreError::DiskFull`]). `None` in the app; tests use it to
    /// simulate a full disk portably.
    pub max_size_bytes: Option<u64>,
}

impl Default for StoreOptions {
    fn default() -> Self {
        Self {
            clock: Arc::new(SystemClock),
            max_size_bytes: None,
        }
    }
}

/// The durable call history. Thread-safe: share it with `Arc`.
pub struct CallStore {
    path: PathBuf,
    conn: Mutex<Connection>,
    clock: Arc<dyn Clock>,
    /// How many attempts the store holds, once counted ([`UNCOUNTED`] before): every list
    /// page shows it, and counting 100,000 rows each time cost ≈ 10 ms. Read and changed
    /// only while the connection is held, so it always agrees with the rows.
    total: AtomicUsize,
    /// Held for the store's whole life; dropping the store releases it.
    _lock: WriterLock,
}

/// [`CallStore::total`] before the first count.
const UNCOUNTED: usize = usize::MAX;

impl std::fmt::Debug for CallStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallStore")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl CallStore {
    /// Opens (or creates) the store at `path` with the system clock.
    pub fn open_default(path: impl AsRef<Path>) -> Result<(Self, OpenReport), StoreError> {
        Self::open(path, StoreOptions::default())
    }

    /// Opens (or creates, with its folders) the store at `path`.
    ///
    /// Never fails because of the file's *content*: a file that isn't ours or is damaged
    /// is moved aside and reported. Fails when another Callboard holds the store
    /// ([`StoreError::AlreadyOpen`]), when a newer Callboard wrote it
    /// ([`StoreError::NewerVersion`]), or on an I/O failure (no permission, no disk).
    pub fn open(
        path: impl AsRef<Path>,
        options: StoreOptions,
    ) -> Result<(Self, OpenReport), StoreError> {
        let path = path.as_ref().to_path_buf();
        if path.is_dir() {
            // Not a file: refuse before a lock file appears beside the folder.
            return Err(StoreError::open(std::io::Error::other(
                "the call history path is a folder",
            )));
        }
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(StoreError::open)?;
        }
        // The lock comes first: nothing is read or repaired without it.
        let lock = take_lock(&path)?;
        let (conn, report) = recovery::open(&path, options.clock.as_ref())?;
        if let Some(bytes) = options.max_size_bytes {
            let page: u64 = conn
                .query_row("PRAGMA page_size", [], |r| r.get(0))
                .map_err(StoreError::open)?;
            conn.pragma_update(None, "max_page_count", (bytes / page.max(1)).max(1))
                .map_err(StoreError::open)?;
        }
        let store = Self {
            path,
            conn: Mutex::new(conn),
            clock: options.clock,
            total: AtomicUsize::new(UNCOUNTED),
            _lock: lock,
        };
        Ok((store, report))
    }

    /// From now on every write fails as on a disk that became read-only (SQLite's
    /// `query_only`, so SQLITE_READONLY): tests use it to check that nothing is sent when
    /// the attempt can't be recorded. Not for the app.
    #[doc(hidden)]
    pub fn simulate_read_only_disk(&self) {
        let _ = self.conn().pragma_update(None, "query_only", true);
    }

    /// From now on every read of the call log fails as on a damaged file (its main table
    /// is renamed away): tests use it to check that lists say so instead of showing an
    /// empty log. Not for the app.
    #[doc(hidden)]
    pub fn simulate_damaged_file(&self) {
        let _ = self
            .conn()
            .execute_batch("ALTER TABLE attempts RENAME TO attempts_damaged");
        self.forget_total();
    }

    /// Makes the next count read the rows again (after the journal import).
    fn forget_total(&self) {
        self.total.store(UNCOUNTED, Ordering::SeqCst);
    }

    /// Where the database lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Records `record` and returns once it is on disk (the commit's fsync).
    ///
    /// The journal's rules hold: a second Sending for one request id is
    /// [`StoreError::DuplicateRequest`]; any other record needs the attempt's Sending first
    /// ([`StoreError::UnknownRequest`]); a server call already owned by another attempt is
    /// [`StoreError::CallAlreadyClaimed`]. On any error nothing was written.
    pub fn append(&self, record: &JournalRecord) -> Result<(), StoreError> {
        self.append_all(std::slice::from_ref(record))
    }

    /// Records several records in one transaction: all of them or none, one fsync.
    pub fn append_all(&self, records: &[JournalRecord]) -> Result<(), StoreError> {
        self.append_with(records, |_| Ok(()))
    }

    /// Records `records` and then runs `more` in the same transaction: all or nothing.
    pub(crate) fn append_with(
        &self,
        records: &[JournalRecord],
        more: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<(), StoreError>,
    ) -> Result<(), StoreError> {
        let mut conn = self.conn();
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(StoreError::write)?;
        for record in records {
            write::append(&tx, record)?;
        }
        more(&tx)?;
        tx.commit().map_err(StoreError::write)?;
        let added = records
            .iter()
            .filter(|r| matches!(r, JournalRecord::Sending { .. }))
            .count();
        // Still under the connection's lock, as every change of the count.
        let _ = self
            .total
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |total| {
                (total != UNCOUNTED).then(|| total + added)
            });
        Ok(())
    }

    /// One attempt by request id, in full: the whole status history and the transcript.
    pub fn entry(&self, request_id: Uuid) -> Option<CallEntry> {
        let conn = self.conn();
        logged(read::by_request_id(&conn, request_id, History::Full))
            .flatten()
            .map(|(_, e)| e)
    }

    /// The newest attempt at this contact with this agent started at or after `since`
    /// that may have dialed (rejected and never-sent attempts did not), in full.
    pub fn recent_for(
        &self,
        contact_id: &str,
        agent_id: &str,
        since: DateTime<Utc>,
    ) -> Option<CallEntry> {
        logged(read::recent_for(&self.conn(), contact_id, agent_id, since)).flatten()
    }

    /// The attempt that already owns server call `call_id` (its POST returned it, or a
    /// reconciliation matched it), if any.
    pub fn call_claimed_by(&self, call_id: &str) -> Option<Uuid> {
        logged(read::claimed_by(&self.conn(), call_id)).flatten()
    }

    /// The attempts due for a status check at `now` (by the rule in
    /// [`crate::placement::status_poll`]), the most overdue first, at most
    /// [`Self::DUE_BATCH`], in full. Read from a partial index of the due times of unsettled
    /// attempts: a tick costs what it checks, not what is being followed; the rest stay due
    /// for the next tick.
    pub fn due_for_check(&self, now: DateTime<Utc>) -> Vec<CallEntry> {
        let mut out = Vec::new();
        let conn = self.conn();
        logged(read::due(&conn, now, Self::DUE_BATCH, |e| out.push(e)));
        out
    }

    /// How many attempts one [`Self::due_for_check`] returns at most: a status check is one
    /// request to Contactship, so more than this would not fit in one poll tick anyway.
    pub const DUE_BATCH: usize = 100;

    /// One page of the attempts `q` matches, newest first (`created_at`, then the order
    /// they were recorded in).
    ///
    /// Rows are list rows: each carries only its **latest** status snapshot, without the
    /// transcript (`status_history` has at most one element). That is all a Recent calls row
    /// shows; read [`Self::entry`] for the details drawer.
    pub fn page(&self, q: &CallQuery, p: PageRequest) -> Result<Vec<CallEntry>, StoreError> {
        let mut out = Vec::with_capacity(p.limit);
        let conn = self.conn();
        read::matching(
            &conn,
            &filter::filter(q),
            Some((p.offset, p.limit)),
            History::Latest,
            |e| out.push(e),
        )
        .map_err(StoreError::read)?;
        Ok(out)
    }

    /// How many attempts `q` matches.
    ///
    /// Unlike the lookups the placing code makes (which log a failed read and answer "not
    /// known"), a list must not show a damaged store as an empty one: these say it failed.
    pub fn count(&self, q: &CallQuery) -> Result<usize, StoreError> {
        let f = filter::filter(q);
        let conn = self.conn();
        let everything = f.sql.is_empty();
        if everything {
            match self.total.load(Ordering::SeqCst) {
                UNCOUNTED => {}
                total => return Ok(total),
            }
        }
        let n = read::count(&conn, &f).map_err(StoreError::read)?;
        if everything {
            self.total.store(n, Ordering::SeqCst);
        }
        Ok(n)
    }

    /// Calls `f` for every attempt `q` matches, newest first, without collecting them (CSV
    /// export). Entries are list rows, as in [`Self::page`]. The store is busy (appends
    /// wait) until it returns. Returns how many were visited.
    pub fn for_each_matching(
        &self,
        q: &CallQuery,
        mut f: impl FnMut(&CallEntry),
    ) -> Result<usize, StoreError> {
        let mut n = 0;
        let conn = self.conn();
        read::matching(&conn, &filter::filter(q), None, History::Latest, |e| {
            n += 1;
            f(&e);
        })
        .map_err(StoreError::read)?;
        Ok(n)
    }

    /// Every agent in the log as `(agent_id, agent_name)`, the name from its newest attempt,
    /// sorted by name (the Recent calls filter lists them).
    pub fn agents(&self) -> Vec<(String, String)> {
        let mut agents = logged(read::agents(&self.conn())).unwrap_or_default();
        agents.sort_by_cached_key(|(id, name)| (crate::call_query::fold(name), id.clone()));
        agents
    }

    /// How many attempts the store holds (0, logged, when the store can't be read).
    pub fn len(&self) -> usize {
        logged(read::count(
            &self.conn(),
            &filter::filter(&CallQuery::default()),
        ))
        .unwrap_or(0)
    }

    /// Whether no attempt was ever recorded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn conn(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the connection cannot leave half a record: an unfinished
        // transaction is rolled back when it is dropped.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// A read's value, or `None` with the failure logged: the readers' contract is "what is
/// known", and a read that fails (a damaged page) must not take the app down.
fn logged<T>(result: rusqlite::Result<T>) -> Option<T> {
    match result {
        Ok(v) => Some(v),
        Err(e) => {
            tracing::error!(error = %e, "reading the call store failed");
            None
        }
    }
}

fn take_lock(path: &Path) -> Result<WriterLock, StoreError> {
    match WriterLock::acquire(path) {
        Ok(Ok(lock)) => Ok(lock),
        Ok(Err(holder)) => Err(StoreError::AlreadyOpen {
            holder: match holder.pid {
                Some(pid) => crate::t!("store-holder-process", pid = pid),
                None => crate::t!("store-holder-window"),
            },
            lock_path: lock::lock_path(path),
        }),
        Err(source) => Err(StoreError::open(source)),
    }
}
