//! The one-time import of the old journal: the committed fixtures (written by the journal
//! writer itself, see `fixtures/journal/README.md`) come over with every field intact, a
//! damaged journal brings what is readable and says how much was skipped, and an import
//! that fails half way leaves the journal in place and nothing imported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::store_support::{options, placed, sending, t0};
use callboard_core::call_query::{CallQuery, PageRequest};
use callboard_core::calls::JournalRecord;
use callboard_core::store::import::{import_journal, JOURNAL_FILE_NAME};
use callboard_core::store::{CallStore, StoreError, StoreOptions};
use chrono::{DateTime, TimeZone, Utc};
use serde_json::Value;
use std::path::{Path, PathBuf};
use uuid::Uuid;

/// The instant the fixtures' expected entries were read at (interrupted attempts are
/// dated with it).
fn opened_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 20, 9, 0, 0).unwrap()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/journal")
        .join(name)
}

/// A data folder holding the fixture as `calls.journal`, and a store beside it.
fn data_dir_with(journal: &str) -> (tempfile::TempDir, PathBuf, CallStore) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(JOURNAL_FILE_NAME);
    std::fs::copy(fixture(journal), &path).unwrap();
    let (store, _) =
        CallStore::open(dir.path().join("calls.sqlite3"), options(opened_at())).unwrap();
    (dir, path, store)
}

/// Every entry the journal held, read back from the store in full, equals what the journal
/// itself read (compared as JSON: every field of `CallEntry`), in the same order.
fn assert_same_entries(store: &CallStore, expected: &Value) {
    let expected = expected["entries"].as_array().unwrap();
    for want in expected {
        let id = Uuid::parse_str(want["request_id"].as_str().unwrap()).unwrap();
        let got = serde_json::to_value(store.entry(id).unwrap()).unwrap();
        assert_eq!(&got, want, "attempt {id}");
    }
    let order: Vec<String> = store
        .page(&CallQuery::default(), PageRequest::new(0, 100))
        .expect("a page")
        .iter()
        .map(|e| e.request_id.to_string())
        .collect();
    let want: Vec<&str> = expected
        .iter()
        .map(|e| e["request_id"].as_str().unwrap())
        .collect();
    assert_eq!(order, want, "newest first, as the journal listed them");
}

fn expected(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixture(name)).unwrap()).unwrap()
}

#[test]
fn a_journal_written_by_the_old_writer_is_imported_with_every_field_then_renamed() {
    let (dir, journal, store) = data_dir_with("clean.journal");
    let report = import_journal(&store, &journal).unwrap().unwrap();
    let want = expected("clean.expected.json");
    assert_eq!(report.imported, 11);
    assert_eq!(report.records, want["records"].as_u64().unwrap() as usize);
    assert_eq!(
        (report.skipped_lines, report.torn_tail, report.orphaned),
        (0, false, 0)
    );
    assert_eq!(report.interrupted, 1);
    assert_same_entries(&store, &want);
    assert!(!journal.exists());
    let moved = dir.path().join("calls.journal.imported");
    assert_eq!(report.moved_to.as_deref(), Some(moved.as_path()));
    assert_eq!(
        std::fs::read(&moved).unwrap(),
        std::fs::read(fixture("clean.journal")).unwrap()
    );
    assert!(report
        .notice()
        .starts_with("Callboard moved your call history (11 calls) to its new database."));
    assert!(report.notice().contains("1 call was still being sent"));
    // Nothing left to import at the next start.
    assert_eq!(import_journal(&store, &journal).unwrap(), None);
}

#[test]
fn a_damaged_journal_imports_what_is_readable_and_says_how_much_was_skipped() {
    let (_dir, journal, store) = data_dir_with("damaged.journal");
    let report = import_journal(&store, &journal).unwrap().unwrap();
    let want = expected("damaged.expected.json");
    assert_eq!(report.records, want["records"].as_u64().unwrap() as usize);
    assert_eq!(report.skipped_lines, 2);
    assert!(report.torn_tail);
    assert_eq!(report.unreadable(), 3);
    assert_same_entries(&store, &want);
    let notice = report.notice();
    assert!(
        notice.contains("3 damaged entries in the old file could not be read and were skipped"),
        "{notice}"
    );
    assert!(notice.contains("“calls.journal.imported”"), "{notice}");
}

fn line(record: &JournalRecord) -> String {
    let json = serde_json::to_string(record).unwrap();
    format!("{:08x} {json}\n", crc32fast::hash(json.as_bytes()))
}

#[test]
fn an_import_that_fails_half_way_leaves_the_journal_in_place_and_nothing_imported() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join(JOURNAL_FILE_NAME);
    let text: String = (0..3000u128)
        .flat_map(|n| [line(&sending(n, t0())), line(&placed(n, t0()))])
        .collect();
    std::fs::write(&journal, &text).unwrap();
    let db = dir.path().join("calls.sqlite3");
    {
        // The disk "fills up" (the store's size cap) a few hundred entries in.
        let capped = StoreOptions {
            max_size_bytes: Some(256 * 1024),
            ..options(t0())
        };
        let (store, _) = CallStore::open(&db, capped).unwrap();
        let err = import_journal(&store, &journal).unwrap_err();
        assert!(matches!(err, StoreError::DiskFull { .. }), "{err:?}");
        assert_eq!(store.len(), 0, "no half import");
    }
    assert_eq!(
        std::fs::read_to_string(&journal).unwrap(),
        text,
        "the journal is untouched"
    );
    assert!(!dir.path().join("calls.journal.imported").exists());
    // With room again, the next start imports all of it.
    let (store, _) = CallStore::open(&db, options(t0())).unwrap();
    let report = import_journal(&store, &journal).unwrap().unwrap();
    assert_eq!((report.imported, report.already_present), (3000, 0));
    assert_eq!(store.len(), 3000);
}

#[test]
fn a_journal_after_common_text_conversions_imports_the_same_entries() {
    let records = [sending(1, t0()), placed(1, t0()), sending(2, t0())];
    let text: String = records.iter().map(line).collect();
    let crlf = text.replace('\n', "\r\n");
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(crlf.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in crlf.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    for (what, bytes) in [("crlf", crlf.into_bytes()), ("bom", bom), ("utf16", utf16)] {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join(JOURNAL_FILE_NAME);
        std::fs::write(&journal, bytes).unwrap();
        let (store, _) = CallStore::open(dir.path().join("calls.sqlite3"), options(t0())).unwrap();
        let report = import_journal(&store, &journal).unwrap().unwrap();
        assert_eq!((report.imported, report.skipped_lines), (2, 0), "{what}");
        assert_eq!(
            store.entry(Uuid::from_u128(1)).unwrap().call_id.as_deref(),
            Some("call-1"),
            "{what}"
        );
    }
}

#[test]
fn a_file_that_is_not_a_journal_is_moved_aside_unchanged_and_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join(JOURNAL_FILE_NAME);
    std::fs::write(&journal, "name,phone\nAna,+52\n").unwrap();
    let (store, _) = CallStore::open(dir.path().join("calls.sqlite3"), options(t0())).unwrap();
    let report = import_journal(&store, &journal).unwrap().unwrap();
    assert!(report.not_a_journal);
    let aside = report.moved_to.clone().unwrap();
    assert_eq!(
        std::fs::read_to_string(aside).unwrap(),
        "name,phone\nAna,+52\n"
    );
    assert!(store.is_empty());
    assert!(report
        .notice()
        .starts_with("The old call history file (calls.journal) wasn't one Callboard can read"));
}

/// A journal where attempts 1 and 2 both name call "call-1" (only a hand-edited journal
/// can say that).
fn journal_sharing_a_call_id() -> String {
    let shared = JournalRecord::Outcome {
        request_id: Uuid::from_u128(2),
        at: t0(),
        outcome: callboard_core::calls::Outcome::Placed {
            call_id: "call-1".into(),
        },
    };
    [sending(1, t0()), placed(1, t0()), sending(2, t0()), shared]
        .iter()
        .map(line)
        .collect()
}

#[test]
fn a_call_id_named_by_two_entries_stays_with_the_first_into_an_empty_store_or_not() {
    for store_had_attempts in [false, true] {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join(JOURNAL_FILE_NAME);
        std::fs::write(&journal, journal_sharing_a_call_id()).unwrap();
        let (store, _) = CallStore::open(dir.path().join("calls.sqlite3"), options(t0())).unwrap();
        if store_had_attempts {
            store.append(&sending(9, t0())).unwrap();
        }
        let report = import_journal(&store, &journal).unwrap().unwrap();
        let what = format!("store had attempts: {store_had_attempts}");
        assert_eq!((report.imported, report.unlinked), (2, 1), "{what}");
        let call = |n| store.entry(Uuid::from_u128(n)).unwrap().call_id;
        assert_eq!(call(1).as_deref(), Some("call-1"), "{what}");
        assert_eq!(call(2), None, "{what}");
    }
}

#[test]
fn an_import_cut_off_between_its_commit_and_the_rename_only_renames_the_next_time() {
    let (dir, journal, store) = data_dir_with("clean.journal");
    let first = import_journal(&store, &journal).unwrap().unwrap();
    let before = store.len();
    // The crash: committed, but the journal still has its old name at the next start.
    std::fs::rename(dir.path().join("calls.journal.imported"), &journal).unwrap();
    let again = import_journal(&store, &journal).unwrap().unwrap();
    assert_eq!((again.imported, again.already_present), (0, first.imported));
    assert_eq!(store.len(), before, "nothing written twice");
    assert_same_entries(&store, &expected("clean.expected.json"));
    assert!(!journal.exists());
}
