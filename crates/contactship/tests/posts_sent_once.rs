//! The any-number call and contact creation are sent once, like the contact call: a failure
//! after the request may have reached the server (a 5xx, the connection closed after the
//! request was read, a timeout) is an unknown outcome and is never retried. Each fault here
//! is applied after the server acted, so a retry would place a second call, or come back
//! as a 409 for the contact the first attempt created.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use contactship::{ClientOptions, ContactFilter, Delivery, Error, NewContact, PhoneCallRequest};
use contactship_sandbox::{FaultAction, FaultRule};

const PHONE_PATH: &str = "/v1/calls/single-phone-call";
const CONTACTS_PATH: &str = "/v1/contacts";

/// Every fault after the request was read, with the error code it must give.
fn faults_after_the_server_acted() -> Vec<(FaultAction, &'static str)> {
    vec![
        (
            FaultAction::Status {
                status: 500,
                body: None,
                content_type: None,
            },
            "server_error",
        ),
        (FaultAction::Html { status: 502 }, "server_error"),
        (FaultAction::CloseAfterRead, "connection_lost"),
        (FaultAction::Latency { ms: 2_000 }, "timeout"),
    ]
}

/// A client that gives up after 300 ms, so the latency fault is a timeout.
async fn env() -> crate::common::Env {
    crate::common::start_with(ClientOptions {
        timeout: Duration::from_millis(300),
        ..crate::common::options()
    })
    .await
}

fn assert_unknown(err: &Error, code: &str) {
    assert_eq!(
        (err.code(), err.delivery()),
        (code, Delivery::Unknown),
        "{err:?}"
    );
}

#[tokio::test]
async fn an_any_number_call_is_never_retried_once_it_may_have_reached_the_server() {
    let env = env().await;
    let req = PhoneCallRequest {
        from_number: env.outbound_number().await.phone_number.unwrap(),
        to_number: "+14155552678".into(),
        full_name: "Jane Smith".into(),
        agent_id: env.agent_id().await,
        ..Default::default()
    };
    for (action, code) in faults_after_the_server_acted() {
        env.sandbox.reset();
        env.sandbox.add_fault(
            FaultRule::new("POST", PHONE_PATH, action)
                .times(3)
                .applied(),
        );
        let err = env.client.call_phone_number(&req).await.unwrap_err();
        assert_unknown(&err, code);
        assert_eq!(env.requests("POST", PHONE_PATH), 1, "{code}");
        // The server did place it: exactly one call is in the log.
        env.sandbox.clear_faults();
        let log = env.client.list_calls(&Default::default()).await.unwrap();
        assert_eq!(log.count, Some(1), "{code}");
    }
}

#[tokio::test]
async fn creating_a_contact_is_never_retried_once_it_may_have_reached_the_server() {
    let env = env().await;
    let new = NewContact {
        phone_number: "+525598765432".into(),
        full_name: "Renata Ibarra Solís".into(),
        ..Default::default()
    };
    for (action, code) in faults_after_the_server_acted() {
        env.sandbox.reset();
        env.sandbox.add_fault(
            FaultRule::new("POST", CONTACTS_PATH, action)
                .times(3)
                .applied(),
        );
        let err = env.client.create_contact(&new).await.unwrap_err();
        // A retry would have answered 409 for the contact the first attempt created.
        assert_unknown(&err, code);
        assert_eq!(env.requests("POST", CONTACTS_PATH), 1, "{code}");
        env.sandbox.clear_faults();
        let found = env
            .client
            .list_contacts(&ContactFilter {
                phone_number: Some(new.phone_number.clone()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(found.len(), 1, "{code}: created once by the first attempt");
    }
}
