//! The journal opens whatever is on disk: missing files, torn tails, damaged lines and
//! attempts interrupted while sending, and it compacts without losing anything.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use callboard_core::clock::FixedClock;
use callboard_core::journal::{
    CallJournal, CallLabels, CallState, JournalOptions, JournalRecord, Outcome, RequestSummary,
    StatusSnapshot,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::io::Write;
use std::sync::Arc;
use uuid::Uuid;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap()
}

fn sending(n: u128, at: DateTime<Utc>) -> JournalRecord {
    JournalRecord::Sending {
        request_id: Uuid::from_u128(n),
        at,
        request: RequestSummary {
            contact_id: format!("contact-{n}"),
            agent_id: "agent-1".into(),
            from_number_id: "pn-1".into(),
            body: serde_json::json!({"contact_id": format!("contact-{n}"), "agent_id": "agent-1",
                "from_number_id": "pn-1", "metadata": {"callboard_request_id": Uuid::from_u128(n)}}),
            labels: CallLabels {
                contact_name: "Ana García".into(),
                ..CallLabels::default()
            },
            due_at: None,
        },
    }
}

fn placed(n: u128, at: DateTime<Utc>) -> JournalRecord {
    JournalRecord::Outcome {
        request_id: Uuid::from_u128(n),
        at,
        outcome: Outcome::Placed {
            call_id: format!("call-{n}"),
        },
    }
}

fn options(now: DateTime<Utc>) -> JournalOptions {
    JournalOptions {
        clock: Arc::new(FixedClock::new(now)),
        ..JournalOptions::default()
    }
}

#[test]
fn a_missing_file_opens_as_an_empty_journal_and_its_folders_are_created() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/deeper/calls.jsonl");
    let (journal, report) = CallJournal::open(&path).unwrap();
    assert!(journal.is_empty());
    assert_eq!(report.records, 0);
    assert!(!report.torn_tail);
    assert!(path.exists());
}

#[test]
fn an_appended_record_is_on_disk_and_reads_back_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    {
        let (journal, _) = CallJournal::open(&path).unwrap();
        journal.append(&sending(1, t0())).unwrap();
        journal.append(&placed(1, t0())).unwrap();
    }
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 2);
    assert!(text.lines().all(|l| l.len() > 9 && l.as_bytes()[8] == b' '));
    let (journal, report) = CallJournal::open(&path).unwrap();
    assert_eq!(report.records, 2);
    let entry = journal.entry(Uuid::from_u128(1)).unwrap();
    assert_eq!(entry.state, CallState::Placed);
    assert_eq!(entry.call_id.as_deref(), Some("call-1"));
    assert_eq!(entry.request.labels.contact_name, "Ana García");
}

#[test]
fn a_torn_last_line_is_cut_away_and_the_next_append_stays_readable() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    {
        let (journal, _) = CallJournal::open(&path).unwrap();
        journal.append(&sending(1, t0())).unwrap();
        journal.append(&placed(1, t0())).unwrap();
    }
    let good_len = std::fs::metadata(&path).unwrap().len();
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    file.write_all(b"0badc0de {\"type\":\"sending\",\"request_")
        .unwrap();
    drop(file);

    let (journal, report) = CallJournal::open_with(&path, options(t0())).unwrap();
    assert!(report.torn_tail);
    assert_eq!(report.skipped, 0);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), good_len);
    journal.append(&sending(2, t0())).unwrap();
    drop(journal);

    let (journal, report) = CallJournal::open(&path).unwrap();
    assert!(!report.torn_tail);
    assert_eq!(report.skipped, 0);
    assert_eq!(journal.len(), 2);
}

#[test]
fn damaged_lines_in_the_middle_are_skipped_and_counted_without_failing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    {
        let (journal, _) = CallJournal::open(&path).unwrap();
        journal.append(&sending(1, t0())).unwrap();
    }
    let mut text = std::fs::read_to_string(&path).unwrap();
    // A flipped bit (checksum mismatch), then valid checksum over invalid JSON.
    let flipped = text.replace("contact-1", "contact-9");
    let bad_json = "not json";
    let bad_json_line = format!("{:08x} {bad_json}\n", crc32fast::hash(bad_json.as_bytes()));
    text = format!("{flipped}{bad_json_line}\u{0}\u{0}garbage\n{text}");
    std::fs::write(&path, text).unwrap();

    let (journal, report) = CallJournal::open_with(&path, options(t0())).unwrap();
    assert_eq!(report.skipped, 3);
    assert_eq!(report.records, 1);
    assert_eq!(
        journal
            .entry(Uuid::from_u128(1))
            .unwrap()
            .request
            .contact_id,
        "contact-1"
    );
}

#[test]
fn an_attempt_left_sending_by_a_crash_becomes_outcome_unknown_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    {
        let (journal, _) = CallJournal::open(&path).unwrap();
        journal.append(&sending(1, t0())).unwrap();
        journal.append(&sending(2, t0())).unwrap();
        journal.append(&placed(2, t0())).unwrap();
    }
    let later = t0() + Duration::minutes(3);
    let (journal, report) = CallJournal::open_with(&path, options(later)).unwrap();
    assert_eq!(report.interrupted, 1);
    let entry = journal.entry(Uuid::from_u128(1)).unwrap();
    assert_eq!(entry.state, CallState::OutcomeUnknown);
    assert_eq!(entry.outcome_at, Some(later));
    match entry.outcome.unwrap() {
        Outcome::OutcomeUnknown { code, message } => {
            assert_eq!(code, "interrupted");
            assert!(message.contains("Check before calling again"));
        }
        other => panic!("unexpected outcome {other:?}"),
    }
    assert_eq!(
        journal.entry(Uuid::from_u128(2)).unwrap().state,
        CallState::Placed
    );
    drop(journal);
    // The conversion is itself durable: a second open finds nothing left to convert.
    let (journal, report) = CallJournal::open(&path).unwrap();
    assert_eq!(report.interrupted, 0);
    assert_eq!(
        journal.entry(Uuid::from_u128(1)).unwrap().state,
        CallState::OutcomeUnknown
    );
}

#[test]
fn compaction_keeps_every_entry_identical_and_drops_superseded_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    let (journal, _) = CallJournal::open(&path).unwrap();
    for n in 0..20u128 {
        let at = t0() + Duration::seconds(n as i64);
        journal.append(&sending(n, at)).unwrap();
        journal.append(&placed(n, at)).unwrap();
        journal
            .append(&JournalRecord::StatusUpdate {
                request_id: Uuid::from_u128(n),
                status: StatusSnapshot::new(at + Duration::seconds(5), "in-progress"),
            })
            .unwrap();
        for k in 0..10 {
            journal
                .append(&JournalRecord::Checked {
                    request_id: Uuid::from_u128(n),
                    at: at + Duration::seconds(10 + k),
                })
                .unwrap();
        }
    }
    let before = journal.entries();
    assert_eq!(journal.file_record_count(), 20 * 13);
    journal.compact().unwrap();
    assert_eq!(journal.file_record_count(), 20 * 4);
    assert_eq!(journal.entries(), before);
    journal.append(&sending(100, t0())).unwrap();
    drop(journal);

    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| !name.ends_with(".lock"))
        .collect();
    assert_eq!(
        leftovers,
        ["calls.jsonl"],
        "no temporary file is left behind"
    );
    let (journal, report) = CallJournal::open(&path).unwrap();
    assert_eq!(report.records, 20 * 4 + 1);
    assert_eq!(&journal.entries()[1..], &before[..]);
}

#[test]
fn opening_a_journal_with_many_superseded_records_compacts_it_and_keeps_damaged_lines_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    {
        let (journal, _) = CallJournal::open(&path).unwrap();
        journal.append(&sending(1, t0())).unwrap();
        for k in 0..50 {
            journal
                .append(&JournalRecord::Checked {
                    request_id: Uuid::from_u128(1),
                    at: t0() + Duration::seconds(k),
                })
                .unwrap();
        }
    }
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(&path)
        .unwrap();
    file.write_all(b"damaged line\n").unwrap();
    drop(file);
    let opts = JournalOptions {
        compact_min_superseded: 10,
        ..options(t0())
    };
    let (journal, report) = CallJournal::open_with(&path, opts).unwrap();
    assert!(report.compacted);
    assert_eq!(report.skipped, 1);
    // Sending, the interrupted outcome, and the last check.
    assert_eq!(journal.file_record_count(), 3);
    let copies: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".damaged-"))
        .collect();
    assert_eq!(copies.len(), 1);
    let entry = journal.entry(Uuid::from_u128(1)).unwrap();
    assert_eq!(entry.last_checked, Some(t0() + Duration::seconds(49)));
}

#[test]
fn a_journal_path_that_cannot_be_opened_is_a_storage_error_with_a_plain_message() {
    let dir = tempfile::tempdir().unwrap();
    let err = CallJournal::open(dir.path()).unwrap_err();
    assert_eq!(err.code(), "storage");
    assert_eq!(err.field(), None);
    assert!(err
        .to_string()
        .starts_with("Callboard couldn't open its call history"));
}

#[test]
fn records_for_unknown_or_repeated_attempts_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = CallJournal::open(dir.path().join("calls.jsonl")).unwrap();
    let err = journal.append(&placed(5, t0())).unwrap_err();
    assert_eq!(err.code(), "not_found");
    journal.append(&sending(5, t0())).unwrap();
    let err = journal.append(&sending(5, t0())).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert_eq!(journal.file_record_count(), 1);
}

#[test]
fn appends_from_many_threads_all_land_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    let (journal, _) = CallJournal::open(&path).unwrap();
    let journal = Arc::new(journal);
    let handles: Vec<_> = (0..4u128)
        .map(|t| {
            let journal = Arc::clone(&journal);
            std::thread::spawn(move || {
                for i in 0..25u128 {
                    let n = t * 1000 + i;
                    journal.append(&sending(n, t0())).unwrap();
                    journal.append(&placed(n, t0())).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    drop(journal);
    let (journal, report) = CallJournal::open(&path).unwrap();
    assert_eq!(report.records, 200);
    assert_eq!(report.skipped, 0);
    assert!(journal
        .entries()
        .iter()
        .all(|e| e.state == CallState::Placed));
}
