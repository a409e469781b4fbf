//! The client against a hostile server (see `crate::common::raw_server`): broken connections,
//! TLS garbage, replies that echo the API key, 2xx replies without a call id.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use contactship::{
    ApiKey, BaseUrl, Client, ClientOptions, ContactCallRequest, Delivery, Error, RetryPolicy,
};

use crate::common::raw_server::{reply, RawServer, Then};

const CALL_LINE: &str = "POST /v1/calls/single-contact-call HTTP/1.1";
/// A key without dictionary words, so that finding 8 of its characters in an error can
/// only mean a leak (the shared key contains "Callboard", which our own sentences use).
const KEY: &str = "sk_live_Z9xQ7mT2pL4vB8nR4wYc";

fn client(base: &str) -> Client {
    let opts = ClientOptions {
        get_retry: RetryPolicy::none(),
        ..crate::common::options()
    };
    Client::with_options(
        BaseUrl::parse(base).unwrap(),
        ApiKey::new(KEY).unwrap(),
        opts,
    )
    .unwrap()
}

fn request() -> ContactCallRequest {
    ContactCallRequest {
        contact_id: "c1d2e3f4".into(),
        agent_id: "agent-a1b2".into(),
        from_number_id: "pn-a1b2".into(),
        ..Default::default()
    }
}

/// Every run of 8 characters of the key, lowercased: none may appear in error text.
fn assert_no_key(text: &str, what: &str) {
    let lower = text.to_ascii_lowercase();
    for w in KEY.as_bytes().windows(8) {
        let frag = std::str::from_utf8(w).unwrap().to_ascii_lowercase();
        assert!(
            !lower.contains(&frag),
            "{what} holds part of the key: {text:?}"
        );
    }
}

fn assert_error_has_no_key(err: &Error) {
    assert_no_key(&err.to_string(), "Display");
    assert_no_key(&format!("{err:?}"), "Debug");
    assert_no_key(&format!("{err:#?}"), "pretty Debug");
    assert_no_key(err.field().unwrap_or(""), "field()");
    for p in err.problems() {
        assert_no_key(p.field.as_deref().unwrap_or(""), "problem field");
        assert_no_key(&p.message, "problem message");
    }
}

#[tokio::test]
async fn a_create_call_whose_connection_breaks_after_the_request_was_read_is_an_unknown_outcome() {
    let garbage = b"\x15\x03\x03\x00\x02\x02\x50 not http at all\r\n\r\n".to_vec();
    let cut_off = b"HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n{\"call_id\":\"ab".to_vec();
    for then in [
        Then::Close,
        Then::Reset,
        Then::Reply(garbage),
        Then::Reply(b"HTTP/1.1 2".to_vec()),
        Then::Reply(cut_off),
    ] {
        let server = RawServer::start(then.clone()).await;
        let err = client(&server.base("http"))
            .call_contact(&request())
            .await
            .unwrap_err();
        assert_eq!(err.delivery(), Delivery::Unknown, "{then:?}: {err:?}");
        let got = server.received();
        assert_eq!(got.len(), 1, "{then:?}: sent exactly once");
        assert!(
            got[0].starts_with(CALL_LINE),
            "{then:?}: the request was read"
        );
    }
}

#[tokio::test]
async fn a_failed_tls_handshake_is_not_sent_because_no_request_byte_was_written() {
    for then in [
        Then::AfterFirstBytes(b"HTTP/1.1 400 Bad Request\r\n\r\n".to_vec()),
        Then::AfterFirstBytes(vec![0x16, 0x03, 0x03, 0x00, 0x01, 0xff]),
        Then::AfterFirstBytes(Vec::new()),
    ] {
        let server = RawServer::start(then.clone()).await;
        let err = client(&server.base("https"))
            .call_contact(&request())
            .await
            .unwrap_err();
        assert_eq!(err.delivery(), Delivery::NotSent, "{then:?}: {err:?}");
        assert!(
            matches!(err.code(), "tls_failed" | "connect_failed"),
            "{then:?}: {err:?}"
        );
        // What arrived is a TLS ClientHello (record type 22), not an HTTP request.
        for bytes in server.received_raw() {
            assert_eq!(bytes.first(), Some(&0x16), "{then:?}");
            assert!(!String::from_utf8_lossy(&bytes).contains("single-contact-call"));
        }
    }
}

#[tokio::test]
async fn a_server_echoing_the_key_in_message_field_header_or_body_never_gets_it_into_an_error() {
    let k = KEY;
    let upper = k.to_uppercase();
    let part = &k[..k.len() - 3];
    let bodies = [
        format!(r#"{{"message":"{k} is not a valid key","field":"{k}"}}"#),
        format!(r#"{{"message":"  {k}  must be a string","field":"  {k} "}}"#),
        format!(r#"{{"message":["{k} must be a UUID","x-api-key: {k} rejected"],"field":"x"}}"#),
        format!(r#"{{"message":[{{"property":"{k}","constraints":{{"a":"{k} bad"}}}}]}}"#),
        format!(r#"{{"message":"key {upper} / {part} / x-api-key={k}","field":"api_key_{part}"}}"#),
        format!(
            r#"{{"message":"{}","field":"contact_id"}}"#,
            k.to_lowercase()
        ),
        format!(r#"{{"message":["{}\u200b{}"]}}"#, &k[..10], &k[10..]),
    ];
    for status in [
        "400 Bad Request",
        "422 Unprocessable Entity",
        "404 Not Found",
        "409 Conflict",
    ] {
        for body in &bodies {
            let ct = format!("application/json; x-api-key={k}");
            let server =
                RawServer::start(Then::Reply(reply(status, &[("Content-Type", &ct)], body))).await;
            let err = client(&server.base("http"))
                .call_contact(&request())
                .await
                .unwrap_err();
            assert_eq!(err.delivery(), Delivery::Rejected, "{status} {body}");
            assert_error_has_no_key(&err);
        }
    }
    // A 2xx that cannot be read quotes its content type and body: both scrubbed.
    for body in [
        format!("<html>{k}</html>"),
        format!("oops x-api-key: {k}"),
        format!("{}{}", "x".repeat(190), k),
    ] {
        let ct = format!("text/html; key={k}");
        let server = RawServer::start(Then::Reply(reply(
            "200 OK",
            &[("Content-Type", &ct)],
            &body,
        )))
        .await;
        let err = client(&server.base("http"))
            .call_contact(&request())
            .await
            .unwrap_err();
        assert_eq!(
            (err.code(), err.delivery()),
            ("decode_failed", Delivery::Unknown)
        );
        assert_error_has_no_key(&err);
        let Error::Decode {
            content_type,
            excerpt,
            ..
        } = &err
        else {
            panic!("{err:?}")
        };
        assert_no_key(content_type.as_deref().unwrap_or(""), "content type");
        assert_no_key(excerpt, "excerpt");
    }
}

#[tokio::test]
async fn a_field_that_is_the_key_is_dropped_and_never_highlighted() {
    let k = KEY.to_lowercase();
    let body = format!(r#"{{"message":"{k} is required","field":"{k}"}}"#);
    let server = RawServer::start(Then::Reply(reply("400 Bad Request", &[], &body))).await;
    let err = client(&server.base("http"))
        .call_contact(&request())
        .await
        .unwrap_err();
    assert_eq!(err.code(), "bad_request");
    assert_eq!(err.field(), None, "{err:?}");
    assert!(err.problems().iter().all(|p| p.field.is_none()), "{err:?}");
    assert_error_has_no_key(&err);
}

#[tokio::test]
async fn a_2xx_with_an_empty_or_missing_call_id_is_an_unknown_outcome() {
    for body in [
        r#"{"call_id":""}"#,
        r#"{"call_id":"  ","agent_id":"a"}"#,
        r#"{"statusCode":201,"data":{"call_id":null}}"#,
        r#"{"agent_id":"a","contact_id":"c","created_at":"2027-01-05T10:00:00Z"}"#,
    ] {
        let server = RawServer::start(Then::Reply(reply(
            "201 Created",
            &[("Content-Type", "application/json")],
            body,
        )))
        .await;
        let err = client(&server.base("http"))
            .call_contact(&request())
            .await
            .unwrap_err();
        assert_eq!(
            (err.code(), err.delivery()),
            ("decode_failed", Delivery::Unknown),
            "{body}"
        );
    }
}

#[tokio::test]
async fn a_2xx_with_a_call_id_and_an_odd_timestamp_is_placed() {
    for created_at in [
        r#""2027-01-05 10:00:00""#,
        "1799143200",
        r#""1799143200000""#,
        r#""Tue, 05 Jan 2027 10:00:00 +0000""#,
        r#""soon""#,
        "{}",
    ] {
        let body = format!(r#"{{"call_id":"call-9","agent_id":null,"created_at":{created_at}}}"#);
        let server = RawServer::start(Then::Reply(reply(
            "200 OK",
            &[("Content-Type", "application/json")],
            &body,
        )))
        .await;
        let created = client(&server.base("http"))
            .call_contact(&request())
            .await
            .unwrap();
        assert_eq!(created.call_id, "call-9", "{created_at}");
    }
}

#[tokio::test]
async fn a_429_says_when_to_try_again_and_never_asks_to_fix_anything() {
    for (headers, want) in [
        (
            vec![("Retry-After", "7")],
            "Contactship is busy; try again in 7 s.",
        ),
        (vec![], "Contactship is busy; try again in a moment."),
        (
            vec![("Retry-After", "soon")],
            "Contactship is busy; try again in a moment.",
        ),
    ] {
        let server = RawServer::start(Then::Reply(reply(
            "429 Too Many Requests",
            &headers,
            r#"{"message":"Fix what was rejected"}"#,
        )))
        .await;
        let err = client(&server.base("http"))
            .call_contact(&request())
            .await
            .unwrap_err();
        assert_eq!(
            (err.code(), err.delivery()),
            ("rate_limited", Delivery::Rejected)
        );
        assert_eq!(err.to_string(), want);
    }
}
