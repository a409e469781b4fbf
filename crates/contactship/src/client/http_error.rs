//! Mapping a non-2xx reply to an [`Error`]: which fields a 400 names (every item of a
//! NestJS-style `message` array becomes a [`FieldProblem`]), how long a 429 asks us to
//! wait, and a short detail for logs. Every server-provided string is scrubbed of the API
//! key and credential-like echoes before it is stored.

use std::time::Duration;

use serde_json::Value;

use crate::envelope::{excerpt, EXCERPT_CHARS};
use crate::error::FieldProblem;
use crate::redact::has_secret;
use crate::Error;

/// Words that follow a field name at the start of a validation message
/// ("contact_id is required", "email must be an email", "agent_id should not be empty").
const VERBS: &[&str] = &[
    "is", "must", "should", "are", "has", "cannot", "not", "was", "does",
];
/// Most problems kept from one reply (a NestJS `message` array can be long).
pub(crate) const MAX_PROBLEMS: usize = 20;

/// Builds the error for a non-success status. `what` names the looked-up thing for 404s;
/// `key` is scrubbed from every server-provided string (see [`crate::redact`]).
pub(crate) fn error_for_status(
    status: u16,
    body: &[u8],
    retry_after: Option<Duration>,
    what: Option<&'static str>,
    key: Option<&str>,
) -> Error {
    let json: Option<Value> = serde_json::from_slice(body).ok();
    let reply = json
        .as_ref()
        .map(|j| Reply::read(j, key))
        .unwrap_or_default();
    match status {
        400 | 422 => Error::BadRequest {
            status,
            field: reply.field(),
            detail: reply.detail(),
            problems: reply.problems,
        },
        401 | 403 => Error::Unauthorized { status },
        404 => Error::NotFound {
            what,
            detail: reply.detail(),
        },
        409 => Error::Conflict {
            field: reply.field(),
            detail: reply.detail(),
            problems: reply.problems,
        },
        429 => Error::RateLimited { retry_after },
        500..=599 => Error::Server { status },
        _ => Error::UnexpectedStatus { status },
    }
}

/// What an error body says, already scrubbed of secrets and capped.
#[derive(Debug, Default)]
struct Reply {
    /// The top-level `field`, when it is field-like and holds no secret.
    field: Option<String>,
    /// One entry per message (a string `message`, or each item of an array).
    problems: Vec<FieldProblem>,
}

impl Reply {
    fn read(json: &Value, key: Option<&str>) -> Reply {
        let field = json
            .get("field")
            .and_then(Value::as_str)
            .and_then(|f| clean_field(f, key));
        let items: Vec<&Value> = match json.get("message").or_else(|| json.get("errors")) {
            Some(Value::Array(items)) => items.iter().take(MAX_PROBLEMS).collect(),
            Some(one) => vec![one],
            None => Vec::new(),
        };
        let mut problems: Vec<FieldProblem> = items
            .into_iter()
            .filter_map(|item| problem(item, key))
            .collect();
        // A single message without a field name of its own is about the top-level field.
        if let ([only], Some(f)) = (problems.as_mut_slice(), &field) {
            only.field.get_or_insert_with(|| f.clone());
        }
        Reply { field, problems }
    }

    /// The top-level field, else the first field a message names.
    fn field(&self) -> Option<String> {
        self.field
            .clone()
            .or_else(|| self.problems.iter().find_map(|p| p.field.clone()))
    }

    /// Every message, joined and capped, for logs.
    fn detail(&self) -> Option<String> {
        if self.problems.is_empty() {
            return None;
        }
        let joined: Vec<&str> = self.problems.iter().map(|p| p.message.as_str()).collect();
        Some(joined.join("; ").chars().take(EXCERPT_CHARS).collect())
    }
}

/// One message item: a string, or an object such as class-validator's
/// `{"property": "contact_id", "constraints": {"isUuid": "contact_id must be a UUID"}}`.
fn problem(item: &Value, key: Option<&str>) -> Option<FieldProblem> {
    let (own_field, text) = match item {
        Value::String(s) => (None, s.clone()),
        Value::Object(o) => {
            let f = ["field", "property", "path"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str))
                .and_then(|f| clean_field(f, key));
            let text = match (o.get("message"), o.get("constraints")) {
                (Some(Value::String(m)), _) => m.clone(),
                (_, Some(Value::Object(c))) => c
                    .values()
                    .filter_map(Value::as_str)
                    .take(MAX_PROBLEMS)
                    .collect::<Vec<_>>()
                    .join("; "),
                _ => return None,
            };
            (f, text)
        }
        _ => return None,
    };
    let message = excerpt(text.as_bytes(), EXCERPT_CHARS, key);
    if message.trim().is_empty() {
        return None;
    }
    let field = own_field.or_else(|| leading_field(&message));
    Some(FieldProblem {
        field,
        message: message.trim().to_owned(),
    })
}

/// A server-named field, trimmed; dropped unless it looks like a field name and holds no
/// secret (a server echoing the key as the "field" must not get it highlighted on screen).
fn clean_field(raw: &str, key: Option<&str>) -> Option<String> {
    let f = raw.trim();
    (is_field_like(f) && !has_secret(f, key)).then(|| f.to_owned())
}

/// The field name a scrubbed message starts with ("contact_id is required").
fn leading_field(message: &str) -> Option<String> {
    let mut words = message.split_whitespace();
    let first = words
        .next()?
        .trim_matches(|c| c == '"' || c == '\'' || c == '`');
    let verb = words.next()?;
    (is_field_like(first) && VERBS.contains(&verb)).then(|| first.to_owned())
}

/// The field a 400/409 body names: `field` when present, else a leading snake_case field
/// name in the first message followed by a verb ("contact_id is required").
#[cfg(test)]
pub(crate) fn field_name(json: &Value) -> Option<String> {
    Reply::read(json, None).field()
}

fn is_field_like(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '.' | '[' | ']')
        })
}

/// `Retry-After` as delta-seconds or an HTTP date (relative to `now`).
pub(crate) fn parse_retry_after(
    value: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<Duration> {
    let v = value.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    let secs = (at.with_timezone(&chrono::Utc) - now).num_seconds().max(0);
    Some(Duration::from_secs(u64::try_from(secs).unwrap_or(0)))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::Delivery;
    use serde_json::json;

    #[test]
    fn the_field_is_taken_from_field_or_from_a_leading_snake_case_name() {
        let cases = [
            (
                json!({"statusCode":400,"error":"Bad Request","message":"contact_id is required","field":"contact_id"}),
                Some("contact_id"),
            ),
            (
                json!({"message":"from_number_id must be a string"}),
                Some("from_number_id"),
            ),
            (
                json!({"message":["schedule.timezone must be a valid IANA zone","x"]}),
                Some("schedule.timezone"),
            ),
            (
                json!({"message":"email should not be empty"}),
                Some("email"),
            ),
            (json!({"message":"Invalid identifier format"}), None),
            (json!({"message":"invalid identifier format"}), None),
            (json!({"message":"Bad Request"}), None),
            (
                json!({"field":"Not A Field","message":"agent_id is required"}),
                Some("agent_id"),
            ),
            (json!("just text"), None),
        ];
        for (body, want) in cases {
            assert_eq!(field_name(&body).as_deref(), want, "body {body}");
        }
    }

    #[test]
    fn statuses_map_to_their_error_and_delivery() {
        let cases: [(u16, &str, Delivery); 11] = [
            (400, "bad_request", Delivery::Rejected),
            (422, "bad_request", Delivery::Rejected),
            (401, "unauthorized", Delivery::Rejected),
            (403, "unauthorized", Delivery::Rejected),
            (404, "not_found", Delivery::Rejected),
            (409, "conflict", Delivery::Rejected),
            (429, "rate_limited", Delivery::Rejected),
            (500, "server_error", Delivery::Unknown),
            (502, "server_error", Delivery::Unknown),
            (302, "unexpected_status", Delivery::Unknown),
            (418, "unexpected_status", Delivery::Rejected),
        ];
        for (status, code, delivery) in cases {
            let err = error_for_status(status, b"<html>oops</html>", None, None, None);
            assert_eq!(
                (err.code(), err.delivery()),
                (code, delivery),
                "status {status}"
            );
            assert!(!err.to_string().contains("<html>"));
        }
        let err = error_for_status(401, b"{}", None, None, None);
        assert_eq!(
            err.to_string(),
            "The API key was not accepted. Paste a new one in Settings."
        );
    }

    #[test]
    fn a_bad_request_names_the_field_in_error_and_sentence() {
        let body = br#"{"statusCode":400,"error":"Bad Request","message":"contact_id is required","field":"contact_id"}"#;
        let err = error_for_status(400, body, None, None, None);
        assert_eq!(err.field(), Some("contact_id"));
        assert!(err.to_string().contains("contact_id"));
    }

    #[test]
    fn server_messages_echoing_the_key_are_redacted_and_never_displayed() {
        let key = "sk_live_TOPSECRET";
        let body = format!(r#"{{"message":"api key {key} is not valid"}}"#);
        for status in [400, 401, 404, 409, 500] {
            let err = error_for_status(status, body.as_bytes(), None, Some("contact"), Some(key));
            assert!(!err.to_string().contains(key));
            assert!(!format!("{err:?}").contains(key), "{err:?}");
        }
    }

    #[test]
    fn retry_after_accepts_seconds_and_http_dates() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        assert_eq!(parse_retry_after(" 0 ", now), Some(Duration::ZERO));
        assert_eq!(
            parse_retry_after("Thu, 01 Jan 2026 00:00:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            parse_retry_after("Wed, 31 Dec 2025 00:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        let err = error_for_status(429, b"", Some(Duration::from_secs(12)), None, None);
        assert_eq!(err.retry_after(), Some(Duration::from_secs(12)));
        assert_eq!(err.to_string(), "Contactship is busy; try again in 12 s.");
    }

    #[test]
    fn a_nestjs_message_array_keeps_every_problem_each_mapped_to_its_field() {
        let body = br#"{"statusCode":400,"error":"Bad Request","message":["contact_id must be a UUID","schedule.timezone must be a valid IANA zone","Something else went wrong"]}"#;
        let err = error_for_status(400, body, None, None, None);
        let got: Vec<(Option<&str>, &str)> = err
            .problems()
            .iter()
            .map(|p| (p.field.as_deref(), p.message.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("contact_id"), "contact_id must be a UUID"),
                (
                    Some("schedule.timezone"),
                    "schedule.timezone must be a valid IANA zone"
                ),
                (None, "Something else went wrong"),
            ]
        );
        assert_eq!(err.field(), Some("contact_id"));
        assert_eq!(
            err.to_string(),
            "Contactship rejected the request: “contact_id” and “schedule.timezone” are missing or not valid."
        );
        let Error::BadRequest { detail, .. } = &err else {
            panic!("{err:?}")
        };
        assert!(detail
            .as_deref()
            .unwrap()
            .contains("schedule.timezone must be"));
    }

    #[test]
    fn problems_are_capped_in_count_and_length_and_redacted() {
        let key = "sk_live_Z9xQ7mT2pL4vB8nR";
        let items: Vec<String> = (0..1_000)
            .map(|i| format!("field_{i} must be valid {key} {}", "x".repeat(5_000)))
            .collect();
        let body = serde_json::to_vec(&json!({ "message": items })).unwrap();
        let err = error_for_status(422, &body, None, None, Some(key));
        assert_eq!(err.problems().len(), MAX_PROBLEMS);
        for p in err.problems() {
            assert!(
                p.message.chars().count() <= EXCERPT_CHARS,
                "{}",
                p.message.len()
            );
            assert!(!p.message.contains(&key[..8]) && p.message.contains("<redacted>"));
        }
        assert_eq!(err.problems()[19].field.as_deref(), Some("field_19"));
        assert!(err.to_string().contains("and 17 more"), "{err}");
        assert!(format!("{err:?}").len() < 20 * 2 * EXCERPT_CHARS + 1_000);
    }

    #[test]
    fn class_validator_objects_and_a_top_level_field_are_understood() {
        let body = br#"{"message":[{"property":"agent_id","constraints":{"isUuid":"agent_id must be a UUID"}}]}"#;
        let err = error_for_status(400, body, None, None, None);
        assert_eq!(err.field(), Some("agent_id"));
        assert_eq!(err.problems()[0].message, "agent_id must be a UUID");
        let body = br#"{"message":"Invalid value","field":"from_number_id"}"#;
        let err = error_for_status(409, body, None, None, None);
        assert_eq!(err.problems()[0].field.as_deref(), Some("from_number_id"));
    }

    #[test]
    fn a_429_sentence_gives_whole_seconds_or_a_moment_and_never_asks_for_a_fix() {
        let cases = [
            (
                Some(Duration::from_secs(12)),
                "Contactship is busy; try again in 12 s.",
            ),
            (
                Some(Duration::from_millis(1_500)),
                "Contactship is busy; try again in 2 s.",
            ),
            (
                Some(Duration::ZERO),
                "Contactship is busy; try again in a moment.",
            ),
            (None, "Contactship is busy; try again in a moment."),
        ];
        for (retry_after, want) in cases {
            let body = br#"{"message":"contact_id must be a UUID"}"#;
            let err = error_for_status(429, body, retry_after, None, None);
            assert_eq!(err.to_string(), want);
            assert!(!err.to_string().contains("Fix"));
        }
    }
}
