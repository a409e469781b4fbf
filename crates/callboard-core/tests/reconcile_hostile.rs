//! A server that pages forever, or ignores `offset`, cannot keep a lookup going: it stops
//! at its cap (and says so) or as soon as no page brings anything new.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::fake_api::{query_param, FakeApi};
use crate::placement_support::client_for;
use callboard_core::calls::{JournalRecord, Outcome, RequestSummary};
use callboard_core::clock::FixedClock;
use callboard_core::placement::CallPlacer;
use callboard_core::store::{CallStore, StoreOptions};
use chrono::{DateTime, TimeZone, Utc};
use serde_json::json;
use std::sync::Arc;
use uuid::Uuid;

const ID: Uuid = Uuid::from_u128(0x77);

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 3, 10, 0, 0).unwrap()
}

async fn reconcile_against(api: &FakeApi) -> callboard_core::calls::CallEntry {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FixedClock::new(t0()));
    let options = StoreOptions {
        clock: clock.clone(),
        ..StoreOptions::default()
    };
    let (store, _) = CallStore::open(dir.path().join("calls.sqlite3"), options).unwrap();
    let store = Arc::new(store);
    let request = RequestSummary {
        contact_id: "contact-1".into(),
        agent_id: "agent-1".into(),
        from_number_id: "pn-1".into(),
        body: json!({}),
        labels: Default::default(),
        due_at: None,
        campaign_id: None,
    };
    store
        .append(&JournalRecord::Sending {
            request_id: ID,
            at: t0(),
            request,
        })
        .unwrap();
    let outcome = Outcome::OutcomeUnknown {
        code: "timeout".into(),
        message: "Outcome unknown".into(),
    };
    store
        .append(&JournalRecord::Outcome {
            request_id: ID,
            at: t0(),
            outcome,
        })
        .unwrap();
    let client = client_for(&api.base_url, "test-key", std::time::Duration::from_secs(5));
    CallPlacer::new(client, store, clock)
        .reconcile(ID)
        .await
        .unwrap()
}

/// A full page of calls by another contact, all created "now" so none is ever too old.
fn page(first: u64) -> String {
    let calls: Vec<_> = (first..first + 100)
        .map(|n| {
            json!({"id": format!("call-{n}"), "agent_id": "agent-1",
                   "contact": {"id": "someone-else"}, "created_at": t0().to_rfc3339()})
        })
        .collect();
    json!({"data": calls, "count": 1}).to_string()
}

#[tokio::test]
async fn a_server_that_pages_forever_is_read_up_to_the_cap_and_the_message_says_so() {
    let api = FakeApi::start(|seen| {
        let offset: u64 = query_param(&seen.target, "offset")
            .unwrap()
            .parse()
            .unwrap();
        (200, page(offset))
    })
    .await;
    let entry = reconcile_against(&api).await;
    let reconciliation = entry.reconciliation.unwrap();
    let searched = reconciliation.searched.clone().unwrap();
    assert!(searched.stopped_at_limit);
    assert_eq!(searched.calls_read, 20_000);
    assert_eq!(api.list_requests().len(), 200);
    assert!(reconciliation.message().contains("Callboard stopped there"));
}

#[tokio::test]
async fn a_server_that_ignores_the_offset_is_read_once_more_and_then_left_alone() {
    let api = FakeApi::start(|_| (200, page(0))).await;
    let entry = reconcile_against(&api).await;
    let searched = entry.reconciliation.unwrap().searched.unwrap();
    assert_eq!(searched.calls_read, 100);
    assert!(!searched.stopped_at_limit);
    assert_eq!(api.list_requests().len(), 2);
}
