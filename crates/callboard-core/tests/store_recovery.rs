//! The store opens whatever is at its path: nothing, a file that isn't ours, a damaged
//! database, one from a newer Callboard; and a full disk fails a write with a plain
//! sentence and nothing recorded.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::store_support::{options, placed, sending, t0};
use callboard_core::calls::CallState;
use callboard_core::store::{CallStore, MovedAside, StoreError, StoreOptions};
use uuid::Uuid;

#[test]
fn a_missing_file_opens_as_an_empty_store_and_its_folders_are_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/deeper/calls.sqlite3");
    let (store, report) = CallStore::open_default(&path).unwrap();
    assert!(store.is_empty());
    assert!(report.created);
    assert_eq!(report.moved_aside, None);
    assert!(report.notices().is_empty());
    assert!(path.exists());
}

fn assert_moved_aside(content: &[u8], why: MovedAside, label: &str) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    std::fs::write(&path, content).unwrap();
    let (store, report) = CallStore::open(&path, options(t0())).unwrap();
    let (aside, found) = report.moved_aside.clone().unwrap();
    assert_eq!(found, why);
    let name = aside.file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(name, format!("calls.sqlite3.{label}-{}", t0().timestamp()));
    assert_eq!(std::fs::read(&aside).unwrap(), content, "moved unchanged");
    let notice = &report.notices()[0];
    assert!(notice.contains(&format!("“{name}”")), "{notice}");
    assert!(
        notice.ends_with("a new, empty history was started."),
        "{notice}"
    );
    // The new store works.
    store.append(&sending(1, t0())).unwrap();
    assert_eq!(store.len(), 1);
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside_unchanged_and_a_new_store_starts() {
    assert_moved_aside(
        b"name,phone\nAna,+52\n",
        MovedAside::NotCallboard,
        "not-callboard",
    );
    assert_moved_aside(
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        MovedAside::NotCallboard,
        "not-callboard",
    );
}

#[test]
fn another_programs_sqlite_database_is_never_written_to() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&other).unwrap();
        conn.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');")
            .unwrap();
    }
    assert_moved_aside(
        &std::fs::read(&other).unwrap(),
        MovedAside::NotCallboard,
        "not-callboard",
    );
}

#[test]
fn a_damaged_database_is_moved_aside_unchanged_and_a_new_store_starts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    {
        let (store, _) = CallStore::open_default(&path).unwrap();
        store.append(&sending(1, t0())).unwrap();
    }
    // Scribble over the schema (page 1 after the 100-byte header).
    let mut bytes = std::fs::read(&path).unwrap();
    for b in &mut bytes[100..1500] {
        *b = 0xA5;
    }
    assert_moved_aside(&bytes, MovedAside::Damaged, "damaged");
}

#[test]
fn a_store_from_a_newer_callboard_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    drop(CallStore::open_default(&path).unwrap());
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = CallStore::open_default(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::NewerVersion { found: 99, .. }),
        "{err:?}"
    );
    assert_eq!(err.code(), "storage");
    assert!(err.to_string().contains("Install the latest Callboard"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_full_disk_fails_the_append_with_a_sentence_and_records_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let capped = StoreOptions {
        max_size_bytes: Some(64 * 1024),
        ..options(t0())
    };
    let (store, _) = CallStore::open(dir.path().join("calls.sqlite3"), capped).unwrap();
    // Fill it until a Sending no longer fits (a bounded loop, no timing involved).
    let mut failed = None;
    for n in 0..10_000u128 {
        if let Err(e) = store.append(&sending(n, t0())) {
            failed = Some((n, e));
            break;
        }
        store.append(&placed(n, t0())).unwrap_or(());
    }
    let (n, err) = failed.expect("the cap was reached");
    assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
    assert_eq!(err.code(), "storage");
    assert_eq!(
        err.to_string(),
        "Callboard couldn't save the call history because the disk is full, so nothing was sent. Free some disk space and try again."
    );
    assert!(
        store.entry(Uuid::from_u128(n)).is_none(),
        "nothing half-written"
    );
    assert!(
        store.entry(Uuid::from_u128(0)).is_some(),
        "what was written stays"
    );
    assert_eq!(
        store.entry(Uuid::from_u128(0)).unwrap().state,
        CallState::Placed
    );
}
