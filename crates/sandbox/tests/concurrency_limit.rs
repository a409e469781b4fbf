//! The organisation's concurrency limit (`SandboxOptions::max_active_calls`): a call that would
//! ring while the limit's worth of calls are in the queue or talking is refused with 429, a
//! `Retry-After` and the API's error body, and creates nothing; a call that ends frees its line.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::{Answer, Harness};
use chrono::Duration;
use reqwest::StatusCode;
use serde_json::{json, Value};

const CALL_PATH: &str = "/v1/calls/single-contact-call";

/// A contact call ending as `outcome`, after `delay` minutes when given.
async fn call_body(h: &Harness, outcome: &str, delay: Option<u64>) -> Value {
    let mut body = h.contact_call_body().await;
    body["metadata"] = json!({ "sandbox_outcome": outcome });
    if let Some(minutes) = delay {
        body["delay"] = json!(minutes);
    }
    body
}

async fn calls_in_log(h: &Harness) -> u64 {
    h.get("/v1/calls?limit=100").await.json["count"]
        .as_u64()
        .unwrap()
}

fn assert_refused(a: &Answer) {
    assert_eq!(a.status, StatusCode::TOO_MANY_REQUESTS, "{}", a.text);
    assert_eq!(a.retry_after.as_deref(), Some("30"));
    assert_eq!(a.json["statusCode"], 429);
    assert_eq!(a.json["message"], "Too Many Requests");
    assert!(a.json.get("call_id").is_none());
}

#[tokio::test]
async fn a_call_beyond_the_limit_is_a_429_with_retry_after_and_creates_no_call() {
    let h = Harness::with_max_active_calls(3).await;
    let body = call_body(&h, "completed", None).await;
    for _ in 0..3 {
        assert_eq!(h.post(CALL_PATH, &body).await.status, StatusCode::CREATED);
    }
    assert_refused(&h.post(CALL_PATH, &body).await);
    assert_refused(&h.post(CALL_PATH, &body).await);
    assert_eq!(
        calls_in_log(&h).await,
        3,
        "a refused call is not in the log"
    );

    // The limit is the organisation's, so a call to any number counts against it too.
    let contact = h.contact_in("Colombia").await;
    let (_, from) = h.outbound_number().await;
    let any_number = json!({
        "from_number": from,
        "to_number": contact["phone_number"],
        "full_name": contact["full_name"],
        "agent_id": body["agent_id"],
    });
    assert_refused(&h.post("/v1/calls/single-phone-call", &any_number).await);
    assert_eq!(calls_in_log(&h).await, 3);
}

#[tokio::test]
async fn a_call_that_ends_frees_its_line_for_the_next_one() {
    let h = Harness::with_max_active_calls(2).await;
    // Busy ends 40 s after it is placed (10 s queued, 30 s dialling).
    let busy = call_body(&h, "busy", None).await;
    assert_eq!(h.post(CALL_PATH, &busy).await.status, StatusCode::CREATED);
    h.sandbox.advance_clock(Duration::seconds(20));
    // Placed 20 s later, a conversation lasts at least until 60 s.
    let talk = call_body(&h, "completed", None).await;
    assert_eq!(h.post(CALL_PATH, &talk).await.status, StatusCode::CREATED);
    assert_refused(&h.post(CALL_PATH, &talk).await);

    h.sandbox.advance_clock(Duration::seconds(19));
    assert_refused(&h.post(CALL_PATH, &talk).await);
    h.sandbox.advance_clock(Duration::seconds(1));
    // The busy call is final now; the conversation still holds the other line.
    assert_eq!(h.post(CALL_PATH, &talk).await.status, StatusCode::CREATED);
    assert_refused(&h.post(CALL_PATH, &talk).await);
    assert_eq!(calls_in_log(&h).await, 3);
}

#[tokio::test]
async fn a_call_scheduled_for_later_holds_no_line_until_it_is_due() {
    let h = Harness::with_max_active_calls(1).await;
    let later = call_body(&h, "completed", Some(15)).await;
    let now = call_body(&h, "completed", None).await;
    assert_eq!(h.post(CALL_PATH, &later).await.status, StatusCode::CREATED);
    assert_eq!(h.post(CALL_PATH, &now).await.status, StatusCode::CREATED);
    // At the limit, a call for later is still accepted; one for now is not.
    assert_eq!(h.post(CALL_PATH, &later).await.status, StatusCode::CREATED);
    assert_refused(&h.post(CALL_PATH, &now).await);
    // Fifteen minutes on, the first call has ended and both scheduled ones are in the queue.
    h.sandbox.advance_clock(Duration::minutes(15));
    assert_refused(&h.post(CALL_PATH, &now).await);
    assert_eq!(calls_in_log(&h).await, 3);
}

#[tokio::test]
async fn without_a_limit_every_call_is_accepted() {
    let h = Harness::start().await;
    let body = call_body(&h, "completed", None).await;
    for _ in 0..25 {
        assert_eq!(h.post(CALL_PATH, &body).await.status, StatusCode::CREATED);
    }
    assert_eq!(calls_in_log(&h).await, 25);
}
