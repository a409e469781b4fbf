//! Reconciliation never hands a server call that already belongs to one store entry to
//! another attempt, even when the server does not echo our metadata and only contact and
//! agent can match.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::fake_api::FakeApi;
use crate::placement_support::client_for;
use callboard_core::calls::{CallState, JournalRecord, MatchedBy, Outcome, RequestSummary};
use callboard_core::clock::FixedClock;
use callboard_core::placement::CallPlacer;
use callboard_core::store::{CallStore, StoreOptions};
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::json;
use std::sync::Arc;
use uuid::Uuid;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 3, 10, 0, 0).unwrap()
}

const A: Uuid = Uuid::from_u128(0xA);
const B: Uuid = Uuid::from_u128(0xB);

fn sending(request_id: Uuid, at: DateTime<Utc>) -> JournalRecord {
    JournalRecord::Sending {
        request_id,
        at,
        request: RequestSummary {
            contact_id: "contact-1".into(),
            agent_id: "agent-1".into(),
            from_number_id: "pn-1".into(),
            body: json!({}),
            labels: Default::default(),
            due_at: None,
            campaign_id: None,
        },
    }
}

fn unknown(request_id: Uuid, at: DateTime<Utc>) -> JournalRecord {
    JournalRecord::Outcome {
        request_id,
        at,
        outcome: Outcome::OutcomeUnknown {
            code: "timeout".into(),
            message: "Outcome unknown".into(),
        },
    }
}

/// A call as a server that drops `metadata` lists it: same contact and agent as both
/// attempts, created `secs` after t0.
fn untagged_call(id: &str, secs: i64) -> serde_json::Value {
    json!({
        "id": id,
        "agent_id": "agent-1",
        "contact": {"id": "contact-1"},
        "call_status": "completed",
        "created_at": (t0() + Duration::seconds(secs)).to_rfc3339(),
    })
}

async fn placer_for(
    calls: Vec<serde_json::Value>,
) -> (CallPlacer, Arc<CallStore>, tempfile::TempDir) {
    let api = FakeApi::start(move |_| {
        (
            200,
            json!({"data": calls, "count": calls.len()}).to_string(),
        )
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(t0() + Duration::minutes(3)));
    let options = StoreOptions {
        clock: clock.clone(),
        ..StoreOptions::default()
    };
    let (store, _) = CallStore::open(dir.path().join("calls.sqlite3"), options).unwrap();
    let store = Arc::new(store);
    let client = client_for(&api.base_url, "test-key", std::time::Duration::from_secs(5));
    // The fake server keeps serving after its handle goes, until the runtime ends.
    drop(api);
    (CallPlacer::new(client, store.clone(), clock), store, dir)
}

#[tokio::test]
async fn a_call_already_placed_for_one_attempt_is_never_matched_to_another_attempt() {
    let (placer, store, _dir) = placer_for(vec![untagged_call("call-A", 70)]).await;
    store.append(&sending(A, t0())).unwrap();
    let placed = Outcome::Placed {
        call_id: "call-A".into(),
    };
    store
        .append(&JournalRecord::Outcome {
            request_id: A,
            at: t0(),
            outcome: placed,
        })
        .unwrap();
    store
        .append(&sending(B, t0() + Duration::minutes(1)))
        .unwrap();
    store
        .append(&unknown(B, t0() + Duration::minutes(1)))
        .unwrap();

    let entry = placer.reconcile(B).await.unwrap();
    assert_eq!(entry.call_id, None, "call-A is A's, not B's");
    assert_eq!(entry.state, CallState::OutcomeUnknown);
    assert_eq!(store.call_claimed_by("call-A"), Some(A));
}

#[tokio::test]
async fn a_call_already_matched_by_reconciliation_is_never_matched_to_another_attempt() {
    let (placer, store, _dir) = placer_for(vec![untagged_call("call-A", 70)]).await;
    store.append(&sending(A, t0())).unwrap();
    store.append(&unknown(A, t0())).unwrap();
    store
        .append(&sending(B, t0() + Duration::minutes(1)))
        .unwrap();
    store
        .append(&unknown(B, t0() + Duration::minutes(1)))
        .unwrap();

    let a = placer.reconcile(A).await.unwrap();
    assert_eq!(a.call_id.as_deref(), Some("call-A"));
    let b = placer.reconcile(B).await.unwrap();
    assert_eq!(b.call_id, None, "call-A was already matched to A");
    assert_eq!(b.state, CallState::OutcomeUnknown);
}

#[tokio::test]
async fn an_unclaimed_call_is_still_matched_by_contact_and_agent_next_to_a_claimed_one() {
    let calls = vec![untagged_call("call-B", 75), untagged_call("call-A", 70)];
    let (placer, store, _dir) = placer_for(calls).await;
    store.append(&sending(A, t0())).unwrap();
    let placed = Outcome::Placed {
        call_id: "call-A".into(),
    };
    store
        .append(&JournalRecord::Outcome {
            request_id: A,
            at: t0(),
            outcome: placed,
        })
        .unwrap();
    store
        .append(&sending(B, t0() + Duration::minutes(1)))
        .unwrap();
    store
        .append(&unknown(B, t0() + Duration::minutes(1)))
        .unwrap();

    let entry = placer.reconcile(B).await.unwrap();
    assert_eq!(entry.call_id.as_deref(), Some("call-B"));
    let reconciliation = entry.reconciliation.unwrap();
    assert_eq!(reconciliation.matched_by, Some(MatchedBy::ContactAndAgent));
}

#[test]
fn the_store_refuses_to_record_a_second_owner_for_one_server_call() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = CallStore::open_default(dir.path().join("calls.sqlite3")).unwrap();
    store.append(&sending(A, t0())).unwrap();
    let placed = Outcome::Placed {
        call_id: "call-A".into(),
    };
    store
        .append(&JournalRecord::Outcome {
            request_id: A,
            at: t0(),
            outcome: placed,
        })
        .unwrap();
    store.append(&sending(B, t0())).unwrap();
    let err = store
        .append(&JournalRecord::Reconciled {
            request_id: B,
            at: t0(),
            call_id: Some("call-A".into()),
            matched_by: Some(MatchedBy::ContactAndAgent),
            searched: None,
        })
        .unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert_eq!(store.entry(B).unwrap().call_id, None);
}
