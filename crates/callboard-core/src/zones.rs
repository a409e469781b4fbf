//! From what a contact record says (free-text country, E.164 phone) to candidate IANA
//! time zones, plus the zone list and labels the UI shows.
//!
//! Rules:
//! - A recognised country gives its zones, most likely first. When the phone number's area
//!   code hints at one of them, that zone moves first.
//! - When the country is missing or unrecognised, the phone's calling code decides.
//! - When text and phone disagree, the text wins (the record's country is what the user
//!   maintains; mobile numbers travel), and the phone gives no hint.
//! - [`ZoneGuess::implied`] is set only when we are confident enough to show the contact's
//!   local time without asking: a one-zone country, a country whose first zone covers
//!   nearly everyone (Spain → Europe/Madrid), or such a country's other zone when the
//!   phone says so (a Canary Islands landline → Atlantic/Canary). The US, Mexico, Brazil,
//!   Canada and Australia are never implied: the UI asks, pre-selecting the first zone.

mod area_codes;
mod countries;
#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests;

use countries::{Country, COUNTRIES};

/// What we can tell about a contact's time zone.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ZoneGuess {
    /// ISO 3166-1 alpha-2 code of the country we recognised, if any.
    pub country: Option<&'static str>,
    /// Every candidate zone, most likely first. Empty when nothing was recognised.
    pub zones: Vec<&'static str>,
    /// The zone to use without asking, when the country implies one.
    pub implied: Option<&'static str>,
    /// The phone's area code put the first zone first (a hint, not a certainty).
    pub hinted: bool,
}

impl ZoneGuess {
    /// The zone to pre-select: the implied one, else the most likely candidate.
    pub fn likely(&self) -> Option<&'static str> {
        self.implied.or_else(|| self.zones.first().copied())
    }
}

/// Guesses a contact's zone from its free-text `country` and/or E.164 `phone`.
pub fn zones_for_contact(country: Option<&str>, phone: Option<&str>) -> ZoneGuess {
    let by_text = country.and_then(find_country);
    let by_phone = phone.and_then(split_e164);
    let Some(found) = by_text.or(by_phone.as_ref().map(|(country, _)| *country)) else {
        return ZoneGuess {
            country: None,
            zones: Vec::new(),
            implied: None,
            hinted: false,
        };
    };
    // A phone hint counts only when the phone belongs to the same country.
    let hint = by_phone
        .filter(|(phone_country, _)| phone_country.iso2 == found.iso2)
        .and_then(|(_, national)| area_codes::likely_zone(found.iso2, &national))
        .filter(|zone| found.zones.contains(zone));
    let mut zones: Vec<&'static str> = found.zones.to_vec();
    if let Some(zone) = hint {
        zones.retain(|z| *z != zone);
        zones.insert(0, zone);
    }
    let implied = match (found.zones.len(), found.dominant) {
        (1, _) => found.zones.first().copied(),
        (_, true) => zones.first().copied(),
        _ => None,
    };
    ZoneGuess {
        country: Some(found.iso2),
        zones,
        implied,
        hinted: hint.is_some(),
    }
}

/// The ISO 3166-1 alpha-2 code for a free-text country name, if recognised.
pub fn country_code(country: &str) -> Option<&'static str> {
    find_country(country).map(|c| c.iso2)
}

/// Every IANA zone name chrono-tz knows, sorted.
pub fn all_time_zones() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name()).collect();
    names.sort_unstable();
    names
}

/// A human label for a zone: its city, `America/Mexico_City` → `Mexico City`,
/// `America/Argentina/Buenos_Aires` → `Buenos Aires`, `UTC` → `UTC`.
pub fn zone_label(name: &str) -> String {
    name.rsplit('/').next().unwrap_or(name).replace('_', " ")
}

fn find_country(text: &str) -> Option<&'static Country> {
    let key = normalize(text);
    if key.is_empty() {
        return None;
    }
    COUNTRIES.iter().find(|c| c.names.contains(&key.as_str()))
}

/// The country and national digits of an E.164 number (`+52 55 1234 5678`; spaces,
/// dashes, dots and parentheses are ignored, `00` is accepted for `+`).
fn split_e164(phone: &str) -> Option<(&'static Country, String)> {
    let trimmed = phone.trim();
    let rest = trimmed
        .strip_prefix('+')
        .or_else(|| trimmed.strip_prefix("00"))?;
    if rest
        .chars()
        .any(|c| !(c.is_ascii_digit() || " -.()".contains(c)))
    {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    // Calling codes are prefix-free, so the shortest matching prefix is the only one.
    let country = (1..=3).find_map(|len| {
        let code = digits.get(..len)?;
        if code == "1" {
            let iso = area_codes::nanp_country(digits.get(1..)?);
            return COUNTRIES.iter().find(|c| c.iso2 == iso);
        }
        COUNTRIES.iter().find(|c| c.calling_code == code)
    })?;
    let national = digits.get(country.calling_code.len()..)?.to_string();
    Some((country, national))
}

/// Lowercase ASCII without accents, punctuation or spaces: "EE. UU." → "eeuu",
/// "México" → "mexico", "República Dominicana" → "republicadominicana".
pub(crate) fn normalize(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => Some('a'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'í' | 'ì' | 'î' | 'ï' => Some('i'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => Some('o'),
            'ú' | 'ù' | 'û' | 'ü' => Some('u'),
            'ñ' => Some('n'),
            'ç' => Some('c'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}
