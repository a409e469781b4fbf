//! Small formatting helpers for what the screens show: phone numbers, languages, and how
//! to turn a search box's text into the API's contact filters.

use crate::i18n::{with_locale, Locale};
use contactship::ContactFilter;
use std::sync::LazyLock;

/// An E.164 number in international format (`+52 55 1234 5678`); the input when unparseable.
pub fn phone_display(e164: &str) -> String {
    match phonenumber::parse(None, e164) {
        Ok(number) => number
            .format()
            .mode(phonenumber::Mode::International)
            .to_string(),
        Err(_) => e164.to_owned(),
    }
}

/// The country calling code of an E.164 number (`+52 55 1234 5678` → 52), from the phone
/// number metadata; `None` when the text isn't an international number. Used to suggest a
/// From number in the contact's country.
pub fn calling_code(e164: &str) -> Option<u16> {
    let t = e164.trim();
    if !t.starts_with('+') {
        return None;
    }
    phonenumber::parse(None, t).ok().map(|n| n.code().value())
}

/// A readable name for an agent's language code, in the current language.
pub fn language_label(code: &str) -> Option<&'static str> {
    let i = LANGUAGE_CODES.iter().position(|c| *c == code)?;
    let locale = crate::i18n::locale();
    let l = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
    LANGUAGE_LABELS[l].get(i).map(String::as_str)
}

/// The agent languages Contactship offers, in the order of [`language_label_ids`].
const LANGUAGE_CODES: [&str; 21] = [
    "en-US", "en-GB", "en-IN", "es-ES", "es-419", "es-MX", "pt-BR", "pt-PT", "fr-FR", "de-DE",
    "it-IT", "nl-NL", "pl-PL", "tr-TR", "ru-RU", "ja-JP", "ko-KR", "zh-CN", "hi-IN", "vi-VN",
    "multi",
];

/// Every label rendered once per language: callers keep a `&'static str` (the app's agent
/// view copies it), and the catalogues are compiled in, so the table never changes.
static LANGUAGE_LABELS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    Locale::ALL
        .iter()
        .map(|&l| with_locale(l, language_label_ids))
        .collect()
});

fn language_label_ids() -> Vec<String> {
    use crate::t;
    vec![
        t!("language-en-us"),
        t!("language-en-gb"),
        t!("language-en-in"),
        t!("language-es-es"),
        t!("language-es-419"),
        t!("language-es-mx"),
        t!("language-pt-br"),
        t!("language-pt-pt"),
        t!("language-fr"),
        t!("language-de"),
        t!("language-it"),
        t!("language-nl"),
        t!("language-pl"),
        t!("language-tr"),
        t!("language-ru"),
        t!("language-ja"),
        t!("language-ko"),
        t!("language-zh"),
        t!("language-hi"),
        t!("language-vi"),
        t!("language-multi"),
    ]
}

/// Which API filter a search text maps to: the API matches each field separately.
pub fn contact_filter_for(query: &str) -> ContactFilter {
    let q = query.trim();
    let mut filter = ContactFilter::default();
    if q.is_empty() {
        return filter;
    }
    let phone_like = q
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'))
        && q.chars().any(|c| c.is_ascii_digit());
    if q.contains('@') {
        filter.email = Some(q.to_owned());
    } else if phone_like {
        let digits: String = q
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        filter.phone_number = Some(digits);
    } else {
        filter.full_name = Some(q.to_owned());
    }
    filter
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn e164_numbers_are_shown_in_international_format() {
        assert_eq!(phone_display("+525512345678"), "+52 55 1234 5678");
        assert_eq!(phone_display("+12025550143"), "+1 202-555-0143");
    }

    #[test]
    fn the_calling_code_comes_from_the_number_metadata() {
        assert_eq!(calling_code("+1 415 555 0100"), Some(1));
        assert_eq!(calling_code("+525512345678"), Some(52));
        assert_eq!(calling_code("+351 912 345 678"), Some(351));
        assert_eq!(calling_code("+34 612 345 678"), Some(34));
        assert_eq!(calling_code("5512345678"), None);
        assert_eq!(calling_code("+"), None);
    }

    #[test]
    fn unparseable_numbers_are_shown_as_they_are() {
        assert_eq!(phone_display("not a number"), "not a number");
    }

    #[test]
    fn search_text_picks_the_matching_api_filter() {
        assert_eq!(contact_filter_for("ana@").email.as_deref(), Some("ana@"));
        assert_eq!(
            contact_filter_for("+52 55").phone_number.as_deref(),
            Some("+5255")
        );
        assert_eq!(
            contact_filter_for("Juan").full_name.as_deref(),
            Some("Juan")
        );
        let empty = contact_filter_for("  ");
        assert!(empty.full_name.is_none() && empty.email.is_none() && empty.phone_number.is_none());
    }

    #[test]
    fn known_language_codes_have_labels() {
        assert_eq!(language_label("es-419"), Some("Spanish (Latin America)"));
        assert_eq!(language_label("xx-YY"), None);
    }

    #[test]
    fn language_labels_follow_the_current_language() {
        let es = with_locale(Locale::Es, || language_label("pt-BR"));
        let pt = with_locale(Locale::PtBr, || language_label("es-419"));
        assert_eq!(es, Some("Portugués (Brasil)"));
        assert_eq!(pt, Some("Espanhol (América Latina)"));
    }
}
