//! Calls living through scheduled → in-queue → in-progress → final on the manual clock,
//! transcripts, and the filtered, paged call log.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::Harness;
use chrono::{Duration, TimeZone, Utc};
use reqwest::StatusCode;
use serde_json::{json, Value};

const CALL_PATH: &str = "/v1/calls/single-contact-call";

fn with(mut body: Value, key: &str, value: Value) -> Value {
    if let Some(obj) = body.as_object_mut() {
        obj.insert(key.to_owned(), value);
    }
    body
}

#[tokio::test]
async fn an_immediate_call_goes_from_queue_to_a_final_status_with_analysis() {
    let h = Harness::start().await;
    let body = with(
        h.contact_call_body().await,
        "metadata",
        json!({"callboard_request_id": "req-1", "sandbox_outcome": "completed"}),
    );
    let call_id = h.post(CALL_PATH, &body).await.json["call_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let path = format!("/v1/calls/{call_id}");

    let queued = h.get(&path).await.json;
    assert_eq!(queued["call_status"], "in-queue");
    assert_eq!(queued["call_result"], Value::Null);
    assert_eq!(queued["metadata"]["callboard_request_id"], "req-1");
    assert_eq!(queued["contact"]["id"], body["contact_id"]);

    h.sandbox.advance_clock(Duration::seconds(10));
    let talking = h.get(&path).await.json;
    assert_eq!(talking["call_status"], "in-progress");
    assert!(talking["start_at"].is_string());
    assert_eq!(talking["finished_at"], Value::Null);

    h.sandbox.advance_clock(Duration::seconds(180));
    let done = h.get(&path).await.json;
    assert_eq!(done["call_status"], "completed");
    assert_eq!(done["call_result"], "answered");
    let duration = done["duration"].as_i64().unwrap_or_default();
    assert!((30..=180).contains(&duration), "{duration}");
    assert!(done["call_record"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://") && u.ends_with(".mp3")));
    let analysis = &done["call_analysis"];
    assert!(analysis["call_summary"]
        .as_str()
        .is_some_and(|s| !s.is_empty()));
    assert!(analysis["user_sentiment"].is_string());
    assert!(analysis["call_successful"].is_boolean());
    assert_eq!(analysis["in_voicemail"], false);
    let chat = done["chat_history"].as_array().cloned().unwrap_or_default();
    assert!(chat.len() >= 4);
    assert!(chat
        .iter()
        .all(|t| (t["role"] == "agent" || t["role"] == "user") && t["content"].is_string()));
    // The es-419 agent speaks Spanish and greets the callee by first name.
    let first = done["contact"]["full_name"]
        .as_str()
        .and_then(|n| n.split(' ').next())
        .unwrap_or_default();
    assert!(chat[0]["content"]
        .as_str()
        .is_some_and(|c| c.contains("Hola") && c.contains(first)));
    assert_eq!(done["transcript_format"], "json");
}

#[tokio::test]
async fn a_delayed_call_is_scheduled_until_its_time() {
    let h = Harness::start().await;
    let body = with(h.contact_call_body().await, "delay", json!(15));
    let id = h.post(CALL_PATH, &body).await.json["call_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let path = format!("/v1/calls/{id}?include_transcript=false");
    assert_eq!(h.get(&path).await.json["call_status"], "scheduled");
    h.sandbox
        .advance_clock(Duration::minutes(15) - Duration::seconds(1));
    assert_eq!(h.get(&path).await.json["call_status"], "scheduled");
    h.sandbox.advance_clock(Duration::seconds(1));
    let due = h.get(&path).await.json;
    assert_eq!(due["call_status"], "in-queue");
    assert!(due.get("chat_history").is_none());
    h.sandbox.advance_clock(Duration::seconds(10));
    assert_eq!(h.get(&path).await.json["call_status"], "in-progress");
    h.sandbox.advance_clock(Duration::minutes(4));
    let done = h.get(&path).await.json;
    assert!(["completed", "no-answer", "busy", "voice_mail", "failed"]
        .contains(&done["call_status"].as_str().unwrap_or_default()));
    assert!(done["call_analysis"].is_object());
}

#[tokio::test]
async fn a_schedule_is_converted_from_its_time_zone() {
    let h = Harness::start().await;
    // Three days ahead, 10:00 in Mexico City (UTC-6 all year).
    let local_day = (h.sandbox.now() + Duration::days(3)).date_naive();
    let time = format!("{} 10:00:00", local_day.format("%Y-%m-%d"));
    let expected = Utc.from_utc_datetime(&local_day.and_hms_opt(16, 0, 0).unwrap_or_default());
    let body = with(
        h.contact_call_body().await,
        "schedule",
        json!({"scheduled_call_time": time, "timezone": "America/Mexico_City"}),
    );
    let id = h.post(CALL_PATH, &body).await.json["call_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let call = h.get(&format!("/v1/calls/{id}")).await.json;
    assert_eq!(call["call_status"], "scheduled");
    let at = call["scheduled_at"]
        .as_str()
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
    assert_eq!(at.map(|a| a.with_timezone(&Utc)), Some(expected));
    let wait = expected - h.sandbox.now();
    h.sandbox.advance_clock(wait);
    assert_eq!(
        h.get(&format!("/v1/calls/{id}")).await.json["call_status"],
        "in-queue"
    );
}

#[tokio::test]
async fn forced_outcomes_produce_consistent_results() {
    let h = Harness::start().await;
    let base = h.contact_call_body().await;
    let cases = [
        ("no-answer", "no_answer", false),
        ("busy", "busy", false),
        ("voice_mail", "voicemail", true),
        ("failed", "failed", false),
    ];
    let mut ids = Vec::new();
    for (status, _, _) in cases {
        let body = with(base.clone(), "metadata", json!({"sandbox_outcome": status}));
        ids.push(
            h.post(CALL_PATH, &body).await.json["call_id"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        );
    }
    h.sandbox.advance_clock(Duration::minutes(5));
    for ((status, result, voicemail), id) in cases.iter().zip(&ids) {
        let call = h.get(&format!("/v1/calls/{id}")).await.json;
        assert_eq!(call["call_status"], *status);
        assert_eq!(call["call_result"], *result);
        assert_eq!(call["call_analysis"]["in_voicemail"], *voicemail);
        assert_eq!(call["call_analysis"]["call_successful"], false);
        let chat = call["chat_history"]
            .as_array()
            .map(Vec::len)
            .unwrap_or_default();
        assert_eq!(chat > 0, *voicemail, "{status}");
    }
}

#[tokio::test]
async fn transcripts_can_be_requested_as_toon() {
    let h = Harness::start().await;
    let body = with(
        h.contact_call_body().await,
        "metadata",
        json!({"sandbox_outcome": "completed"}),
    );
    let id = h.post(CALL_PATH, &body).await.json["call_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    h.sandbox.advance_clock(Duration::minutes(5));
    let call = h
        .get(&format!("/v1/calls/{id}?transcript_format=toon"))
        .await
        .json;
    assert_eq!(call["transcript_format"], "toon");
    let toon = call["chat_history"].as_str().unwrap_or_default();
    assert!(
        toon.starts_with('[') && toon.contains("]{role,content}:\n  agent,"),
        "{toon}"
    );
    let bad = h
        .get(&format!("/v1/calls/{id}?transcript_format=xml"))
        .await;
    assert_eq!(bad.json["field"], "transcript_format");
    assert_eq!(
        h.get("/v1/calls/unknown-call").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_call_log_filters_pages_and_counts() {
    let h = Harness::start().await;
    let base = h.contact_call_body().await;
    let us_agent = h.agent("en-US").await;
    let mut ids = Vec::new();
    for i in 0..5 {
        let agent = if i % 2 == 0 {
            base["agent_id"].clone()
        } else {
            json!(us_agent)
        };
        let body = with(
            with(base.clone(), "agent_id", agent),
            "metadata",
            json!({"n": i}),
        );
        ids.push(h.post(CALL_PATH, &body).await.json["call_id"].clone());
        h.sandbox.advance_clock(Duration::seconds(1));
    }
    let all = h.get("/v1/calls").await.json;
    assert_eq!(all["count"], 5);
    let data = all["data"].as_array().cloned().unwrap_or_default();
    assert_eq!(data[0]["id"], ids[4], "newest first by default");
    assert!(
        data[0].get("chat_history").is_none(),
        "no transcript by default in the list"
    );
    assert_eq!(data[0]["metadata"], json!({"n": 4}));

    let page = h.get("/v1/calls?limit=2&offset=1&order=asc").await.json;
    assert_eq!(page["count"], 5);
    let page_ids: Vec<_> = page["data"]
        .as_array()
        .map(|d| d.iter().map(|c| c["id"].clone()).collect())
        .unwrap_or_default();
    assert_eq!(page_ids, [ids[1].clone(), ids[2].clone()]);

    let by_agent = h.get(&format!("/v1/calls?agent_id={us_agent}")).await.json;
    assert_eq!(by_agent["count"], 2);
    let phone = h.contact_in("México").await["phone_number"]
        .as_str()
        .unwrap_or_default()
        .replace('+', "%2B");
    assert_eq!(
        h.get(&format!("/v1/calls?phoneNumber={phone}")).await.json["count"],
        5
    );
    assert_eq!(
        h.get("/v1/calls?phoneNumber=%2B10000000000").await.json["count"],
        0
    );
    assert_eq!(
        h.get("/v1/calls?call_status=in-queue").await.json["count"],
        5
    );
    assert_eq!(
        h.get("/v1/calls?call_status=completed").await.json["count"],
        0
    );
    assert_eq!(h.get("/v1/calls?campaign_id=abc").await.json["count"], 0);
    let today = h.sandbox.now().format("%Y-%m-%d").to_string();
    assert_eq!(
        h.get(&format!("/v1/calls?date_from={today}&date_to={today}"))
            .await
            .json["count"],
        5
    );
    assert_eq!(h.get("/v1/calls?date_to=2020-01-01").await.json["count"], 0);
    assert_eq!(
        h.get("/v1/calls?date_from=yesterday").await.json["field"],
        "date_from"
    );
    assert_eq!(h.get("/v1/calls?limit=-1").await.json["field"], "limit");
    assert_eq!(
        h.get("/v1/calls?order=sideways").await.json["field"],
        "order"
    );

    let with_transcript = h
        .get("/v1/calls?include_transcript=true&limit=1")
        .await
        .json;
    assert!(with_transcript["data"][0]["chat_history"].is_array());

    h.sandbox.advance_clock(Duration::minutes(10));
    let finals = h.get("/v1/calls?call_result=answered").await.json["count"]
        .as_u64()
        .unwrap_or(0)
        + h.get("/v1/calls?call_result=no_answer").await.json["count"]
            .as_u64()
            .unwrap_or(0)
        + h.get("/v1/calls?call_result=voicemail").await.json["count"]
            .as_u64()
            .unwrap_or(0)
        + h.get("/v1/calls?call_result=busy").await.json["count"]
            .as_u64()
            .unwrap_or(0)
        + h.get("/v1/calls?call_result=failed").await.json["count"]
            .as_u64()
            .unwrap_or(0);
    assert_eq!(finals, 5);
}

#[tokio::test]
async fn call_ids_and_outcomes_repeat_after_a_reset() {
    let h = Harness::start().await;
    let body = h.contact_call_body().await;
    let first = h.post(CALL_PATH, &body).await.json["call_id"].clone();
    h.sandbox.advance_clock(Duration::minutes(5));
    let status = h
        .get(&format!("/v1/calls/{}", first.as_str().unwrap_or_default()))
        .await
        .json["call_status"]
        .clone();
    h.sandbox.reset();
    assert_eq!(h.get("/v1/calls").await.json["count"], 0);
    let again = h.post(CALL_PATH, &body).await.json["call_id"].clone();
    assert_eq!(again, first);
    h.sandbox.advance_clock(Duration::minutes(5));
    let again_status = h
        .get(&format!("/v1/calls/{}", again.as_str().unwrap_or_default()))
        .await
        .json["call_status"]
        .clone();
    assert_eq!(again_status, status);
}

#[tokio::test]
async fn an_any_number_call_is_a_call_like_any_other_in_the_log_and_its_lifecycle() {
    let h = Harness::start().await;
    let agent = h.agent("en-US").await;
    let (_, from) = h.outbound_number().await;
    let body = json!({
        "from_number": from,
        "to_number": "+14155552678",
        "full_name": "Jane Smith",
        "agent_id": agent,
        "email": "jane.smith@example.com",
        "country": "United States",
        "additional_data": [{"key": "plan", "value": "premium"}],
        "webhook_url": "https://hooks.example.com/calls",
        "metadata": {"callboard_request_id": "req-phone", "sandbox_outcome": "voice_mail"},
    });
    let created = h.post("/v1/calls/single-phone-call", &body).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.text);
    let keys: Vec<_> = created
        .json
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    assert_eq!(keys, ["agent_id", "call_id", "contact_id", "created_at"]);
    assert_eq!(created.json["contact_id"], Value::Null);
    let id = created.json["call_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();

    let log = h.get("/v1/calls?phoneNumber=%2B14155552678").await.json;
    assert_eq!(log["count"], 1);
    let listed = &log["data"][0];
    assert_eq!(listed["id"], id.as_str());
    assert_eq!(
        listed["contact"],
        json!({"id": null, "full_name": "Jane Smith", "phone_number": "+14155552678",
               "email": "jane.smith@example.com", "country": "United States"})
    );
    assert_eq!(listed["from"], from.as_str());
    assert_eq!(listed["call_status"], "in-queue");
    assert_eq!(listed["metadata"]["callboard_request_id"], "req-phone");

    h.sandbox.advance_clock(Duration::minutes(5));
    let done = h.get(&format!("/v1/calls/{id}")).await.json;
    assert_eq!(done["call_status"], "voice_mail");
    assert_eq!(done["call_result"], "voicemail");
    assert_eq!(done["contact"], listed["contact"]);
}
