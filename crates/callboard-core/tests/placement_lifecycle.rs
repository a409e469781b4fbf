//! Placement beyond the failure matrix: the happy path, a scheduled call followed to its
//! end, reconciliation of uncertain outcomes (never re-sending), a crash while sending,
//! and the duplicate guard.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::placement_support::{Fixture, CREATE_CALL_PATH};
use callboard_core::calls::{CallState, JournalRecord, MatchedBy, RequestSummary};
use callboard_core::placement::PlacementResult;
use contactship::{CallTiming, Schedule};
use contactship_sandbox::{FaultAction, FaultRule, OUTCOME_METADATA_KEY};
use uuid::Uuid;

fn placed_id(result: &PlacementResult) -> (Uuid, String) {
    match result {
        PlacementResult::Placed {
            request_id,
            call_id,
        } => (*request_id, call_id.clone()),
        other => panic!("expected placed, got {other:?}"),
    }
}

#[tokio::test]
async fn a_placed_call_is_recorded_with_its_call_id_and_tagged_with_the_request_id() {
    let fixture = Fixture::start().await;
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let (request_id, call_id) = placed_id(&result);
    let posts = fixture.create_posts();
    assert_eq!(posts.len(), 1);
    let body = posts[0].body.as_ref().unwrap();
    assert_eq!(
        body["metadata"]["callboard_request_id"],
        request_id.to_string()
    );
    assert_eq!(request_id.get_version_num(), 4);
    let entry = fixture.reopen().entry(request_id).unwrap();
    assert_eq!(entry.state, CallState::Placed);
    assert_eq!(entry.call_id.as_deref(), Some(call_id.as_str()));
    assert_eq!(entry.request.labels.contact_name, "Test contact");
    assert_eq!(entry.request.due_at, Some(fixture.clock_now()));
}

trait ClockNow {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc>;
}

impl ClockNow for Fixture {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc> {
        use callboard_core::clock::Clock;
        self.clock.now()
    }
}

#[tokio::test]
async fn a_scheduled_call_advances_to_its_final_status_through_refresh_status() {
    let fixture = Fixture::start().await;
    let zone: chrono_tz::Tz = "America/Mexico_City".parse().unwrap();
    let due = fixture.sandbox.now() + chrono::Duration::hours(1);
    let mut request = fixture.request();
    request.timing = CallTiming::Schedule(Schedule {
        scheduled_call_time: due
            .with_timezone(&zone)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string(),
        timezone: zone.name().into(),
    });
    request
        .metadata
        .insert(OUTCOME_METADATA_KEY.into(), "completed".into());
    let (request_id, _) = placed_id(&fixture.placer.place(request, fixture.labels()).await);
    let entry = fixture.store.entry(request_id).unwrap();
    let due_at = entry.request.due_at.unwrap();
    assert!(
        (due_at - due).num_seconds().abs() <= 1,
        "due {due_at} vs {due}"
    );

    let entry = fixture.placer.refresh_status(request_id).await.unwrap();
    assert_eq!(entry.state, CallState::Scheduled);
    // Nothing changed: the second look is a Checked record, not a new status.
    fixture.clock.advance(chrono::Duration::seconds(30));
    let entry = fixture.placer.refresh_status(request_id).await.unwrap();
    assert_eq!(entry.status_history.len(), 1);
    assert_eq!(entry.last_checked, Some(fixture.clock_now()));

    fixture
        .sandbox
        .advance_clock(chrono::Duration::minutes(60) + chrono::Duration::seconds(5));
    let entry = fixture.placer.refresh_status(request_id).await.unwrap();
    assert_eq!(entry.state, CallState::InProgress);

    fixture.sandbox.advance_clock(chrono::Duration::minutes(10));
    let entry = fixture.placer.refresh_status(request_id).await.unwrap();
    assert_eq!(entry.state, CallState::Completed);
    let last = entry.latest_status().unwrap();
    assert_eq!(last.call_status.as_str(), "completed");
    assert!(last.duration.unwrap() > 0.0);
    assert!(last.summary.is_some());
    assert!(!last.transcript.as_ref().unwrap().is_empty());

    // Final with transcript: no more requests to the server.
    let before = fixture.sandbox.requests().len();
    let again = fixture.placer.refresh_status(request_id).await.unwrap();
    assert_eq!(fixture.sandbox.requests().len(), before);
    assert_eq!(again, entry);
    assert_eq!(fixture.reopen().entry(request_id).unwrap(), entry);
}

#[tokio::test]
async fn reconcile_finds_the_call_the_server_created_despite_a_closed_connection() {
    let fixture = Fixture::start().await;
    let rule = FaultRule::new("POST", CREATE_CALL_PATH, FaultAction::CloseAfterRead).applied();
    fixture.sandbox.add_fault(rule);
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    assert_eq!(result.code(), "connection_lost");
    let request_id = result.request_id().unwrap();

    let entry = fixture.placer.reconcile(request_id).await.unwrap();
    assert_eq!(entry.state, CallState::Placed);
    let reconciliation = entry.reconciliation.clone().unwrap();
    assert_eq!(reconciliation.matched_by, Some(MatchedBy::RequestId));
    let call = fixture
        .client
        .get_call(entry.call_id.as_deref().unwrap(), &Default::default())
        .await
        .unwrap();
    assert_eq!(call.request_id(), Some(request_id.to_string().as_str()));
    assert_eq!(fixture.create_posts().len(), 1, "reconcile never re-sends");
    assert_eq!(
        fixture.reopen().entry(request_id).unwrap().state,
        CallState::Placed
    );
}

#[tokio::test]
async fn reconcile_records_not_found_when_the_server_never_created_the_call() {
    let fixture = Fixture::start().await;
    let rule = FaultRule::new("POST", CREATE_CALL_PATH, FaultAction::CloseAfterRead);
    fixture.sandbox.add_fault(rule);
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let request_id = result.request_id().unwrap();
    let entry = fixture.placer.reconcile(request_id).await.unwrap();
    assert_eq!(entry.state, CallState::OutcomeUnknown);
    assert_eq!(entry.reconciliation.unwrap().call_id, None);
    assert_eq!(fixture.create_posts().len(), 1, "reconcile never re-sends");
}

#[tokio::test]
async fn a_crash_while_sending_becomes_outcome_unknown_and_reconciles_by_contact_and_agent() {
    let mut fixture = Fixture::start().await;
    // The server has a call for this contact and agent without our tag (e.g. the crash
    // hit after the POST left but before we could record anything else).
    let created = fixture
        .client
        .call_contact(&fixture.request())
        .await
        .unwrap();
    let request_id = Uuid::new_v4();
    fixture
        .store
        .append(&JournalRecord::Sending {
            request_id,
            at: fixture.clock_now(),
            request: RequestSummary {
                contact_id: fixture.contact_id.clone(),
                agent_id: fixture.agent_id.clone(),
                from_number_id: fixture.from_number_id.clone(),
                body: serde_json::json!({}),
                labels: fixture.labels(),
                due_at: None,
                campaign_id: None,
            },
        })
        .unwrap();

    // "Restart": the old journal lets go, and a fresh one opens the same file, as the
    // app would.
    let report = fixture.restart();
    assert_eq!(report.interrupted, 1);
    assert_eq!(
        fixture.store.entry(request_id).unwrap().state,
        CallState::OutcomeUnknown
    );

    let placer = &fixture.placer;
    let entry = placer.reconcile(request_id).await.unwrap();
    assert_eq!(entry.state, CallState::Placed);
    assert_eq!(entry.call_id.as_deref(), Some(created.call_id.as_str()));
    assert_eq!(
        entry.reconciliation.unwrap().matched_by,
        Some(MatchedBy::ContactAndAgent)
    );
}

#[tokio::test]
async fn the_duplicate_guard_reports_a_recent_call_to_the_same_contact_with_the_same_agent() {
    let fixture = Fixture::start().await;
    assert!(fixture
        .placer
        .recent_duplicate(&fixture.contact_id, &fixture.agent_id)
        .is_none());
    let (request_id, _) = placed_id(
        &fixture
            .placer
            .place(fixture.request(), fixture.labels())
            .await,
    );
    let dup = fixture
        .placer
        .recent_duplicate(&fixture.contact_id, &fixture.agent_id)
        .unwrap();
    assert_eq!(dup.request_id, request_id);
    assert!(fixture
        .placer
        .recent_duplicate(&fixture.contact_id, "another-agent")
        .is_none());
    fixture.clock.advance(chrono::Duration::minutes(11));
    assert!(fixture
        .placer
        .recent_duplicate(&fixture.contact_id, &fixture.agent_id)
        .is_none());
}

#[tokio::test]
async fn refreshing_an_attempt_that_was_never_placed_is_a_plain_error() {
    let fixture = Fixture::start().await;
    fixture.sandbox.add_fault(FaultRule::new(
        "POST",
        CREATE_CALL_PATH,
        FaultAction::RateLimited {
            retry_after_secs: 5,
        },
    ));
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let err = fixture
        .placer
        .refresh_status(result.request_id().unwrap())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "not_placed");
    assert_eq!(
        err.to_string(),
        "This call was not placed, so there is no status to check."
    );
    let err = fixture.placer.reconcile(Uuid::new_v4()).await.unwrap_err();
    assert_eq!(err.code(), "not_found");
}
