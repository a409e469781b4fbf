//! Placing calls: the created-call shape, field-naming 400s, 404s and the any-number call.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::common::Harness;
use reqwest::StatusCode;
use serde_json::{json, Value};

const CALL_PATH: &str = "/v1/calls/single-contact-call";
const PHONE_PATH: &str = "/v1/calls/single-phone-call";

fn with(mut body: Value, key: &str, value: Value) -> Value {
    if let Some(obj) = body.as_object_mut() {
        obj.insert(key.to_owned(), value);
    }
    body
}

fn without(mut body: Value, key: &str) -> Value {
    if let Some(obj) = body.as_object_mut() {
        obj.remove(key);
    }
    body
}

#[tokio::test]
async fn calling_a_contact_returns_the_bare_created_call() {
    let h = Harness::start().await;
    let body = h.contact_call_body().await;
    let a = h.post(CALL_PATH, &body).await;
    assert_eq!(a.status, StatusCode::CREATED);
    let keys: Vec<_> = a
        .json
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    assert_eq!(keys, ["agent_id", "call_id", "contact_id", "created_at"]);
    assert_eq!(a.json["agent_id"], body["agent_id"]);
    assert_eq!(a.json["contact_id"], body["contact_id"]);
    let created = a.json["created_at"]
        .as_str()
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
    assert_eq!(
        created.map(|c| c.timestamp()),
        Some(h.sandbox.now().timestamp())
    );
}

#[tokio::test]
async fn invalid_contact_calls_are_400_naming_the_field() {
    let h = Harness::start().await;
    let base = h.contact_call_body().await;
    let cases: Vec<(Value, &str)> = vec![
        (without(base.clone(), "contact_id"), "contact_id"),
        (with(base.clone(), "contact_id", json!("")), "contact_id"),
        (without(base.clone(), "agent_id"), "agent_id"),
        (without(base.clone(), "from_number_id"), "from_number_id"),
        (with(base.clone(), "delay", json!(-5)), "delay"),
        (with(base.clone(), "delay", json!(2.5)), "delay"),
        (with(base.clone(), "delay", json!("10")), "delay"),
        (
            with(
                base.clone(),
                "schedule",
                json!({"scheduled_call_time": "2026-6-15 14:30", "timezone": "America/Mexico_City"}),
            ),
            "schedule.scheduled_call_time",
        ),
        (
            with(
                base.clone(),
                "schedule",
                json!({"scheduled_call_time": "2026-02-30 14:30:00", "timezone": "America/Mexico_City"}),
            ),
            "schedule.scheduled_call_time",
        ),
        (
            with(
                base.clone(),
                "schedule",
                json!({"scheduled_call_time": "2026-06-15 14:30:00", "timezone": "Mars/Olympus_Mons"}),
            ),
            "schedule.timezone",
        ),
        (
            with(
                base.clone(),
                "schedule",
                json!({"scheduled_call_time": "2026-06-15 14:30:00"}),
            ),
            "schedule.timezone",
        ),
        (
            with(
                with(base.clone(), "delay", json!(5)),
                "schedule",
                json!({"scheduled_call_time": "2026-06-15 14:30:00", "timezone": "America/Mexico_City"}),
            ),
            "schedule",
        ),
        (
            with(base.clone(), "additional_data", json!([{"value": "14058"}])),
            "additional_data",
        ),
        (
            with(
                base.clone(),
                "additional_data",
                json!([{"key": "amount_debt"}]),
            ),
            "additional_data",
        ),
        (
            with(base.clone(), "metadata", json!(["not", "an", "object"])),
            "metadata",
        ),
    ];
    for (body, field) in cases {
        let a = h.post(CALL_PATH, &body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(a.json["field"], field, "{body}");
        assert_eq!(a.json["error"], "Bad Request");
        assert!(
            a.json["message"]
                .as_str()
                .unwrap_or_default()
                .starts_with(field),
            "{}",
            a.json
        );
    }
    let not_json = h
        .http
        .post(h.url(CALL_PATH))
        .header("x-api-key", crate::common::KEY)
        .body("{oops")
        .send()
        .await;
    assert_eq!(
        not_json.map(|r| r.status()).ok(),
        Some(StatusCode::BAD_REQUEST)
    );
    assert_eq!(h.get("/v1/calls").await.json["count"], 0);
}

#[tokio::test]
async fn unknown_contact_agent_or_number_is_404() {
    let h = Harness::start().await;
    let base = h.contact_call_body().await;
    for (field, message) in [
        ("contact_id", "Contact not found"),
        ("agent_id", "Agent not found"),
        ("from_number_id", "Phone number not found"),
    ] {
        let a = h
            .post(
                CALL_PATH,
                &with(
                    base.clone(),
                    field,
                    json!("00000000-0000-4000-8000-000000000000"),
                ),
            )
            .await;
        assert_eq!(a.status, StatusCode::NOT_FOUND);
        assert_eq!(
            a.json,
            json!({"statusCode": 404, "error": "Not Found", "message": message})
        );
    }
}

#[tokio::test]
async fn a_phone_call_needs_an_organization_number_and_e164_destination() {
    let h = Harness::start().await;
    let agent = h.agent("en-US").await;
    let (_, from) = h.outbound_number().await;
    let good = json!({"from_number": from, "to_number": "+14155550142", "full_name": "Jamie Doe", "agent_id": agent, "country": "United States"});
    let cases: Vec<(Value, &str)> = vec![
        (without(good.clone(), "from_number"), "from_number"),
        (
            with(good.clone(), "from_number", json!("+19995550100")),
            "from_number",
        ),
        (
            with(good.clone(), "to_number", json!("415-555-0142")),
            "to_number",
        ),
        (without(good.clone(), "full_name"), "full_name"),
        (without(good.clone(), "agent_id"), "agent_id"),
    ];
    for (body, field) in cases {
        let a = h.post(PHONE_PATH, &body).await;
        assert_eq!(a.status, StatusCode::BAD_REQUEST, "{body}");
        assert_eq!(a.json["field"], field);
    }
    let created = h.post(PHONE_PATH, &good).await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(created.json["contact_id"], Value::Null);
    let id = created.json["call_id"].as_str().unwrap_or_default();
    let call = h.get(&format!("/v1/calls/{id}")).await.json;
    assert_eq!(call["from"], from);
    assert_eq!(call["contact"]["phone_number"], "+14155550142");
    assert_eq!(call["contact"]["full_name"], "Jamie Doe");

    // A destination that belongs to a contact is linked to it.
    let contact = h.contact_in("United States").await;
    let linked = h
        .post(
            PHONE_PATH,
            &with(good, "to_number", contact["phone_number"].clone()),
        )
        .await;
    assert_eq!(linked.json["contact_id"], contact["id"]);
}

/// `scheduled_call_time` for `at` in Mexico City.
fn mexico_city(at: chrono::DateTime<chrono::Utc>) -> Value {
    let local = at.with_timezone(&chrono_tz::America::Mexico_City);
    json!({"scheduled_call_time": local.format("%Y-%m-%d %H:%M:%S").to_string(), "timezone": "America/Mexico_City"})
}

#[tokio::test]
async fn a_schedule_already_past_is_a_400_naming_it_on_both_endpoints_and_places_nothing() {
    let h = Harness::start().await;
    let now = h.sandbox.now();
    let agent = h.agent("en-US").await;
    let (_, from) = h.outbound_number().await;
    let phone_call = json!({"from_number": from, "to_number": "+14155550142", "full_name": "Jamie Doe", "agent_id": agent});
    let contact_call = h.contact_call_body().await;
    let one_second_ago = mexico_city(now - chrono::Duration::seconds(1));
    for body in [contact_call.clone(), phone_call.clone()] {
        for schedule in [
            one_second_ago.clone(),
            mexico_city(now - chrono::Duration::days(200)),
        ] {
            let path = if body.get("contact_id").is_some() {
                CALL_PATH
            } else {
                PHONE_PATH
            };
            let a = h
                .post(path, &with(body.clone(), "schedule", schedule.clone()))
                .await;
            assert_eq!(
                a.status,
                StatusCode::BAD_REQUEST,
                "{path} {schedule}: {}",
                a.text
            );
            assert_eq!(a.json["field"], "schedule.scheduled_call_time");
            let message = a.json["message"].as_str().unwrap_or_default();
            assert!(
                message.starts_with("schedule.scheduled_call_time is in the past"),
                "{message}"
            );
        }
    }
    assert_eq!(
        h.get("/v1/calls").await.json["count"],
        0,
        "nothing was placed"
    );

    // The current second is not the past: the call is placed and dialed now.
    for (path, body) in [(CALL_PATH, contact_call), (PHONE_PATH, phone_call)] {
        let a = h
            .post(path, &with(body, "schedule", mexico_city(now)))
            .await;
        assert_eq!(a.status, StatusCode::CREATED, "{path}: {}", a.text);
        let id = a.json["call_id"].as_str().unwrap_or_default();
        let call = h.get(&format!("/v1/calls/{id}")).await.json;
        assert_eq!(call["call_status"], "in-queue", "{path}");
    }
}
