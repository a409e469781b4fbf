//! The request log and the `/__sandbox/` control endpoints (no API key, never recorded).

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use hyper::{HeaderMap, Method, StatusCode};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::faults::FaultRule;
use crate::model::iso;
use crate::server::{json_response, HttpResponse};
use crate::state::{lock, Shared};

/// One API request as the simulator received it. The `x-api-key` header is never kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordedRequest {
    /// HTTP method, e.g. `POST`.
    pub method: String,
    /// Path without the query string, e.g. `/v1/calls/single-contact-call`.
    pub path: String,
    /// Raw query string, if any.
    pub query: Option<String>,
    /// Headers with lowercased names, minus `x-api-key`.
    pub headers: BTreeMap<String, String>,
    /// The body parsed as JSON, when it is JSON.
    pub body: Option<Value>,
    /// The body as text (lossy UTF-8).
    pub body_text: String,
    /// Simulated time at which the request arrived.
    pub received_at: DateTime<Utc>,
}

impl RecordedRequest {
    /// Builds the record of a request, dropping the API key header.
    pub(crate) fn capture(
        method: &Method,
        path: &str,
        query: Option<&str>,
        headers: &HeaderMap,
        body: &[u8],
        received_at: DateTime<Utc>,
    ) -> Self {
        let mut kept: BTreeMap<String, String> = BTreeMap::new();
        for (name, value) in headers {
            let name = name.as_str().to_ascii_lowercase();
            if name == "x-api-key" {
                continue;
            }
            let value = String::from_utf8_lossy(value.as_bytes()).into_owned();
            kept.entry(name)
                .and_modify(|v| {
                    v.push_str(", ");
                    v.push_str(&value);
                })
                .or_insert(value);
        }
        Self {
            method: method.as_str().to_owned(),
            path: path.to_owned(),
            query: query.map(str::to_owned),
            headers: kept,
            body: serde_json::from_slice(body).ok(),
            body_text: String::from_utf8_lossy(body).into_owned(),
            received_at,
        }
    }
}

/// Body of `POST /__sandbox/clock`.
#[derive(Debug, Deserialize)]
struct ClockAdvance {
    advance_seconds: i64,
}

/// Serves one control request.
pub(crate) fn handle(shared: &Shared, method: &Method, path: &str, body: &[u8]) -> HttpResponse {
    let route = path.trim_end_matches('/');
    match (method.as_str(), route) {
        ("POST", "/__sandbox/faults") => match serde_json::from_slice::<FaultRule>(body) {
            Ok(rule) => {
                let mut faults = lock(&shared.faults);
                faults.push(rule);
                json_response(StatusCode::OK, &json!({ "queued": faults.len() }))
            }
            Err(e) => control_error(format!("The fault rule is not valid: {e}")),
        },
        ("DELETE", "/__sandbox/faults") => {
            lock(&shared.faults).clear();
            json_response(StatusCode::OK, &json!({ "queued": 0 }))
        }
        ("GET", "/__sandbox/requests") => {
            let requests = lock(&shared.requests).clone();
            json_response(StatusCode::OK, &json!(requests))
        }
        ("GET", "/__sandbox/clock") => {
            json_response(StatusCode::OK, &json!({ "now": iso(shared.now()) }))
        }
        ("POST", "/__sandbox/clock") => match serde_json::from_slice::<ClockAdvance>(body) {
            Ok(advance) if advance.advance_seconds >= 0 => {
                let now = lock(&shared.clock).advance(Duration::seconds(advance.advance_seconds));
                json_response(StatusCode::OK, &json!({ "now": iso(now) }))
            }
            Ok(_) => control_error("advance_seconds must not be negative".to_owned()),
            Err(e) => control_error(format!("Expected {{\"advance_seconds\": N}}: {e}")),
        },
        ("POST", "/__sandbox/reset") => {
            shared.reset();
            json_response(StatusCode::OK, &json!({ "ok": true }))
        }
        _ => json_response(
            StatusCode::NOT_FOUND,
            &json!({
                "statusCode": 404,
                "error": "Not Found",
                "message": format!("Cannot {} {}", method, path),
            }),
        ),
    }
}

fn control_error(message: String) -> HttpResponse {
    json_response(
        StatusCode::BAD_REQUEST,
        &json!({ "statusCode": 400, "error": "Bad Request", "message": message }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use hyper::header::HeaderValue;

    #[test]
    fn captured_requests_drop_the_api_key_and_parse_json() {
        let mut headers = HeaderMap::new();
        headers.insert("X-Api-Key", HeaderValue::from_static("secret-value"));
        headers.insert("Content-Type", HeaderValue::from_static("application/json"));
        let rec = RecordedRequest::capture(
            &Method::POST,
            "/v1/contacts",
            Some("a=1"),
            &headers,
            br#"{"full_name":"Ana"}"#,
            Utc::now(),
        );
        assert!(!rec.headers.contains_key("x-api-key"));
        assert_eq!(
            rec.headers.get("content-type").map(String::as_str),
            Some("application/json")
        );
        assert_eq!(rec.body, Some(json!({"full_name": "Ana"})));
        assert!(!serde_json::to_string(&rec)
            .unwrap_or_default()
            .contains("secret-value"));
    }

    #[test]
    fn non_json_bodies_are_kept_as_text() {
        let rec = RecordedRequest::capture(
            &Method::POST,
            "/v1/contacts",
            None,
            &HeaderMap::new(),
            b"not json",
            Utc::now(),
        );
        assert_eq!(rec.body, None);
        assert_eq!(rec.body_text, "not json");
    }
}
