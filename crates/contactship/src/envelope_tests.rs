//! One test per envelope shape in the API docs, using the docs' example JSON.

use super::*;
use crate::types::{
    Agent, Call, CallResult, CallStatus, ChatHistory, Contact, CreatedCall, PhoneNumber,
    PhoneNumberType,
};

fn body(json: &str) -> Body<'_> {
    Body {
        status: 200,
        content_type: Some("application/json"),
        bytes: json.as_bytes(),
        redact: None,
    }
}

const CONTACT: &str = r#"{ "id": "c1a2b3c4-d5e6-f7g8-h9i0-j1k2l3m4n5o6", "created_at": "2024-01-15T10:30:00Z",
  "phone_number": "+12124567890", "full_name": "John Doe", "country": "México", "email": "john@example.com",
  "description": "VIP", "additional_data": [{"type":"text","field":"notas","value":"llamar tarde"}],
  "organization_id": "org123456" }"#;

#[test]
fn a_bare_contact_array_is_a_list() {
    let json = format!("[{CONTACT}, {{\"id\": \"second\"}}]");
    let contacts: Vec<Contact> = list(&body(&json)).unwrap();
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[0].full_name.as_deref(), Some("John Doe"));
    assert_eq!(contacts[0].additional_data[0].field, "notas");
    assert_eq!(contacts[0].additional_data[0].kind, "text");
    assert_eq!(contacts[1].id, "second");
    assert_eq!(contacts[1].email, None, "missing optional fields are None");
}

#[test]
fn a_bare_contact_object_is_one_value() {
    let contact: Contact = one(&body(CONTACT)).unwrap();
    assert_eq!(contact.id, "c1a2b3c4-d5e6-f7g8-h9i0-j1k2l3m4n5o6");
    assert_eq!(contact.organization_id.as_deref(), Some("org123456"));
}

#[test]
fn an_empty_204_body_and_the_literal_true_are_success() {
    let mut empty = body("");
    empty.status = 204;
    unit(&empty).unwrap();
    unit(&body("true")).unwrap();
    unit(&body("  \n")).unwrap();
    assert_eq!(unit(&body("false")).unwrap_err().code(), "decode_failed");
}

#[test]
fn agents_inside_status_code_and_data_are_unwrapped() {
    let json = r#"{ "statusCode": 200, "data": [ { "id": "2d3b4c5e-6f70-4a81-92b3-c4d5e6f70812", "name": "Sales EN",
        "person_name": "Emma", "language": "en-US", "volume": 1.2, "interruption_sensitivity": 0.8,
        "ambient_sound": "call-center", "post_call_analysis_data": [{"name":"interested","type":"boolean","description":"d"}],
        "tools": [{"name":"book","type":"function","description":"books"}], "created_at": "2025-01-01T00:00:00.000Z",
        "brand_new_field": {"nested": true} } ] }"#;
    let agents: Vec<Agent> = list(&body(json)).unwrap();
    assert_eq!(agents[0].person_name.as_deref(), Some("Emma"));
    assert_eq!(agents[0].volume, Some(1.2));
    assert_eq!(agents[0].tools[0].kind.as_deref(), Some("function"));
    let one_agent: Agent = one(&body(
        r#"{"statusCode":200,"data":{"id":"a1","name":"Ventas"}}"#,
    ))
    .unwrap();
    assert_eq!(one_agent.name.as_deref(), Some("Ventas"));
}

#[test]
fn a_create_agent_reply_with_agent_id_is_accepted() {
    let agent: Agent = one(&body(r#"{"agent_id":"agent-a1b2","name":"New","voice_id":"voice-abc123","timezone":"America/Mexico_City"}"#)).unwrap();
    assert_eq!(agent.id, "agent-a1b2");
    assert_eq!(agent.timezone.as_deref(), Some("America/Mexico_City"));
}

#[test]
fn phone_numbers_come_as_data_and_count() {
    let json = r#"{ "data": [ { "id": "pn-a1b2c3d4-e5f6-7890-abcd-ef1234567890", "phone_number": "+12025551234",
        "type": "outbound", "organization_id": "org-f1e2d3c4", "created_at": "2025-03-01T12:00:00+00:00" } ], "count": 6 }"#;
    let page: Page<PhoneNumber> = page(&body(json)).unwrap();
    assert_eq!(page.count, Some(6));
    assert_eq!(page.data[0].kind, Some(PhoneNumberType::Outbound));
}

#[test]
fn a_count_given_as_text_or_missing_is_tolerated() {
    let p: Page<PhoneNumber> = page(&body(r#"{"data":[],"count":"12"}"#)).unwrap();
    assert_eq!(p.count, Some(12));
    let p: Page<PhoneNumber> = page(&body(r#"{"data":[]}"#)).unwrap();
    assert_eq!(p.count, None);
    let p: Page<PhoneNumber> = page(&body(r#"[{"id":"x"}]"#)).unwrap();
    assert_eq!((p.data.len(), p.count), (1, None));
}

const CALL: &str = r#"{ "id": "8f14e45f-ceea-467f-a8f5-9d7f3b2c1a00", "direction": "outbound", "from": "+12025551234",
  "call_record": "https://storage.contactship.ai/recordings/8f14.mp3", "call_status": "completed",
  "call_result": "answered", "disconnection_reason": "agent_hangup", "start_at": "2026-04-06T15:05:10Z",
  "finished_at": "2026-04-06T15:08:40Z", "duration": 210, "call_analysis": {"summary": "Agreed to pay", "sentiment": "positive"},
  "type": "ai_call", "created_at": "2026-04-06T15:05:00Z", "agent_id": "a1", "campaign_id": null,
  "contact": {"id": "c1", "full_name": "Ana", "phone_number": "+525512345678", "email": null, "country": "Mexico"},
  "chat_history": [{"role": "agent", "content": "Hola"}, {"role": "user", "content": "Sí"}], "transcript_format": "json",
  "metadata": {"callboard_request_id": "0b8e5a7e-1111-4222-8333-944455556666"} }"#;

#[test]
fn calls_list_comes_as_data_and_count() {
    let json = format!(r#"{{"data": [{CALL}], "count": 41}}"#);
    let p: Page<Call> = page(&body(&json)).unwrap();
    assert_eq!(p.count, Some(41));
    let call = &p.data[0];
    assert_eq!(call.call_status, Some(CallStatus::Completed));
    assert_eq!(call.call_result, Some(CallResult::Answered));
    assert_eq!(call.duration, Some(210.0));
    assert_eq!(call.campaign_id, None);
    assert_eq!(
        call.request_id(),
        Some("0b8e5a7e-1111-4222-8333-944455556666")
    );
    assert_eq!(
        call.call_analysis.as_ref().unwrap().summary.as_deref(),
        Some("Agreed to pay")
    );
    assert!(matches!(&call.chat_history, Some(ChatHistory::Messages(m)) if m.len() == 2));
}

#[test]
fn a_bare_call_object_with_a_text_transcript_and_string_duration_is_read() {
    let json = r#"{"id":"c9","call_status":"voice_mail","duration":"210","chat_history":"agent: Hola\nuser: ...",
        "call_analysis":{"call_summary":"VM","user_sentiment":"Neutral","in_voicemail":true,"custom_analysis_data":{"x":1}}}"#;
    let call: Call = one(&body(json)).unwrap();
    assert_eq!(call.call_status, Some(CallStatus::VoiceMail));
    assert!(call.call_status.as_ref().unwrap().is_final());
    assert_eq!(call.duration, Some(210.0));
    assert!(matches!(call.chat_history, Some(ChatHistory::Text(_))));
    let analysis = call.call_analysis.unwrap();
    assert_eq!(analysis.summary.as_deref(), Some("VM"));
    assert_eq!(analysis.in_voicemail, Some(true));
}

#[test]
fn unknown_status_values_are_kept_not_rejected() {
    let call: Call = one(&body(
        r#"{"id":"c","call_status":"transferred","call_result":"hung_up"}"#,
    ))
    .unwrap();
    assert_eq!(
        call.call_status,
        Some(CallStatus::Other("transferred".into()))
    );
    assert_eq!(call.call_result, Some(CallResult::Other("hung_up".into())));
}

#[test]
fn the_new_created_call_reply_is_bare() {
    let json = r#"{ "call_id": "call-b2c3d4e5-f6a7-8901-bcde-f12345678901", "agent_id": "agent-a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        "contact_id": "c1d2e3f4-a5b6-7890-cdef-123456789012", "created_at": "2026-04-06T15:05:00Z" }"#;
    let created: CreatedCall = one(&body(json)).unwrap();
    assert_eq!(created.call_id, "call-b2c3d4e5-f6a7-8901-bcde-f12345678901");
    let any: CreatedCall = one(&body(
        r#"{"call_id":"x","agent_id":"a","contact_id":null,"created_at":"t"}"#,
    ))
    .unwrap();
    assert_eq!(any.contact_id, None);
}

#[test]
fn the_old_created_call_reply_is_wrapped_with_an_object_additional_data() {
    let json = r#"{ "statusCode": 201, "data": { "id": "<string>", "created_at": "<string>", "provider_agent_id": "<string>",
        "additional_data": {}, "webhook_url": "<string>", "call_id": "<string>", "contact_id": "<string>" } }"#;
    let created: CreatedCall = one(&body(json)).unwrap();
    assert_eq!(created.call_id, "<string>");
}

#[test]
fn unreadable_bodies_become_decode_errors_with_a_short_excerpt() {
    let html = format!(
        "<html><head><title>502 Bad Gateway</title></head><body>{}</body></html>",
        "x".repeat(500)
    );
    let b = Body {
        status: 200,
        content_type: Some("text/html"),
        bytes: html.as_bytes(),
        redact: None,
    };
    let err = one::<Contact>(&b).unwrap_err();
    match &err {
        Error::Decode {
            status,
            content_type,
            excerpt,
        } => {
            assert_eq!(*status, 200);
            assert_eq!(content_type.as_deref(), Some("text/html"));
            assert_eq!(excerpt.chars().count(), EXCERPT_CHARS);
            assert!(excerpt.starts_with("<html>"));
        }
        other => panic!("expected Decode, got {other:?}"),
    }
    assert!(
        !err.to_string().contains("<html>"),
        "the sentence never quotes the body"
    );
    for bad in [
        "",
        "{\"id\": 1",
        "null",
        "[1,2]",
        "{\"statusCode\":200,\"data\":null}",
    ] {
        assert_eq!(
            one::<Contact>(&body(bad)).unwrap_err().code(),
            "decode_failed",
            "{bad:?}"
        );
    }
    assert_eq!(
        list::<Contact>(&body("true")).unwrap_err().code(),
        "decode_failed"
    );
}

#[test]
fn excerpts_redact_the_key_and_flatten_control_characters() {
    let key = "sk_live_ECHOED_SECRET";
    let text = format!("{{\"error\":\"bad key {key}\"}}\n\u{0}tail");
    let b = Body {
        status: 200,
        content_type: None,
        bytes: text.as_bytes(),
        redact: Some(key),
    };
    let Error::Decode { excerpt, .. } = list::<Contact>(&b).unwrap_err() else {
        panic!("expected Decode")
    };
    assert!(!excerpt.contains(key));
    assert!(excerpt.contains("<redacted>"));
    assert!(!excerpt.chars().any(char::is_control));
    let straddling = format!("{}{key}", "a".repeat(EXCERPT_CHARS - 5));
    let cut = excerpt_of(&straddling, key);
    assert!(
        !cut.contains("sk_li"),
        "no fragment of the key survives the cut: {cut}"
    );
}

fn excerpt_of(text: &str, key: &str) -> String {
    super::excerpt(text.as_bytes(), EXCERPT_CHARS, Some(key))
}
