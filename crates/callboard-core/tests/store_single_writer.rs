//! One writer per data folder: a second `CallStore::open` on the same database, from this
//! process or another one, is refused with `already_open` and changes nothing (an open that
//! was allowed would turn the holder's in-flight "sending" attempts into "outcome unknown").
//!
//! The other process is this test binary re-executed (as in `store_kill.rs`): it opens
//! the store, prints `holding <pid>`, and keeps it open until its standard input closes,
//! so the parent decides when it lets go without any sleep.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::store_support::{options, sending, t0};
use callboard_core::calls::CallState;
use callboard_core::store::{CallStore, StoreError, StoreSnapshot};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Command, Stdio};
use uuid::Uuid;

const HOLDER_PATH_VAR: &str = "CALLBOARD_LOCK_TEST_STORE";

fn assert_already_open(err: &StoreError) {
    assert_eq!(err.code(), "already_open", "{err:?}");
    let message = err.to_string();
    assert!(
        message.starts_with("Callboard is already open on this computer (")
            && message.ends_with("). Close the other window first."),
        "{message}"
    );
}

/// What a reader sees of attempt `n`.
fn state_on_disk(path: &Path, n: u128) -> Option<CallState> {
    StoreSnapshot::open(path)
        .unwrap()
        .entry(Uuid::from_u128(n))
        .map(|e| e.state)
}

#[test]
fn a_second_open_of_the_same_store_in_one_process_is_refused_until_the_first_is_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    let (first, _) = CallStore::open_default(&path).unwrap();
    first.append(&sending(1, t0())).unwrap();

    let err = CallStore::open(&path, options(t0())).unwrap_err();
    assert_already_open(&err);
    assert!(err.to_string().contains(&std::process::id().to_string()));
    assert_eq!(
        state_on_disk(&path, 1),
        Some(CallState::Sending),
        "the refused open wrote nothing"
    );

    // The first store keeps working, and its records are all there after it closes.
    first.append(&sending(2, t0())).unwrap();
    drop(first);
    let (again, report) = CallStore::open_default(&path).unwrap();
    assert_eq!(again.len(), 2);
    assert_eq!(report.interrupted, 2);
}

#[test]
#[ignore = "runs only as the child process of the lock test"]
fn store_holder_child_process() {
    let Ok(path) = std::env::var(HOLDER_PATH_VAR) else {
        return;
    };
    let (store, _) = CallStore::open_default(&path).unwrap();
    // An attempt in flight: an open allowed beside us would mark it "outcome unknown".
    store.append(&sending(1, t0())).unwrap();
    println!("holding {}", std::process::id());
    // Hold the store until the parent closes our standard input.
    let mut rest = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut rest);
    drop(store);
}

#[test]
fn a_store_held_by_another_process_cannot_be_opened_until_that_process_exits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "store_single_writer::store_holder_child_process",
            "--ignored",
        ])
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
            "the child never held the store"
        );
    }
    let child_pid = line.trim().trim_start_matches("holding ").to_owned();
    assert_eq!(state_on_disk(&path, 1), Some(CallState::Sending));

    let err = CallStore::open(&path, options(t0())).unwrap_err();
    assert_already_open(&err);
    assert!(err.to_string().contains(&child_pid), "{err}");
    assert_eq!(
        state_on_disk(&path, 1),
        Some(CallState::Sending),
        "no repair without the lock"
    );

    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
    let (store, report) = CallStore::open(&path, options(t0())).unwrap();
    assert_eq!(report.interrupted, 1);
    assert_eq!(store.len(), 1);
}
