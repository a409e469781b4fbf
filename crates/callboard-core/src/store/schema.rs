//! The database's tables, indexes and connection settings, and the migrations between
//! schema versions (`rusqlite_migration`, version in `PRAGMA user_version`).
//!
//! Migrations are append-only: a released version's SQL is never edited, a change is a new
//! entry at the end, and `tests` migrate a database created at version 1 up to the latest.
//!
//! Layout (readable with the `sqlite3` tool; every time is UTC text
//! `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ`, which sorts as time does):
//! - `attempts`: one row per request id: what was sent, its labels, and columns computed
//!   from the folded entry on every write (`state`, `shown_state`, `settled`,
//!   `search_text`, `call_id`, `last_checked`, `next_check_at`, `updated_at`) so that
//!   filters and the status poller run in SQL;
//! - `outcomes`, `reconciliations`: at most one row per attempt (the latest of each);
//! - `status_history`: every distinct status seen, oldest first by `id`;
//! - `campaigns`, `campaign_rows`: each campaign and one row per person on its list;
//! - `do_not_call`: numbers never to call, with the reason.

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};
use std::time::Duration;

/// Marks the file as Callboard's (`PRAGMA application_id`, the ASCII of "CBrd"), so a
/// SQLite file that belongs to another program is recognised and never written to.
pub(crate) const APPLICATION_ID: i32 = 0x4342_7264;

/// How long a statement waits for a lock held by another connection (a read-only
/// inspector such as `sqlite3`, or a checkpoint) before failing.
pub(crate) const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

const V1_CALL_LOG: &str = r#"
CREATE TABLE attempts (
    id              INTEGER PRIMARY KEY,
    request_id      TEXT NOT NULL UNIQUE,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    state           TEXT NOT NULL,
    shown_state     TEXT NOT NULL,
    settled         INTEGER NOT NULL CHECK (settled IN (0, 1)),
    search_text     TEXT NOT NULL,
    contact_id      TEXT NOT NULL,
    agent_id        TEXT NOT NULL,
    from_number_id  TEXT NOT NULL,
    contact_name    TEXT NOT NULL,
    contact_phone   TEXT NOT NULL,
    agent_name      TEXT NOT NULL,
    from_number     TEXT NOT NULL,
    when_label      TEXT NOT NULL,
    callee_zone     TEXT,
    contact_country TEXT,
    due_at          TEXT,
    body            TEXT NOT NULL,
    call_id         TEXT UNIQUE,
    last_checked    TEXT
) STRICT;

CREATE TABLE outcomes (
    attempt_id       INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
    at               TEXT NOT NULL,
    kind             TEXT NOT NULL
        CHECK (kind IN ('placed', 'rejected', 'not_sent', 'outcome_unknown')),
    call_id          TEXT,
    code             TEXT,
    message          TEXT,
    field            TEXT,
    retry_after_secs INTEGER
) STRICT;

CREATE TABLE reconciliations (
    attempt_id       INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
    at               TEXT NOT NULL,
    call_id          TEXT,
    matched_by       TEXT CHECK (matched_by IN ('request_id', 'contact_and_agent')),
    searched         INTEGER NOT NULL CHECK (searched IN (0, 1)),
    calls_read       INTEGER,
    oldest           TEXT,
    newest           TEXT,
    stopped_at_limit INTEGER,
    request_id_only  INTEGER
) STRICT;

CREATE TABLE status_history (
    id                   INTEGER PRIMARY KEY,
    attempt_id           INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
    at                   TEXT NOT NULL,
    seen_at              TEXT,
    call_status          TEXT NOT NULL,
    call_result          TEXT,
    duration             REAL,
    summary              TEXT,
    sentiment            TEXT,
    recording_url        TEXT,
    disconnection_reason TEXT,
    finished_at          TEXT,
    transcript           TEXT
) STRICT;

-- Newest first (the rowid after created_at is the stable tiebreak).
CREATE INDEX attempts_by_created ON attempts(created_at);
CREATE INDEX attempts_by_shown_state ON attempts(shown_state, created_at);
CREATE INDEX attempts_by_agent ON attempts(agent_id, created_at);
-- The duplicate guard: the same contact with the same agent, recently.
CREATE INDEX attempts_by_contact ON attempts(contact_id, agent_id, created_at);
-- The status poller reads only these (a few among many thousands).
CREATE INDEX attempts_unsettled ON attempts(created_at) WHERE settled = 0;
CREATE INDEX status_by_attempt ON status_history(attempt_id, id);
"#;

const V2_CAMPAIGNS: &str = r#"
-- Campaigns label the attempts they place; single calls have none.
ALTER TABLE attempts ADD COLUMN campaign_id TEXT;
CREATE INDEX attempts_by_campaign ON attempts(campaign_id, created_at)
    WHERE campaign_id IS NOT NULL;
"#;

const V3_POLL_SCHEDULE: &str = r#"
-- When the status poller next looks at the attempt (NULL: never: no call id, or settled),
-- computed on every write from the rule in placement::status_poll.
ALTER TABLE attempts ADD COLUMN next_check_at TEXT;
-- Calls that were being followed before the upgrade are checked at the first tick; each
-- check then sets its own next time.
UPDATE attempts SET next_check_at = created_at WHERE settled = 0 AND call_id IS NOT NULL;
-- The poller reads only the attempts that are due, however many are being followed.
CREATE INDEX attempts_due ON attempts(next_check_at)
    WHERE settled = 0 AND next_check_at IS NOT NULL;
-- Nothing reads all unsettled attempts any more (start-up finds those still "sending" by
-- shown_state); one index fewer is one page fewer written before every POST.
DROP INDEX attempts_unsettled;
"#;

const V4_CAMPAIGN_ROWS: &str = r#"
-- A campaign: its settings as JSON (read them with json_extract) and where it stands.
CREATE TABLE campaigns (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    state      TEXT NOT NULL
        CHECK (state IN ('ready', 'running', 'paused', 'cancelled', 'finished')),
    source     TEXT NOT NULL,
    settings   TEXT NOT NULL
) STRICT;

-- One row per person to call, keyed by the list's own row number; the callee as checked,
-- and the row's cells as read (the results export repeats them).
CREATE TABLE campaign_rows (
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    row         INTEGER NOT NULL,
    state       TEXT NOT NULL
        CHECK (state IN ('waiting', 'placing', 'active', 'done', 'skipped', 'unknown')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    next_at     TEXT,
    ending      TEXT,
    reason      TEXT,
    name        TEXT,
    phone       TEXT,
    email       TEXT,
    contact_id  TEXT,
    country     TEXT,
    zone        TEXT,
    zone_from   TEXT NOT NULL,
    data        TEXT NOT NULL,
    cells       TEXT NOT NULL,
    PRIMARY KEY (campaign_id, row)
) STRICT, WITHOUT ROWID;

-- The runner reads the rows still in play; finished ones are many and never read by it.
CREATE INDEX campaign_rows_open ON campaign_rows(campaign_id, state)
    WHERE state IN ('waiting', 'placing', 'active', 'unknown');
-- Which row of its campaign an attempt called.
ALTER TABLE attempts ADD COLUMN campaign_row INTEGER;

-- Numbers never to call (E.164), why, and since when.
CREATE TABLE do_not_call (
    phone    TEXT PRIMARY KEY,
    reason   TEXT NOT NULL,
    added_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
"#;

const V5_ROW_ATTEMPTS: &str = r#"
-- A row's latest attempt, read when a campaign resumes.
CREATE INDEX attempts_by_campaign_row ON attempts(campaign_id, campaign_row, id)
    WHERE campaign_row IS NOT NULL;
"#;

const STEPS: &[M<'static>] = &[
    M::up(V1_CALL_LOG).foreign_key_check(),
    M::up(V2_CAMPAIGNS).foreign_key_check(),
    M::up(V3_POLL_SCHEDULE).foreign_key_check(),
    M::up(V4_CAMPAIGN_ROWS).foreign_key_check(),
    M::up(V5_ROW_ATTEMPTS).foreign_key_check(),
];

/// Every schema version, oldest first.
pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::from_slice(STEPS)
}

/// The schema version this build writes.
pub(crate) const LATEST: usize = STEPS.len();

/// The settings every connection of the writer uses. `synchronous = FULL` makes each
/// commit wait for the write-ahead log to be fsynced: `append` returns only once the
/// record is on disk, which the Sending record before a create-call POST needs (and the
/// other records get for free, at the same one fsync per commit).
pub(crate) fn configure_writer(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(rusqlite::Error::InvalidQuery);
    }
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;",
    )?;
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_migrations_are_valid_and_end_at_the_latest_version() {
        migrations().validate().unwrap();
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let version: usize = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, LATEST);
    }

    #[test]
    fn the_poller_and_the_duplicate_guard_read_from_indexes_not_a_scan() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let plan = |sql: &str| -> String {
            let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let rows = stmt.query_map([], |r| r.get::<_, String>(3)).unwrap();
            rows.map(Result::unwrap).collect::<Vec<_>>().join("; ")
        };
        let due = plan(
            "SELECT id FROM attempts WHERE settled = 0 AND next_check_at IS NOT NULL \
             AND next_check_at <= '2026'",
        );
        assert!(due.contains("attempts_due"), "{due}");
        let sending = plan(
            "SELECT request_id FROM attempts WHERE shown_state = 'sending' ORDER BY created_at",
        );
        assert!(sending.contains("attempts_by_shown_state"), "{sending}");
        let guard = plan(
            "SELECT id FROM attempts WHERE contact_id = 'c' AND agent_id = 'a' \
             AND created_at >= '2026' ORDER BY created_at DESC, id DESC",
        );
        assert!(guard.contains("attempts_by_contact"), "{guard}");
        let page = plan("SELECT id FROM attempts ORDER BY created_at DESC, id DESC LIMIT 50");
        assert!(
            page.contains("attempts_by_created") && !page.contains("TEMP B-TREE"),
            "{page}"
        );
    }

    #[test]
    fn a_store_created_at_version_1_migrates_up_and_keeps_its_attempts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("calls.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            configure_writer(&conn).unwrap();
            conn.pragma_update(None, "application_id", APPLICATION_ID)
                .unwrap();
            migrations().to_version(&mut conn, 1).unwrap();
            // A row as version 1 wrote it (no campaign_id column yet).
            conn.execute_batch(
                "INSERT INTO attempts (request_id, created_at, updated_at, state, shown_state,
                    settled, search_text, contact_id, agent_id, from_number_id, contact_name,
                    contact_phone, agent_name, from_number, when_label, body, call_id)
                 VALUES ('00000000-0000-0000-0000-000000000001',
                    '2026-06-15T14:30:00.000000000Z', '2026-06-15T14:30:00.000000000Z',
                    'placed', 'placed', 0, 'ana', 'c-1', 'a-1', 'pn-1', 'Ana', '+52', 'Sofía',
                    '+52', 'Now', '{}', 'call-1');
                 INSERT INTO outcomes (attempt_id, at, kind, call_id)
                 VALUES (1, '2026-06-15T14:30:01.000000000Z', 'placed', 'call-1');",
            )
            .unwrap();
        }
        let (store, report) = crate::store::CallStore::open_default(&path).unwrap();
        assert_eq!(report.migrated_from, Some(1));
        assert!(!report.created);
        let entry = store
            .entry(uuid::Uuid::from_u128(1))
            .expect("the version 1 attempt");
        assert_eq!(entry.state, crate::calls::CallState::Placed);
        assert_eq!(entry.call_id.as_deref(), Some("call-1"));
        assert_eq!(entry.request.campaign_id, None);
        let due: Vec<_> = store
            .due_for_check(entry.created_at)
            .into_iter()
            .map(|e| e.request_id)
            .collect();
        assert_eq!(
            due,
            [entry.request_id],
            "a call followed before the upgrade is checked at once"
        );
        drop(store);
        let conn = Connection::open(&path).unwrap();
        let version: usize = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, LATEST);
    }
}
