//! Placing calls through the app's flow against the simulator, with an injected clock:
//! the questions asked before sending, the exact schedule sent for a repeated DST time,
//! every form problem at once, and labels that don't go stale.

use crate::calls::{self, Confirmations};
use crate::flow_tests::{first_ids, form, harness};
use crate::ipc::{Ambiguity, CallState, Confirmation, OutcomeKind, When};
use crate::{connection, recent};
use callboard_core::clock::FixedClock;
use chrono::{DateTime, TimeZone, Utc};
use contactship_sandbox::{Sandbox, SandboxOptions};
use std::sync::Arc;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("an RFC 3339 instant")
        .with_timezone(&Utc)
}

/// A harness connected to a fresh simulator, with the app's clock fixed at `now`.
async fn connected(now: DateTime<Utc>) -> (crate::flow_tests::Harness, Sandbox) {
    let sandbox = Sandbox::start(SandboxOptions::default())
        .await
        .expect("simulator");
    let mut h = harness(Some(sandbox.base_url()));
    h.state.clock = Arc::new(FixedClock::new(now));
    connection::connect_account(&h.state, sandbox.api_key().to_owned(), true)
        .await
        .expect("connected");
    (h, sandbox)
}

#[tokio::test]
async fn a_call_that_would_ring_outside_the_callees_hours_asks_first_naming_their_local_time() {
    // 12:00 UTC is 6:00 AM in Mexico City: before the default 8:00 AM–9:00 PM window.
    let (h, sandbox) = connected(at("2026-06-15T12:00:00Z")).await;
    let (contact, name, agent, from) = first_ids(&h.state).await;
    let f = form(&contact, &name, &agent, &from, When::Now);
    let asked = calls::place_call(&h.state, f.clone(), Confirmations::default())
        .await
        .expect("answered");
    assert_eq!(asked.kind, OutcomeKind::NeedsConfirmation);
    assert_eq!(asked.confirm, Some(Confirmation::OutsideCallingHours));
    assert!(asked.message.contains("6:00 AM"), "{}", asked.message);
    assert!(asked.message.contains("Call anyway?"), "{}", asked.message);
    assert!(h.state.store.is_empty(), "nothing was recorded or sent");
    let yes = Confirmations {
        outside_calling_hours: true,
        ..Confirmations::default()
    };
    let placed = calls::place_call(&h.state, f, yes).await.expect("placed");
    assert_eq!(placed.kind, OutcomeKind::Placed, "{}", placed.message);
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}

#[tokio::test]
async fn choosing_the_second_130_am_schedules_exactly_that_instant_on_contactship() {
    let (h, sandbox) = connected(at("2027-01-10T15:00:00Z")).await;
    let (contact, name, agent, from) = first_ids(&h.state).await;
    let mut f = form(
        &contact,
        &name,
        &agent,
        &from,
        When::At {
            date: "2027-11-07".into(),
            time: "01:30".into(),
            time_zone: "America/New_York".into(),
            ambiguity: Some(Ambiguity::Later),
        },
    );
    f.callee_time_zone = Some("America/New_York".into());
    let preview = calls::preview_request(&h.state, &f).await.expect("preview");
    assert!(preview.json.contains("Etc/GMT+5"), "{}", preview.json);
    let yes = Confirmations {
        outside_calling_hours: true,
        ..Confirmations::default()
    };
    let placed = calls::place_call(&h.state, f, yes).await.expect("placed");
    assert_eq!(placed.kind, OutcomeKind::Placed, "{}", placed.message);
    assert!(
        placed.message.contains("is scheduled for 1:30 AM EST"),
        "the result says when: {}",
        placed.message
    );
    let entry = placed.entry.expect("entry");
    let entry = calls::check_call(&h.state, &entry.request_id)
        .await
        .expect("checked");
    assert_eq!(entry.state, CallState::Scheduled);
    assert!(
        entry.when_label.contains("EST (UTC-05:00)"),
        "the log shows which 1:30 AM: {}",
        entry.when_label
    );
    let posts: Vec<_> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .filter_map(|r| r.body)
        .collect();
    let schedule = &posts.last().expect("one POST")["schedule"];
    assert_eq!(schedule["scheduled_call_time"], "2027-11-07 01:30:00");
    let zone: chrono_tz::Tz = schedule["timezone"]
        .as_str()
        .expect("a zone")
        .parse()
        .expect("an IANA zone");
    let naive = chrono::NaiveDateTime::parse_from_str("2027-11-07 01:30:00", "%Y-%m-%d %H:%M:%S")
        .expect("time");
    let rings = zone
        .from_local_datetime(&naive)
        .single()
        .expect("one instant in the zone sent");
    assert_eq!(
        rings.with_timezone(&Utc),
        at("2027-11-07T06:30:00Z"),
        "05:30Z would be EDT"
    );
    let csv_path = recent::export_csv(&h.state, &Default::default(), h.dir.path()).expect("csv");
    let csv = std::fs::read_to_string(csv_path).expect("csv file");
    assert!(csv.contains("UTC-05:00"), "{csv}");
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}

#[tokio::test]
async fn every_problem_of_the_form_is_reported_at_once_each_naming_its_field() {
    let (h, sandbox) = connected(Utc.with_ymd_and_hms(2026, 6, 15, 15, 0, 0).unwrap()).await;
    let mut f = form("", "", "agent-1", "", When::Now);
    f.additional_data = vec![
        crate::ipc::KeyValue {
            key: "campaña".into(),
            value: "x".into(),
        },
        crate::ipc::KeyValue {
            key: "ok".into(),
            value: String::new(),
        },
    ];
    for bad in ["-5", "1.5", "abc", "10081", ""] {
        f.when = When::Delay {
            minutes: bad.into(),
        };
        let problems = calls::check_call_form(&h.state, &f);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "contact_id",
                "from_number_id",
                "additional_data[0].key",
                "additional_data[1].value",
                "delay"
            ],
            "{bad:?}: {problems:?}"
        );
        assert!(
            problems[2].message.contains("without accents"),
            "{problems:?}"
        );
    }
    f.when = When::Delay {
        minutes: "15".into(),
    };
    assert_eq!(calls::check_call_form(&h.state, &f).len(), 4);
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_delayed_call_is_labelled_with_the_time_it_rings_not_in_n_minutes() {
    let (h, sandbox) = connected(at("2026-06-15T16:00:00Z")).await;
    let (contact, name, agent, from) = first_ids(&h.state).await;
    let f = form(
        &contact,
        &name,
        &agent,
        &from,
        When::Delay {
            minutes: "5".into(),
        },
    );
    let placed = calls::place_call(&h.state, f, Confirmations::default())
        .await
        .expect("placed");
    let entry = placed.entry.expect("entry");
    assert!(!entry.when_label.contains("In 5"), "{}", entry.when_label);
    // 16:05 UTC is 10:05 AM in Mexico City (UTC-6).
    assert!(
        entry.when_label.starts_with("10:05 AM"),
        "{}",
        entry.when_label
    );
    assert_eq!(entry.contact_phone, "+525512345678", "kept for Call again");
    assert_eq!(entry.form.contact_country.as_deref(), Some("MX"));
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}
