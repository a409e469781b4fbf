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
        phone: None,
    }
}

fn contact_request(r: crate::placement::CallRequest) -> contactship::ContactCallRequest {
    match r {
        crate::placement::CallRequest::Contact(c) => c,
        other => panic!("expected a contact call, got {other:?}"),
    }
}

#[test]
fn the_docs_example_becomes_a_key_value_pair_and_blank_rows_are_ignored() {
    let (req, resolved) = draft().to_request(now()).unwrap_or_else(|e| panic!("{e}"));
    assert!(resolved.is_none());
    assert_eq!(
        contact_request(req).additional_data,
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
    let json = req.body();
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

fn test_call(number: &str, country: Option<&str>) -> CallDraft {
    CallDraft {
        phone: Some(super::PhoneTarget {
            number: number.into(),
            country: country.map(Into::into),
            full_name: "Ana Torres".into(),
            from_number: "+12025551234".into(),
        }),
        ..draft()
    }
}

#[test]
fn a_test_call_reads_the_number_in_its_country_and_goes_to_single_phone_call() {
    let (req, _) = test_call("55 1234 5678", Some("mx"))
        .to_request(now())
        .unwrap_or_else(|e| panic!("{e}"));
    let body = req.body();
    assert_eq!(body["to_number"], "+525512345678");
    assert_eq!(body["from_number"], "+12025551234");
    assert_eq!(body["full_name"], "Ana Torres");
    assert_eq!(body["country"], "MX");
    assert!(body.get("contact_id").is_none(), "{body}");
    assert_eq!(req.contact_key(), "tel:+525512345678");
    let curl = curl_command("https://api.contactship.ai/v1", &req);
    assert!(curl.contains("/calls/single-phone-call'"), "{curl}");
}

#[test]
fn a_test_call_names_the_number_and_the_name_when_they_cannot_be_used() {
    let mut d = test_call("12", Some("MX"));
    d.phone.as_mut().unwrap().full_name = " ".into();
    let fields: Vec<_> = d
        .problems(now())
        .iter()
        .map(|p| p.field().unwrap_or("").to_owned())
        .collect();
    assert_eq!(fields, ["to_number", "full_name"]);
    let no_country = test_call("55 1234 5678", None).problems(now());
    assert!(
        no_country[0].to_string().contains("country"),
        "{}",
        no_country[0]
    );
    let es = crate::i18n::with_locale(crate::i18n::Locale::Es, || {
        test_call("", None).problems(now())[0].to_string()
    });
    assert_eq!(es, "Escriba el número de teléfono al que quiere llamar.");
}
