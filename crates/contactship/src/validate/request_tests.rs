//! Table-driven tests for whole request bodies: the first bad field wins, and the body
//! serializes to the documented JSON.

use serde_json::json;

use super::tests::{kv, nested};
use crate::types::{CallTiming, ContactCallRequest, PhoneCallRequest, Schedule};

fn contact_call() -> ContactCallRequest {
    ContactCallRequest {
        contact_id: "c1d2e3f4-a5b6-7890-cdef-123456789012".into(),
        agent_id: "agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890".into(),
        from_number_id: "pn-a1b2c3d4-e5f6-7890-abcd-ef1234567890".into(),
        ..Default::default()
    }
}

#[test]
fn a_contact_call_request_reports_the_first_bad_field() {
    let sched = |t: &str, z: &str| {
        CallTiming::Schedule(Schedule {
            scheduled_call_time: t.into(),
            timezone: z.into(),
        })
    };
    let cases: Vec<(ContactCallRequest, Option<(&str, &str)>)> = vec![
        (contact_call(), None),
        (
            ContactCallRequest {
                contact_id: " ".into(),
                ..contact_call()
            },
            Some(("contact_id", "required")),
        ),
        (
            ContactCallRequest {
                agent_id: "a b".into(),
                ..contact_call()
            },
            Some(("agent_id", "contains_whitespace")),
        ),
        (
            ContactCallRequest {
                from_number_id: String::new(),
                ..contact_call()
            },
            Some(("from_number_id", "required")),
        ),
        (
            ContactCallRequest {
                timing: CallTiming::Delay { minutes: 20_000 },
                ..contact_call()
            },
            Some(("delay", "delay_out_of_range")),
        ),
        (
            ContactCallRequest {
                timing: sched("2026-02-30 10:00:00", "UTC"),
                ..contact_call()
            },
            Some(("schedule.scheduled_call_time", "schedule_time_invalid")),
        ),
        (
            ContactCallRequest {
                timing: sched("2026-06-15 10:00:00", "Mars/Base"),
                ..contact_call()
            },
            Some(("schedule.timezone", "unknown_timezone")),
        ),
        (
            ContactCallRequest {
                metadata: nested(9),
                ..contact_call()
            },
            Some(("metadata", "metadata_too_deep")),
        ),
    ];
    for (req, want) in cases {
        let got = req.validate().err();
        assert_eq!(got.as_ref().map(|e| (e.field.as_str(), e.rule)), want);
    }
}

#[test]
fn a_contact_call_request_serializes_to_the_documented_body() {
    let mut req = contact_call();
    assert_eq!(
        serde_json::to_value(&req).unwrap(),
        json!({"contact_id": req.contact_id, "agent_id": req.agent_id, "from_number_id": req.from_number_id}),
        "empty additional_data/metadata and timing Now are omitted"
    );
    req.additional_data = kv(&[("amount_debt", "14058")]);
    req.timing = CallTiming::Schedule(Schedule {
        scheduled_call_time: "2026-06-15 10:00:00".into(),
        timezone: "America/Mexico_City".into(),
    });
    req.metadata
        .insert("callboard_request_id".into(), json!("r-1"));
    let v = serde_json::to_value(&req).unwrap();
    assert_eq!(
        v["additional_data"],
        json!([{"key": "amount_debt", "value": "14058"}])
    );
    assert_eq!(
        v["schedule"],
        json!({"scheduled_call_time": "2026-06-15 10:00:00", "timezone": "America/Mexico_City"})
    );
    assert_eq!(v["metadata"], json!({"callboard_request_id": "r-1"}));
    assert!(
        v.get("delay").is_none(),
        "delay and schedule are never both sent"
    );
    req.timing = CallTiming::Delay { minutes: 0 };
    let v = serde_json::to_value(&req).unwrap();
    assert_eq!(v["delay"], json!(0));
    assert!(v.get("schedule").is_none());
}

fn phone_call() -> PhoneCallRequest {
    PhoneCallRequest {
        from_number: "+12025550123".into(),
        to_number: "+525512345678".into(),
        full_name: "Ana Pérez".into(),
        agent_id: "agent-1".into(),
        ..Default::default()
    }
}

#[test]
fn a_phone_call_request_checks_numbers_name_and_extras() {
    let cases: Vec<(PhoneCallRequest, Option<(&str, &str)>)> = vec![
        (phone_call(), None),
        (
            PhoneCallRequest {
                to_number: "5512345678".into(),
                ..phone_call()
            },
            Some(("to_number", "not_e164")),
        ),
        (
            PhoneCallRequest {
                from_number: "+10000000000".into(),
                ..phone_call()
            },
            Some(("from_number", "invalid_phone_number")),
        ),
        (
            PhoneCallRequest {
                full_name: " ".into(),
                ..phone_call()
            },
            Some(("full_name", "required")),
        ),
        (
            PhoneCallRequest {
                agent_id: String::new(),
                ..phone_call()
            },
            Some(("agent_id", "required")),
        ),
        (
            PhoneCallRequest {
                email: Some("nope".into()),
                ..phone_call()
            },
            Some(("email", "invalid_email")),
        ),
        (
            PhoneCallRequest {
                country: Some("".into()),
                ..phone_call()
            },
            Some(("country", "required")),
        ),
        (
            PhoneCallRequest {
                webhook_url: Some("ftp://x".into()),
                ..phone_call()
            },
            Some(("webhook_url", "invalid_url")),
        ),
        (
            PhoneCallRequest {
                additional_data: kv(&[("k", "1"), ("k", "2")]),
                ..phone_call()
            },
            Some(("additional_data[1].key", "key_duplicate")),
        ),
    ];
    for (req, want) in cases {
        let got = req.validate().err();
        assert_eq!(got.as_ref().map(|e| (e.field.as_str(), e.rule)), want);
    }
}

#[test]
fn a_phone_call_always_sends_a_country() {
    let v = serde_json::to_value(phone_call()).unwrap();
    assert_eq!(
        v["country"],
        json!("MX"),
        "derived from the destination number"
    );
    let v = serde_json::to_value(PhoneCallRequest {
        country: Some("Mexico".into()),
        ..phone_call()
    })
    .unwrap();
    assert_eq!(v["country"], json!("Mexico"));
    assert_eq!(v["to_number"], json!("+525512345678"));
    assert!(v.get("email").is_none() && v.get("delay").is_none() && v.get("metadata").is_none());
}
