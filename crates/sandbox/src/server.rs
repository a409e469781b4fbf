//! HTTP plumbing on hyper 1: the accept loop, per-request recording, fault application, and the
//! hand-off to the API routes or the control endpoints.

use std::sync::Arc;
use std::time::Duration as StdDuration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_TYPE, RETRY_AFTER};
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::control::{self, RecordedRequest};
use crate::faults::{self, FaultAction};
use crate::routes;
use crate::state::{lock, Shared};

/// The response type every handler produces.
pub(crate) type HttpResponse = Response<Full<Bytes>>;

const JSON: &str = "application/json; charset=utf-8";

/// Request bodies above this size are refused by closing the connection (no API body is
/// anywhere near it; the cap only keeps a runaway client from exhausting memory).
const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// Returned by the service to make hyper drop the connection without answering.
#[derive(Debug, thiserror::Error)]
#[error("the sandbox closed the connection on purpose (fault injection)")]
pub(crate) struct CloseConnection;

/// A response with a raw body and content type.
pub(crate) fn raw_response(status: StatusCode, content_type: &str, body: Bytes) -> HttpResponse {
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = status;
    if let Ok(value) = HeaderValue::from_str(content_type) {
        response.headers_mut().insert(CONTENT_TYPE, value);
    }
    response
}

/// A JSON response.
pub(crate) fn json_response(status: StatusCode, body: &Value) -> HttpResponse {
    raw_response(status, JSON, Bytes::from(body.to_string()))
}

/// An empty response (204).
pub(crate) fn empty_response(status: StatusCode) -> HttpResponse {
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = status;
    response
}

/// A 429 with the API's error body and a `Retry-After` of `retry_after_secs`: the one shape of
/// "slow down", whether a fault rule injects it or the concurrency limit answers it.
pub(crate) fn rate_limited(retry_after_secs: u32) -> HttpResponse {
    let mut response = json_response(
        StatusCode::TOO_MANY_REQUESTS,
        &default_error_body(StatusCode::TOO_MANY_REQUESTS),
    );
    response
        .headers_mut()
        .insert(RETRY_AFTER, HeaderValue::from(retry_after_secs));
    response
}

/// Accepts connections until `shutdown` flips to true.
pub(crate) async fn serve(
    listener: TcpListener,
    shared: Arc<Shared>,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                // Transient accept errors (e.g. too many open files) must not kill the server.
                Err(_) => {
                    tokio::time::sleep(StdDuration::from_millis(10)).await;
                    continue;
                }
            },
            _ = shutdown.changed() => break,
        };
        let _ = stream.set_nodelay(true);
        let shared = Arc::clone(&shared);
        let mut conn_shutdown = shutdown.clone();
        tokio::spawn(async move {
            let service = service_fn(move |req| {
                let shared = Arc::clone(&shared);
                async move {
                    // Run each request on its own task so it completes (and takes effect) even
                    // when the client gives up and the connection is dropped mid-request.
                    match tokio::spawn(handle(shared, req)).await {
                        Ok(result) => result,
                        Err(_) => Err(CloseConnection),
                    }
                }
            });
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder.timer(TokioTimer::new()).keep_alive(true);
            let conn = builder.serve_connection(TokioIo::new(stream), service);
            tokio::select! {
                _ = conn => {}
                _ = conn_shutdown.changed() => {}
            }
        });
    }
}

/// Serves one request: control endpoints directly, API requests recorded, then faulted or routed.
async fn handle(
    shared: Arc<Shared>,
    req: Request<Incoming>,
) -> Result<HttpResponse, CloseConnection> {
    let (parts, body) = req.into_parts();
    // Always read the whole request first, as a real server behind a proxy would.
    let body = match Limited::new(body, MAX_BODY_BYTES).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => return Err(CloseConnection),
    };
    let path = parts.uri.path().to_owned();
    if path == "/__sandbox" || path.starts_with("/__sandbox/") {
        let response = control::handle(&shared, &parts.method, &path, &body);
        if parts.method != hyper::Method::GET {
            shared.save();
        }
        return Ok(response);
    }

    let now = shared.now();
    let record = RecordedRequest::capture(
        &parts.method,
        &path,
        parts.uri.query(),
        &parts.headers,
        &body,
        now,
    );
    lock(&shared.requests).push(record);

    let fault = lock(&shared.faults).take(parts.method.as_str(), &path);
    let process = || {
        routes::respond(
            &shared,
            &parts.method,
            &path,
            parts.uri.query(),
            &parts.headers,
            &body,
        )
    };
    // Anything but a read may have changed the organisation: it is kept (when it is).
    let changes = parts.method != hyper::Method::GET;
    let process = || {
        let response = process();
        if changes {
            shared.save();
        }
        response
    };
    let Some(rule) = fault else {
        return Ok(process());
    };

    if let FaultAction::Latency { ms } = rule.action {
        let delay = StdDuration::from_millis(ms);
        if rule.apply {
            let response = process();
            tokio::time::sleep(delay).await;
            return Ok(response);
        }
        tokio::time::sleep(delay).await;
        return Ok(process());
    }

    let real = if rule.apply { Some(process()) } else { None };
    match rule.action {
        FaultAction::CloseAfterRead => Err(CloseConnection),
        FaultAction::Status {
            status,
            body,
            content_type,
        } => {
            let status = status_code(status);
            let body = body.unwrap_or_else(|| default_error_body(status).to_string());
            Ok(raw_response(
                status,
                content_type.as_deref().unwrap_or(JSON),
                Bytes::from(body),
            ))
        }
        FaultAction::Html { status } => {
            let status = status_code(status);
            let page = faults::html_page(
                status.as_u16(),
                status.canonical_reason().unwrap_or("Error"),
            );
            Ok(raw_response(status, "text/html", Bytes::from(page)))
        }
        FaultAction::RateLimited { retry_after_secs } => Ok(rate_limited(retry_after_secs)),
        FaultAction::Unparseable200 => {
            let real_body = match real {
                Some(response) => response
                    .into_body()
                    .collect()
                    .await
                    .ok()
                    .map(|c| c.to_bytes()),
                None => None,
            };
            let cut = faults::truncated_body(real_body.as_deref());
            Ok(raw_response(StatusCode::OK, JSON, Bytes::from(cut)))
        }
        // Handled above; kept so the match stays exhaustive.
        FaultAction::Latency { .. } => Ok(process()),
    }
}

fn status_code(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The JSON error body the API uses for `status`.
fn default_error_body(status: StatusCode) -> Value {
    json!({
        "statusCode": status.as_u16(),
        "message": status.canonical_reason().unwrap_or("Error"),
    })
}
