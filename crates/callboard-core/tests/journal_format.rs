//! The on-disk format and the folding of records into entries, pinned so that old
//! journals stay readable.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use callboard_core::journal::{
    CallJournal, CallState, JournalRecord, MatchedBy, Outcome, RequestSummary, StatusSnapshot,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use uuid::Uuid;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap()
}

fn id() -> Uuid {
    Uuid::from_u128(0x1234)
}

fn sending() -> JournalRecord {
    JournalRecord::Sending {
        request_id: id(),
        at: t0(),
        request: RequestSummary {
            contact_id: "c-1".into(),
            agent_id: "a-1".into(),
            from_number_id: "pn-1".into(),
            body: serde_json::json!({"contact_id": "c-1"}),
            labels: Default::default(),
            due_at: None,
        },
    }
}

#[test]
fn each_line_is_a_checksum_a_space_and_the_record_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    let (journal, _) = CallJournal::open(&path).unwrap();
    journal.append(&sending()).unwrap();
    journal
        .append(&JournalRecord::Outcome {
            request_id: id(),
            at: t0(),
            outcome: Outcome::Rejected {
                code: "rate_limited".into(),
                message: "Contactship is busy; try again in 30 s.".into(),
                field: None,
                retry_after_secs: Some(30),
            },
        })
        .unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let second = text.lines().nth(1).unwrap();
    let json = r#"{"outcome":{"request_id":"00000000-0000-0000-0000-000000001234","at":"2026-06-15T14:30:00Z","outcome":{"kind":"rejected","code":"rate_limited","message":"Contactship is busy; try again in 30 s.","retry_after_secs":30}}}"#;
    assert_eq!(
        second,
        format!("{:08x} {json}", crc32fast::hash(json.as_bytes()))
    );
}

#[test]
fn statuses_move_the_entry_through_scheduled_in_progress_and_completed() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = CallJournal::open(dir.path().join("calls.jsonl")).unwrap();
    journal.append(&sending()).unwrap();
    assert_eq!(journal.entry(id()).unwrap().state, CallState::Sending);
    let placed = Outcome::Placed {
        call_id: "call-1".into(),
    };
    let record = JournalRecord::Outcome {
        request_id: id(),
        at: t0(),
        outcome: placed,
    };
    journal.append(&record).unwrap();
    assert_eq!(journal.entry(id()).unwrap().state, CallState::Placed);
    let steps = [
        ("scheduled", CallState::Scheduled),
        ("in-queue", CallState::InProgress),
        ("in-progress", CallState::InProgress),
        ("no-answer", CallState::Completed),
    ];
    for (i, (status, state)) in steps.into_iter().enumerate() {
        let at = t0() + Duration::minutes(i as i64 + 1);
        journal
            .append(&JournalRecord::StatusUpdate {
                request_id: id(),
                status: StatusSnapshot::new(at, status),
            })
            .unwrap();
        let entry = journal.entry(id()).unwrap();
        assert_eq!(entry.state, state, "after {status}");
        assert_eq!(entry.last_checked, Some(at));
        assert_eq!(entry.updated_at, at);
    }
    let entry = journal.entry(id()).unwrap();
    assert!(entry.is_settled());
    assert_eq!(entry.status_history.len(), 4);
    assert!(entry.latest_status().unwrap().is_final());
}

#[test]
fn a_reconciled_call_turns_an_unknown_outcome_into_placed_and_keeps_the_original_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = CallJournal::open(dir.path().join("calls.jsonl")).unwrap();
    journal.append(&sending()).unwrap();
    let unknown = Outcome::OutcomeUnknown {
        code: "timeout".into(),
        message: "Outcome unknown".into(),
    };
    journal
        .append(&JournalRecord::Outcome {
            request_id: id(),
            at: t0(),
            outcome: unknown.clone(),
        })
        .unwrap();
    assert_eq!(
        journal.entry(id()).unwrap().state,
        CallState::OutcomeUnknown
    );
    journal
        .append(&JournalRecord::Reconciled {
            request_id: id(),
            at: t0() + Duration::minutes(1),
            call_id: Some("call-9".into()),
            matched_by: Some(MatchedBy::RequestId),
            searched: None,
        })
        .unwrap();
    let entry = journal.entry(id()).unwrap();
    assert_eq!(entry.state, CallState::Placed);
    assert_eq!(entry.call_id.as_deref(), Some("call-9"));
    assert_eq!(entry.outcome, Some(unknown));
}

#[test]
fn entries_are_listed_newest_first_and_paged() {
    let dir = tempfile::tempdir().unwrap();
    let (journal, _) = CallJournal::open(dir.path().join("calls.jsonl")).unwrap();
    for n in 0..5u128 {
        let JournalRecord::Sending { request, .. } = sending() else {
            unreachable!()
        };
        journal
            .append(&JournalRecord::Sending {
                request_id: Uuid::from_u128(n),
                at: t0() + Duration::seconds(n as i64),
                request,
            })
            .unwrap();
    }
    let ids: Vec<u128> = journal
        .entries()
        .iter()
        .map(|e| e.request_id.as_u128())
        .collect();
    assert_eq!(ids, vec![4, 3, 2, 1, 0]);
    let page: Vec<u128> = journal
        .entries_page(1, 2)
        .iter()
        .map(|e| e.request_id.as_u128())
        .collect();
    assert_eq!(page, vec![3, 2]);
}
