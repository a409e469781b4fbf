//! Rules for the parts of a create-call request: `additional_data`, `metadata`, `delay`
//! and `schedule`. The key/value limits themselves live in [`super::keys`].

use std::collections::HashSet;

use chrono::NaiveDateTime;
use serde_json::{Map, Value};

use super::ids::visible_text;
use super::keys::{
    key, preview, unique, value, MAX_ADDITIONAL_DATA, MAX_KEY_CHARS, MAX_METADATA_BYTES,
    MAX_METADATA_DEPTH,
};
use super::ValidationError;
use crate::types::{KeyValue, Schedule};

/// Longest `delay`, in minutes (7 days).
pub const MAX_DELAY_MINUTES: u32 = 10_080;
/// The only accepted `scheduled_call_time` layout, in chrono syntax (`yyyy-MM-dd HH:mm:ss`).
pub const SCHEDULE_TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// `additional_data`: at most [`MAX_ADDITIONAL_DATA`] pairs, each key and value passing
/// [`key`] and [`value`], keys unique ignoring case. The error's field names the
/// offending item, e.g. `additional_data[2].key`, and its sentence quotes the key.
pub fn additional_data(field: &str, items: &[KeyValue]) -> Result<(), ValidationError> {
    if items.len() > MAX_ADDITIONAL_DATA as usize {
        return Err(ValidationError::new(
            field,
            "too_many_items",
            format!(
                "{field} has {} items; at most {MAX_ADDITIONAL_DATA} are allowed.",
                items.len()
            ),
        ));
    }
    let mut seen = HashSet::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let f = format!("{field}[{i}].key");
        key(&f, &item.key)?;
        unique(&f, &item.key, &mut seen)?;
        value(&format!("{field}[{i}].value"), &item.key, &item.value)?;
    }
    Ok(())
}

/// `metadata`: at most [`MAX_METADATA_BYTES`] as compact JSON, nested at most
/// [`MAX_METADATA_DEPTH`] levels, top-level keys passing [`key`] and unique ignoring case,
/// values not null or blank text (and text at most [`super::MAX_ADDITIONAL_VALUE_CHARS`]), keys
/// of nested objects free of control and invisible characters. Entry `i` (in the map's
/// order) is reported as `metadata[i].key` / `metadata[i].value`, and the sentence quotes
/// the key.
pub fn metadata(field: &str, map: &Map<String, Value>) -> Result<(), ValidationError> {
    metadata_entries(field, map)?;
    metadata_size(field, map, None)
}

/// [`metadata`] for the map the user wrote, checked as it will be sent: with
/// `reserved_key` (which the user may not use) added by the app with a value of
/// `reserved_value_chars` ASCII characters. Callboard calls it with [`super::REQUEST_ID_KEY`] and
/// [`super::REQUEST_ID_CHARS`], so metadata that only fits without the request id is refused
/// before anything is recorded or sent.
pub fn metadata_with_reserved_key(
    field: &str,
    map: &Map<String, Value>,
    reserved_key: &str,
    reserved_value_chars: u32,
) -> Result<(), ValidationError> {
    if let Some(i) = map
        .keys()
        .position(|k| k.eq_ignore_ascii_case(reserved_key))
    {
        let f = format!("{field}[{i}].key");
        let msg = format!("{f} “{reserved_key}” is reserved by Callboard. Use another name.");
        return Err(ValidationError::new(f, "key_reserved", msg).with("key", reserved_key));
    }
    metadata_entries(field, map)?;
    metadata_size(field, map, Some((reserved_key, reserved_value_chars)))
}

fn metadata_entries(field: &str, map: &Map<String, Value>) -> Result<(), ValidationError> {
    if object_depth(map, 1) > MAX_METADATA_DEPTH as usize {
        return Err(ValidationError::new(
            field,
            "metadata_too_deep",
            format!("{field} is nested more than {MAX_METADATA_DEPTH} levels deep."),
        ));
    }
    let mut seen = HashSet::with_capacity(map.len());
    for (i, (k, v)) in map.iter().enumerate() {
        let f = format!("{field}[{i}].key");
        key(&f, k)?;
        unique(&f, k, &mut seen)?;
        let vf = format!("{field}[{i}].value");
        match v {
            Value::String(s) => value(&vf, k, s)?,
            Value::Null => value(&vf, k, "")?,
            Value::Object(_) | Value::Array(_) => nested_keys(&vf, v)?,
            Value::Bool(_) | Value::Number(_) => {}
        }
    }
    Ok(())
}

/// Keys inside nested objects: no control or invisible characters, at most
/// [`MAX_KEY_CHARS`] (any script allowed: only top-level keys are names). Depth was
/// checked first, so the recursion is bounded.
fn nested_keys(field: &str, v: &Value) -> Result<(), ValidationError> {
    match v {
        Value::Object(m) => {
            for (k, inner) in m {
                let f = format!("{field}.{}", preview(k));
                visible_text(&f, k)?;
                if k.chars().count() > MAX_KEY_CHARS as usize {
                    let msg = format!("{f} is a name longer than {MAX_KEY_CHARS} characters.");
                    return Err(ValidationError::new(f, "key_too_long", msg));
                }
                nested_keys(field, inner)?;
            }
            Ok(())
        }
        Value::Array(items) => items.iter().try_for_each(|i| nested_keys(field, i)),
        _ => Ok(()),
    }
}

fn metadata_size(
    field: &str,
    map: &Map<String, Value>,
    reserved: Option<(&str, u32)>,
) -> Result<(), ValidationError> {
    // Serializing a Map of Values cannot fail (keys are strings); treat failure as too large.
    let user = serde_json::to_vec(map).map_or(usize::MAX, |v| v.len());
    let added = reserved.map_or(0, |(k, chars)| {
        let comma = usize::from(!map.is_empty());
        let quoted_key = serde_json::to_string(k).map_or(usize::MAX / 4, |q| q.len());
        comma + quoted_key + 1 + chars as usize + 2
    });
    let size = user.saturating_add(added);
    if size <= MAX_METADATA_BYTES as usize {
        return Ok(());
    }
    let msg = match reserved {
        Some((k, chars)) => format!(
            "{field} is too large: with the {chars}-character {k} Callboard adds it is {size} bytes, and at most {MAX_METADATA_BYTES} are allowed. Remove or shorten some values."
        ),
        None => format!(
            "{field} is too large: {size} bytes, and at most {MAX_METADATA_BYTES} are allowed. Remove or shorten some values."
        ),
    };
    Err(ValidationError::new(field, "metadata_too_large", msg)
        .with("size", size)
        .with("max", MAX_METADATA_BYTES))
}

/// Depth of a JSON tree, stopping early once past the limit so hostile input cannot
/// recurse deeply.
fn object_depth(map: &Map<String, Value>, depth: usize) -> usize {
    map.values()
        .map(|v| value_depth(v, depth))
        .max()
        .unwrap_or(depth)
        .max(depth)
}

fn value_depth(value: &Value, parent: usize) -> usize {
    if parent > MAX_METADATA_DEPTH as usize {
        return parent;
    }
    match value {
        Value::Object(m) => object_depth(m, parent + 1),
        Value::Array(items) => items
            .iter()
            .map(|v| value_depth(v, parent + 1))
            .max()
            .unwrap_or(parent + 1),
        _ => parent,
    }
}

/// `delay`: 0 to 10,080 whole minutes.
pub fn delay_minutes(field: &str, minutes: u32) -> Result<(), ValidationError> {
    if minutes > MAX_DELAY_MINUTES {
        return Err(ValidationError::new(
            field,
            "delay_out_of_range",
            format!("{field} must be between 0 and {MAX_DELAY_MINUTES} minutes (7 days)."),
        ));
    }
    Ok(())
}

/// `scheduled_call_time`: exactly `yyyy-MM-dd HH:mm:ss` and a real calendar date and time
/// (so `2026-02-30 10:00:00` and `24:00:00` are rejected).
pub fn schedule_time(field: &str, value: &str) -> Result<(), ValidationError> {
    let b = value.as_bytes();
    let shaped = b.len() == 19
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            10 => *c == b' ',
            13 | 16 => *c == b':',
            _ => c.is_ascii_digit(),
        });
    if !shaped {
        return Err(ValidationError::new(
            field,
            "schedule_time_format",
            format!("{field} must look like 2026-06-15 14:30:00 (yyyy-MM-dd HH:mm:ss)."),
        ));
    }
    // chrono accepts second 60 (leap second); a wall-clock schedule never should.
    let leap = value.ends_with(":60");
    if leap || NaiveDateTime::parse_from_str(value, SCHEDULE_TIME_FORMAT).is_err() {
        return Err(ValidationError::new(
            field,
            "schedule_time_invalid",
            format!("{field} is not a real date and time."),
        ));
    }
    Ok(())
}

/// `timezone`: a known IANA time-zone name such as `America/Mexico_City`.
pub fn timezone(field: &str, value: &str) -> Result<(), ValidationError> {
    if value.parse::<chrono_tz::Tz>().is_err() {
        return Err(ValidationError::new(
            field,
            "unknown_timezone",
            format!(
                "{field} “{}” is not a known time zone (use a name like America/New_York).",
                value.chars().take(64).collect::<String>()
            ),
        ));
    }
    Ok(())
}

/// A whole `schedule` object: `scheduled_call_time` and `timezone` (fields are reported
/// as `<field>.scheduled_call_time` and `<field>.timezone`).
pub fn schedule(field: &str, s: &Schedule) -> Result<(), ValidationError> {
    schedule_time(
        &format!("{field}.scheduled_call_time"),
        &s.scheduled_call_time,
    )?;
    timezone(&format!("{field}.timezone"), &s.timezone)
}
