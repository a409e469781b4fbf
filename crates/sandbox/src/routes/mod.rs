//! The `/v1` API: authentication, routing, and the error bodies every endpoint shares.

mod agents;
mod call_view;
mod calls;
mod calls_create;
mod contacts;
mod input;
mod phone_numbers;

use hyper::{HeaderMap, Method, StatusCode};
use serde_json::{json, Value};

use crate::server::{empty_response, json_response, rate_limited, HttpResponse};
use crate::state::Shared;

pub(crate) use input::Query;

/// What an endpoint answers on success.
pub(crate) struct Reply {
    status: StatusCode,
    /// `None` means an empty body (204).
    body: Option<Value>,
}

impl Reply {
    /// 200 with a JSON body.
    pub(crate) fn ok(body: Value) -> Self {
        Self {
            status: StatusCode::OK,
            body: Some(body),
        }
    }

    /// 201 with a JSON body.
    pub(crate) fn created(body: Value) -> Self {
        Self {
            status: StatusCode::CREATED,
            body: Some(body),
        }
    }

    /// 204 with no body.
    pub(crate) fn no_content() -> Self {
        Self {
            status: StatusCode::NO_CONTENT,
            body: None,
        }
    }
}

/// Why the simulated server refused a request.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ApiError {
    /// 400: a field is missing or invalid.
    #[error("{message}")]
    BadRequest {
        field: Option<String>,
        message: String,
    },
    /// 401: no or wrong `x-api-key`.
    #[error("Invalid or missing API key")]
    Unauthorized,
    /// 404: the resource does not exist (message like "Contact not found").
    #[error("{0}")]
    NotFound(String),
    /// 409: the request conflicts with existing data.
    #[error("{0}")]
    Conflict(String),
    /// 429: too many calls are active at once; try again after `retry_after_secs`.
    #[error("Too Many Requests")]
    RateLimited { retry_after_secs: u32 },
}

impl ApiError {
    /// A 400 naming `field`; the message starts with the field name, as the real API's do.
    pub(crate) fn invalid(field: &str, problem: &str) -> Self {
        Self::BadRequest {
            field: Some(field.to_owned()),
            message: format!("{field} {problem}"),
        }
    }

    /// The request field a 400 is about, when there is one.
    pub(crate) fn field(&self) -> Option<&str> {
        match self {
            Self::BadRequest { field, .. } => field.as_deref(),
            _ => None,
        }
    }

    /// Stable machine code of the error.
    pub(crate) fn code(&self) -> &'static str {
        match self {
            Self::BadRequest { .. } => "bad_request",
            Self::Unauthorized => "unauthorized",
            Self::NotFound(_) => "not_found",
            Self::Conflict(_) => "conflict",
            Self::RateLimited { .. } => "rate_limited",
        }
    }

    fn into_response(self) -> HttpResponse {
        let body = match &self {
            Self::RateLimited { retry_after_secs } => return rate_limited(*retry_after_secs),
            Self::BadRequest { message, .. } => {
                let mut body =
                    json!({"statusCode": 400, "error": "Bad Request", "message": message});
                if let (Some(field), Some(obj)) = (self.field(), body.as_object_mut()) {
                    obj.insert("field".to_owned(), json!(field));
                }
                body
            }
            Self::Unauthorized => {
                json!({"statusCode": 401, "message": "Invalid or missing API key"})
            }
            Self::NotFound(message) => {
                json!({"statusCode": 404, "error": "Not Found", "message": message})
            }
            Self::Conflict(message) => {
                json!({"statusCode": 409, "error": "Conflict", "message": message})
            }
        };
        let status = match self.code() {
            "bad_request" => StatusCode::BAD_REQUEST,
            "unauthorized" => StatusCode::UNAUTHORIZED,
            "not_found" => StatusCode::NOT_FOUND,
            _ => StatusCode::CONFLICT,
        };
        json_response(status, &body)
    }
}

/// Everything a route handler may look at.
pub(crate) struct Ctx<'a> {
    pub shared: &'a Shared,
    pub query: Query,
    pub body: &'a [u8],
}

/// Authenticates and routes one `/v1` request.
pub(crate) fn respond(
    shared: &Shared,
    method: &Method,
    path: &str,
    query: Option<&str>,
    headers: &HeaderMap,
    body: &[u8],
) -> HttpResponse {
    let result = authenticate(shared, headers).and_then(|()| {
        let ctx = Ctx {
            shared,
            query: Query::parse(query),
            body,
        };
        dispatch(&ctx, method, path)
    });
    match result {
        Ok(Reply {
            status,
            body: Some(body),
        }) => json_response(status, &body),
        Ok(Reply { status, body: None }) => empty_response(status),
        Err(e) => e.into_response(),
    }
}

fn authenticate(shared: &Shared, headers: &HeaderMap) -> Result<(), ApiError> {
    let given = headers.get("x-api-key").map(|v| v.as_bytes());
    if given.is_some_and(|key| !shared.api_key.is_empty() && key == shared.api_key.as_bytes()) {
        Ok(())
    } else {
        Err(ApiError::Unauthorized)
    }
}

fn dispatch(ctx: &Ctx<'_>, method: &Method, path: &str) -> Result<Reply, ApiError> {
    let not_found = || ApiError::NotFound(format!("Cannot {method} {path}"));
    let rest = path.strip_prefix("/v1/").ok_or_else(not_found)?;
    let segments: Vec<String> = rest
        .trim_end_matches('/')
        .split('/')
        .map(input::percent_decode)
        .collect();
    let segments: Vec<&str> = segments.iter().map(String::as_str).collect();
    match (method.as_str(), segments.as_slice()) {
        ("GET", ["contacts"]) => contacts::list(ctx),
        ("POST", ["contacts"]) => contacts::create(ctx),
        ("GET", ["contacts", id]) => contacts::get(ctx, id),
        ("PATCH", ["contacts", id]) => contacts::update(ctx, id),
        ("DELETE", ["contacts", id]) => contacts::delete(ctx, id),
        ("GET", ["agents"]) => agents::list(ctx),
        ("GET", ["agents", id]) => agents::get(ctx, id),
        ("GET", ["phone-numbers"]) => phone_numbers::list(ctx),
        ("POST", ["calls", "single-contact-call"]) => calls_create::contact_call(ctx),
        ("POST", ["calls", "single-phone-call"]) => calls_create::phone_call(ctx),
        ("GET", ["calls"]) => calls::list(ctx),
        ("GET", ["calls", id]) => calls::get(ctx, id),
        _ => Err(not_found()),
    }
}
