//! Records fold into entries through the store exactly as they did through the journal,
//! survive reopening, and the journal's append rules still hold.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::store_support::{options, placed, sending, t0};
use callboard_core::call_query::{CallQuery, PageRequest};
use callboard_core::calls::{CallState, JournalRecord, MatchedBy, Outcome, StatusSnapshot};
use callboard_core::store::{CallStore, StoreSnapshot};
use chrono::Duration;
use std::sync::Arc;
use uuid::Uuid;

fn id() -> Uuid {
    Uuid::from_u128(0x1234)
}

fn open(dir: &tempfile::TempDir) -> CallStore {
    CallStore::open_default(dir.path().join("calls.sqlite3"))
        .unwrap()
        .0
}

#[test]
fn statuses_move_the_entry_through_scheduled_in_progress_and_completed() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    store.append(&sending(0x1234, t0())).unwrap();
    assert_eq!(store.entry(id()).unwrap().state, CallState::Sending);
    store.append(&placed(0x1234, t0())).unwrap();
    assert_eq!(store.entry(id()).unwrap().state, CallState::Placed);
    let steps = [
        ("scheduled", CallState::Scheduled),
        ("in-queue", CallState::InProgress),
        ("in-progress", CallState::InProgress),
        ("no-answer", CallState::Completed),
    ];
    for (i, (status, state)) in steps.into_iter().enumerate() {
        let at = t0() + Duration::minutes(i as i64 + 1);
        store
            .append(&JournalRecord::StatusUpdate {
                request_id: id(),
                status: StatusSnapshot::new(at, status),
            })
            .unwrap();
        let entry = store.entry(id()).unwrap();
        assert_eq!(entry.state, state, "after {status}");
        assert_eq!(entry.last_checked, Some(at));
        assert_eq!(entry.updated_at, at);
    }
    let entry = store.entry(id()).unwrap();
    assert!(entry.is_settled());
    assert_eq!(entry.status_history.len(), 4);
    assert!(entry.latest_status().unwrap().is_final());
    assert!(
        store
            .due_for_check(t0() + chrono::Duration::days(30))
            .is_empty(),
        "a settled call is not polled"
    );
}

#[test]
fn a_reconciled_call_turns_an_unknown_outcome_into_placed_and_keeps_the_original_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    store.append(&sending(0x1234, t0())).unwrap();
    let unknown = Outcome::OutcomeUnknown {
        code: "timeout".into(),
        message: "Outcome unknown".into(),
    };
    store
        .append(&JournalRecord::Outcome {
            request_id: id(),
            at: t0(),
            outcome: unknown.clone(),
        })
        .unwrap();
    assert_eq!(store.entry(id()).unwrap().state, CallState::OutcomeUnknown);
    store
        .append(&JournalRecord::Reconciled {
            request_id: id(),
            at: t0() + Duration::minutes(1),
            call_id: Some("call-9".into()),
            matched_by: Some(MatchedBy::RequestId),
            searched: None,
        })
        .unwrap();
    let entry = store.entry(id()).unwrap();
    assert_eq!(entry.state, CallState::Placed);
    assert_eq!(entry.call_id.as_deref(), Some("call-9"));
    assert_eq!(entry.outcome, Some(unknown));
    assert_eq!(store.call_claimed_by("call-9"), Some(id()));
}

#[test]
fn pages_are_newest_first_and_equal_times_keep_the_order_they_were_recorded_in() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    for n in 0..5u128 {
        store
            .append(&sending(n, t0() + Duration::seconds(n as i64 % 3)))
            .unwrap();
    }
    let ids = |p: PageRequest| -> Vec<u128> {
        store
            .page(&CallQuery::default(), p)
            .expect("a page")
            .iter()
            .map(|e| e.request_id.as_u128())
            .collect()
    };
    // Seconds 0,1,2,0,1: newest time first, later-recorded first among equals.
    assert_eq!(ids(PageRequest::new(0, 50)), vec![2, 4, 1, 3, 0]);
    assert_eq!(ids(PageRequest::new(1, 2)), vec![4, 1]);
    assert_eq!(store.len(), 5);
}

#[test]
fn an_appended_record_is_on_disk_and_reads_back_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    {
        let (store, _) = CallStore::open_default(&path).unwrap();
        store.append(&sending(1, t0())).unwrap();
        store.append(&placed(1, t0())).unwrap();
        // Committed means readable by another connection before this one closes.
        let other = StoreSnapshot::open(&path).unwrap();
        assert_eq!(
            other.entry(Uuid::from_u128(1)).unwrap().state,
            CallState::Placed
        );
    }
    let (store, report) = CallStore::open_default(&path).unwrap();
    assert!(!report.created);
    let entry = store.entry(Uuid::from_u128(1)).unwrap();
    assert_eq!(entry.state, CallState::Placed);
    assert_eq!(entry.call_id.as_deref(), Some("call-1"));
    assert_eq!(entry.request.labels.contact_name, "Ana García");
}

#[test]
fn an_attempt_left_sending_by_a_crash_becomes_outcome_unknown_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    {
        let (store, _) = CallStore::open_default(&path).unwrap();
        store.append(&sending(1, t0())).unwrap();
        store.append(&sending(2, t0())).unwrap();
        store.append(&placed(2, t0())).unwrap();
    }
    let later = t0() + Duration::minutes(3);
    let (store, report) = CallStore::open(&path, options(later)).unwrap();
    assert_eq!(report.interrupted, 1);
    assert_eq!(report.notices().len(), 1);
    assert!(report.notices()[0].starts_with("Callboard closed while 1 call was being sent."));
    let entry = store.entry(Uuid::from_u128(1)).unwrap();
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
        store.entry(Uuid::from_u128(2)).unwrap().state,
        CallState::Placed
    );
    drop(store);
    // The conversion is itself durable: a second open finds nothing left to convert.
    let (store, report) = CallStore::open_default(&path).unwrap();
    assert_eq!(report.interrupted, 0);
    assert_eq!(
        store.entry(Uuid::from_u128(1)).unwrap().state,
        CallState::OutcomeUnknown
    );
}

#[test]
fn a_store_path_that_cannot_be_opened_is_a_storage_error_with_a_plain_message() {
    let dir = tempfile::tempdir().unwrap();
    let err = CallStore::open_default(dir.path()).unwrap_err();
    assert_eq!(err.code(), "storage");
    assert_eq!(err.field(), None);
    assert!(err
        .to_string()
        .starts_with("Callboard couldn't open its call history"));
}

#[test]
fn records_for_unknown_or_repeated_attempts_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let err = store.append(&placed(5, t0())).unwrap_err();
    assert_eq!(err.code(), "not_found");
    store.append(&sending(5, t0())).unwrap();
    let err = store.append(&sending(5, t0())).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert_eq!(store.len(), 1);
    // A batch is all or nothing.
    let err = store
        .append_all(&[sending(6, t0()), placed(7, t0())])
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert_eq!(store.len(), 1);
    assert!(store.entry(Uuid::from_u128(6)).is_none());
}

#[test]
fn a_post_answer_naming_another_attempts_call_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    store.append(&sending(1, t0())).unwrap();
    store.append(&placed(1, t0())).unwrap();
    store.append(&sending(2, t0())).unwrap();
    let same_call = JournalRecord::Outcome {
        request_id: Uuid::from_u128(2),
        at: t0(),
        outcome: Outcome::Placed {
            call_id: "call-1".into(),
        },
    };
    let err = store.append(&same_call).unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert_eq!(
        store.entry(Uuid::from_u128(2)).unwrap().state,
        CallState::Sending
    );
}

#[test]
fn appends_from_many_threads_all_land_in_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    let (store, _) = CallStore::open_default(&path).unwrap();
    let store = Arc::new(store);
    let handles: Vec<_> = (0..4u128)
        .map(|t| {
            let store = Arc::clone(&store);
            std::thread::spawn(move || {
                for i in 0..25u128 {
                    let n = t * 1000 + i;
                    store.append(&sending(n, t0())).unwrap();
                    store.append(&placed(n, t0())).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    drop(store);
    let (store, _) = CallStore::open_default(&path).unwrap();
    assert_eq!(store.len(), 100);
    let page = store
        .page(&CallQuery::default(), PageRequest::new(0, 500))
        .expect("a page");
    assert!(page.iter().all(|e| e.state == CallState::Placed));
}

#[test]
fn the_agents_filter_lists_each_agent_once_with_its_newest_name() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    let with_agent = |n: u128, agent: &str, name: &str, mins: i64| {
        let mut r = sending(n, t0() + Duration::minutes(mins));
        if let JournalRecord::Sending { request, .. } = &mut r {
            request.agent_id = agent.into();
            request.labels.agent_name = name.into();
        }
        r
    };
    store
        .append(&with_agent(1, "agent-b", "Old name", 0))
        .unwrap();
    store.append(&with_agent(2, "agent-b", "Bruno", 5)).unwrap();
    store
        .append(&with_agent(3, "agent-a", "Álvaro", 1))
        .unwrap();
    assert_eq!(
        store.agents(),
        vec![
            ("agent-a".to_owned(), "Álvaro".to_owned()),
            ("agent-b".to_owned(), "Bruno".to_owned())
        ]
    );
}

#[test]
fn the_poller_gets_the_most_overdue_calls_in_batches_and_a_checked_call_waits_for_its_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir);
    // 300 placed calls; every third was just checked, the rest were never checked.
    for n in 1..=300u128 {
        store.append(&sending(n, t0())).unwrap();
        store.append(&placed(n, t0())).unwrap();
        if n % 3 == 0 {
            store
                .append(&checked(n, t0() + Duration::seconds(1)))
                .unwrap();
        }
    }
    // One never placed (no call id) is never due.
    store.append(&sending(999, t0())).unwrap();
    let due = |at| -> Vec<u128> {
        store
            .due_for_check(at)
            .iter()
            .map(|e| e.request_id.as_u128())
            .collect()
    };
    let first = due(t0() + Duration::seconds(2));
    assert_eq!(first.len(), CallStore::DUE_BATCH, "one batch at a time");
    assert!(
        first.iter().all(|n| n % 3 != 0),
        "never-checked calls first: {first:?}"
    );
    for n in &first {
        store
            .append(&checked(*n, t0() + Duration::seconds(2)))
            .unwrap();
    }
    // Checked, the first batch waits five seconds; the next batch is the other never-checked.
    let second = due(t0() + Duration::seconds(3));
    assert_eq!(second.len(), 100);
    assert!(second.iter().all(|n| n % 3 != 0 && !first.contains(n)));
    // The calls checked at +1 s are due at +6 s, before those checked at +2 s (due at +7 s).
    for n in &second {
        store
            .append(&checked(*n, t0() + Duration::seconds(3)))
            .unwrap();
    }
    let third = due(t0() + Duration::seconds(6));
    assert_eq!(third.len(), 100);
    assert!(third.iter().all(|n| n % 3 == 0), "{third:?}");
    let entry = &store.due_for_check(t0() + Duration::seconds(6))[0];
    assert!(
        entry.call_id.is_some() && entry.last_checked.is_some(),
        "due rows are whole entries"
    );
}

fn checked(n: u128, at: chrono::DateTime<chrono::Utc>) -> JournalRecord {
    JournalRecord::Checked {
        request_id: Uuid::from_u128(n),
        at,
    }
}
