//! Parsing of query strings, path segments and JSON bodies into values or field-naming 400s.

use serde_json::{Map, Value};

use super::ApiError;

/// A decoded query string (`application/x-www-form-urlencoded`).
#[derive(Debug, Default)]
pub(crate) struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Decodes a raw query string.
    pub(crate) fn parse(raw: Option<&str>) -> Self {
        let pairs = raw
            .map(|q| {
                url::form_urlencoded::parse(q.as_bytes())
                    .into_owned()
                    .collect()
            })
            .unwrap_or_default();
        Self { pairs }
    }

    /// The first value of `name`, if present.
    pub(crate) fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A non-negative integer parameter, or `default` when absent.
    pub(crate) fn count(&self, name: &str, default: usize) -> Result<usize, ApiError> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => v
                .trim()
                .parse::<usize>()
                .map_err(|_| ApiError::invalid(name, "must be a non-negative integer")),
        }
    }

    /// A boolean parameter (`true`/`false`), or `default` when absent.
    pub(crate) fn flag(&self, name: &str, default: bool) -> Result<bool, ApiError> {
        match self.get(name).map(|v| v.trim().to_ascii_lowercase()) {
            None => Ok(default),
            Some(v) if v == "true" || v == "1" => Ok(true),
            Some(v) if v == "false" || v == "0" => Ok(false),
            Some(_) => Err(ApiError::invalid(name, "must be true or false")),
        }
    }

    /// `order`: `asc` or `desc` (default); true means ascending.
    pub(crate) fn ascending(&self) -> Result<bool, ApiError> {
        match self.get("order").map(str::trim) {
            None | Some("desc") | Some("DESC") => Ok(false),
            Some("asc") | Some("ASC") => Ok(true),
            Some(_) => Err(ApiError::invalid(
                "order",
                "must be one of the following values: asc, desc",
            )),
        }
    }
}

/// Decodes `%XX` escapes in a path segment (`+` stays a plus sign, unlike in query strings).
pub(crate) fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| char::from(b).to_digit(16);
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The request body as a JSON object.
pub(crate) fn json_object(body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    match serde_json::from_slice::<Value>(body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(ApiError::BadRequest {
            field: None,
            message: "Request body must be a JSON object".to_owned(),
        }),
    }
}

/// A required, non-blank string field.
pub(crate) fn required_string(obj: &Map<String, Value>, field: &str) -> Result<String, ApiError> {
    match obj.get(field) {
        None | Some(Value::Null) => Err(ApiError::invalid(field, "is required")),
        Some(Value::String(s)) if s.trim().is_empty() => {
            Err(ApiError::invalid(field, "should not be empty"))
        }
        Some(Value::String(s)) => Ok(s.trim().to_owned()),
        Some(_) => Err(ApiError::invalid(field, "must be a string")),
    }
}

/// An optional string field (`null` counts as absent).
pub(crate) fn optional_string(
    obj: &Map<String, Value>,
    field: &str,
) -> Result<Option<String>, ApiError> {
    match obj.get(field) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.trim().to_owned())),
        Some(_) => Err(ApiError::invalid(field, "must be a string")),
    }
}

/// `+` followed by 8 to 15 digits, the first not zero.
pub(crate) fn is_e164(number: &str) -> bool {
    let Some(digits) = number.strip_prefix('+') else {
        return false;
    };
    (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0')
}

/// The digits of a phone number or phone filter (so `+52 55…`, `52 55…` and `%2B5255…` agree).
pub(crate) fn digits_only(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_segments_are_percent_decoded_but_plus_is_kept() {
        assert_eq!(percent_decode("%2B525512345678"), "+525512345678");
        assert_eq!(percent_decode("+525512345678"), "+525512345678");
        assert_eq!(percent_decode("ana%40example.com"), "ana@example.com");
        assert_eq!(percent_decode("bad%2"), "bad%2");
        assert_eq!(percent_decode("100%"), "100%");
    }

    #[test]
    fn query_counts_reject_negative_and_garbage() {
        let q = Query::parse(Some("limit=-1&offset=abc&ok=3"));
        assert_eq!(
            q.count("limit", 5).err().map(|e| e.code()),
            Some("bad_request")
        );
        assert!(q.count("offset", 0).is_err());
        assert_eq!(q.count("ok", 0).ok(), Some(3));
        assert_eq!(q.count("absent", 5).ok(), Some(5));
    }

    #[test]
    fn e164_numbers_are_recognised() {
        assert!(is_e164("+525512345678"));
        assert!(!is_e164("525512345678"));
        assert!(!is_e164("+0525512345678"));
        assert!(!is_e164("+52 55 1234 5678"));
        assert!(!is_e164("+1234"));
    }

    #[test]
    fn required_strings_name_the_field() {
        let obj = json_object(br#"{"a":"","b":3,"c":" x "}"#).unwrap_or_default();
        assert_eq!(
            required_string(&obj, "a").err(),
            Some(ApiError::invalid("a", "should not be empty"))
        );
        assert_eq!(
            required_string(&obj, "b").err(),
            Some(ApiError::invalid("b", "must be a string"))
        );
        assert_eq!(
            required_string(&obj, "z").err(),
            Some(ApiError::invalid("z", "is required"))
        );
        assert_eq!(required_string(&obj, "c").ok().as_deref(), Some("x"));
    }
}
