//! Store recovery: opening whatever is at the store's path at start-up, never writing into
//! a file that is not ours and never losing an acknowledged record.
//!
//! What may be there, and what happens:
//! - nothing, or an empty file: a new database is created;
//! - our database after a crash (even SIGKILL mid-commit): SQLite replays the write-ahead
//!   log up to the last complete commit; an unfinished transaction is discarded (it was
//!   never acknowledged, because `append` returns only after the commit's fsync);
//! - a file that is not a SQLite database, or another program's SQLite database (a
//!   different `application_id`, or tables but no id): moved aside unchanged
//!   (`.not-callboard-<stamp>`, with its `-wal`/`-shm` files) and a new store is started;
//! - our database, damaged so that its schema can't be read (SQLite says "corrupt" or
//!   "not a database"): moved aside as `.damaged-<stamp>` the same way;
//! - a database from a newer Callboard (a schema version this build doesn't know): refused
//!   with [`StoreError::NewerVersion`], untouched;
//! - attempts still "sending" (the app stopped between the Sending row and the outcome):
//!   recorded as "outcome unknown" in one transaction.

use super::files;
use super::schema::{self, APPLICATION_ID};
use super::{write, StoreError};
use crate::calls::{JournalRecord, Outcome};
use crate::clock::Clock;
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// Why a file was moved out of the store's way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MovedAside {
    /// It was not a Callboard call history (another kind of file, or another program's
    /// database).
    NotCallboard,
    /// It was Callboard's, but too damaged to read.
    Damaged,
}

/// What opening the store found and did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenReport {
    /// A new, empty database was created.
    pub created: bool,
    /// The schema version the file had, when it was migrated to a newer one.
    pub migrated_from: Option<usize>,
    /// Attempts that were still "sending" and are now "outcome unknown".
    pub interrupted: usize,
    /// Where a file that was in the store's place went (unchanged), and why.
    pub moved_aside: Option<(PathBuf, MovedAside)>,
}

impl OpenReport {
    /// Sentences for the person about anything unusual the open did, if anything.
    pub fn notices(&self) -> Vec<String> {
        let mut notices = Vec::new();
        if let Some((aside, why)) = &self.moved_aside {
            let name = aside.file_name().unwrap_or_default().to_string_lossy();
            notices.push(match why {
                MovedAside::NotCallboard => {
                    crate::t!("store-moved-aside-not-callboard", file = &*name)
                }
                MovedAside::Damaged => crate::t!("store-moved-aside-damaged", file = &*name),
            });
        }
        if self.interrupted > 0 {
            notices.push(crate::t!("store-interrupted", count = self.interrupted));
        }
        notices
    }
}

/// What is in the file, read without writing to it.
enum Found {
    /// No schema at all: ours to create.
    Empty,
    /// Callboard's, at this schema version.
    Ours(usize),
    Foreign,
    Damaged,
}

/// Opens the database at `path` (the caller holds the writer lock), moving aside what is
/// not ours, migrating and repairing as the module documentation lists.
pub(crate) fn open(path: &Path, clock: &dyn Clock) -> Result<(Connection, OpenReport), StoreError> {
    let mut report = OpenReport::default();
    let (mut conn, version) = loop {
        let conn = connect(path)?;
        let why = match inspect(&conn)? {
            Found::Ours(v) if v > schema::LATEST => {
                return Err(StoreError::NewerVersion {
                    found: v,
                    supported: schema::LATEST,
                })
            }
            Found::Ours(v) => match prepare(conn, v) {
                Ok(conn) => break (conn, v),
                Err(e) if is_damage(&e) => MovedAside::Damaged,
                Err(e) => return Err(StoreError::open(e)),
            },
            Found::Empty => match prepare(conn, 0) {
                Ok(conn) => break (conn, 0),
                Err(e) if is_damage(&e) => MovedAside::Damaged,
                Err(e) => return Err(StoreError::open(e)),
            },
            Found::Foreign => MovedAside::NotCallboard,
            Found::Damaged => MovedAside::Damaged,
        };
        if report.moved_aside.is_some() {
            // The fresh file we just created is unusable too: that is not about content.
            return Err(StoreError::open(std::io::Error::other(
                "a new database could not be created",
            )));
        }
        let aside = move_aside(path, why, clock)?;
        tracing::warn!(aside = %aside.display(), ?why, "the call store was not usable; moved it aside");
        report.moved_aside = Some((aside, why));
    };
    report.created = version == 0;
    report.migrated_from = (version > 0 && version < schema::LATEST).then_some(version);
    report.interrupted = mark_interrupted(&mut conn, clock)?;
    Ok((conn, report))
}

fn connect(path: &Path) -> Result<Connection, StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Connection::open_with_flags(path, flags).map_err(StoreError::open)
}

/// Reads the header fields and the schema size: no write happens before we know the file
/// is ours.
fn inspect(conn: &Connection) -> Result<Found, StoreError> {
    let read = || -> rusqlite::Result<(i32, i64, usize)> {
        let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let objects: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        let version: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok((app, objects, version))
    };
    match read() {
        Ok((APPLICATION_ID, _, version)) => Ok(Found::Ours(version)),
        Ok((0, 0, 0)) => Ok(Found::Empty),
        Ok(_) => Ok(Found::Foreign),
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) => Ok(Found::Foreign),
        Err(e) if is_damage(&e) => Ok(Found::Damaged),
        Err(e) => Err(StoreError::open(e)),
    }
}

fn is_damage(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
    )
}

/// Turns on WAL and the writer's settings, stamps a new file as ours and migrates.
fn prepare(mut conn: Connection, version: usize) -> rusqlite::Result<Connection> {
    schema::configure_writer(&conn)?;
    if version == 0 {
        conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    schema::migrations()
        .to_latest(&mut conn)
        .map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => err,
            other => rusqlite::Error::ToSqlConversionFailure(Box::new(other)),
        })?;
    Ok(conn)
}

/// Renames the file and its write-ahead log and shared-memory files together (a WAL left
/// behind would be replayed into the new database).
fn move_aside(path: &Path, why: MovedAside, clock: &dyn Clock) -> Result<PathBuf, StoreError> {
    let label = match why {
        MovedAside::NotCallboard => "not-callboard",
        MovedAside::Damaged => "damaged",
    };
    let stamp = Some(clock.now().timestamp());
    let aside = files::move_aside(path, label, stamp).map_err(StoreError::open)?;
    for suffix in ["-wal", "-shm"] {
        let side = files::with_suffix(path, suffix);
        if side.exists() {
            std::fs::rename(&side, files::with_suffix(&aside, suffix)).map_err(StoreError::open)?;
        }
    }
    Ok(aside)
}

/// Records "outcome unknown" for every attempt still "sending", in one transaction.
fn mark_interrupted(conn: &mut Connection, clock: &dyn Clock) -> Result<usize, StoreError> {
    let pending: Vec<String> = (|| {
        let mut stmt = conn.prepare(
            // `shown_state` is 'sending' exactly when `state` is (ShownState::of), and is
            // indexed with created_at.
            "SELECT request_id FROM attempts WHERE shown_state = 'sending' ORDER BY created_at",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<Vec<String>>>()
    })()
    .map_err(StoreError::open)?;
    if pending.is_empty() {
        return Ok(0);
    }
    let at = clock.now();
    let tx = conn
        .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
        .map_err(StoreError::write)?;
    for id in &pending {
        let Ok(request_id) = Uuid::parse_str(id) else {
            continue;
        };
        let record = JournalRecord::Outcome {
            request_id,
            at,
            outcome: interrupted(),
        };
        write::append(&tx, &record)?;
    }
    tx.commit().map_err(StoreError::write)?;
    Ok(pending.len())
}

/// The outcome of an attempt that was interrupted while sending.
pub(crate) fn interrupted() -> Outcome {
    Outcome::OutcomeUnknown {
        code: "interrupted".into(),
        // Recorded in the language of the start-up that found it (the store keeps the text).
        message: crate::t!("store-interrupted-attempt"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{with_locale, Locale};

    #[test]
    fn interrupted_attempts_are_counted_in_each_language_with_its_plural() {
        let report = |n| OpenReport {
            interrupted: n,
            ..OpenReport::default()
        };
        assert_eq!(
            with_locale(Locale::Es, || report(1).notices()),
            ["Callboard se cerró mientras se enviaba 1 llamada. Quedó marcada como “resultado desconocido”: revise antes de volver a llamar."]
        );
        assert_eq!(
            with_locale(Locale::PtBr, || report(3).notices()),
            ["O Callboard fechou enquanto 3 ligações estavam sendo enviadas. Elas foram marcadas como “resultado desconhecido”: confira antes de ligar de novo."]
        );
        assert_eq!(
            report(2).notices(),
            ["Callboard closed while 2 calls were being sent. They are marked “outcome unknown”: check before calling again."]
        );
    }
}
