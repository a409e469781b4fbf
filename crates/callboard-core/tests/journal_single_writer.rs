//! One writer per data folder: a second `CallJournal::open` on the same journal, from this
//! process or another one, is refused with `already_open` and leaves the file untouched.
//!
//! The other process is this test binary re-executed (as in `journal_kill.rs`): it opens
//! the journal, prints `holding <pid>`, and keeps it open until its standard input closes,
//! so the parent decides when it lets go without any sleep.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use callboard_core::clock::FixedClock;
use callboard_core::journal::{
    CallJournal, JournalError, JournalOptions, JournalRecord, RequestSummary,
};
use chrono::{DateTime, TimeZone, Utc};
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::sync::Arc;
use uuid::Uuid;

const HOLDER_PATH_VAR: &str = "CALLBOARD_LOCK_TEST_JOURNAL";

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap()
}

fn sending(n: u128) -> JournalRecord {
    JournalRecord::Sending {
        request_id: Uuid::from_u128(n),
        at: t0(),
        request: RequestSummary {
            contact_id: format!("contact-{n}"),
            agent_id: "agent-1".into(),
            from_number_id: "pn-1".into(),
            body: serde_json::json!({}),
            labels: Default::default(),
            due_at: None,
        },
    }
}

/// Options that would compact at once: a refused open must not compact either.
fn eager_compaction() -> JournalOptions {
    JournalOptions {
        clock: Arc::new(FixedClock::new(t0())),
        compact_min_superseded: 1,
    }
}

fn assert_already_open(err: &JournalError) {
    assert_eq!(err.code(), "already_open", "{err:?}");
    let message = err.to_string();
    assert!(
        message.starts_with("Callboard is already open on this computer (")
            && message.ends_with("). Close the other window first."),
        "{message}"
    );
}

#[test]
fn a_second_open_of_the_same_journal_in_one_process_is_refused_until_the_first_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    let (first, _) = CallJournal::open(&path).unwrap();
    first.append(&sending(1)).unwrap();
    let before = std::fs::read(&path).unwrap();

    let err = CallJournal::open_with(&path, eager_compaction()).unwrap_err();
    assert_already_open(&err);
    assert!(err.to_string().contains(&std::process::id().to_string()));
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the refused open wrote nothing"
    );

    // The first journal keeps working, and its records are all there after it closes.
    first.append(&sending(2)).unwrap();
    drop(first);
    let (again, report) = CallJournal::open(&path).unwrap();
    assert_eq!(again.len(), 2);
    assert_eq!(report.interrupted, 2);
}

#[test]
#[ignore = "runs only as the child process of the lock test"]
fn journal_holder_child_process() {
    let Ok(path) = std::env::var(HOLDER_PATH_VAR) else {
        return;
    };
    let (journal, _) = CallJournal::open(&path).unwrap();
    println!("holding {}", std::process::id());
    // Hold the journal until the parent closes our standard input.
    let mut rest = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut rest);
    drop(journal);
}

#[test]
fn a_journal_held_by_another_process_cannot_be_opened_until_that_process_exits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    {
        // Many superseded records: an open that was allowed would compact this file.
        let (journal, _) = CallJournal::open(&path).unwrap();
        journal.append(&sending(1)).unwrap();
        for k in 0..20 {
            journal
                .append(&JournalRecord::Checked {
                    request_id: Uuid::from_u128(1),
                    at: t0() + chrono::Duration::seconds(k),
                })
                .unwrap();
        }
    }
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "journal_holder_child_process", "--ignored"])
        .args(["--nocapture", "--test-threads=1", "-q"])
        .env(HOLDER_PATH_VAR, &path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while !line.starts_with("holding ") {
        line.clear();
        assert_ne!(
            out.read_line(&mut line).unwrap(),
            0,
            "the child never held the journal"
        );
    }
    let child_pid = line.trim().trim_start_matches("holding ").to_owned();
    let before = std::fs::read(&path).unwrap();

    let err = CallJournal::open_with(&path, eager_compaction()).unwrap_err();
    assert_already_open(&err);
    assert!(err.to_string().contains(&child_pid), "{err}");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "no compaction without the lock"
    );

    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
    let (journal, report) = CallJournal::open_with(&path, eager_compaction()).unwrap();
    assert!(report.compacted);
    assert_eq!(journal.len(), 1);
}
