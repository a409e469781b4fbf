//! Removing secrets from text a server sent, before that text is kept in an [`Error`]
//! (its message, field, content type or body excerpt) and from there reaches logs, the UI
//! or the call journal.
//!
//! Two things are removed:
//! - the API key, also when it is padded with whitespace, split by spaces or invisible
//!   characters, in another letter case, or only partly quoted (any run of at least
//!   [`MIN_FRAGMENT_CHARS`] of its characters, so a key cut off by a server's own
//!   truncation is still caught);
//! - the value after a credential-like name (`x-api-key: …`, `"api_key":"…"`,
//!   `Authorization: Bearer …`), whatever it is: a server may echo an older key.
//!
//! [`Error`]: crate::Error

/// What a removed secret is replaced with.
pub(crate) const REDACTED: &str = "<redacted>";
/// Shortest run of the key's characters that counts as a leak of the key (shorter keys
/// are only matched whole). Four characters are shown on purpose ("key ending in …").
pub(crate) const MIN_FRAGMENT_CHARS: usize = 8;
/// Most characters of one text that are scrubbed and kept; callers quote far less.
pub(crate) const MAX_SCRUB_CHARS: usize = 4_096;

/// Names whose value is a credential, matched without regard to case.
const CREDENTIAL_NAMES: &[&str] = &["x-api-key", "api-key", "api_key", "apikey", "authorization"];
/// Auth schemes followed by the actual secret (`Authorization: Bearer <token>`).
const AUTH_SCHEMES: &[&str] = &["bearer", "basic", "token"];

/// `text` (at most [`MAX_SCRUB_CHARS`] characters of it) with every form of `key` and every
/// credential-like value replaced by [`REDACTED`].
pub(crate) fn scrub(text: &str, key: Option<&str>) -> String {
    let chars: Vec<char> = text.chars().take(MAX_SCRUB_CHARS).collect();
    let masked = match key.map(str::trim).filter(|k| !k.is_empty()) {
        Some(k) => mask_key(&chars, k),
        None => chars.iter().collect(),
    };
    mask_credentials(&masked)
}

/// Text that did not come from a server (a log file read back for a diagnostics report) with
/// every form of each of `keys` and every credential-like value replaced: line by line, so a
/// long text is scrubbed whole; a line longer than [`MAX_SCRUB_CHARS`] is cut there.
pub fn scrub_lines(text: &str, keys: &[&crate::ApiKey]) -> String {
    text.lines()
        .map(|line| {
            let once = scrub(line, None);
            keys.iter().fold(once, |t, k| scrub(&t, Some(k.expose())))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether `text` holds any form of `key` or a credential-like value.
pub(crate) fn has_secret(text: &str, key: Option<&str>) -> bool {
    scrub(text, key) != text.chars().take(MAX_SCRUB_CHARS).collect::<String>()
}

/// Characters skipped when looking for the key, so `sk_live_ab\u{200B}cd` or
/// `sk_live_ab cd` still matches `sk_live_abcd`.
fn ignorable(c: char) -> bool {
    c.is_whitespace() || c.is_control() || crate::validate::is_invisible(c)
}

/// Replaces every run of text characters (ignorables skipped) equal, without regard to
/// ASCII case, to a substring of `key` of at least the fragment length.
fn mask_key(chars: &[char], key: &str) -> String {
    let key: Vec<char> = key.chars().map(|c| c.to_ascii_lowercase()).collect();
    let need = MIN_FRAGMENT_CHARS.min(key.len());
    // Positions of the characters that take part in matching.
    let kept: Vec<usize> = (0..chars.len()).filter(|&i| !ignorable(chars[i])).collect();
    let mut mask = vec![false; chars.len()];
    // run[j + 1] = length of the common run ending at the current kept char and key[j].
    let mut prev = vec![0usize; key.len() + 1];
    let mut cur = vec![0usize; key.len() + 1];
    for (n, &i) in kept.iter().enumerate() {
        let c = chars[i].to_ascii_lowercase();
        for j in 0..key.len() {
            cur[j + 1] = if key[j] == c { prev[j] + 1 } else { 0 };
            let len = cur[j + 1];
            if len >= need {
                let first = kept[n + 1 - len];
                mask[first..=i].iter_mut().for_each(|m| *m = true);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    let mut out = String::with_capacity(chars.len());
    let mut in_mask = false;
    for (i, &c) in chars.iter().enumerate() {
        if mask[i] {
            if !in_mask {
                out.push_str(REDACTED);
            }
            in_mask = true;
        } else {
            in_mask = false;
            out.push(c);
        }
    }
    out
}

/// Replaces the value after each credential-like name followed by `:` or `=`.
fn mask_credentials(text: &str) -> String {
    // ASCII lowercasing keeps byte offsets, so ranges found in `lower` apply to `text`.
    let lower = text.to_ascii_lowercase();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for name in CREDENTIAL_NAMES {
        let mut from = 0;
        while let Some(found) = lower[from..].find(name) {
            let after = from + found + name.len();
            if let Some(range) = value_after(&lower, after) {
                ranges.push(range);
            }
            from = after;
        }
    }
    if ranges.is_empty() {
        return text.to_owned();
    }
    ranges.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in ranges {
        if end <= at {
            continue;
        }
        let start = start.max(at);
        out.push_str(&text[at..start]);
        out.push_str(REDACTED);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// The byte range of the value in `…name": "value"` / `name: value` / `name=value`
/// starting at `at` (just after the name), if there is a separator and a value.
fn value_after(lower: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = lower.as_bytes();
    let skip = |mut i: usize, set: &[u8]| {
        while i < bytes.len() && set.contains(&bytes[i]) {
            i += 1;
        }
        i
    };
    let mut i = skip(at, b"\"' \t");
    if i >= bytes.len() || !matches!(bytes[i], b':' | b'=') {
        return None;
    }
    i = skip(i + 1, b"\"' \t");
    let token_end = |i: usize| {
        let mut e = i;
        while e < bytes.len() && !b" \t\r\n\"',;&}]".contains(&bytes[e]) {
            e += 1;
        }
        e
    };
    let start = i;
    let mut end = token_end(start);
    if AUTH_SCHEMES.contains(&&lower[start..end]) {
        end = token_end(skip(end, b" \t"));
    }
    let value = &lower[start..end];
    (end > start && value != REDACTED).then_some((start, end))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    const KEY: &str = "sk_live_Z9xQ7mT2pL4vB8nR";

    #[test]
    fn a_long_text_is_scrubbed_line_by_line_for_every_key_and_keeps_its_other_lines() {
        let other = "sk_test_Another0ldKey77";
        let keys = [
            crate::ApiKey::new(KEY).unwrap(),
            crate::ApiKey::new(other).unwrap(),
        ];
        let filler = "x".repeat(3_000);
        let text =
            format!("{filler}\nfailed with {KEY}\n{filler}\nold {other}\nx-api-key: abc123\nfine");
        let out = scrub_lines(&text, &[&keys[0], &keys[1]]);
        assert!(!out.contains(KEY) && !out.contains(other), "{out}");
        assert!(!out.contains("abc123"), "{out}");
        assert_eq!(out.lines().count(), 6);
        assert!(out.ends_with("\nfine"));
        assert!(out.contains(&filler));
    }

    #[test]
    fn the_key_is_removed_whole_padded_split_recased_or_in_part() {
        let planted = [
            format!("{KEY} is not valid"),
            format!("bad key: ' \t{KEY}\n '"),
            format!("key {} rejected", KEY.to_uppercase()),
            format!("key {} rejected", &KEY[..12]),
            format!("key …{} rejected", &KEY[KEY.len() - 10..]),
            format!("key {}\u{200B}{} rejected", &KEY[..6], &KEY[6..]),
            format!("key {} {} rejected", &KEY[..5], &KEY[5..]),
            format!("{KEY}{KEY}"),
        ];
        for text in &planted {
            let out = scrub(text, Some(KEY));
            assert!(out.contains(REDACTED), "{text:?} -> {out:?}");
            for frag in KEY.as_bytes().windows(MIN_FRAGMENT_CHARS) {
                let frag = std::str::from_utf8(frag).unwrap().to_ascii_lowercase();
                assert!(
                    !out.to_ascii_lowercase().contains(&frag),
                    "{text:?} -> {out:?}"
                );
            }
            assert!(has_secret(text, Some(KEY)));
        }
        assert_eq!(
            scrub("contact_id must be a UUID", Some(KEY)),
            "contact_id must be a UUID"
        );
        assert!(!has_secret("contact_id must be a UUID", Some(KEY)));
    }

    #[test]
    fn credential_like_values_are_removed_whatever_they_are() {
        let cases = [
            (
                "x-api-key: sk_old_123 was revoked",
                "x-api-key: <redacted> was revoked",
            ),
            (
                r#"{"X-API-KEY":"abc","a":1}"#,
                r#"{"X-API-KEY":"<redacted>","a":1}"#,
            ),
            (
                "headers: api_key=zzz&x=1",
                "headers: api_key=<redacted>&x=1",
            ),
            (
                "Authorization: Bearer eyJhbGci.x",
                "Authorization: <redacted>",
            ),
            ("apikey = 'q' ok", "apikey = '<redacted>' ok"),
            ("the api_key is malformed", "the api_key is malformed"),
        ];
        for (text, want) in cases {
            assert_eq!(scrub(text, None), want);
        }
    }

    #[test]
    fn a_short_key_is_only_removed_whole_and_non_ascii_text_survives() {
        assert_eq!(scrub("abc abcd", Some("abcd")), "abc <redacted>");
        assert_eq!(scrub("campaña ñandú", Some(KEY)), "campaña ñandú");
    }
}
