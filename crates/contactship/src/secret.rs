//! [`ApiKey`], the secret that authenticates every request.
//!
//! The key is only ever turned into the `x-api-key` header (marked sensitive). It has a
//! redacted `Debug`, no `Display` and no `Serialize`, and its memory is zeroed on drop.

use std::fmt;

use zeroize::Zeroizing;

use crate::validate::ValidationError;

/// Longest accepted API key, in characters.
pub const MAX_API_KEY_CHARS: usize = 512;

/// A Contactship API key.
///
/// ```
/// let key = contactship::ApiKey::new("  sk_live_abc123  ").unwrap();
/// assert_eq!(format!("{key:?}"), "ApiKey(<redacted>)");
/// assert_eq!(key.last4(), "c123");
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(Zeroizing<String>);

impl ApiKey {
    /// Accepts a pasted key: surrounding whitespace is trimmed; an empty key, a key with
    /// inner whitespace, control or non-ASCII characters, or longer than 512 characters is
    /// rejected (field `api_key`).
    pub fn new(raw: &str) -> Result<ApiKey, ValidationError> {
        let key = raw.trim();
        let field = "api_key";
        if key.is_empty() {
            return Err(ValidationError::new(
                field,
                "required",
                "The API key is empty. Paste the key from your Contactship dashboard.",
            ));
        }
        if key.chars().any(char::is_control) {
            return Err(ValidationError::new(field, "contains_control_character", "The API key contains an invisible control character. Copy it again from your Contactship dashboard."));
        }
        if key.chars().any(char::is_whitespace) {
            return Err(ValidationError::new(field, "contains_whitespace", "The API key must not contain spaces. Copy it again from your Contactship dashboard."));
        }
        if !key.is_ascii() {
            return Err(ValidationError::new(field, "not_ascii", "The API key contains characters that are not allowed. Copy it again from your Contactship dashboard."));
        }
        if key.chars().count() > MAX_API_KEY_CHARS {
            return Err(ValidationError::new(field, "too_long", format!("The API key is longer than {MAX_API_KEY_CHARS} characters; check that you copied only the key.")));
        }
        Ok(ApiKey(Zeroizing::new(key.to_owned())))
    }

    /// The key itself. Use only to build the `x-api-key` header or to store it in the
    /// OS keychain; never log or display it.
    pub fn expose(&self) -> &str {
        self.0.as_str()
    }

    /// The last four characters (or fewer for a short key), for "key ending in …" hints.
    pub fn last4(&self) -> String {
        let n = self.0.chars().count();
        self.0.chars().skip(n.saturating_sub(4)).collect()
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(<redacted>)")
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_is_pinned_and_never_shows_the_key() {
        let key = ApiKey::new("sk_live_SECRET1234").unwrap();
        assert_eq!(format!("{key:?}"), "ApiKey(<redacted>)");
        assert_eq!(format!("{key:#?}"), "ApiKey(<redacted>)");
        assert_eq!(
            format!("{:?}", Some(key.clone())),
            "Some(ApiKey(<redacted>))"
        );
    }

    #[test]
    fn surrounding_whitespace_is_trimmed_and_last4_is_the_tail() {
        let key = ApiKey::new("\t abcdef123 \n").unwrap();
        assert_eq!(key.expose(), "abcdef123");
        assert_eq!(key.last4(), "f123");
        assert_eq!(ApiKey::new("ab").unwrap().last4(), "ab");
    }

    #[test]
    fn malformed_keys_are_rejected_with_their_rule() {
        let long = "k".repeat(MAX_API_KEY_CHARS + 1);
        let cases: &[(&str, &str)] = &[
            ("", "required"),
            ("   ", "required"),
            ("abc def", "contains_whitespace"),
            ("abc\u{7}def", "contains_control_character"),
            ("clé-secrète", "not_ascii"),
            (long.as_str(), "too_long"),
        ];
        for (raw, rule) in cases {
            let err = ApiKey::new(raw).unwrap_err();
            assert_eq!(err.rule, *rule, "input {raw:?}");
            assert_eq!(err.field, "api_key");
            assert!(
                !err.to_string().contains("abc"),
                "message must not echo the key"
            );
        }
        assert!(ApiKey::new(&"k".repeat(MAX_API_KEY_CHARS)).is_ok());
    }
}
