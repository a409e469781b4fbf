//! The API client's failures and validation rules in the person's language.
//!
//! `contactship` is a plain API client: its `Display` texts are English, for developers and
//! logs. What a person reads is built here from the error's variant (and a validation
//! error's `rule` and `params`), through [`crate::i18n`], so the app and the CLI say the same
//! thing in the same language. Server-sent text never reaches these sentences (it can echo
//! anything, including a key); only field names do, and they are shown as names.

use std::time::Duration;

use contactship::{ConnectFailure, Error, ValidationError};

use crate::t;

use contactship::{rejected_fields as fields_of, LISTED_FIELDS};

/// An API client error as a sentence for the person.
pub fn api_error(err: &Error) -> String {
    match err {
        Error::Validation(v) => validation(v, None),
        Error::InvalidBaseUrl { .. } => t!("api-invalid-base-url"),
        Error::ClientInit { .. } => t!("api-client-init"),
        Error::BadRequest { .. } => rejected_fields(err),
        Error::Unauthorized { .. } => t!("api-unauthorized"),
        Error::NotFound { what, .. } => match what {
            Some("contact") => t!("api-not-found-contact"),
            Some("agent") => t!("api-not-found-agent"),
            Some("call") => t!("api-not-found-call"),
            Some("phone number") => t!("api-not-found-number"),
            _ => t!("api-not-found"),
        },
        Error::Conflict { field, .. } => match field.as_deref() {
            Some("phone_number") | None => t!("api-conflict-phone"),
            Some(f) => t!("api-conflict", field = f),
        },
        Error::RateLimited { retry_after } => rate_limited(*retry_after),
        Error::Server { status } => t!("api-server", status = *status),
        Error::UnexpectedStatus { status } => t!("api-unexpected-status", status = *status),
        Error::Timeout => t!("api-timeout"),
        Error::ConnectFailed { reason } => match reason {
            ConnectFailure::Dns => t!("api-connect-dns"),
            ConnectFailure::Refused => t!("api-connect-refused"),
            ConnectFailure::TimedOut => t!("api-connect-timeout"),
            ConnectFailure::Other => t!("api-connect-other"),
        },
        Error::TlsFailed => t!("api-tls"),
        Error::ConnectionLost => t!("api-connection-lost"),
        Error::Decode { status, .. } => t!("api-decode", status = *status),
        Error::TooLarge { status, .. } => t!("api-too-large", status = *status),
        // A variant added to the client later: its own words are better than nothing.
        _ => err.to_string(),
    }
}

fn rejected_fields(err: &Error) -> String {
    let fields = fields_of(err.field(), err.problems());
    let quoted: Vec<String> = fields
        .iter()
        .take(LISTED_FIELDS)
        .map(|f| format!("“{f}”"))
        .collect();
    let more = fields.len().saturating_sub(LISTED_FIELDS);
    match (quoted.as_slice(), more) {
        ([], _) => t!("api-rejected"),
        ([one], _) => t!("api-rejected-one", field = one),
        ([first @ .., last], 0) => t!("api-rejected-some", first = first.join(", "), last = last),
        (all, n) => t!("api-rejected-more", first = all.join(", "), count = n),
    }
}

fn rate_limited(retry_after: Option<Duration>) -> String {
    // Round up: "in 0 s" for a 400 ms wait would invite an immediate retry.
    let secs = retry_after.map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0));
    match secs {
        Some(n) if n > 0 => t!("api-rate-limited-in", seconds = n),
        _ => t!("api-rate-limited"),
    }
}

/// The person's name for a request field (`to_number` → "The phone number").
pub fn field_name(field: &str) -> String {
    let leaf = field.rsplit('.').next().unwrap_or(field);
    match leaf {
        "to_number" | "phone_number" | "phone" => t!("field-phone"),
        "from_number" | "from_number_id" => t!("field-from-number"),
        "full_name" | "name" => t!("field-full-name"),
        "email" => t!("field-email"),
        "country" => t!("field-country"),
        "agent_id" => t!("field-agent"),
        "contact_id" => t!("field-contact"),
        "webhook_url" => t!("field-webhook"),
        "metadata" => t!("field-metadata"),
        "additional_data" => t!("field-additional-data"),
        "delay" => t!("field-delay"),
        "scheduled_call_time" => t!("field-schedule-time"),
        "timezone" => t!("field-timezone"),
        _ => format!("“{field}”"),
    }
}

/// A validation rule's sentence; `subject` names the field ("The name"), else
/// [`field_name`] does.
pub fn validation(err: &ValidationError, subject: Option<&str>) -> String {
    let subject = subject.map_or_else(|| field_name(&err.field), str::to_owned);
    let p = |name: &str| err.param(name).unwrap_or("").to_owned();
    match err.rule {
        "required" => t!("rule-required", subject = subject),
        "too_long" => t!("rule-too-long", subject = subject, max = p("max")),
        "contains_control_character"
        | "contains_invisible_character"
        | "value_control_character" => {
            t!("rule-invisible", subject = subject)
        }
        "contains_whitespace" => t!("rule-whitespace", subject = subject),
        "not_e164" => t!("rule-not-e164", subject = subject),
        "invalid_phone_number" => t!("rule-invalid-phone", subject = subject),
        "invalid_email" => t!("rule-invalid-email", subject = subject),
        "invalid_url" => t!("rule-invalid-url", subject = subject),
        "key_empty" => t!("rule-key-empty"),
        "key_too_long" => t!("rule-key-too-long", key = p("key"), max = p("max")),
        "key_invalid_character" if p("character").is_empty() => {
            t!("rule-key-space", key = p("key"))
        }
        "key_invalid_character" => {
            t!(
                "rule-key-character",
                key = p("key"),
                character = p("character")
            )
        }
        "key_duplicate" => t!("rule-key-duplicate", key = p("key")),
        "key_reserved" => t!("rule-key-reserved", key = p("key")),
        "value_empty" => t!("rule-value-empty", key = p("key")),
        "value_too_long" => t!("rule-value-too-long", key = p("key"), max = p("max")),
        "metadata_too_large" => t!("rule-metadata-too-large", max = p("max")),
        _ => t!("rule-other", subject = subject),
    }
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
