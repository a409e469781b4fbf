//! Rules for identifiers that are sent in a URL path or a request body (contact, agent,
//! phone-number, call and campaign ids, and `get_contact`'s identifier), and the
//! definition of an "invisible character" shared by every rule in [`super`].
//!
//! Decision: an id is taken exactly as given and **refused**, never silently repaired,
//! when it holds anything a person cannot see or that would change the URL's meaning:
//! - empty or blank → `required`;
//! - control characters (Cc) → `contains_control_character`;
//! - invisible characters: format characters (Cf: zero-width space/joiner U+200B–U+200D,
//!   word joiner U+2060, BOM U+FEFF, soft hyphen U+00AD, bidi controls U+200E/U+200F,
//!   U+202A–U+202E, U+2066–U+2069, …), other default-ignorable characters (variation
//!   selectors, Hangul fillers, U+034F) and non-ASCII spaces (NBSP, U+2028, …) →
//!   `contains_invisible_character`, naming the code point;
//! - ordinary spaces anywhere, leading or trailing included → `contains_whitespace`
//!   (ids come from pickers, so a space means a copy-paste accident; the app trims its
//!   form fields before building a request);
//! - only dots (`.`, `..`), also percent-encoded (`%2e%2e`) → `dot_segment`, because a
//!   URL path segment `..` would address a different resource (`DELETE /v1/contacts/..`
//!   is `DELETE /v1/`);
//! - more than [`MAX_ID_CHARS`] characters → `too_long`.
//!
//! Anything else (`/`, `?`, `#`, `%`, `+`, `@`, non-Latin letters) is allowed and is
//! percent-encoded as one path segment when the URL is built.

use super::ValidationError;

/// Longest accepted identifier, in characters. Ids are opaque strings, not UUIDs: the
/// docs' own examples use `agent-…` and `pn-…` ids, so only length and characters are checked.
pub const MAX_ID_CHARS: usize = 128;

/// True for characters that render as nothing (or as a plain space) yet change the text:
/// format characters (Unicode category Cf), other default-ignorable code points, and
/// whitespace other than the ASCII space. Control characters (Cc) are reported
/// separately by the rules, as `contains_control_character`.
pub fn is_invisible(c: char) -> bool {
    let cp = u32::from(c);
    let format_or_ignorable = matches!(cp,
        0x00AD | 0x034F | 0x061C | 0x115F | 0x1160 | 0x17B4 | 0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0x3164 | 0xFE00..=0xFE0F
        | 0xFEFF | 0xFFA0 | 0xFFF0..=0xFFFB | 0x0600..=0x0605 | 0x06DD | 0x070F
        | 0x0890 | 0x0891 | 0x08E2 | 0x110BD | 0x110CD | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0000..=0xE0FFF);
    format_or_ignorable || (c.is_whitespace() && !c.is_ascii())
}

/// An opaque identifier; see the module doc for every rule. Not checked as a UUID because
/// the API's own ids are not always UUIDs.
pub fn id(field: &str, value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() && !value.chars().any(|c| is_invisible(c) || c.is_control()) {
        return Err(ValidationError::new(
            field,
            "required",
            format!("{field} is required."),
        ));
    }
    visible_text(field, value)?;
    if value.chars().any(char::is_whitespace) {
        return Err(ValidationError::new(
            field,
            "contains_whitespace",
            format!("{field} must not contain spaces."),
        ));
    }
    if value.chars().count() > MAX_ID_CHARS {
        return Err(ValidationError::new(
            field,
            "too_long",
            format!("{field} is longer than {MAX_ID_CHARS} characters."),
        ));
    }
    if is_dot_segment(value) {
        return Err(ValidationError::new(
            field,
            "dot_segment",
            format!(
                "{field} “{value}” is not a valid id: it would change the address of the request."
            ),
        ));
    }
    Ok(())
}

/// Refuses control and invisible characters in `value`, naming the first one's code point.
pub(crate) fn visible_text(field: &str, value: &str) -> Result<(), ValidationError> {
    if let Some(c) = value.chars().find(|c| c.is_control()) {
        return Err(ValidationError::new(
            field,
            "contains_control_character",
            format!(
                "{field} contains an invisible character (control character U+{:04X}). Pick or paste it again.",
                u32::from(c)
            ),
        ));
    }
    if let Some(c) = value.chars().find(|&c| is_invisible(c)) {
        return Err(ValidationError::new(
            field,
            "contains_invisible_character",
            format!(
                "{field} contains an invisible character (U+{:04X}). Pick or paste it again.",
                u32::from(c)
            ),
        ));
    }
    Ok(())
}

/// `.` or `..` (or more dots), also after percent-decoding (`%2e%2E`), which a server or
/// proxy may decode before routing.
fn is_dot_segment(value: &str) -> bool {
    let only_dots = |s: &str| !s.is_empty() && s.chars().all(|c| c == '.');
    let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
    only_dots(value)
        || only_dots(&decoded)
        || only_dots(&percent_encoding::percent_decode_str(&decoded).decode_utf8_lossy())
}
