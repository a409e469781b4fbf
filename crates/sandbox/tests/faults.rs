//! Fault injection, the request log and the control endpoints, seen from a real HTTP client.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration as StdDuration;

use crate::common::{Harness, KEY};
use contactship_sandbox::{FaultAction, FaultRule};
use reqwest::StatusCode;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const CALL_PATH: &str = "/v1/calls/single-contact-call";

#[tokio::test]
async fn a_status_fault_answers_with_the_given_status_and_body_once() {
    let h = Harness::start().await;
    h.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/agents",
        FaultAction::Status {
            status: 503,
            body: Some("upstream down".to_owned()),
            content_type: Some("text/plain".to_owned()),
        },
    ));
    let faulted = h.get("/v1/agents").await;
    assert_eq!(faulted.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(faulted.text, "upstream down");
    assert_eq!(faulted.content_type.as_deref(), Some("text/plain"));
    assert_eq!(h.get("/v1/agents").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_status_fault_without_body_sends_a_json_error() {
    let h = Harness::start().await;
    h.sandbox.add_fault(
        FaultRule::new(
            "POST",
            CALL_PATH,
            FaultAction::Status {
                status: 500,
                body: None,
                content_type: None,
            },
        )
        .times(2),
    );
    let body = h.contact_call_body().await;
    for _ in 0..2 {
        let a = h.post(CALL_PATH, &body).await;
        assert_eq!(a.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(a.json["statusCode"], 500);
    }
    // Not applied: no call was created by the two faulted requests.
    assert_eq!(h.get("/v1/calls").await.json["count"], 0);
    assert_eq!(h.post(CALL_PATH, &body).await.status, StatusCode::CREATED);
}

#[tokio::test]
async fn an_html_fault_looks_like_a_proxy_error_page() {
    let h = Harness::start().await;
    h.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/contacts",
        FaultAction::Html { status: 502 },
    ));
    let a = h.get("/v1/contacts").await;
    assert_eq!(a.status, StatusCode::BAD_GATEWAY);
    assert_eq!(a.content_type.as_deref(), Some("text/html"));
    assert!(a.text.contains("<title>502 Bad Gateway</title>"));
    assert!(a.text.contains("nginx"));
}

#[tokio::test]
async fn a_rate_limit_fault_sends_429_with_retry_after() {
    let h = Harness::start().await;
    h.sandbox.add_fault(FaultRule::new(
        "POST",
        CALL_PATH,
        FaultAction::RateLimited {
            retry_after_secs: 17,
        },
    ));
    let resp = h
        .http
        .post(h.url(CALL_PATH))
        .header("x-api-key", KEY)
        .json(&h.contact_call_body().await)
        .send()
        .await
        .expect("answered");
    assert_eq!(resp.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        resp.headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("17")
    );
}

#[tokio::test]
async fn a_latency_fault_delays_the_answer_past_a_client_timeout() {
    let h = Harness::start().await;
    h.sandbox
        .add_fault(FaultRule::new("POST", CALL_PATH, FaultAction::Latency { ms: 3_000 }).applied());
    let body = h.contact_call_body().await;
    let result = h
        .http
        .post(h.url(CALL_PATH))
        .header("x-api-key", KEY)
        .timeout(StdDuration::from_millis(200))
        .json(&body)
        .send()
        .await;
    assert!(result.err().is_some_and(|e| e.is_timeout()));
    // Applied: the call exists even though the client never saw the answer.
    assert_eq!(h.get("/v1/calls").await.json["count"], 1);
    assert_eq!(
        h.sandbox
            .requests()
            .iter()
            .filter(|r| r.path == CALL_PATH)
            .count(),
        1
    );
}

#[tokio::test]
async fn a_latency_fault_still_answers_normally_when_the_client_waits() {
    let h = Harness::start().await;
    h.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/agents",
        FaultAction::Latency { ms: 50 },
    ));
    let a = h.get("/v1/agents").await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a.json["statusCode"], 200);
}

#[tokio::test]
async fn close_after_read_drops_the_connection_without_any_response() {
    let h = Harness::start().await;
    h.sandbox.add_fault(FaultRule::new(
        "POST",
        CALL_PATH,
        FaultAction::CloseAfterRead,
    ));
    let body = h.contact_call_body().await.to_string();
    let mut stream = tokio::net::TcpStream::connect(h.sandbox.addr())
        .await
        .expect("connects");
    let request = format!(
        "POST {CALL_PATH} HTTP/1.1\r\nhost: localhost\r\nx-api-key: {KEY}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    stream
        .write_all(request.as_bytes())
        .await
        .expect("request written");
    let mut received = Vec::new();
    // The server closes the socket: read ends (EOF or reset) with zero bytes of response.
    let read = tokio::time::timeout(
        StdDuration::from_secs(10),
        stream.read_to_end(&mut received),
    )
    .await;
    assert!(
        read.is_ok(),
        "the server must close the connection, not hang"
    );
    assert!(
        received.is_empty(),
        "got a response: {}",
        String::from_utf8_lossy(&received)
    );
    // The whole body was read and recorded before the fault hit.
    let recorded = h.sandbox.requests();
    assert_eq!(recorded.len(), 4);
    assert_eq!(recorded[3].body_text, body);
    assert_eq!(h.get("/v1/calls").await.json["count"], 0);
}

#[tokio::test]
async fn close_after_read_is_a_connection_error_for_an_http_client() {
    let h = Harness::start().await;
    let body = h.contact_call_body().await;
    h.sandbox
        .add_fault(FaultRule::new("POST", CALL_PATH, FaultAction::CloseAfterRead).applied());
    let result = h
        .http
        .post(h.url(CALL_PATH))
        .header("x-api-key", KEY)
        .json(&body)
        .send()
        .await;
    let err = result.expect_err("no response");
    assert!(!err.is_timeout());
    assert!(err.status().is_none());
    // Applied: the call was placed although the client got no answer; exactly one POST arrived.
    assert_eq!(h.get("/v1/calls").await.json["count"], 1);
    assert_eq!(
        h.sandbox
            .requests()
            .iter()
            .filter(|r| r.method == "POST")
            .count(),
        1
    );
}

#[tokio::test]
async fn unparseable_200_is_truncated_json() {
    let h = Harness::start().await;
    let body = h.contact_call_body().await;
    h.sandbox
        .add_fault(FaultRule::new("POST", CALL_PATH, FaultAction::Unparseable200).applied());
    let a = h.post(CALL_PATH, &body).await;
    assert_eq!(a.status, StatusCode::OK);
    assert!(a
        .content_type
        .unwrap_or_default()
        .starts_with("application/json"));
    assert!(serde_json::from_str::<Value>(&a.text).is_err());
    assert!(a.text.starts_with('{') && a.text.contains("call_id"));
    assert_eq!(h.get("/v1/calls").await.json["count"], 1);

    h.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/agents",
        FaultAction::Unparseable200,
    ));
    let b = h.get("/v1/agents").await;
    assert_eq!(b.status, StatusCode::OK);
    assert!(serde_json::from_str::<Value>(&b.text).is_err());
}

#[tokio::test]
async fn the_request_log_keeps_everything_but_the_api_key() {
    let h = Harness::start().await;
    let body =
        json!({"full_name": "Ana Ruiz", "phone_number": "+34611222333", "metadata_note": "x"});
    h.post("/v1/contacts?source=test", &body).await;
    let log = h.sandbox.requests();
    assert_eq!(log.len(), 1);
    let r = &log[0];
    assert_eq!(r.method, "POST");
    assert_eq!(r.path, "/v1/contacts");
    assert_eq!(r.query.as_deref(), Some("source=test"));
    assert_eq!(r.body, Some(body));
    assert!(r.headers.contains_key("content-type"));
    assert!(!r.headers.contains_key("x-api-key"));
    let everything = serde_json::to_string(&log).unwrap_or_default();
    assert!(!everything.contains(KEY));
    assert_eq!(r.received_at, h.sandbox.now());

    let over_http = h
        .http
        .get(h.url("/__sandbox/requests"))
        .send()
        .await
        .expect("control");
    let over_http: Value = over_http.json().await.expect("json");
    assert_eq!(over_http.as_array().map(Vec::len), Some(1));
    assert!(!over_http.to_string().contains(KEY));
}

#[tokio::test]
async fn control_endpoints_queue_faults_move_the_clock_and_reset() {
    let h = Harness::start().await;
    let rule =
        json!({"method": "GET", "path": "/v1/agents", "action": {"kind": "status", "status": 418}});
    let queued = h
        .http
        .post(h.url("/__sandbox/faults"))
        .json(&rule)
        .send()
        .await
        .expect("queued");
    assert_eq!(queued.status(), StatusCode::OK);
    assert_eq!(h.get("/v1/agents").await.status, StatusCode::IM_A_TEAPOT);
    let invalid = h
        .http
        .post(h.url("/__sandbox/faults"))
        .json(&json!({"path": 3}))
        .send()
        .await
        .expect("answered");
    assert_eq!(invalid.status(), StatusCode::BAD_REQUEST);

    let before = h.sandbox.now();
    let moved = h
        .http
        .post(h.url("/__sandbox/clock"))
        .json(&json!({"advance_seconds": 90}))
        .send()
        .await
        .expect("clock");
    let moved: Value = moved.json().await.expect("json");
    let now = moved["now"]
        .as_str()
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok());
    assert_eq!(
        now.map(|n| n.timestamp_millis()),
        Some((before + chrono::Duration::seconds(90)).timestamp_millis())
    );

    // Control requests are not recorded and need no key.
    assert_eq!(h.sandbox.requests().len(), 1);
    let created = h
        .post(
            "/v1/contacts",
            &json!({"full_name": "Temp", "phone_number": "+14155550199"}),
        )
        .await;
    assert_eq!(created.status, StatusCode::CREATED);
    let reset = h
        .http
        .post(h.url("/__sandbox/reset"))
        .send()
        .await
        .expect("reset");
    assert_eq!(reset.status(), StatusCode::OK);
    assert!(h.sandbox.requests().is_empty());
    let list = h.get("/v1/contacts?full_name=Temp").await.json;
    assert_eq!(list, json!([]));
}

#[tokio::test]
async fn reset_restores_the_seed_and_clears_faults() {
    let h = Harness::start().await;
    let c = h.contact_in("México").await;
    h.delete(&format!(
        "/v1/contacts/{}",
        c["id"].as_str().unwrap_or_default()
    ))
    .await;
    h.sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/contacts",
        FaultAction::Html { status: 500 },
    ));
    h.sandbox.reset();
    assert!(h.sandbox.requests().is_empty());
    let again = h
        .get(&format!(
            "/v1/contacts/{}",
            c["id"].as_str().unwrap_or_default()
        ))
        .await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json, c);
    assert_eq!(h.get("/v1/contacts").await.status, StatusCode::OK);
}

#[tokio::test]
async fn shutdown_stops_the_server() {
    let h = Harness::start().await;
    let addr = h.sandbox.addr();
    h.sandbox.clone().shutdown().await;
    let result = h
        .http
        .get(format!("http://{addr}/v1/agents"))
        .header("x-api-key", KEY)
        .send()
        .await;
    assert!(result.is_err());
}

#[test]
fn the_binary_prints_the_listening_line() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_contactship-sandbox"))
        .args(["--port", "0", "--api-key", "bin-key"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut line = String::new();
    let read = std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line);
    let _ = child.kill();
    let _ = child.wait();
    assert!(read.is_ok());
    let line = line.trim_end();
    let url = line
        .strip_prefix("listening on http://127.0.0.1:")
        .and_then(|rest| rest.strip_suffix("/v1"));
    let port = url.and_then(|p| p.parse::<u16>().ok());
    assert!(port.is_some_and(|p| p > 0), "unexpected line: {line}");
}
