//! The one-time import of the old JSON-lines journal (`calls.journal`) into the store.
//!
//! On the first start after upgrading, [`import_journal`] reads every entry the journal
//! holds (status history, request ids, outcomes, reconciliation results), writes them all
//! in ONE transaction, and only then renames the file to `calls.journal.imported`. A crash
//! before the commit leaves the journal in place and nothing imported (the transaction is
//! discarded), so the next start imports it again; a crash after the commit but before the
//! rename finds every entry already present and just renames. A damaged journal imports
//! what is readable and the report says how much was skipped. This module and its
//! submodules are the only code that reads the journal format; nothing writes it anymore.

mod codec;
mod fold;
mod scan;

pub use scan::TextEncoding;

use super::lock::{self, WriterLock};
use super::{files, read, recovery, write, CallStore, StoreError};
use crate::calls::{CallState, JournalRecord};
use fold::Fold;
use rusqlite::{Connection, TransactionBehavior};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// The old journal's file name in the data folder.
pub const JOURNAL_FILE_NAME: &str = "calls.journal";

/// What the import found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Attempts written to the store.
    pub imported: usize,
    /// Attempts that were already in the store (an earlier import stopped before the
    /// rename) and were left as they were.
    pub already_present: usize,
    /// Good records read.
    pub records: usize,
    /// Damaged lines skipped (bad checksum or JSON).
    pub skipped_lines: usize,
    /// Whether the last line was unfinished (a crash mid-write) and left out.
    pub torn_tail: bool,
    /// Good records naming an attempt with no Sending record (left over from damage).
    pub orphaned: usize,
    /// Attempts the journal left "sending", imported as "outcome unknown".
    pub interrupted: usize,
    /// Attempts imported without their server call id because an earlier attempt already
    /// owns that call (possible only in a hand-edited journal).
    pub unlinked: usize,
    /// The text encoding the journal was found in.
    pub encoding: TextEncoding,
    /// Where the journal went: `calls.journal.imported`, or
    /// `calls.journal.not-callboard-<stamp>` when it wasn't a journal at all.
    pub moved_to: Option<PathBuf>,
    /// The file held nothing Callboard could read (nothing was imported).
    pub not_a_journal: bool,
}

impl ImportReport {
    /// Lines of the journal that could not be read.
    pub fn unreadable(&self) -> usize {
        self.skipped_lines + usize::from(self.torn_tail)
    }

    /// A sentence for the person about the import.
    pub fn notice(&self) -> String {
        use crate::t;
        let kept = self
            .moved_to
            .as_deref()
            .map_or_else(String::new, |p| t!("import-kept-as", file = name(p)));
        if self.not_a_journal {
            return t!("import-not-a-journal", kept = kept);
        }
        let mut text = t!("import-moved", count = self.imported + self.already_present);
        let bad = self.unreadable() + self.orphaned;
        if bad > 0 {
            text.push_str(&t!("import-damaged", count = bad));
        }
        if self.interrupted > 0 {
            text.push_str(&t!("import-interrupted", count = self.interrupted));
        }
        text.push_str(&kept);
        text
    }
}

fn name(p: &Path) -> String {
    p.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// Imports the journal at `journal_path` into `store`, if there is one (`Ok(None)` when
/// there isn't). On an error the journal is left where it was and nothing was imported.
pub fn import_journal(
    store: &CallStore,
    journal_path: impl AsRef<Path>,
) -> Result<Option<ImportReport>, StoreError> {
    let path = journal_path.as_ref();
    if !path.is_file() {
        return Ok(None);
    }
    // An older Callboard still running on this folder would go on appending to the journal.
    let journal_lock = match WriterLock::acquire(path) {
        Ok(Ok(held)) => held,
        Ok(Err(_)) => {
            return Err(StoreError::AlreadyOpen {
                holder: crate::t!("store-holder-earlier-version"),
                lock_path: lock::lock_path(path),
            })
        }
        Err(e) => return Err(StoreError::Import { source: e.into() }),
    };
    let bytes = files::read_all(path).map_err(|e| StoreError::Import { source: e.into() })?;
    let (text, encoding) = scan::to_utf8(&bytes);
    let mut fold = Fold::default();
    let found = scan::scan(&text, |record| fold.apply(record));
    let mut report = ImportReport {
        records: found.records,
        skipped_lines: found.skipped,
        torn_tail: found.tail > 0,
        orphaned: fold.orphans,
        encoding,
        ..ImportReport::default()
    };
    if scan::is_foreign(&text, &found) {
        let stamp = Some(store.clock.now().timestamp());
        let aside = files::move_aside(path, "not-callboard", stamp)
            .map_err(|e| StoreError::Import { source: e.into() })?;
        report.not_a_journal = true;
        report.moved_to = Some(aside);
        release(journal_lock, path);
        return Ok(Some(report));
    }
    write_all(store, fold, &mut report)?;
    let moved = files::move_aside(path, "imported", None)
        .map_err(|e| StoreError::Import { source: e.into() })?;
    tracing::info!(?report, "imported the call journal into the store");
    report.moved_to = Some(moved);
    release(journal_lock, path);
    Ok(Some(report))
}

/// Writes every folded entry in one transaction.
fn write_all(store: &CallStore, fold: Fold, report: &mut ImportReport) -> Result<(), StoreError> {
    let now = store.clock.now();
    let mut conn = store.conn();
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(StoreError::write)?;
    let total = fold.len();
    // Every attempt adds to six indexes at scattered places; with SQLite's default 2 MiB
    // page cache the pages of a 100,000-entry import were evicted and read back again and
    // again (the import grew much faster than its size). The cache may grow for the
    // import only; it is put back afterwards.
    tx.pragma_update(None, "cache_size", IMPORT_CACHE_KIB)
        .map_err(StoreError::write)?;
    // Building an index once from all the rows is much cheaper than updating it row by row,
    // so the indexes nothing below reads are dropped and made again before the commit (the
    // same transaction: a crash leaves them as they were).
    let rebuilt = write::drop_rebuildable_indexes(&tx).map_err(StoreError::write)?;
    // The usual import goes into a log that was just created: nothing in it can clash, so
    // the two lookups per entry that a repeated import needs (a fifth of the time at
    // 100,000 entries) are skipped, and call ids are kept unique here instead.
    let mut claims = match read::is_empty(&tx).map_err(StoreError::read)? {
        true => Claims::Fresh(HashSet::with_capacity(total)),
        false => Claims::InStore,
    };
    for mut entry in fold.into_oldest_first() {
        if claims.present(&tx, entry.request_id)? {
            report.already_present += 1;
            continue;
        }
        if entry.state == CallState::Sending {
            // What opening the journal would have done: it may have been sent.
            entry.apply(JournalRecord::Outcome {
                request_id: entry.request_id,
                at: now,
                outcome: recovery::interrupted(),
            });
            report.interrupted += 1;
        }
        let taken = match &entry.call_id {
            Some(call_id) => claims.call_id_taken(&tx, call_id)?,
            None => false,
        };
        write::insert_entry(&tx, &entry, taken).map_err(StoreError::write)?;
        report.unlinked += usize::from(taken);
        report.imported += 1;
    }
    debug_assert_eq!(report.imported + report.already_present, total);
    write::create_indexes(&tx, &rebuilt).map_err(StoreError::write)?;
    let committed = tx.commit().map_err(StoreError::write);
    store.forget_total();
    let _ = conn.pragma_update(None, "cache_size", DEFAULT_CACHE_KIB);
    committed
}

/// Which request and call ids the store already holds, during the import.
enum Claims {
    /// The store held nothing when the import began: the ids seen so far are all there is.
    Fresh(HashSet<String>),
    /// The store already had attempts (an import interrupted before its rename): ask it.
    InStore,
}

impl Claims {
    /// Whether this attempt is in the store already (the fold holds each request id once).
    fn present(&self, conn: &Connection, request_id: Uuid) -> Result<bool, StoreError> {
        match self {
            Claims::Fresh(_) => Ok(false),
            Claims::InStore => read::exists(conn, request_id).map_err(StoreError::read),
        }
    }

    /// Whether an attempt written before this one owns `call_id`; claims it if not.
    fn call_id_taken(&mut self, conn: &Connection, call_id: &str) -> Result<bool, StoreError> {
        match self {
            Claims::Fresh(seen) => Ok(!seen.insert(call_id.to_owned())),
            Claims::InStore => Ok(read::claimed_by(conn, call_id)
                .map_err(StoreError::read)?
                .is_some()),
        }
    }
}

/// The page cache while importing: up to 256 MiB (negative: KiB, SQLite's convention),
/// used only as far as the data needs.
const IMPORT_CACHE_KIB: i64 = -256 * 1024;
/// SQLite's default page cache, 2 MiB.
const DEFAULT_CACHE_KIB: i64 = -2000;

/// Lets go of the old journal's lock and removes its lock file (nothing uses it anymore).
fn release(held: WriterLock, journal: &Path) {
    drop(held);
    let _ = std::fs::remove_file(lock::lock_path(journal));
}
