//! The one error type of the client, [`Error`], and [`Delivery`], which tells a caller
//! whether a failed request can have reached Contactship.
//!
//! Every case has a stable snake_case [`Error::code`] for programs and a `Display`
//! sentence a salesperson can act on. Messages never contain the API key, headers, raw
//! JSON or HTML: the technical detail (status, content type, a short redacted excerpt of
//! the body) is kept in the variant's fields for logs.

use std::time::Duration;

use crate::validate::ValidationError;

/// Whether a request that failed may have been acted on by Contactship.
///
/// This drives the "never dial twice" policy: only [`Delivery::NotSent`] failures of a
/// create-call request may be retried automatically.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delivery {
    /// The request provably never left this computer (validation, bad address, DNS,
    /// connection refused, connect timeout, TLS handshake failure). Only failures while
    /// opening the connection qualify; the rule lives in `client/transport_error.rs`.
    NotSent,
    /// Contactship answered with a 4xx status: the request was read and refused, so
    /// nothing was done (no call was placed).
    Rejected,
    /// The request may have been processed: 5xx, timeout after connecting, connection
    /// lost after sending, or a 2xx reply that could not be read.
    Unknown,
}

/// Why a connection could not be opened. Every case means the request was never sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConnectFailure {
    /// The host name could not be resolved.
    Dns,
    /// The server refused the connection (nothing listening).
    Refused,
    /// Opening the connection took longer than the connect timeout.
    TimedOut,
    /// Any other failure while connecting (network unreachable, proxy refused, ...).
    Other,
}

/// One problem a 400/409/422 reply listed: a NestJS-style `message` array gives one per
/// item. Both strings are scrubbed of the API key and capped at 200 characters.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct FieldProblem {
    /// The request field the item names (`schedule.timezone`), when it names one.
    pub field: Option<String>,
    /// The server's sentence for the item (English, technical); for logs and tooltips.
    pub message: String,
}

/// Everything that can go wrong when talking to Contactship.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A value failed validation before anything was sent.
    #[error(transparent)]
    Validation(#[from] ValidationError),

    /// The configured base URL is not acceptable (only `https://`, or `http://` on loopback).
    #[error("The Contactship address is not valid: {reason}")]
    InvalidBaseUrl {
        /// A short plain-language reason, e.g. "it must start with https://".
        reason: String,
    },

    /// The HTTP client could not be set up (TLS roots, system proxy settings, ...).
    #[error("Callboard could not prepare its network connection. Restart the app and try again.")]
    ClientInit {
        /// Technical detail for the log.
        detail: String,
    },

    /// 400 or 422: Contactship says a field is missing or invalid.
    #[error("{}", bad_request_message(field.as_deref(), problems))]
    BadRequest {
        /// HTTP status (400 or 422).
        status: u16,
        /// The field the server named, if any (the first one when it named several).
        field: Option<String>,
        /// The server's own messages joined (at most 200 characters, key redacted); for logs.
        detail: Option<String>,
        /// Every problem the server listed (at most 20, each at most 200 characters,
        /// key redacted).
        problems: Vec<FieldProblem>,
    },

    /// 401 or 403: the API key was not accepted.
    #[error("The API key was not accepted. Paste a new one in Settings.")]
    Unauthorized {
        /// HTTP status (401 or 403).
        status: u16,
    },

    /// 404: the contact, agent, phone number or call does not exist.
    #[error("Contactship could not find that {}. It may have been deleted; refresh and try again.", what.unwrap_or("item"))]
    NotFound {
        /// What was looked up ("contact", "agent", "phone number", "call"), when known.
        what: Option<&'static str>,
        /// The server's own message (at most 200 characters, key redacted); for logs.
        detail: Option<String>,
    },

    /// 409: the change conflicts with existing data (e.g. a contact with that phone number exists).
    #[error("{}", conflict_message(field.as_deref()))]
    Conflict {
        /// The conflicting field, when the server names one.
        field: Option<String>,
        /// The server's own messages joined (at most 200 characters, key redacted); for logs.
        detail: Option<String>,
        /// Every problem the server listed (capped and redacted like `BadRequest`'s).
        problems: Vec<FieldProblem>,
    },

    /// 429: Contactship is busy.
    #[error("{}", rate_limited_message(*retry_after))]
    RateLimited {
        /// How long the server asked us to wait (`Retry-After`), when given.
        retry_after: Option<Duration>,
    },

    /// 5xx: Contactship had a problem. The request may or may not have been processed.
    #[error("Contactship had a problem (error {status}). The request may or may not have gone through; check before trying again.")]
    Server {
        /// HTTP status (500–599).
        status: u16,
    },

    /// Any other unexpected HTTP status (3xx redirects, unusual 4xx).
    #[error("Contactship answered in an unexpected way (status {status}). Check the Contactship address in Settings.")]
    UnexpectedStatus {
        /// The HTTP status.
        status: u16,
    },

    /// The connection was open but Contactship did not answer in time.
    #[error("Contactship did not answer in time. The request may or may not have gone through; check before trying again.")]
    Timeout,

    /// No connection could be opened: the request was never sent.
    #[error("{}", connect_message(*reason))]
    ConnectFailed {
        /// Why the connection failed.
        reason: ConnectFailure,
    },

    /// The TLS handshake failed while connecting: the request was never sent. (A TLS error
    /// after the handshake is [`Error::ConnectionLost`]: the request may have been sent.)
    #[error("Callboard could not open a secure connection to Contactship. Check the address, your network, or a proxy that intercepts traffic.")]
    TlsFailed,

    /// The connection broke after the request was sent, before a full answer arrived.
    #[error("The connection to Contactship was lost. The request may or may not have gone through; check before trying again.")]
    ConnectionLost,

    /// A reply arrived but could not be read.
    #[error("Contactship sent a reply Callboard could not read (status {status}). The request may or may not have gone through; check before trying again.")]
    Decode {
        /// HTTP status of the reply.
        status: u16,
        /// The `Content-Type` header, if any.
        content_type: Option<String>,
        /// At most 200 characters of the body as text, with the API key redacted; for logs.
        excerpt: String,
    },

    /// A reply was larger than the configured cap and was not read to the end.
    #[error("Contactship sent a reply that was too large to read (status {status}). The request may or may not have gone through; check before trying again.")]
    TooLarge {
        /// HTTP status of the reply.
        status: u16,
        /// The cap in bytes.
        limit: usize,
    },
}

impl Error {
    /// A stable snake_case code for programs (never changes between releases).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Validation(_) => "validation",
            Error::InvalidBaseUrl { .. } => "invalid_base_url",
            Error::ClientInit { .. } => "client_init",
            Error::BadRequest { .. } => "bad_request",
            Error::Unauthorized { .. } => "unauthorized",
            Error::NotFound { .. } => "not_found",
            Error::Conflict { .. } => "conflict",
            Error::RateLimited { .. } => "rate_limited",
            Error::Server { .. } => "server_error",
            Error::UnexpectedStatus { .. } => "unexpected_status",
            Error::Timeout => "timeout",
            Error::ConnectFailed { .. } => "connect_failed",
            Error::TlsFailed => "tls_failed",
            Error::ConnectionLost => "connection_lost",
            Error::Decode { .. } => "decode_failed",
            Error::TooLarge { .. } => "response_too_large",
        }
    }

    /// The request field this error is about, when there is one (for highlighting a form field).
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Validation(v) => Some(v.field.as_str()),
            Error::BadRequest { field, .. } | Error::Conflict { field, .. } => field.as_deref(),
            _ => None,
        }
    }

    /// Every problem a 400/409/422 reply listed, in the server's order (empty otherwise).
    /// [`Error::field`] is the first field among them (or the reply's top-level `field`).
    pub fn problems(&self) -> &[FieldProblem] {
        match self {
            Error::BadRequest { problems, .. } | Error::Conflict { problems, .. } => problems,
            _ => &[],
        }
    }

    /// Whether the failed request can have been acted on; see [`Delivery`].
    pub fn delivery(&self) -> Delivery {
        match self {
            Error::Validation(_)
            | Error::InvalidBaseUrl { .. }
            | Error::ClientInit { .. }
            | Error::ConnectFailed { .. }
            | Error::TlsFailed => Delivery::NotSent,
            Error::BadRequest { .. }
            | Error::Unauthorized { .. }
            | Error::NotFound { .. }
            | Error::Conflict { .. }
            | Error::RateLimited { .. } => Delivery::Rejected,
            Error::UnexpectedStatus { status } if (400..500).contains(status) => Delivery::Rejected,
            Error::UnexpectedStatus { .. }
            | Error::Server { .. }
            | Error::Timeout
            | Error::ConnectionLost
            | Error::Decode { .. }
            | Error::TooLarge { .. } => Delivery::Unknown,
        }
    }

    /// The HTTP status of the reply this error came from, if a reply arrived.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::BadRequest { status, .. }
            | Error::Unauthorized { status }
            | Error::Server { status }
            | Error::UnexpectedStatus { status }
            | Error::Decode { status, .. }
            | Error::TooLarge { status, .. } => Some(*status),
            Error::NotFound { .. } => Some(404),
            Error::Conflict { .. } => Some(409),
            Error::RateLimited { .. } => Some(429),
            _ => None,
        }
    }

    /// For [`Error::RateLimited`]: how long the server asked us to wait.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Error::RateLimited { retry_after } => *retry_after,
            _ => None,
        }
    }
}

/// Most field names listed in a bad-request sentence before "and N more".
pub const LISTED_FIELDS: usize = 3;

/// Every field a rejection names, the main one first, each once (what a sentence lists).
pub fn rejected_fields<'a>(field: Option<&'a str>, problems: &'a [FieldProblem]) -> Vec<&'a str> {
    let mut fields: Vec<&str> = field.into_iter().collect();
    for f in problems.iter().filter_map(|p| p.field.as_deref()) {
        if !fields.contains(&f) {
            fields.push(f);
        }
    }
    fields
}

fn bad_request_message(field: Option<&str>, problems: &[FieldProblem]) -> String {
    let fields = rejected_fields(field, problems);
    let quoted: Vec<String> = fields
        .iter()
        .take(LISTED_FIELDS)
        .map(|f| format!("“{f}”"))
        .collect();
    let more = fields.len().saturating_sub(LISTED_FIELDS);
    match (quoted.as_slice(), more) {
        ([], _) => {
            "Contactship rejected the request because some information is missing or not valid."
                .to_owned()
        }
        ([one], _) => format!("Contactship rejected the request: {one} is missing or not valid."),
        ([first @ .., last], 0) => format!(
            "Contactship rejected the request: {} and {last} are missing or not valid.",
            first.join(", ")
        ),
        (all, n) => format!(
            "Contactship rejected the request: {} and {n} more are missing or not valid.",
            all.join(", ")
        ),
    }
}

fn conflict_message(field: Option<&str>) -> String {
    match field {
        Some("phone_number") | None => {
            "A contact with this phone number already exists in Contactship.".to_owned()
        }
        Some(f) => format!("Contactship already has a record with this “{f}”."),
    }
}

/// The 429 sentence. It never asks the user to fix anything: nothing was wrong with the
/// request, Contactship only asked us to wait (STYLE.md §5).
fn rate_limited_message(retry_after: Option<Duration>) -> String {
    // Round up: "in 0 s" for a 400 ms wait would invite an immediate retry.
    let secs = retry_after.map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0));
    match secs {
        Some(n) if n > 0 => format!("Contactship is busy; try again in {n} s."),
        _ => "Contactship is busy; try again in a moment.".to_owned(),
    }
}

fn connect_message(reason: ConnectFailure) -> String {
    match reason {
        ConnectFailure::Dns => {
            "Couldn't reach Contactship: the address could not be found. Check your internet connection."
        }
        ConnectFailure::Refused => {
            "Couldn't reach Contactship: the connection was refused. Check the address in Settings."
        }
        ConnectFailure::TimedOut => {
            "Couldn't reach Contactship in time. Check your internet connection."
        }
        ConnectFailure::Other => "Couldn't reach Contactship. Check your internet connection.",
    }
    .to_owned()
}
