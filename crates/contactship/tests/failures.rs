//! Every error status, transport failure and retry rule against the sandbox's faults,
//! with the exact number of requests that reached the server.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use contactship::{
    ApiKey, BaseUrl, CallListQuery, CallTiming, Client, ClientOptions, ConnectFailure,
    ContactCallRequest, Delivery, Error, IdentifierType, NewContact, RetryPolicy, Schedule,
};
use contactship_sandbox::{FaultAction, FaultRule};

const CALL_PATH: &str = "/v1/calls/single-contact-call";

async fn call_request(env: &crate::common::Env) -> ContactCallRequest {
    ContactCallRequest {
        contact_id: env.contact_id().await,
        agent_id: env.agent_id().await,
        from_number_id: env.outbound_number().await.id,
        ..Default::default()
    }
}

fn assert_plain(err: &Error) {
    let text = err.to_string();
    for bad in ["<", "{", crate::common::KEY] {
        assert!(!text.contains(bad), "message {text:?} contains {bad:?}");
    }
    assert!(!format!("{err:?}").contains(crate::common::KEY));
}

#[tokio::test]
async fn a_400_names_the_field_the_server_complained_about() {
    let env = crate::common::start().await;
    let err = env
        .client
        .list_calls(&CallListQuery {
            date_from: Some("yesterday".into()),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.field(), err.delivery()),
        ("bad_request", Some("date_from"), Delivery::Rejected)
    );
    assert!(err.to_string().contains("date_from"));
    assert_eq!(env.requests("GET", "/v1/calls"), 1, "a 400 is not retried");

    // 2027-03-14 02:30 does not exist in New York (DST gap): only the server can tell.
    let mut req = call_request(&env).await;
    req.timing = CallTiming::Schedule(Schedule {
        scheduled_call_time: "2027-03-14 02:30:00".into(),
        timezone: "America/New_York".into(),
    });
    let err = env.client.call_contact(&req).await.unwrap_err();
    assert_eq!(err.field(), Some("schedule.scheduled_call_time"));
    assert_eq!(err.delivery(), Delivery::Rejected);
    assert_plain(&err);
}

#[tokio::test]
async fn a_wrong_key_is_unauthorized_with_the_settings_sentence() {
    let env = crate::common::start().await;
    let wrong =
        crate::common::client_for(&env.sandbox, "sk_wrong_key_000", crate::common::options());
    let err = wrong.list_agents().await.unwrap_err();
    assert_eq!(err.code(), "unauthorized");
    assert_eq!(
        err.to_string(),
        "The API key was not accepted. Paste a new one in Settings."
    );
    assert_eq!(env.requests("GET", "/v1/agents"), 1, "a 401 is not retried");
}

#[tokio::test]
async fn unknown_things_are_not_found_and_rejected() {
    let env = crate::common::start().await;
    let err = env
        .client
        .get_contact("+19999999999", IdentifierType::PhoneNumber)
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.delivery()),
        ("not_found", Delivery::Rejected)
    );
    let mut req = call_request(&env).await;
    req.contact_id = "no-such-contact".into();
    let err = env.client.call_contact(&req).await.unwrap_err();
    assert_eq!(
        (err.code(), err.delivery()),
        ("not_found", Delivery::Rejected)
    );
    assert_plain(&err);
}

#[tokio::test]
async fn creating_a_contact_with_an_existing_phone_is_a_conflict() {
    let env = crate::common::start().await;
    let existing = env
        .client
        .list_contacts(&Default::default())
        .await
        .unwrap()
        .remove(0);
    let dup = NewContact {
        phone_number: existing.phone_number.unwrap(),
        full_name: "Someone Else".into(),
        ..Default::default()
    };
    let err = env.client.create_contact(&dup).await.unwrap_err();
    assert_eq!(
        (err.code(), err.delivery()),
        ("conflict", Delivery::Rejected)
    );
    assert_eq!(
        err.to_string(),
        "A contact with this phone number already exists in Contactship."
    );
}

#[tokio::test]
async fn a_429_carries_retry_after_and_long_waits_are_not_retried() {
    let env = crate::common::start().await;
    env.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/agents",
        FaultAction::RateLimited {
            retry_after_secs: 30,
        },
    ));
    let err = env.client.list_agents().await.unwrap_err();
    assert_eq!(err.code(), "rate_limited");
    assert_eq!(err.retry_after(), Some(Duration::from_secs(30)));
    assert_eq!(err.to_string(), "Contactship is busy; try again in 30 s.");
    assert_eq!(
        env.requests("GET", "/v1/agents"),
        1,
        "30 s is above max_delay: no retry"
    );

    let req = call_request(&env).await;
    env.sandbox.add_fault(FaultRule::new(
        "POST",
        CALL_PATH,
        FaultAction::RateLimited {
            retry_after_secs: 0,
        },
    ));
    let err = env.client.call_contact(&req).await.unwrap_err();
    assert_eq!(
        (err.code(), err.delivery()),
        ("rate_limited", Delivery::Rejected)
    );
    assert_eq!(
        env.requests("POST", CALL_PATH),
        1,
        "a POST is never retried, even for a short Retry-After"
    );
}

#[tokio::test]
async fn a_get_with_a_short_retry_after_is_retried() {
    let env = crate::common::start().await;
    env.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/agents",
        FaultAction::RateLimited {
            retry_after_secs: 0,
        },
    ));
    assert_eq!(env.client.list_agents().await.unwrap().len(), 5);
    assert_eq!(env.requests("GET", "/v1/agents"), 2);
}

#[tokio::test]
async fn a_get_is_retried_after_a_5xx_and_gives_up_after_three_attempts() {
    let env = crate::common::start().await;
    env.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/agents",
        FaultAction::Status {
            status: 500,
            body: None,
            content_type: None,
        },
    ));
    assert_eq!(env.client.list_agents().await.unwrap().len(), 5);
    assert_eq!(
        env.requests("GET", "/v1/agents"),
        2,
        "one failure, one success"
    );

    env.sandbox.reset();
    env.sandbox
        .add_fault(FaultRule::new("GET", "/v1/agents", FaultAction::Html { status: 502 }).times(5));
    let err = env.client.list_agents().await.unwrap_err();
    assert_eq!((err.code(), err.status()), ("server_error", Some(502)));
    assert_eq!(env.requests("GET", "/v1/agents"), 3);
}

#[tokio::test]
async fn a_post_is_never_retried_after_a_5xx() {
    let env = crate::common::start().await;
    let req = call_request(&env).await;
    for action in [
        FaultAction::Status {
            status: 500,
            body: None,
            content_type: None,
        },
        FaultAction::Html { status: 502 },
    ] {
        env.sandbox.reset();
        env.sandbox
            .add_fault(FaultRule::new("POST", CALL_PATH, action).times(3));
        let err = env.client.call_contact(&req).await.unwrap_err();
        assert_eq!(
            (err.code(), err.delivery()),
            ("server_error", Delivery::Unknown)
        );
        assert_plain(&err);
        assert_eq!(env.requests("POST", CALL_PATH), 1);
    }
}

#[tokio::test]
async fn an_unparseable_200_is_a_decode_error_with_an_excerpt() {
    let env = crate::common::start().await;
    let req = call_request(&env).await;
    env.sandbox
        .add_fault(FaultRule::new("POST", CALL_PATH, FaultAction::Unparseable200).applied());
    let err = env.client.call_contact(&req).await.unwrap_err();
    assert_eq!(
        (err.code(), err.delivery()),
        ("decode_failed", Delivery::Unknown)
    );
    let Error::Decode {
        status, excerpt, ..
    } = &err
    else {
        panic!("{err:?}")
    };
    assert_eq!(*status, 200);
    assert!(excerpt.chars().count() <= 200);
    assert_eq!(env.requests("POST", CALL_PATH), 1);
    assert_plain(&err);
}

#[tokio::test]
async fn a_connection_closed_after_the_request_is_an_unknown_outcome() {
    let env = crate::common::start().await;
    let req = call_request(&env).await;
    env.sandbox.add_fault(FaultRule::new(
        "POST",
        CALL_PATH,
        FaultAction::CloseAfterRead,
    ));
    let err = env.client.call_contact(&req).await.unwrap_err();
    assert_eq!(
        (err.code(), err.delivery()),
        ("connection_lost", Delivery::Unknown)
    );
    assert_eq!(env.requests("POST", CALL_PATH), 1);
}

#[tokio::test]
async fn a_timeout_after_connecting_is_an_unknown_outcome() {
    let opts = ClientOptions {
        timeout: Duration::from_millis(300),
        ..crate::common::options()
    };
    let env = crate::common::start_with(opts).await;
    let req = call_request(&env).await;
    env.sandbox.add_fault(FaultRule::new(
        "POST",
        CALL_PATH,
        FaultAction::Latency { ms: 3_000 },
    ));
    let err = env.client.call_contact(&req).await.unwrap_err();
    assert_eq!((err.code(), err.delivery()), ("timeout", Delivery::Unknown));
    assert_eq!(env.requests("POST", CALL_PATH), 1);
}

#[tokio::test]
async fn a_refused_connection_is_not_sent() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let base = BaseUrl::parse(&format!("http://127.0.0.1:{port}/v1")).unwrap();
    let client = Client::with_options(
        base,
        ApiKey::new(crate::common::KEY).unwrap(),
        crate::common::options(),
    )
    .unwrap();
    let req = ContactCallRequest {
        contact_id: "c".into(),
        agent_id: "a".into(),
        from_number_id: "p".into(),
        ..Default::default()
    };
    let err = client.call_contact(&req).await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::ConnectFailed {
                reason: ConnectFailure::Refused
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.delivery(), Delivery::NotSent);
    assert_eq!(
        client.list_agents().await.unwrap_err().code(),
        "connect_failed"
    );
    assert_plain(&err);
}

#[tokio::test]
async fn a_reply_larger_than_the_cap_is_not_read() {
    let opts = ClientOptions {
        max_body_bytes: 1024,
        ..crate::common::options()
    };
    let env = crate::common::start_with(opts).await;
    let err = env
        .client
        .list_contacts(&Default::default())
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.delivery()),
        ("response_too_large", Delivery::Unknown)
    );
    assert_eq!(
        env.requests("GET", "/v1/contacts"),
        1,
        "too large is not retried"
    );
}

#[tokio::test]
async fn a_server_echoing_the_key_never_puts_it_in_an_error() {
    let env = crate::common::start_with(ClientOptions {
        get_retry: RetryPolicy::none(),
        ..crate::common::options()
    })
    .await;
    let echo = format!(
        r#"{{"statusCode":400,"message":"api_key {} is malformed"}}"#,
        crate::common::KEY
    );
    for status in [200, 400, 404, 409, 500] {
        env.sandbox.add_fault(FaultRule::new(
            "GET",
            "/v1/agents",
            FaultAction::Status {
                status,
                body: Some(echo.replace("statusCode\":400", "oops")),
                content_type: Some("text/plain".into()),
            },
        ));
        let err = env.client.list_agents().await.unwrap_err();
        assert_plain(&err);
    }
    env.assert_key_never_leaked();
}
