//! The Call form draft: required picks, rows, timing, the body as sent.

use super::*;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0)
        .single()
        .unwrap_or_default()
}

fn draft() -> CallDraft {
    CallDraft {
        contact_id: "c-1".into(),
        agent_id: "a-1".into(),
        from_number_id: "pn-1".into(),
        timing: DraftTiming::Now,
        additional_data: vec![
            ("amount_debt".into(), "14058".into()),
            (String::new(), String::new()),
        ],
        metadata: vec![],
    }
}

#[test]
fn the_docs_example_becomes_a_key_value_pair_and_blank_rows_are_ignored() {
    let (req, resolved) = draft().to_request(now()).unwrap_or_else(|e| panic!("{e}"));
    assert!(resolved.is_none());
    assert_eq!(
        req.additional_data,
        vec![KeyValue {
            key: "amount_debt".into(),
            value: "14058".into()
        }]
    );
}

#[test]
fn a_value_without_a_name_is_reported_on_its_own_row() {
    let mut d = draft();
    d.additional_data.push((" ".into(), "orphan".into()));
    let err = d
        .to_request(now())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.field(), Some("additional_data[2].key"));
}

#[test]
fn a_repeated_name_is_reported_on_the_second_row() {
    let mut d = draft();
    d.metadata = vec![("crm".into(), "1".into()), ("crm".into(), "2".into())];
    let err = d
        .to_request(now())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.field(), Some("metadata[1].key"));
}

#[test]
fn the_reserved_request_id_key_is_refused() {
    let mut d = draft();
    d.metadata = vec![(REQUEST_ID_KEY.into(), "x".into())];
    let err = d
        .to_request(now())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.field(), Some("metadata[0].key"));
}

#[test]
fn missing_pickers_name_their_field() {
    let mut d = draft();
    d.agent_id = " ".into();
    let err = d
        .to_request(now())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(err.field(), Some("agent_id"));
}

#[test]
fn a_time_in_a_dst_gap_is_a_schedule_error() {
    let mut d = draft();
    d.timing = DraftTiming::At {
        date: "2027-03-14".into(),
        time: "02:30".into(),
        zone: "America/New_York".into(),
        choice: None,
    };
    let err = d
        .to_request(now())
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(
        matches!(
            err,
            DraftError::Schedule(ScheduleError::NonexistentLocalTime { .. })
        ),
        "{err:?}"
    );
}

#[test]
fn an_at_time_becomes_the_wire_schedule() {
    let mut d = draft();
    d.timing = DraftTiming::At {
        date: "2026-06-15".into(),
        time: "14:30".into(),
        zone: "America/Mexico_City".into(),
        choice: None,
    };
    let (req, resolved) = d.to_request(now()).unwrap_or_else(|e| panic!("{e}"));
    assert!(resolved.is_some());
    let json = serde_json::to_value(&req).unwrap_or_default();
    assert_eq!(
        json["schedule"]["scheduled_call_time"],
        "2026-06-15 14:30:00"
    );
    assert_eq!(json["schedule"]["timezone"], "America/Mexico_City");
}

#[test]
fn the_curl_never_contains_a_key_only_the_variable() {
    let (req, _) = draft().to_request(now()).unwrap_or_else(|e| panic!("{e}"));
    let curl = curl_command("https://api.contactship.ai/v1/", &req);
    assert!(
        curl.starts_with("curl -X POST 'https://api.contactship.ai/v1/calls/single-contact-call'")
    );
    assert!(curl.contains("$CONTACTSHIP_API_KEY"));
    assert!(curl.contains("\"amount_debt\""));
}
