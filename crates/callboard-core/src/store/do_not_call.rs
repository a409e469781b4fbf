//! The do-not-call list: E.164 numbers with the reason and when they were added. Campaigns
//! skip them; a single call to one asks first, naming the reason.

use super::codec::{instant_text, parse_instant};
use super::{CallStore, StoreError};
use chrono::{DateTime, Utc};
use rusqlite::params;
use std::collections::HashMap;

/// One number on the list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DoNotCallEntry {
    /// E.164.
    pub phone: String,
    pub reason: String,
    pub added_at: DateTime<Utc>,
}

impl CallStore {
    /// Adds numbers (E.164) in one transaction. A number already listed keeps the date it
    /// was first added and takes the new reason. Returns how many were new.
    pub fn add_do_not_call(
        &self,
        entries: &[(String, String)],
        at: DateTime<Utc>,
    ) -> Result<usize, StoreError> {
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(StoreError::write)?;
        let mut added = 0;
        {
            let mut exists = tx
                .prepare("SELECT 1 FROM do_not_call WHERE phone = ?1")
                .map_err(StoreError::read)?;
            let mut upsert = tx
                .prepare(
                    "INSERT INTO do_not_call (phone, reason, added_at) VALUES (?1, ?2, ?3)
                     ON CONFLICT (phone) DO UPDATE SET reason = excluded.reason",
                )
                .map_err(StoreError::write)?;
            let at = instant_text(at);
            for (phone, reason) in entries {
                added += usize::from(!exists.exists([phone]).map_err(StoreError::read)?);
                upsert
                    .execute(params![phone, reason.trim(), at])
                    .map_err(StoreError::write)?;
            }
        }
        tx.commit().map_err(StoreError::write)?;
        Ok(added)
    }

    /// Takes a number off the list; whether it was on it.
    pub fn remove_do_not_call(&self, phone: &str) -> Result<bool, StoreError> {
        self.conn()
            .execute("DELETE FROM do_not_call WHERE phone = ?1", [phone])
            .map(|n| n > 0)
            .map_err(StoreError::write)
    }

    /// The whole list, most recently added first.
    pub fn do_not_call_list(&self) -> Result<Vec<DoNotCallEntry>, StoreError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare(
                "SELECT phone, reason, added_at FROM do_not_call ORDER BY added_at DESC, phone",
            )
            .map_err(StoreError::read)?;
        let rows = stmt
            .query_map([], |r| {
                let at: String = r.get(2)?;
                Ok(DoNotCallEntry {
                    phone: r.get(0)?,
                    reason: r.get(1)?,
                    added_at: parse_instant(&at).unwrap_or_default(),
                })
            })
            .and_then(|rows| rows.collect())
            .map_err(StoreError::read)?;
        Ok(rows)
    }

    /// Every listed number with its reason, for checking a whole list at once.
    pub fn do_not_call_reasons(&self) -> Result<HashMap<String, String>, StoreError> {
        Ok(self
            .do_not_call_list()?
            .into_iter()
            .map(|e| (e.phone, e.reason))
            .collect())
    }
}

/// The listed numbers and reasons in the store at `path`, read without taking the writer's
/// lock (the app may be open; WAL lets a reader in beside it). No file, or a file from before
/// the list existed, is an empty list.
pub fn read_do_not_call(path: &std::path::Path) -> Result<HashMap<String, String>, StoreError> {
    use rusqlite::{Connection, OpenFlags};
    if !path.exists() {
        return Ok(HashMap::new());
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(StoreError::open)?;
    conn.busy_timeout(super::schema::BUSY_TIMEOUT)
        .map_err(StoreError::open)?;
    let has_table: bool = conn
        .query_row(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'do_not_call'",
            [],
            |r| r.get(0),
        )
        .map_err(StoreError::read)?;
    if !has_table {
        return Ok(HashMap::new());
    }
    let mut stmt = conn
        .prepare("SELECT phone, reason FROM do_not_call")
        .map_err(StoreError::read)?;
    let map = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .and_then(|rows| rows.collect())
        .map_err(StoreError::read)?;
    Ok(map)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn numbers_are_added_once_keep_their_first_date_and_can_be_removed() {
        let dir = tempfile::tempdir().unwrap();
        let (store, _) = CallStore::open_default(dir.path().join("calls.sqlite3")).unwrap();
        let first = at("2026-12-01T10:00:00Z");
        let added = store
            .add_do_not_call(
                &[
                    ("+573014445709".into(), "Asked not to be called".into()),
                    ("+525512345678".into(), " Wrong number ".into()),
                ],
                first,
            )
            .unwrap();
        assert_eq!(added, 2);
        let later = at("2026-12-02T10:00:00Z");
        let again = store
            .add_do_not_call(
                &[("+573014445709".into(), "Lawyer's request".into())],
                later,
            )
            .unwrap();
        assert_eq!(again, 0, "already listed");
        let list = store.do_not_call_list().unwrap();
        assert_eq!(
            list,
            vec![
                DoNotCallEntry {
                    phone: "+525512345678".into(),
                    reason: "Wrong number".into(),
                    added_at: first
                },
                DoNotCallEntry {
                    phone: "+573014445709".into(),
                    reason: "Lawyer's request".into(),
                    added_at: first
                },
            ]
        );
        assert_eq!(
            store
                .do_not_call_reasons()
                .unwrap()
                .get("+573014445709")
                .map(String::as_str),
            Some("Lawyer's request")
        );
        // Read beside the open writer, without its lock.
        let path = dir.path().join("calls.sqlite3");
        assert_eq!(read_do_not_call(&path).unwrap().len(), 2);
        assert!(read_do_not_call(&dir.path().join("none.sqlite3"))
            .unwrap()
            .is_empty());
        assert!(store.remove_do_not_call("+573014445709").unwrap());
        assert!(!store.remove_do_not_call("+573014445709").unwrap());
        assert_eq!(store.do_not_call_list().unwrap().len(), 1);
    }
}
