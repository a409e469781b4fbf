//! Sending one request: URL building (path segments percent-encoded), the `x-api-key`
//! header, the capped body read and the GET retry loop. Errors are classified by
//! [`super::http_error`] (a reply with a status) and [`super::transport_error`] (none).

use std::time::Instant;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::header::{ACCEPT, CONTENT_TYPE, RETRY_AFTER};
use reqwest::Method;
use url::Url;

use super::http_error::{error_for_status, parse_retry_after};
use super::transport_error::{classify_body, classify_send};
use super::Client;
use crate::envelope::Body;
use crate::Error;

/// Everything except unreserved characters is encoded in a path segment, so `+` becomes
/// `%2B`, `@` becomes `%40` and `/` cannot add a segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// What a request is, for logs and error messages (never contains ids or numbers).
#[derive(Debug, Clone)]
pub(crate) struct Route {
    pub method: Method,
    /// e.g. `GET /contacts/{identifier}`.
    pub label: &'static str,
    /// What a 404 means was not found.
    pub what: Option<&'static str>,
}

/// A successful (2xx) reply read in full.
#[derive(Debug)]
pub(crate) struct Raw {
    pub status: u16,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

impl Client {
    /// `base/seg1/seg2?query`, each segment percent-encoded.
    ///
    /// Endpoints validate ids first ([`crate::validate::id`]); this is the last line of
    /// defence: a segment that is empty or only dots (which URL parsing would drop or
    /// resolve to the parent, turning `DELETE /contacts/..` into `DELETE /`) is refused,
    /// and so is any URL that does not end up with exactly one segment per input.
    pub(crate) fn url(&self, segments: &[&str], query: &[(&str, String)]) -> Result<Url, Error> {
        let mut text = self.inner.base.as_str().to_owned();
        for seg in segments {
            if seg.is_empty() || seg.chars().all(|c| c == '.') {
                return Err(path_error());
            }
            text.push('/');
            text.extend(utf8_percent_encode(seg, SEGMENT));
        }
        let mut url = Url::parse(&text).map_err(|_| Error::InvalidBaseUrl {
            reason: "it cannot be combined with the request path.".to_owned(),
        })?;
        let base_segments = self
            .inner
            .base
            .as_str()
            .split_once("://")
            .map_or(0, |(_, rest)| rest.matches('/').count());
        let got = url.path_segments().map_or(0, Iterator::count);
        if got != base_segments + segments.len()
            || url.query().is_some()
            || url.fragment().is_some()
        {
            return Err(path_error());
        }
        if !query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in query {
                pairs.append_pair(k, v);
            }
        }
        Ok(url)
    }

    /// A view of a reply for the envelope decoders.
    pub(crate) fn body<'a>(&'a self, raw: &'a Raw) -> Body<'a> {
        Body {
            status: raw.status,
            content_type: raw.content_type.as_deref(),
            bytes: &raw.bytes,
            redact: Some(self.inner.key.expose()),
        }
    }

    /// Sends a request. GETs are retried per [`super::RetryPolicy`]; other methods are
    /// sent exactly once.
    pub(crate) async fn send(
        &self,
        route: Route,
        url: Url,
        json: Option<Vec<u8>>,
    ) -> Result<Raw, Error> {
        let policy = &self.inner.opts.get_retry;
        let max_attempts = if route.method == Method::GET {
            policy.max_attempts.max(1)
        } else {
            1
        };
        let mut attempt = 1;
        loop {
            let result = self.attempt(&route, url.clone(), json.clone()).await;
            let err = match result {
                Ok(raw) => return Ok(raw),
                Err(e) if attempt >= max_attempts => return Err(e),
                Err(e) => e,
            };
            let wait = match &err {
                Error::RateLimited {
                    retry_after: Some(d),
                } if *d <= policy.max_delay => *d,
                Error::Server { .. }
                | Error::Timeout
                | Error::ConnectionLost
                | Error::ConnectFailed { .. } => policy.backoff(attempt),
                _ => return Err(err),
            };
            tracing::info!(
                route = route.label,
                attempt,
                code = err.code(),
                wait_ms = wait.as_millis() as u64,
                "retrying GET"
            );
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    async fn attempt(&self, route: &Route, url: Url, json: Option<Vec<u8>>) -> Result<Raw, Error> {
        let started = Instant::now();
        let mut req = self
            .inner
            .http
            .request(route.method.clone(), url)
            .header("x-api-key", self.inner.key_header.clone())
            .header(ACCEPT, "application/json");
        if let Some(body) = json {
            req = req.header(CONTENT_TYPE, "application/json").body(body);
        }
        let mut resp = req.send().await.map_err(|e| {
            let err = classify_send(&e);
            tracing::warn!(
                route = route.label,
                code = err.code(),
                "request failed before a reply"
            );
            err
        })?;

        let status = resp.status().as_u16();
        let header = |name| {
            resp.headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .map(str::to_owned)
        };
        let content_type = header(CONTENT_TYPE);
        let retry_after =
            header(RETRY_AFTER).and_then(|v| parse_retry_after(&v, chrono::Utc::now()));
        let success = resp.status().is_success();

        let limit = self.inner.opts.max_body_bytes;
        let mut bytes = Vec::new();
        let mut truncated = false;
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    let room = limit - bytes.len();
                    if chunk.len() > room {
                        bytes.extend_from_slice(&chunk[..room]);
                        truncated = true;
                        break;
                    }
                    bytes.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                // An error reply that breaks off is still an error reply: keep its status.
                Err(_) if !success => break,
                Err(e) => return Err(classify_body(&e)),
            }
        }
        tracing::debug!(
            route = route.label,
            status,
            bytes = bytes.len(),
            elapsed_ms = started.elapsed().as_millis() as u64,
            "reply"
        );

        if !success {
            let key = Some(self.inner.key.expose());
            return Err(error_for_status(
                status,
                &bytes,
                retry_after,
                route.what,
                key,
            ));
        }
        if truncated {
            return Err(Error::TooLarge { status, limit });
        }
        Ok(Raw {
            status,
            content_type,
            bytes,
        })
    }
}

fn path_error() -> Error {
    Error::Validation(crate::ValidationError::new(
        "id",
        "dot_segment",
        "The id is not valid: it would change the address of the request.",
    ))
}
