//! Turning response bodies into typed values, whatever envelope the endpoint uses.
//!
//! The API wraps replies inconsistently: `{"statusCode": 200, "data": ...}`,
//! `{"data": [...], "count": N}`, bare objects and arrays, the literal `true`, or an empty
//! 204. Every decoder here unwraps a top-level `data` when present and otherwise reads the
//! value as is. A body that still cannot be read becomes [`Error::Decode`] quoting the
//! status, content type and at most 200 characters of the body (API key redacted).
//!
//! The decoders are public so JSON obtained elsewhere (a cache, a webhook relay) can be
//! read with the same rules.

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::types::Page;
use crate::Error;

/// Most characters of a body quoted in [`Error::Decode`].
pub const EXCERPT_CHARS: usize = 200;

/// A received body and what is needed to report it if it cannot be read.
#[derive(Debug, Clone, Copy)]
pub struct Body<'a> {
    /// HTTP status of the reply.
    pub status: u16,
    /// `Content-Type` of the reply.
    pub content_type: Option<&'a str>,
    /// The raw body.
    pub bytes: &'a [u8],
    /// Text to blank out of excerpts (the API key), in case the server echoes it.
    pub redact: Option<&'a str>,
}

impl<'a> Body<'a> {
    /// A 200 `application/json` body with nothing to redact (for decoding stored JSON).
    pub fn json(bytes: &'a [u8]) -> Self {
        Body {
            status: 200,
            content_type: Some("application/json"),
            bytes,
            redact: None,
        }
    }
}

#[derive(Deserialize)]
struct Data<T> {
    data: T,
}

#[derive(Deserialize)]
struct Paged<T> {
    data: Vec<T>,
    #[serde(default, deserialize_with = "crate::types::de_opt_u64")]
    count: Option<u64>,
}

impl Body<'_> {
    fn first_byte(&self) -> Option<u8> {
        self.bytes
            .iter()
            .copied()
            .find(|b| !b.is_ascii_whitespace())
    }

    fn fail(&self) -> Error {
        Error::Decode {
            status: self.status,
            content_type: self
                .content_type
                .map(|c| excerpt(c.as_bytes(), 100, self.redact)),
            excerpt: excerpt(self.bytes, EXCERPT_CHARS, self.redact),
        }
    }
}

/// One object, bare or inside `{"statusCode", "data"}`.
pub fn one<T: DeserializeOwned>(body: &Body<'_>) -> Result<T, Error> {
    let parsed = match body.first_byte() {
        Some(b'{') => serde_json::from_slice::<Data<T>>(body.bytes)
            .map(|d| d.data)
            .or_else(|_| serde_json::from_slice::<T>(body.bytes)),
        Some(_) => serde_json::from_slice::<T>(body.bytes),
        None => return Err(body.fail()),
    };
    parsed.map_err(|_| body.fail())
}

/// A list, bare or inside `{"statusCode", "data"}` / `{"data", "count"}`.
pub fn list<T: DeserializeOwned>(body: &Body<'_>) -> Result<Vec<T>, Error> {
    let parsed = match body.first_byte() {
        Some(b'[') => serde_json::from_slice::<Vec<T>>(body.bytes),
        Some(b'{') => serde_json::from_slice::<Data<Vec<T>>>(body.bytes).map(|d| d.data),
        _ => return Err(body.fail()),
    };
    parsed.map_err(|_| body.fail())
}

/// A page `{"data": [...], "count": N}` (also inside `{"statusCode", "data"}`), or a bare
/// array (then `count` is `None`).
pub fn page<T: DeserializeOwned>(body: &Body<'_>) -> Result<Page<T>, Error> {
    let parsed = match body.first_byte() {
        Some(b'[') => serde_json::from_slice::<Vec<T>>(body.bytes).map(|data| (data, None)),
        Some(b'{') => serde_json::from_slice::<Paged<T>>(body.bytes)
            .or_else(|_| serde_json::from_slice::<Data<Paged<T>>>(body.bytes).map(|d| d.data))
            .map(|p| (p.data, p.count)),
        _ => return Err(body.fail()),
    };
    parsed
        .map(|(data, count)| Page { data, count })
        .map_err(|_| body.fail())
}

/// A reply that carries no data: an empty body (204), `true`, or any JSON. The literal
/// `false` (or `{"data": false}`) means the server did not do it and is reported.
pub fn unit(body: &Body<'_>) -> Result<(), Error> {
    if body.first_byte().is_none() {
        return Ok(());
    }
    match serde_json::from_slice::<serde_json::Value>(body.bytes) {
        Ok(serde_json::Value::Bool(false)) => Err(body.fail()),
        Ok(serde_json::Value::Object(m))
            if m.get("data") == Some(&serde_json::Value::Bool(false)) =>
        {
            Err(body.fail())
        }
        _ => Ok(()),
    }
}

/// At most `max` characters of `bytes` as plain text: invalid UTF-8 replaced, the API key
/// (`redact`, in any form) and credential-like values removed (before truncating, so no
/// fragment of them can survive at the cut), then control characters turned into spaces.
pub(crate) fn excerpt(bytes: &[u8], max: usize, redact: Option<&str>) -> String {
    // Only the start of the body is quoted; bound the work on huge bodies, leaving room
    // for a redacted key that straddles the limit.
    let window = bytes
        .len()
        .min(4 * max + redact.map_or(0, str::len) * 2 + 16);
    let text = String::from_utf8_lossy(&bytes[..window]);
    crate::redact::scrub(&text, redact)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max)
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
#[path = "envelope_tests.rs"]
mod tests;
