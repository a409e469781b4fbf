//! Validation rules applied before anything is sent, reusable by the app core and UI.
//!
//! Each function checks one kind of value and returns a [`ValidationError`] whose `rule`
//! is a stable code and whose message is a sentence naming the field. The request types
//! (`ContactCallRequest::validate`, ...) are built from these functions.

mod call;
mod ids;
mod keys;
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod keys_tests;
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod request_tests;
#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests;

pub use call::{
    additional_data, delay_minutes, metadata, metadata_with_reserved_key, schedule, schedule_time,
    timezone, MAX_DELAY_MINUTES, SCHEDULE_TIME_FORMAT,
};
pub use ids::{id, is_invisible, MAX_ID_CHARS};
pub use keys::{
    key, key_rules, value, KeyRules, KEY_ALLOWED, KEY_PATTERN, MAX_ADDITIONAL_DATA,
    MAX_ADDITIONAL_VALUE_CHARS, MAX_KEY_CHARS, MAX_METADATA_BYTES, MAX_METADATA_DEPTH,
    REQUEST_ID_CHARS, REQUEST_ID_KEY,
};

/// Longest accepted free-text name (e.g. `full_name`), in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// A value that failed a validation rule.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ValidationError {
    /// The request field, as named in the API (`contact_id`, `schedule.timezone`, ...).
    pub field: String,
    /// A stable code for the rule that failed (`required`, `not_e164`, ...).
    pub rule: &'static str,
    message: String,
    /// The values the message mentions (`key`, `max`, …), so an app can say the same
    /// thing in another language from `rule` and these.
    pub params: Vec<(&'static str, String)>,
}

impl ValidationError {
    /// Builds an error for `field` failing `rule`, with a plain sentence `message`.
    pub fn new(field: impl Into<String>, rule: &'static str, message: impl Into<String>) -> Self {
        ValidationError {
            field: field.into(),
            rule,
            message: message.into(),
            params: Vec::new(),
        }
    }

    /// Records a value the message mentions.
    pub fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.params.push((name, value.to_string()));
        self
    }

    /// A value recorded with [`ValidationError::with`].
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The plain-language sentence (same as `Display`).
    pub fn message(&self) -> &str {
        &self.message
    }
}

/// Required free text such as `full_name`: not blank, at most 200 characters, no control
/// characters.
pub fn required_text(field: &str, value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        return Err(ValidationError::new(
            field,
            "required",
            format!("{field} is required."),
        ));
    }
    optional_text(field, value, MAX_NAME_CHARS)
}

/// Optional free text: at most `max` characters and no control characters other than
/// line breaks and tabs.
pub fn optional_text(field: &str, value: &str, max: usize) -> Result<(), ValidationError> {
    if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(ValidationError::new(
            field,
            "contains_control_character",
            format!("{field} contains an invisible control character."),
        ));
    }
    if value.chars().count() > max {
        return Err(ValidationError::new(
            field,
            "too_long",
            format!("{field} is longer than {max} characters."),
        )
        .with("max", max));
    }
    Ok(())
}

/// A phone number in E.164 form (`+` then 7–15 digits, nothing else) that the
/// `phonenumber` library (Google's libphonenumber metadata) considers a valid number.
pub fn e164(field: &str, value: &str) -> Result<(), ValidationError> {
    if value.trim().is_empty() {
        return Err(ValidationError::new(
            field,
            "required",
            format!("{field} is required."),
        ));
    }
    let digits = value.strip_prefix('+').unwrap_or("");
    let shaped = !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (7..=15).contains(&digits.len())
        && !digits.starts_with('0');
    if !shaped {
        return Err(ValidationError::new(
            field,
            "not_e164",
            format!("{field} must be in international format: + and the country code, digits only (for example +12025550123)."),
        ));
    }
    let valid = phonenumber::parse(None, value)
        .map(|n| phonenumber::is_valid(&n))
        .unwrap_or(false);
    if !valid {
        return Err(ValidationError::new(
            field,
            "invalid_phone_number",
            format!("{field} is not a valid phone number for its country."),
        ));
    }
    Ok(())
}

/// An optional e-mail address: if present, one `@` with text on both sides, no spaces,
/// at most 254 characters. (The server is the authority; this only catches typos early.)
pub fn email(field: &str, value: &str) -> Result<(), ValidationError> {
    let ok = value.len() <= 254
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
        && matches!(value.split_once('@'), Some((local, domain))
            if !local.is_empty() && domain.contains('.') && !domain.contains('@')
                && !domain.starts_with('.') && !domain.ends_with('.'));
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new(
            field,
            "invalid_email",
            format!("{field} is not a valid e-mail address."),
        ))
    }
}

/// An optional webhook URL: an absolute `https://` URL.
pub fn webhook_url(field: &str, value: &str) -> Result<(), ValidationError> {
    match url::Url::parse(value) {
        Ok(u) if u.scheme() == "https" && u.host().is_some() => Ok(()),
        _ => Err(ValidationError::new(
            field,
            "invalid_url",
            format!("{field} must be a full https:// address."),
        )),
    }
}
