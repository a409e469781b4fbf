//! Writing records: the same rules `CallJournal::append` had, then one transaction that
//! changes the rows.
//!
//! A record is applied by reading the attempt back (latest status only), folding the record
//! in with [`CallEntry::apply`] (the one fold, shared with the journal import), and saving
//! what changed plus the columns computed from the folded entry (`state`, `shown_state`,
//! `settled`, `search_text`, `next_check_at`). The caller commits, which is the one fsync.

use super::codec::{self, Instant};
use super::read::{self, History};
use super::StoreError;
use crate::call_query::{search_text, ShownState};
use crate::calls::{CallEntry, JournalRecord, Outcome, Reconciliation, StatusSnapshot};
use crate::placement::status_poll::next_check_at;
use rusqlite::{params, Connection};

/// Applies one record inside the caller's transaction.
pub(crate) fn append(conn: &Connection, record: &JournalRecord) -> Result<(), StoreError> {
    let request_id = record.request_id();
    let found = read::by_request_id(conn, request_id, History::Latest).map_err(StoreError::read)?;
    let (id, mut entry) = match (record, found) {
        (JournalRecord::Sending { .. }, Some(_)) => {
            return Err(StoreError::DuplicateRequest { request_id })
        }
        (JournalRecord::Sending { at, request, .. }, None) => {
            let entry = CallEntry::new(request_id, *at, request.clone());
            insert_attempt(conn, &entry).map_err(StoreError::write)?;
            return Ok(());
        }
        (_, None) => return Err(StoreError::UnknownRequest { request_id }),
        (_, Some(found)) => found,
    };
    // A server call belongs to one attempt only. The journal enforced this for
    // reconciliations; the store also refuses a POST answer naming another attempt's call
    // (Contactship never does that; if it did, the attempt would stay "sending" and read as
    // "outcome unknown" at the next start, which is the safe reading).
    let named = match record {
        JournalRecord::Reconciled {
            call_id: Some(c), ..
        } => Some(c),
        JournalRecord::Outcome {
            outcome: Outcome::Placed { call_id },
            ..
        } => Some(call_id),
        _ => None,
    };
    if let Some(call_id) = named {
        match read::claimed_by(conn, call_id).map_err(StoreError::read)? {
            Some(owner) if owner != request_id => {
                return Err(StoreError::CallAlreadyClaimed { request_id, owner })
            }
            _ => {}
        }
    }
    entry.apply(record.clone());
    let w = StoreError::write;
    match record {
        JournalRecord::Outcome { .. } => save_outcome(conn, id, &entry).map_err(w)?,
        JournalRecord::Reconciled { .. } => {
            if let Some(r) = &entry.reconciliation {
                save_reconciliation(conn, id, r).map_err(w)?;
            }
        }
        JournalRecord::StatusUpdate { status, .. } => {
            insert_status(conn, id, status).map_err(w)?;
        }
        JournalRecord::Checked { .. } | JournalRecord::Sending { .. } => {}
    }
    update_computed(conn, id, &entry).map_err(w)
}

/// Inserts a whole folded entry (the journal import). `call_id_taken` says whether another
/// attempt already owns its call id; if so the entry is saved without it.
pub(crate) fn insert_entry(
    conn: &Connection,
    entry: &CallEntry,
    call_id_taken: bool,
) -> rusqlite::Result<()> {
    let mut entry = std::borrow::Cow::Borrowed(entry);
    if call_id_taken {
        entry.to_mut().call_id = None;
    }
    let id = insert_attempt(conn, &entry)?;
    if entry.outcome.is_some() {
        save_outcome(conn, id, &entry)?;
    }
    if let Some(r) = &entry.reconciliation {
        save_reconciliation(conn, id, r)?;
    }
    for status in &entry.status_history {
        insert_status(conn, id, status)?;
    }
    Ok(())
}

fn insert_attempt(conn: &Connection, e: &CallEntry) -> rusqlite::Result<i64> {
    let r = &e.request;
    let l = &r.labels;
    let body = serde_json::to_string(&r.body).unwrap_or_else(|_| "null".into());
    conn.prepare_cached(
        "INSERT INTO attempts (request_id, created_at, updated_at, state, shown_state,
            settled, search_text, contact_id, agent_id, from_number_id, contact_name,
            contact_phone, agent_name, from_number, when_label, callee_zone, contact_country,
            due_at, body, call_id, last_checked, campaign_id, next_check_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?21, ?22, ?23)",
    )?
    .execute(params![
        e.request_id.to_string(),
        Instant(e.created_at),
        Instant(e.updated_at),
        e.state.as_str(),
        ShownState::of(e).as_str(),
        e.is_settled(),
        search_text(e),
        r.contact_id,
        r.agent_id,
        r.from_number_id,
        l.contact_name,
        l.contact_phone,
        l.agent_name,
        l.from_number,
        l.when_label,
        l.callee_zone,
        l.contact_country,
        codec::opt(r.due_at),
        body,
        e.call_id,
        codec::opt(e.last_checked),
        r.campaign_id,
        codec::opt(next_check_at(e)),
    ])?;
    Ok(conn.last_insert_rowid())
}

/// The columns that follow from the folded entry.
fn update_computed(conn: &Connection, id: i64, e: &CallEntry) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE attempts SET updated_at = ?2, state = ?3, shown_state = ?4, settled = ?5,
            search_text = ?6, call_id = ?7, last_checked = ?8, next_check_at = ?9
         WHERE id = ?1",
    )?
    .execute(params![
        id,
        Instant(e.updated_at),
        e.state.as_str(),
        ShownState::of(e).as_str(),
        e.is_settled(),
        search_text(e),
        e.call_id,
        codec::opt(e.last_checked),
        codec::opt(next_check_at(e)),
    ])?;
    Ok(())
}

fn save_outcome(conn: &Connection, id: i64, e: &CallEntry) -> rusqlite::Result<()> {
    let (Some(outcome), Some(at)) = (&e.outcome, e.outcome_at) else {
        return Ok(());
    };
    let (kind, call_id, code, message, field, retry) = match outcome {
        Outcome::Placed { call_id } => ("placed", Some(call_id), None, None, None, None),
        Outcome::Rejected {
            code,
            message,
            field,
            retry_after_secs,
        } => (
            "rejected",
            None,
            Some(code),
            Some(message),
            field.as_ref(),
            *retry_after_secs,
        ),
        Outcome::NotSent { code, message } => {
            ("not_sent", None, Some(code), Some(message), None, None)
        }
        Outcome::OutcomeUnknown { code, message } => (
            "outcome_unknown",
            None,
            Some(code),
            Some(message),
            None,
            None,
        ),
    };
    // The latest outcome wins, as in the fold.
    conn.prepare_cached(
        // An upsert, not INSERT OR REPLACE: REPLACE deletes the old row and inserts a new
        // one (with foreign keys on, a delete is checked like any other).
        "INSERT INTO outcomes
            (attempt_id, at, kind, call_id, code, message, field, retry_after_secs)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (attempt_id) DO UPDATE SET at = excluded.at, kind = excluded.kind,
            call_id = excluded.call_id, code = excluded.code, message = excluded.message,
            field = excluded.field, retry_after_secs = excluded.retry_after_secs",
    )?
    .execute(params![
        id,
        Instant(at),
        kind,
        call_id,
        code,
        message,
        field,
        retry
    ])?;
    Ok(())
}

fn save_reconciliation(conn: &Connection, id: i64, r: &Reconciliation) -> rusqlite::Result<()> {
    let s = r.searched.as_ref();
    conn.prepare_cached(
        "INSERT INTO reconciliations (attempt_id, at, call_id, matched_by, searched,
            calls_read, oldest, newest, stopped_at_limit, request_id_only)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (attempt_id) DO UPDATE SET at = excluded.at, call_id = excluded.call_id,
            matched_by = excluded.matched_by, searched = excluded.searched,
            calls_read = excluded.calls_read, oldest = excluded.oldest,
            newest = excluded.newest, stopped_at_limit = excluded.stopped_at_limit,
            request_id_only = excluded.request_id_only",
    )?
    .execute(params![
        id,
        Instant(r.at),
        r.call_id,
        r.matched_by.map(codec::matched_by_name),
        s.is_some(),
        s.map(|s| s.calls_read),
        codec::opt(s.and_then(|s| s.oldest)),
        codec::opt(s.and_then(|s| s.newest)),
        s.map(|s| s.stopped_at_limit),
        s.map(|s| s.request_id_only),
    ])?;
    Ok(())
}

fn insert_status(conn: &Connection, id: i64, s: &StatusSnapshot) -> rusqlite::Result<()> {
    let transcript = s
        .transcript
        .as_ref()
        .map(|t| serde_json::to_string(t).unwrap_or_else(|_| "[]".into()));
    conn.prepare_cached(
        "INSERT INTO status_history (attempt_id, at, seen_at, call_status, call_result,
            duration, summary, sentiment, recording_url, disconnection_reason, finished_at,
            transcript)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        id,
        Instant(s.at),
        codec::opt(s.seen_at),
        s.call_status.as_str(),
        s.call_result,
        s.duration,
        s.summary,
        s.sentiment,
        s.recording_url,
        s.disconnection_reason,
        s.finished_at,
        transcript,
    ])?;
    Ok(())
}

/// Drops the attempts' and status history's own indexes (not the ones behind a UNIQUE
/// constraint, which the import's lookups use) and returns their definitions, to be made
/// again with [`create_indexes`] inside the same transaction.
pub(crate) fn drop_rebuildable_indexes(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let indexes: Vec<(String, String)> = conn
        .prepare(
            "SELECT name, sql FROM sqlite_master
             WHERE type = 'index' AND sql IS NOT NULL
               AND tbl_name IN ('attempts', 'status_history')",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (name, _) in &indexes {
        conn.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
    }
    Ok(indexes.into_iter().map(|(_, sql)| sql).collect())
}

/// Makes indexes again from their `CREATE INDEX` statements.
pub(crate) fn create_indexes(conn: &Connection, definitions: &[String]) -> rusqlite::Result<()> {
    definitions
        .iter()
        .try_for_each(|sql| conn.execute_batch(sql))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_sql(conn: &Connection) -> Vec<String> {
        // The import writes only these two tables; the campaigns' indexes are not its own.
        conn.prepare(
            "SELECT sql FROM sqlite_master WHERE type = 'index'
               AND tbl_name IN ('attempts', 'status_history') ORDER BY name",
        )
        .unwrap()
        .query_map([], |r| r.get::<_, Option<String>>(0))
        .unwrap()
        .map(|r| r.unwrap().unwrap_or_default())
        .collect()
    }

    #[test]
    fn the_import_drops_and_makes_again_exactly_the_same_indexes_keeping_the_unique_ones() {
        let mut conn = Connection::open_in_memory().unwrap();
        super::super::schema::migrations()
            .to_latest(&mut conn)
            .unwrap();
        let before = index_sql(&conn);
        let dropped = drop_rebuildable_indexes(&conn).unwrap();
        assert!(dropped.len() >= 5, "{dropped:?}");
        let kept = index_sql(&conn);
        assert!(
            kept.iter().all(String::is_empty),
            "only UNIQUE constraints stay: {kept:?}"
        );
        assert!(
            !kept.is_empty(),
            "the request id and call id lookups keep their index"
        );
        create_indexes(&conn, &dropped).unwrap();
        assert_eq!(index_sql(&conn), before);
    }
}
