//! Rules for the parts of a create-call request: `additional_data`, `metadata`, `delay`
//! and `schedule`.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use serde_json::{Map, Value};

use super::ValidationError;
use crate::types::{KeyValue, Schedule};

/// Most `additional_data` pairs accepted in one request.
pub const MAX_ADDITIONAL_DATA: usize = 100;
/// Longest `additional_data` value, in characters.
pub const MAX_ADDITIONAL_VALUE_CHARS: usize = 1_000;
/// Largest `metadata` object, serialized as compact JSON, in bytes.
pub const MAX_METADATA_BYTES: usize = 16 * 1024;
/// Deepest `metadata` nesting: the top-level object counts as depth 1.
pub const MAX_METADATA_DEPTH: usize = 8;
/// Longest `delay`, in minutes (7 days).
pub const MAX_DELAY_MINUTES: u32 = 10_080;
/// The only accepted `scheduled_call_time` layout, in chrono syntax (`yyyy-MM-dd HH:mm:ss`).
pub const SCHEDULE_TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";

/// `additional_data`: at most 100 pairs, keys non-empty and unique (after trimming),
/// values at most 1,000 characters. The error's field names the offending item, e.g.
/// `additional_data[2].key`.
pub fn additional_data(field: &str, items: &[KeyValue]) -> Result<(), ValidationError> {
    if items.len() > MAX_ADDITIONAL_DATA {
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
        let key = item.key.trim();
        if key.is_empty() {
            let f = format!("{field}[{i}].key");
            let msg = format!("{f} is empty; every extra detail needs a name.");
            return Err(ValidationError::new(f, "key_empty", msg));
        }
        if !seen.insert(key) {
            let f = format!("{field}[{i}].key");
            let msg = format!("{f} repeats the name “{key}”; each name may appear only once.");
            return Err(ValidationError::new(f, "key_duplicate", msg));
        }
        if item.value.chars().count() > MAX_ADDITIONAL_VALUE_CHARS {
            let f = format!("{field}[{i}].value");
            let msg = format!("{f} is longer than {MAX_ADDITIONAL_VALUE_CHARS} characters.");
            return Err(ValidationError::new(f, "value_too_long", msg));
        }
    }
    Ok(())
}

/// `metadata`: at most 16 KiB as compact JSON and nested at most 8 levels deep.
pub fn metadata(field: &str, map: &Map<String, Value>) -> Result<(), ValidationError> {
    if object_depth(map, 1) > MAX_METADATA_DEPTH {
        return Err(ValidationError::new(
            field,
            "metadata_too_deep",
            format!("{field} is nested more than {MAX_METADATA_DEPTH} levels deep."),
        ));
    }
    // Serializing a Map of Values cannot fail (keys are strings); treat failure as too large.
    let size = serde_json::to_vec(map).map_or(usize::MAX, |v| v.len());
    if size > MAX_METADATA_BYTES {
        return Err(ValidationError::new(
            field,
            "metadata_too_large",
            format!("{field} is larger than 16 KiB."),
        ));
    }
    Ok(())
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
    if parent > MAX_METADATA_DEPTH {
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
