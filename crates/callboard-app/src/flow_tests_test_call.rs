//! "Test this agent": a call to any number (your own phone) through `single-phone-call`,
//! with the contact call's guarantees: journal before the POST, the duplicate question,
//! "outcome unknown" instead of a retry, and status follow-up.

use crate::calls::{self, Confirmations};
use crate::flow_tests::{first_ids, form, harness};
use crate::ipc::{CallState, Confirmation, OutcomeKind, When};
use crate::{catalog, connection, recent};
use contactship_sandbox::{FaultAction, FaultRule, Sandbox, SandboxOptions};

const PATH: &str = "/v1/calls/single-phone-call";

async fn connected() -> (crate::flow_tests::Harness, Sandbox) {
    let sandbox = Sandbox::start(SandboxOptions::default())
        .await
        .expect("simulator");
    let h = harness(Some(sandbox.base_url()));
    connection::connect_account(&h.state, sandbox.api_key().to_owned(), true)
        .await
        .expect("connected");
    (h, sandbox)
}

/// A form that calls "55 1234 5678" in Mexico as "Ana (test)" from the first outbound number.
async fn test_form(h: &crate::flow_tests::Harness) -> crate::ipc::CallForm {
    let (_, _, agent, from) = first_ids(&h.state).await;
    let numbers = catalog::list_phone_numbers(&h.state)
        .await
        .expect("numbers");
    let e164 = numbers
        .iter()
        .find(|n| n.id == from)
        .expect("the chosen number")
        .phone_number
        .clone();
    let mut f = form("", "Ana (test)", &agent, &from, When::Now);
    f.test_number = Some("55 1234 5678".into());
    f.contact_phone = "55 1234 5678".into();
    f.contact_country = Some("MX".into());
    f.from_number = Some(e164);
    f
}

fn posts(sandbox: &Sandbox) -> usize {
    sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == PATH)
        .count()
}

#[tokio::test]
async fn a_test_call_rings_the_typed_number_once_and_is_followed_like_any_call() {
    let (h, sandbox) = connected().await;
    let f = test_form(&h).await;
    let placed = calls::place_call(&h.state, f.clone(), Confirmations::default())
        .await
        .expect("placed");
    assert_eq!(placed.kind, OutcomeKind::Placed, "{}", placed.message);
    let entry = placed.entry.expect("entry");
    assert!(entry.call_id.is_some());
    assert_eq!(entry.contact_label, "Ana (test)");
    let sent = sandbox.requests();
    let body = sent
        .iter()
        .find(|r| r.path == PATH)
        .and_then(|r| r.body.clone())
        .expect("a phone call body");
    assert_eq!(body["to_number"], "+525512345678");
    assert_eq!(body["full_name"], "Ana (test)");
    assert!(
        body["metadata"]["callboard_request_id"].is_string(),
        "{body}"
    );

    // It is in Recent calls, and "Call again" brings the number back.
    let q = crate::ipc::CallListQuery {
        limit: 10,
        ..Default::default()
    };
    let page = recent::list_calls(&h.state, &q).expect("recent");
    let row = page
        .rows
        .iter()
        .find(|r| r.request_id == entry.request_id)
        .expect("row");
    assert_eq!(row.form.test_number.as_deref(), Some("+525512345678"));

    // A second test call to the same number with the same agent asks first.
    let again = calls::place_call(&h.state, f, Confirmations::default())
        .await
        .expect("asked");
    assert_eq!(
        again.confirm,
        Some(Confirmation::Duplicate),
        "{}",
        again.message
    );
    assert_eq!(posts(&sandbox), 1, "nothing sent while asking");

    // Its status is followed like a contact call's.
    let checked = calls::check_call(&h.state, &entry.request_id)
        .await
        .expect("checked");
    assert!(checked.call_status.is_some());
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_test_call_whose_answer_is_lost_is_outcome_unknown_and_never_sent_twice() {
    let (h, sandbox) = connected().await;
    let f = test_form(&h).await;
    sandbox.add_fault(
        FaultRule::new(
            "POST",
            PATH,
            FaultAction::Status {
                status: 502,
                body: None,
                content_type: None,
            },
        )
        .applied(),
    );
    let placed = calls::place_call(&h.state, f, Confirmations::default())
        .await
        .expect("answered");
    assert_eq!(
        placed.kind,
        OutcomeKind::OutcomeUnknown,
        "{}",
        placed.message
    );
    assert_eq!(posts(&sandbox), 1, "a call-creating POST is never retried");
    let entry = placed.entry.expect("entry");
    assert_eq!(entry.state, CallState::OutcomeUnknown);
    // Reconciling finds the call the server did create (the fault was applied, then lost).
    let found = calls::check_call(&h.state, &entry.request_id)
        .await
        .expect("reconciled");
    assert!(found.call_id.is_some(), "{found:?}");
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_number_that_cannot_be_called_is_named_and_nothing_is_sent() {
    let (h, sandbox) = connected().await;
    let mut f = test_form(&h).await;
    f.test_number = Some("12".into());
    let problems = calls::check_call_form(&h.state, &f);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].field, "to_number");
    assert!(calls::place_call(&h.state, f, Confirmations::default())
        .await
        .is_err());
    assert_eq!(posts(&sandbox), 0);
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}

#[tokio::test]
async fn adding_a_contact_creates_it_once_and_a_known_number_offers_the_existing_one() {
    use crate::new_contact::{add, NewContactForm};
    let (h, sandbox) = connected().await;
    let form = NewContactForm {
        full_name: "Lucía Gómez".into(),
        phone: "301 444 5709".into(),
        email: "lucia@example.com".into(),
        country: Some("co".into()),
    };
    let added = add(&h.state, form.clone()).await.expect("created");
    assert!(!added.existed);
    assert_eq!(added.contact.full_name, "Lucía Gómez");
    let again = add(&h.state, form).await.expect("offered");
    assert!(again.existed, "a 409 offers the existing contact");
    assert_eq!(again.contact.id, added.contact.id);
    let bad = add(
        &h.state,
        NewContactForm {
            full_name: "X".into(),
            phone: "123".into(),
            ..Default::default()
        },
    )
    .await
    .expect_err("refused");
    assert_eq!(bad.field.as_deref(), Some("phone"));
    let creates = sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path == "/v1/contacts")
        .count();
    assert_eq!(creates, 2, "the bad number never left");
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}
