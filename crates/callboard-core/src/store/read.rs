//! Reading attempts back as [`CallEntry`] values.
//!
//! Every query selects the same columns (the attempt, its outcome, its latest
//! reconciliation and its latest status without transcript, joined by primary key), so
//! one function turns a row into an entry. A "full" read then replaces the latest status
//! with the whole history, transcripts included.

use super::codec::{self, Instant};
use super::filter::Filter;
use crate::calls::{
    CallEntry, CallLabels, CallState, LookupSummary, Outcome, Reconciliation, RequestSummary,
    StatusSnapshot, TranscriptTurn,
};
use chrono::{DateTime, Utc};
use rusqlite::types::FromSql;
use rusqlite::{params, Connection, OptionalExtension, Row};
use uuid::Uuid;

/// How much status history an entry carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum History {
    /// Every status, oldest first, with the transcript.
    Full,
    /// Only the latest status, without its transcript: what a list row shows.
    Latest,
}

const SELECT: &str = "SELECT a.id, a.request_id, a.created_at, a.updated_at, a.contact_id,
    a.agent_id, a.from_number_id, a.body, a.contact_name, a.contact_phone, a.agent_name,
    a.from_number, a.when_label, a.callee_zone, a.contact_country, a.due_at, a.campaign_id,
    a.call_id, a.last_checked,
    o.at, o.kind, o.call_id, o.code, o.message, o.field, o.retry_after_secs,
    r.at, r.call_id, r.matched_by, r.searched, r.calls_read, r.oldest, r.newest,
    r.stopped_at_limit, r.request_id_only,
    s.at, s.seen_at, s.call_status, s.call_result, s.duration, s.summary, s.sentiment,
    s.recording_url, s.disconnection_reason, s.finished_at
  FROM attempts a
  LEFT JOIN outcomes o ON o.attempt_id = a.id
  LEFT JOIN reconciliations r ON r.attempt_id = a.id
  LEFT JOIN status_history s
    ON s.id = (SELECT max(id) FROM status_history WHERE attempt_id = a.id)";

const NEWEST_FIRST: &str = " ORDER BY a.created_at DESC, a.id DESC";

/// Reads columns left to right, in the order [`SELECT`] lists them.
struct Cols<'r, 's> {
    row: &'r Row<'s>,
    next: usize,
}

impl Cols<'_, '_> {
    fn get<T: FromSql>(&mut self) -> rusqlite::Result<T> {
        let value = self.row.get(self.next);
        self.next += 1;
        value
    }
    fn instant(&mut self) -> rusqlite::Result<DateTime<Utc>> {
        Ok(self.get::<Instant>()?.0)
    }
    fn opt_instant(&mut self) -> rusqlite::Result<Option<DateTime<Utc>>> {
        Ok(self.get::<Option<Instant>>()?.map(|i| i.0))
    }
}

/// One row of [`SELECT`] as (attempt rowid, entry with at most its latest status).
fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<(i64, CallEntry)> {
    let mut c = Cols { row, next: 0 };
    let id: i64 = c.get()?;
    let request_id: String = c.get()?;
    let request_id = Uuid::parse_str(&request_id).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
    })?;
    let created_at = c.instant()?;
    let updated_at = c.instant()?;
    let contact_id = c.get()?;
    let agent_id = c.get()?;
    let from_number_id = c.get()?;
    let body: String = c.get()?;
    let labels = CallLabels {
        contact_name: c.get()?,
        contact_phone: c.get()?,
        agent_name: c.get()?,
        from_number: c.get()?,
        when_label: c.get()?,
        callee_zone: c.get()?,
        contact_country: c.get()?,
    };
    let request = RequestSummary {
        contact_id,
        agent_id,
        from_number_id,
        body: codec::json(&body)?,
        labels,
        due_at: c.opt_instant()?,
        campaign_id: c.get()?,
    };
    let call_id = c.get()?;
    let last_checked = c.opt_instant()?;
    let (outcome_at, outcome) = outcome(&mut c)?;
    let reconciliation = reconciliation(&mut c)?;
    let latest = status(&mut c)?;
    let mut entry = CallEntry {
        request_id,
        state: CallState::Sending,
        request,
        created_at,
        updated_at,
        outcome,
        outcome_at,
        call_id,
        reconciliation,
        status_history: latest.into_iter().collect(),
        last_checked,
    };
    // The fold's own rule, from what was read (the `state` column is for people).
    entry.state = entry.derive_state();
    Ok((id, entry))
}

fn outcome(c: &mut Cols<'_, '_>) -> rusqlite::Result<(Option<DateTime<Utc>>, Option<Outcome>)> {
    let at = c.opt_instant()?;
    let kind: Option<String> = c.get()?;
    let call_id: Option<String> = c.get()?;
    let code: Option<String> = c.get()?;
    let message: Option<String> = c.get()?;
    let field: Option<String> = c.get()?;
    let retry_after_secs: Option<u32> = c.get()?;
    let (code, message) = (code.unwrap_or_default(), message.unwrap_or_default());
    let outcome = match kind.as_deref() {
        None => None,
        Some("placed") => Some(Outcome::Placed {
            call_id: call_id.unwrap_or_default(),
        }),
        Some("rejected") => Some(Outcome::Rejected {
            code,
            message,
            field,
            retry_after_secs,
        }),
        Some("not_sent") => Some(Outcome::NotSent { code, message }),
        // The schema allows no other kind.
        Some(_) => Some(Outcome::OutcomeUnknown { code, message }),
    };
    Ok((at.filter(|_| outcome.is_some()), outcome))
}

fn reconciliation(c: &mut Cols<'_, '_>) -> rusqlite::Result<Option<Reconciliation>> {
    let at = c.opt_instant()?;
    let call_id: Option<String> = c.get()?;
    let matched_by: Option<String> = c.get()?;
    let searched: Option<bool> = c.get()?;
    let calls_read: Option<u32> = c.get()?;
    let oldest = c.opt_instant()?;
    let newest = c.opt_instant()?;
    let stopped_at_limit: Option<bool> = c.get()?;
    let request_id_only: Option<bool> = c.get()?;
    let Some(at) = at else { return Ok(None) };
    Ok(Some(Reconciliation {
        at,
        call_id,
        matched_by: matched_by.as_deref().and_then(codec::matched_by_from),
        searched: searched.unwrap_or(false).then(|| LookupSummary {
            calls_read: calls_read.unwrap_or(0),
            oldest,
            newest,
            stopped_at_limit: stopped_at_limit.unwrap_or(false),
            request_id_only: request_id_only.unwrap_or(false),
        }),
    }))
}

/// The status columns (without transcript), `None` when the attempt has no status yet.
fn status(c: &mut Cols<'_, '_>) -> rusqlite::Result<Option<StatusSnapshot>> {
    let at = c.opt_instant()?;
    let seen_at = c.opt_instant()?;
    let call_status: Option<String> = c.get()?;
    let mut s = StatusSnapshot::new(at.unwrap_or_default(), "");
    s.seen_at = seen_at;
    s.call_result = c.get()?;
    s.duration = c.get()?;
    s.summary = c.get()?;
    s.sentiment = c.get()?;
    s.recording_url = c.get()?;
    s.disconnection_reason = c.get()?;
    s.finished_at = c.get()?;
    let (Some(_), Some(wire)) = (at, call_status) else {
        return Ok(None);
    };
    s.call_status = codec::status_from(&wire);
    Ok(Some(s))
}

/// Every status of one attempt, oldest first, transcripts included.
fn full_history(conn: &Connection, attempt_id: i64) -> rusqlite::Result<Vec<StatusSnapshot>> {
    let mut stmt = conn.prepare_cached(
        "SELECT at, seen_at, call_status, call_result, duration, summary, sentiment,
                recording_url, disconnection_reason, finished_at, transcript
           FROM status_history WHERE attempt_id = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([attempt_id], |row| {
        let mut c = Cols { row, next: 0 };
        // `at` and `call_status` are NOT NULL in this table.
        let mut s = status(&mut c)?.ok_or(rusqlite::Error::InvalidQuery)?;
        let transcript: Option<String> = c.get()?;
        s.transcript = match transcript {
            Some(text) => Some(codec::json::<Vec<TranscriptTurn>>(&text)?),
            None => None,
        };
        Ok(s)
    })?;
    rows.collect()
}

fn finish(
    conn: &Connection,
    history: History,
    (id, mut entry): (i64, CallEntry),
) -> rusqlite::Result<(i64, CallEntry)> {
    if history == History::Full && !entry.status_history.is_empty() {
        entry.status_history = full_history(conn, id)?;
    }
    Ok((id, entry))
}

/// One attempt by request id, with its rowid.
pub(crate) fn by_request_id(
    conn: &Connection,
    request_id: Uuid,
    history: History,
) -> rusqlite::Result<Option<(i64, CallEntry)>> {
    let sql = format!("{SELECT} WHERE a.request_id = ?1");
    let found = conn
        .prepare_cached(&sql)?
        .query_row([request_id.to_string()], entry_from_row)
        .optional()?;
    found.map(|row| finish(conn, history, row)).transpose()
}

/// Entries matching `filter`, newest first, `limit`/`offset` applied when given.
pub(crate) fn matching(
    conn: &Connection,
    filter: &Filter,
    window: Option<(usize, usize)>,
    history: History,
    each: impl FnMut(CallEntry),
) -> rusqlite::Result<()> {
    let mut sql = format!("{SELECT}{}{NEWEST_FIRST}", filter.sql);
    if let Some((offset, limit)) = window {
        sql.push_str(&format!(" LIMIT {limit} OFFSET {offset}"));
    }
    entries(conn, &sql, &filter.params, history, each)
}

/// The attempts due for a status check at `now`, the most overdue first, at most `limit`,
/// in full (read from the `attempts_due` index).
pub(crate) fn due(
    conn: &Connection,
    now: DateTime<Utc>,
    limit: usize,
    each: impl FnMut(CallEntry),
) -> rusqlite::Result<()> {
    let sql = format!(
        "{SELECT} WHERE a.settled = 0 AND a.next_check_at IS NOT NULL AND a.next_check_at <= ?1
         ORDER BY a.next_check_at, a.id LIMIT {limit}"
    );
    let now = rusqlite::types::Value::Text(codec::instant_text(now));
    entries(conn, &sql, &[now], History::Full, each)
}

fn entries(
    conn: &Connection,
    sql: &str,
    params: &[rusqlite::types::Value],
    history: History,
    mut each: impl FnMut(CallEntry),
) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
    while let Some(row) = rows.next()? {
        let (_, entry) = finish(conn, history, entry_from_row(row)?)?;
        each(entry);
    }
    Ok(())
}

/// The attempts of `campaign`'s rows `first..=last`, by row then oldest first, with the
/// row each called (list rows, latest status only).
pub(crate) fn campaign_attempts(
    conn: &Connection,
    campaign: Uuid,
    (first, last): (u32, u32),
    mut each: impl FnMut(u32, CallEntry),
) -> rusqlite::Result<()> {
    // Served by `attempts_by_campaign_row`.
    let sql = format!(
        "{SELECT} WHERE a.campaign_id = ?1 AND a.campaign_row BETWEEN ?2 AND ?3
         ORDER BY a.campaign_row, a.id"
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(params![campaign.to_string(), first, last])?;
    while let Some(row) = rows.next()? {
        let (id, entry) = finish(conn, History::Latest, entry_from_row(row)?)?;
        let campaign_row: u32 = conn
            .prepare_cached("SELECT campaign_row FROM attempts WHERE id = ?1")?
            .query_row([id], |r| r.get(0))?;
        each(campaign_row, entry);
    }
    Ok(())
}

/// How many attempts match `filter`.
pub(crate) fn count(conn: &Connection, filter: &Filter) -> rusqlite::Result<usize> {
    let sql = format!("SELECT count(*) FROM attempts a{}", filter.sql);
    conn.prepare_cached(&sql)?
        .query_row(rusqlite::params_from_iter(&filter.params), |r| r.get(0))
}

/// The attempt that owns server call `call_id`.
pub(crate) fn claimed_by(conn: &Connection, call_id: &str) -> rusqlite::Result<Option<Uuid>> {
    let owner: Option<String> = conn
        .prepare_cached("SELECT request_id FROM attempts WHERE call_id = ?1")?
        .query_row([call_id], |r| r.get(0))
        .optional()?;
    Ok(owner.and_then(|s| Uuid::parse_str(&s).ok()))
}

/// The newest attempt at this contact with this agent since `since` that may have dialed.
pub(crate) fn recent_for(
    conn: &Connection,
    contact_id: &str,
    agent_id: &str,
    since: DateTime<Utc>,
) -> rusqlite::Result<Option<CallEntry>> {
    let sql = format!(
        "{SELECT} WHERE a.contact_id = ?1 AND a.agent_id = ?2 AND a.created_at >= ?3
           AND a.state NOT IN ('rejected', 'not_sent'){NEWEST_FIRST} LIMIT 1"
    );
    let found = conn
        .prepare_cached(&sql)?
        .query_row(
            params![contact_id, agent_id, Instant(since)],
            entry_from_row,
        )
        .optional()?;
    Ok(found
        .map(|row| finish(conn, History::Full, row))
        .transpose()?
        .map(|(_, e)| e))
}

/// Distinct agents with the name of their newest attempt, by agent id.
///
/// A log has a handful of agents and many thousands of attempts: instead of grouping every
/// row (a scan of the whole agent index, ≈ 20 ms at 100,000), this hops from one agent id to
/// the next in `attempts_by_agent`, one index seek per agent.
pub(crate) fn agents(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare_cached(
        "WITH RECURSIVE agent(id) AS (
             SELECT min(agent_id) FROM attempts
             UNION ALL
             SELECT (SELECT min(agent_id) FROM attempts WHERE agent_id > agent.id)
               FROM agent WHERE agent.id IS NOT NULL
         )
         SELECT agent.id,
                (SELECT b.agent_name FROM attempts b WHERE b.agent_id = agent.id
                  ORDER BY b.created_at DESC, b.id DESC LIMIT 1)
           FROM agent WHERE agent.id IS NOT NULL",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Whether no attempt was ever recorded.
pub(crate) fn is_empty(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row("SELECT NOT EXISTS (SELECT 1 FROM attempts)", [], |r| {
        r.get(0)
    })
}

/// Whether an attempt with this request id is stored.
pub(crate) fn exists(conn: &Connection, request_id: Uuid) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM attempts WHERE request_id = ?1")?
        .exists([request_id.to_string()])
}
