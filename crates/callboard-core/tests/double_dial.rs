//! The double-dial matrix: for every way the create-call POST can fail, exactly how many
//! POSTs reached the server, and what the store durably says about it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::placement_support::{client_for, Fixture, CREATE_CALL_PATH};
use callboard_core::calls::{CallState, Outcome};
use callboard_core::placement::PlacementResult;
use contactship_sandbox::{FaultAction, FaultRule};
use std::time::Duration;

/// Injects `action` on the create-call POST, places one call and checks that exactly one
/// POST arrived and that the store (live and read back from disk) says "outcome unknown".
async fn assert_outcome_unknown(action: FaultAction, expected_code: &str, fixture: Fixture) {
    fixture
        .sandbox
        .add_fault(FaultRule::new("POST", CREATE_CALL_PATH, action));
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let PlacementResult::OutcomeUnknown {
        request_id,
        code,
        message,
    } = &result
    else {
        panic!("expected outcome unknown, got {result:?}");
    };
    assert_eq!(code, expected_code);
    assert!(message.starts_with("Outcome unknown — check before calling again."));
    assert!(!message.contains('<'), "no HTML in the message: {message}");

    let posts = fixture.create_posts();
    assert_eq!(posts.len(), 1, "exactly one POST, never retried");
    let sent_id = posts[0].body.as_ref().unwrap()["metadata"]["callboard_request_id"].clone();
    assert_eq!(sent_id, request_id.to_string());

    for entry in [
        fixture.store.entry(*request_id).unwrap(),
        fixture.reopen().entry(*request_id).unwrap(),
    ] {
        assert_eq!(entry.state, CallState::OutcomeUnknown);
        assert!(
            matches!(&entry.outcome, Some(Outcome::OutcomeUnknown { code, .. }) if code == expected_code)
        );
        assert_eq!(entry.call_id, None);
    }
    assert!(
        fixture.delays.asked.lock().unwrap().is_empty(),
        "no retry was even considered"
    );
}

#[tokio::test]
async fn a_500_is_outcome_unknown_after_exactly_one_post() {
    let action = FaultAction::Status {
        status: 500,
        body: None,
        content_type: None,
    };
    assert_outcome_unknown(action, "server_error", Fixture::start().await).await;
}

#[tokio::test]
async fn a_502_with_an_html_page_is_outcome_unknown_after_exactly_one_post() {
    let action = FaultAction::Html { status: 502 };
    assert_outcome_unknown(action, "server_error", Fixture::start().await).await;
}

#[tokio::test]
async fn a_timeout_after_the_request_was_read_is_outcome_unknown_after_exactly_one_post() {
    let fixture = Fixture::start_with_timeout(Duration::from_millis(300)).await;
    let action = FaultAction::Latency { ms: 3_000 };
    assert_outcome_unknown(action, "timeout", fixture).await;
}

#[tokio::test]
async fn a_connection_closed_after_the_request_was_read_is_outcome_unknown_after_exactly_one_post()
{
    assert_outcome_unknown(
        FaultAction::CloseAfterRead,
        "connection_lost",
        Fixture::start().await,
    )
    .await;
}

#[tokio::test]
async fn an_unparseable_200_is_outcome_unknown_after_exactly_one_post() {
    assert_outcome_unknown(
        FaultAction::Unparseable200,
        "decode_failed",
        Fixture::start().await,
    )
    .await;
}

#[tokio::test]
async fn a_429_is_rejected_with_the_wait_and_is_not_retried() {
    let fixture = Fixture::start().await;
    let action = FaultAction::RateLimited {
        retry_after_secs: 30,
    };
    fixture
        .sandbox
        .add_fault(FaultRule::new("POST", CREATE_CALL_PATH, action));
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let PlacementResult::Rejected {
        request_id,
        code,
        message,
        retry_after,
        ..
    } = &result
    else {
        panic!("expected rejected, got {result:?}");
    };
    assert_eq!(code, "rate_limited");
    assert_eq!(message, "Contactship is busy; try again in 30 s.");
    assert_eq!(*retry_after, Some(Duration::from_secs(30)));
    assert_eq!(fixture.create_posts().len(), 1);
    for entry in [
        fixture.store.entry(*request_id).unwrap(),
        fixture.reopen().entry(*request_id).unwrap(),
    ] {
        assert_eq!(entry.state, CallState::Rejected);
        assert!(matches!(
            entry.outcome,
            Some(Outcome::Rejected { retry_after_secs: Some(30), ref code, .. }) if code == "rate_limited"
        ));
    }
}

#[tokio::test]
async fn a_refused_connection_is_tried_three_times_and_recorded_as_not_sent() {
    let mut fixture = Fixture::start().await;
    // A port nobody listens on: bind one, then free it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dead = client_for(
        &format!("http://127.0.0.1:{port}/v1"),
        "sandbox-key",
        Duration::from_secs(5),
    );
    fixture.placer = callboard_core::placement::CallPlacer::new(
        dead,
        fixture.store.clone(),
        fixture.clock.clone(),
    )
    .with_retry_delay(fixture.delays.clone());

    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let PlacementResult::NotSent {
        request_id,
        code,
        attempts,
        message,
        ..
    } = &result
    else {
        panic!("expected not sent, got {result:?}");
    };
    assert_eq!(code, "connect_failed");
    assert_eq!(*attempts, 3, "the first try and two automatic retries");
    assert!(message.starts_with("Couldn't reach Contactship"));
    assert_eq!(*fixture.delays.asked.lock().unwrap(), vec![1, 2]);
    assert!(
        fixture.create_posts().is_empty(),
        "nothing arrived anywhere"
    );
    let request_id = request_id.expect("the attempt was recorded before sending");
    for entry in [
        fixture.store.entry(request_id).unwrap(),
        fixture.reopen().entry(request_id).unwrap(),
    ] {
        assert_eq!(entry.state, CallState::NotSent);
        assert!(
            matches!(entry.outcome, Some(Outcome::NotSent { ref code, .. }) if code == "connect_failed")
        );
    }
}

#[tokio::test]
async fn a_request_that_fails_validation_is_not_sent_and_not_recorded() {
    let fixture = Fixture::start().await;
    let mut request = fixture.request();
    request.agent_id = "  ".into();
    let result = fixture.placer.place(request, fixture.labels()).await;
    let PlacementResult::NotSent {
        request_id,
        code,
        field,
        attempts,
        ..
    } = &result
    else {
        panic!("expected not sent, got {result:?}");
    };
    assert_eq!(
        (*request_id, code.as_str(), *attempts),
        (None, "validation", 0)
    );
    assert_eq!(field.as_deref(), Some("agent_id"));
    assert!(fixture.create_posts().is_empty());
    assert!(fixture.store.is_empty());
}

#[tokio::test]
async fn the_store_holds_exactly_the_body_that_was_sent_and_never_the_key() {
    let fixture = Fixture::start().await;
    fixture.sandbox.add_fault(FaultRule::new(
        "POST",
        CREATE_CALL_PATH,
        FaultAction::CloseAfterRead,
    ));
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let request_id = result.request_id().unwrap();
    // Everything on disk: the database and its write-ahead log.
    let mut bytes = std::fs::read(&fixture.path).unwrap();
    let wal = fixture.path.with_file_name("calls.sqlite3-wal");
    bytes.extend(std::fs::read(wal).unwrap_or_default());
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.contains(&request_id.to_string()),
        "the attempt is on disk"
    );
    let post = &fixture.create_posts()[0];
    let body = post.body.as_ref().unwrap();
    let entry = fixture.reopen().entry(request_id).unwrap();
    assert_eq!(
        &entry.request.body, body,
        "the store holds exactly the body sent"
    );
    assert!(
        !text.contains(fixture.sandbox.api_key()),
        "the key is never written"
    );
}

#[tokio::test]
async fn when_the_attempt_cannot_be_recorded_nothing_is_sent() {
    let fixture = Fixture::start().await;
    // The disk turns read-only under the store (SQLITE_READONLY on the Sending write; a full
    // disk is the same path, see `store_recovery.rs` for SQLITE_FULL itself).
    fixture.store.simulate_read_only_disk();
    let result = fixture
        .placer
        .place(fixture.request(), fixture.labels())
        .await;
    let PlacementResult::NotSent {
        request_id,
        code,
        message,
        attempts,
        ..
    } = &result
    else {
        panic!("expected not sent, got {result:?}");
    };
    assert_eq!(
        (*request_id, code.as_str(), *attempts),
        (None, "storage", 0)
    );
    assert!(
        message.starts_with(
            "Callboard couldn't save the call history on this computer, so nothing was sent."
        ),
        "{message}"
    );
    assert!(
        fixture.create_posts().is_empty(),
        "no POST without a durable attempt"
    );
    assert!(fixture.store.is_empty());
}
