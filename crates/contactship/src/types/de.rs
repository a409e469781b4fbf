//! Lenient field readers: the API documents some fields with two types (`duration` as a
//! number or a string, `count` likewise, `value` as text or number), and timestamps come
//! in several encodings.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A number given as a JSON number or a numeric string; anything else becomes `None`.
pub(crate) fn opt_f64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    })
}

/// A count given as a JSON number or a numeric string; anything else becomes `None`.
pub(crate) fn opt_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        Some(Value::Number(n)) => n.as_u64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    })
}

/// Text given as a string, number or boolean (rendered as text); null/absent is empty.
pub(crate) fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(match Option::<Value>::deserialize(d)? {
        Some(Value::String(s)) => s,
        Some(Value::Null) | None => String::new(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Bool(b)) => b.to_string(),
        Some(other) => other.to_string(),
    })
}

/// A list that may be `null` or absent (treated as empty).
pub(crate) fn vec_or_null<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A string (trimmed) or a number as text; anything else, or blank text, is `None`.
pub(crate) fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_owned()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A timestamp in any common encoding, or `None`:
/// - RFC 3339 / ISO 8601 (`2027-01-05T10:00:00Z`, with offset or fraction);
/// - RFC 2822 (`Tue, 05 Jan 2027 10:00:00 GMT`);
/// - `2027-01-05 10:00:00` or `2027-01-05T10:00:00` without a zone, and a bare date
///   (read as UTC: the API documents UTC ISO times, so a missing zone most likely is UTC);
/// - Unix epoch seconds, milliseconds or microseconds, as a number or numeric string
///   (the unit is chosen by magnitude).
pub(crate) fn timestamp(v: &Value) -> Option<DateTime<Utc>> {
    match v {
        Value::Number(n) => epoch(n.as_f64()?),
        Value::String(s) => timestamp_text(s.trim()),
        _ => None,
    }
}

fn timestamp_text(s: &str) -> Option<DateTime<Utc>> {
    if s.is_empty() || s.len() > 64 {
        return None;
    }
    if let Ok(n) = s.parse::<f64>() {
        return epoch(n);
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.to_utc());
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(s) {
        return Some(t.to_utc());
    }
    for f in ["%Y-%m-%d %H:%M:%S%.f%#z", "%Y-%m-%dT%H:%M:%S%.f%#z"] {
        if let Ok(t) = DateTime::parse_from_str(s, f) {
            return Some(t.to_utc());
        }
    }
    let bare = s.trim_end_matches(" UTC").trim_end_matches(" GMT");
    for f in [
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(bare, f) {
            return Some(t.and_utc());
        }
    }
    NaiveDate::parse_from_str(bare, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc())
}

/// Epoch seconds, milliseconds or microseconds, told apart by magnitude: seconds reach
/// 1e11 only in the year 5138, milliseconds reach 1e14 in 5138 too.
fn epoch(n: f64) -> Option<DateTime<Utc>> {
    if !n.is_finite() || n < 0.0 {
        return None;
    }
    let secs = if n < 1e11 {
        n
    } else if n < 1e14 {
        n / 1e3
    } else if n < 1e17 {
        n / 1e6
    } else {
        return None;
    };
    let whole = secs.trunc();
    let nanos = ((secs - whole) * 1e9).round() as u32;
    DateTime::from_timestamp(whole as i64, nanos.min(999_999_999))
}
