//! The one definition of the rules for `additional_data` items and `metadata` entries:
//! key shape and length, values, counts and sizes. The limits are plain `pub const`s and
//! [`key_rules`] bundles them in a serialisable struct, so the app can hand the same
//! numbers to its UI instead of restating them.
//!
//! Decision on non-ASCII keys: refused. Keys become variable names on Contactship's side
//! (`{{amount_debt}}` in an agent's prompt), where accents and other scripts are not known
//! to work, so a key is letters **without accents** (a–z, A–Z), digits, `_`, `.` and `-`.
//! The message says exactly that and quotes the character at fault (`campaña` → “ñ”).

use serde::Serialize;

use super::ids::visible_text;
use super::ValidationError;

/// The characters a key may use, as a JavaScript/Rust regular expression.
pub const KEY_PATTERN: &str = "^[A-Za-z0-9_.-]+$";
/// The same rule as a phrase for sentences.
pub const KEY_ALLOWED: &str = "letters without accents (a–z, A–Z), digits, _ . or -";
/// Longest key, in characters.
pub const MAX_KEY_CHARS: u32 = 64;
/// Most `additional_data` pairs accepted in one request.
pub const MAX_ADDITIONAL_DATA: u32 = 100;
/// Longest `additional_data` (or string `metadata`) value, in characters.
pub const MAX_ADDITIONAL_VALUE_CHARS: u32 = 1_000;
/// Largest `metadata` object, serialized as compact JSON, in bytes (as sent, including
/// any key the app adds itself; see [`super::metadata_with_reserved_key`]).
pub const MAX_METADATA_BYTES: u32 = 16 * 1024;
/// Deepest `metadata` nesting: the top-level object counts as depth 1.
pub const MAX_METADATA_DEPTH: u32 = 8;
/// The metadata key Callboard adds to every create-call request to reconcile unknown
/// outcomes (read back by [`crate::Call::request_id`]).
pub const REQUEST_ID_KEY: &str = "callboard_request_id";
/// Length of the value under [`REQUEST_ID_KEY`]: a hyphenated UUID.
pub const REQUEST_ID_CHARS: u32 = 36;

/// Every key/value limit in one serialisable value (for exporting to the UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KeyRules {
    /// [`KEY_PATTERN`].
    pub key_pattern: &'static str,
    /// [`KEY_ALLOWED`].
    pub key_allowed: &'static str,
    /// [`MAX_KEY_CHARS`].
    pub max_key_chars: u32,
    /// [`MAX_ADDITIONAL_VALUE_CHARS`].
    pub max_value_chars: u32,
    /// [`MAX_ADDITIONAL_DATA`].
    pub max_additional_data: u32,
    /// [`MAX_METADATA_BYTES`].
    pub max_metadata_bytes: u32,
    /// [`MAX_METADATA_DEPTH`].
    pub max_metadata_depth: u32,
    /// [`REQUEST_ID_KEY`].
    pub reserved_metadata_key: &'static str,
    /// [`REQUEST_ID_CHARS`].
    pub reserved_metadata_value_chars: u32,
}

/// The rules above as one value.
pub const fn key_rules() -> KeyRules {
    KeyRules {
        key_pattern: KEY_PATTERN,
        key_allowed: KEY_ALLOWED,
        max_key_chars: MAX_KEY_CHARS,
        max_value_chars: MAX_ADDITIONAL_VALUE_CHARS,
        max_additional_data: MAX_ADDITIONAL_DATA,
        max_metadata_bytes: MAX_METADATA_BYTES,
        max_metadata_depth: MAX_METADATA_DEPTH,
        reserved_metadata_key: REQUEST_ID_KEY,
        reserved_metadata_value_chars: REQUEST_ID_CHARS,
    }
}

/// A key as it can be quoted in a sentence: at most 32 characters, invisible and control
/// characters shown as `\u{…}`.
pub(crate) fn preview(key: &str) -> String {
    let mut out: String = key
        .chars()
        .take(32)
        .map(|c| {
            if c.is_control() || super::is_invisible(c) {
                format!("\\u{{{:04X}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect();
    if key.chars().count() > 32 {
        out.push('…');
    }
    out
}

/// One key (`field` is where it sits, e.g. `additional_data[2].key`): not blank, no
/// control or invisible characters, at most [`MAX_KEY_CHARS`], only [`KEY_ALLOWED`].
pub fn key(field: &str, key: &str) -> Result<(), ValidationError> {
    if key.trim().is_empty()
        && !key
            .chars()
            .any(|c| c.is_control() || super::is_invisible(c))
    {
        let msg =
            format!("{field} is empty; every extra detail needs a name (for example amount_debt).");
        return Err(ValidationError::new(field, "key_empty", msg));
    }
    let shown = preview(key);
    visible_text(field, key).map_err(|e| {
        let msg = format!(
            "{field} “{shown}”: {}",
            e.message().trim_start_matches(field).trim_start()
        );
        ValidationError::new(field, e.rule, msg).with("key", &shown)
    })?;
    let n = key.chars().count();
    if n > MAX_KEY_CHARS as usize {
        let msg = format!(
            "{field} “{shown}” is {n} characters long; at most {MAX_KEY_CHARS} are allowed."
        );
        return Err(ValidationError::new(field, "key_too_long", msg)
            .with("key", &shown)
            .with("max", MAX_KEY_CHARS));
    }
    if let Some(c) = key
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')))
    {
        let what = if c == ' ' {
            "a space".to_owned()
        } else {
            format!("“{c}”")
        };
        let msg = format!("{field} “{shown}” contains {what}: use only {KEY_ALLOWED} in a name.");
        return Err(ValidationError::new(field, "key_invalid_character", msg)
            .with("key", &shown)
            .with(
                "character",
                if c == ' ' {
                    String::new()
                } else {
                    c.to_string()
                },
            ));
    }
    Ok(())
}

/// One text value belonging to `key`: not blank (a name without a value is a mistake),
/// at most [`MAX_ADDITIONAL_VALUE_CHARS`], no control characters except line breaks and
/// tabs.
pub fn value(field: &str, key: &str, value: &str) -> Result<(), ValidationError> {
    let shown = preview(key);
    if value.trim().is_empty() {
        let msg = format!("{field} is empty: enter a value for “{shown}”, or remove it.");
        return Err(ValidationError::new(field, "value_empty", msg).with("key", &shown));
    }
    if let Some(c) = value
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        let msg = format!(
            "{field} (the value of “{shown}”) contains an invisible character (control character U+{:04X}).",
            u32::from(c)
        );
        return Err(ValidationError::new(field, "value_control_character", msg).with("key", &shown));
    }
    if value.chars().count() > MAX_ADDITIONAL_VALUE_CHARS as usize {
        let msg = format!(
            "{field} (the value of “{shown}”) is longer than {MAX_ADDITIONAL_VALUE_CHARS} characters."
        );
        return Err(ValidationError::new(field, "value_too_long", msg)
            .with("key", &shown)
            .with("max", MAX_ADDITIONAL_VALUE_CHARS));
    }
    Ok(())
}

/// Refuses a key equal, ignoring ASCII case, to one seen before (`seen` holds lowercased
/// keys and is updated).
pub(crate) fn unique(
    field: &str,
    key: &str,
    seen: &mut std::collections::HashSet<String>,
) -> Result<(), ValidationError> {
    if seen.insert(key.to_ascii_lowercase()) {
        return Ok(());
    }
    let msg = format!(
        "{field} repeats the name “{}”; each name may appear only once (capitals do not make a name different).",
        preview(key)
    );
    Err(ValidationError::new(field, "key_duplicate", msg).with("key", preview(key)))
}
