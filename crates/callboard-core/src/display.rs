//! Small formatting helpers for what the screens show: phone numbers, languages, and how
//! to turn a search box's text into the API's contact filters.

use contactship::ContactFilter;

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

/// A readable name for an agent's language code.
pub fn language_label(code: &str) -> Option<&'static str> {
    Some(match code {
        "en-US" => "English (US)",
        "en-GB" => "English (UK)",
        "en-IN" => "English (India)",
        "es-ES" => "Spanish (Spain)",
        "es-419" => "Spanish (Latin America)",
        "es-MX" => "Spanish (Mexico)",
        "pt-BR" => "Portuguese (Brazil)",
        "pt-PT" => "Portuguese (Portugal)",
        "fr-FR" => "French",
        "de-DE" => "German",
        "it-IT" => "Italian",
        "nl-NL" => "Dutch",
        "pl-PL" => "Polish",
        "tr-TR" => "Turkish",
        "ru-RU" => "Russian",
        "ja-JP" => "Japanese",
        "ko-KR" => "Korean",
        "zh-CN" => "Chinese (Mandarin)",
        "hi-IN" => "Hindi",
        "vi-VN" => "Vietnamese",
        "multi" => "Spanish + English",
        _ => return None,
    })
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
}
