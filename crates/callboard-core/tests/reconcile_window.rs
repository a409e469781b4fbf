//! Reconciliation looks in the right window and reads as far as it must: past hundreds of
//! later calls, with this computer's clock days off, and without panicking on absurd
//! dates; and it says what it read.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::placement_support::{Fixture, CREATE_CALL_PATH};
use callboard_core::calls::{CallState, JournalRecord, MatchedBy, Outcome, RequestSummary};
use chrono::{DateTime, Duration, TimeZone, Utc};
use contactship::{ContactCallRequest, ContactFilter};
use contactship_sandbox::{FaultAction, FaultRule};
use uuid::Uuid;

/// Places one call whose POST the server processed but answered with a 500, so the
/// attempt is "outcome unknown" while the call exists on the server.
async fn place_uncertain(fixture: &Fixture) -> Uuid {
    let fault = FaultRule::new(
        "POST",
        CREATE_CALL_PATH,
        FaultAction::Status {
            status: 500,
            body: None,
            content_type: None,
        },
    );
    fixture.sandbox.add_fault(fault.applied());
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    assert_eq!(result.code(), "server_error");
    result.request_id().unwrap()
}

/// A request to another contact, so its calls can never match by contact and agent.
async fn other_contact_request(fixture: &Fixture) -> ContactCallRequest {
    let contacts = fixture
        .client
        .list_contacts(&ContactFilter::default())
        .await
        .unwrap();
    let other = contacts
        .iter()
        .find(|c| c.id != fixture.contact_id)
        .unwrap();
    ContactCallRequest {
        contact_id: other.id.clone(),
        ..fixture.request()
    }
}

#[tokio::test]
async fn reconcile_finds_the_call_behind_six_hundred_later_calls_by_the_same_agent() {
    let fixture = Fixture::start().await;
    let request_id = place_uncertain(&fixture).await;
    let later = other_contact_request(&fixture).await;
    for _ in 0..600 {
        fixture.sandbox.advance_clock(Duration::seconds(1));
        fixture.client.call_contact(&later).await.unwrap();
    }
    let entry = fixture.placer.reconcile(request_id).await.unwrap();
    assert_eq!(entry.state, CallState::Placed);
    let reconciliation = entry.reconciliation.unwrap();
    assert_eq!(reconciliation.matched_by, Some(MatchedBy::RequestId));
    assert_eq!(reconciliation.searched.unwrap().calls_read, 601);
}

#[tokio::test]
async fn reconcile_finds_the_call_when_this_computers_clock_is_days_off_either_way() {
    for skew in [Duration::days(3), Duration::days(-3), Duration::hours(26)] {
        let fixture = Fixture::start().await;
        fixture.clock.set(fixture.sandbox.now() + skew);
        let request_id = place_uncertain(&fixture).await;
        // More than a page of later calls, so the lookup must know to read on.
        let later = other_contact_request(&fixture).await;
        for _ in 0..150 {
            fixture.sandbox.advance_clock(Duration::seconds(1));
            fixture.client.call_contact(&later).await.unwrap();
        }
        fixture
            .clock
            .advance(Duration::minutes(2) + Duration::seconds(150));
        fixture.sandbox.advance_clock(Duration::minutes(2));
        let entry = fixture.placer.reconcile(request_id).await.unwrap();
        assert_eq!(entry.state, CallState::Placed, "clock off by {skew}");
        assert_eq!(
            entry.reconciliation.unwrap().matched_by,
            Some(MatchedBy::RequestId)
        );
    }
}

#[tokio::test]
async fn a_fruitless_lookup_says_how_many_calls_it_read_and_over_which_times() {
    let fixture = Fixture::start().await;
    let later = other_contact_request(&fixture).await;
    let first = fixture.sandbox.now();
    for _ in 0..3 {
        fixture.client.call_contact(&later).await.unwrap();
        fixture.sandbox.advance_clock(Duration::minutes(10));
    }
    // Never reached the server: nothing to find.
    let fault = FaultRule::new("POST", CREATE_CALL_PATH, FaultAction::CloseAfterRead);
    fixture.sandbox.add_fault(fault);
    fixture.clock.set(fixture.sandbox.now());
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let entry = fixture
        .placer
        .reconcile(result.request_id().unwrap())
        .await
        .unwrap();
    let reconciliation = entry.reconciliation.unwrap();
    assert_eq!(reconciliation.call_id, None);
    let (from, to) = (
        first.format("%-d %b %H:%M"),
        (first + Duration::minutes(20)).format("%-d %b %H:%M"),
    );
    assert_eq!(
        reconciliation.message(),
        format!("Looked through 3 calls by this agent from {from} to {to} UTC; none matched.")
    );
    assert_eq!(
        fixture
            .reopen()
            .entry(entry.request_id)
            .unwrap()
            .reconciliation,
        Some(reconciliation)
    );
}

fn absurd_dates() -> Vec<DateTime<Utc>> {
    vec![
        DateTime::<Utc>::MIN_UTC,
        DateTime::<Utc>::MAX_UTC,
        Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59).unwrap(),
        Utc.with_ymd_and_hms(-200_000, 1, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(1970, 1, 1, 0, 0, 0).unwrap(),
    ]
}

#[tokio::test]
async fn an_attempt_with_an_absurd_date_is_looked_up_by_request_id_without_panicking() {
    let fixture = Fixture::start().await;
    for at in absurd_dates() {
        let request_id = Uuid::new_v4();
        let request = RequestSummary {
            contact_id: fixture.contact_id.clone(),
            agent_id: fixture.agent_id.clone(),
            from_number_id: fixture.from_number_id.clone(),
            body: serde_json::json!({}),
            labels: fixture.labels(),
            due_at: Some(at),
            campaign_id: None,
        };
        fixture
            .store
            .append(&JournalRecord::Sending {
                request_id,
                at,
                request,
            })
            .unwrap();
        let outcome = Outcome::OutcomeUnknown {
            code: "timeout".into(),
            message: "Outcome unknown".into(),
        };
        fixture
            .store
            .append(&JournalRecord::Outcome {
                request_id,
                at,
                outcome,
            })
            .unwrap();
        let entry = fixture.placer.reconcile(request_id).await.unwrap();
        let reconciliation = entry.reconciliation.unwrap();
        assert_eq!(reconciliation.call_id, None, "{at:?}");
        let searched = reconciliation.searched.clone().unwrap();
        assert!(searched.request_id_only, "{at:?}");
        assert!(
            reconciliation
                .message()
                .contains("recorded date can't be right"),
            "{at:?}"
        );
    }
}
