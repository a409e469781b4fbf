//! Unit tests for country/phone → zone guessing.

use super::*;
use chrono_tz::Tz;

#[test]
fn every_zone_in_the_tables_is_a_real_iana_zone() {
    for country in COUNTRIES {
        assert!(!country.zones.is_empty(), "{} has no zones", country.iso2);
        for zone in country.zones {
            assert!(
                zone.parse::<Tz>().is_ok(),
                "{zone} ({}) is unknown",
                country.iso2
            );
        }
    }
}

#[test]
fn no_country_name_is_claimed_twice() {
    let mut seen = std::collections::HashSet::new();
    for country in COUNTRIES {
        for name in country.names {
            assert_eq!(normalize(name), *name, "{name} is not stored normalized");
            assert!(seen.insert(*name), "{name} is claimed twice");
        }
    }
}

#[test]
fn country_names_are_matched_regardless_of_case_accents_and_punctuation() {
    let table = [
        ("México", "MX"),
        ("mexico", "MX"),
        ("MX", "MX"),
        ("Colombia", "CO"),
        ("España", "ES"),
        ("ESPANA", "ES"),
        ("Spain", "ES"),
        ("United States", "US"),
        ("USA", "US"),
        ("U.S.A.", "US"),
        ("EE. UU.", "US"),
        ("Estados Unidos", "US"),
        ("Brasil", "BR"),
        ("Brazil", "BR"),
        ("Argentina", "AR"),
        ("  perú ", "PE"),
        ("República Dominicana", "DO"),
        ("Canadá", "CA"),
        ("Reino Unido", "GB"),
    ];
    for (text, iso) in table {
        assert_eq!(country_code(text), Some(iso), "{text}");
    }
}

#[test]
fn unknown_or_empty_countries_are_not_guessed() {
    assert_eq!(country_code("Atlantis"), None);
    assert_eq!(country_code(""), None);
    assert_eq!(country_code("  .  "), None);
    assert_eq!(
        zones_for_contact(Some("Atlantis"), None).zones,
        Vec::<&str>::new()
    );
}

#[test]
fn one_zone_countries_imply_their_zone() {
    let table = [
        ("Colombia", "America/Bogota"),
        ("Argentina", "America/Argentina/Buenos_Aires"),
        ("Perú", "America/Lima"),
        ("Nepal", "Asia/Kathmandu"),
    ];
    for (text, zone) in table {
        let guess = zones_for_contact(Some(text), None);
        assert_eq!(guess.implied, Some(zone), "{text}");
        assert_eq!(guess.zones, vec![zone], "{text}");
    }
}

#[test]
fn spain_implies_madrid_but_still_lists_the_canaries() {
    let guess = zones_for_contact(Some("España"), Some("+34 612 345 678"));
    assert_eq!(guess.implied, Some("Europe/Madrid"));
    assert_eq!(guess.zones, vec!["Europe/Madrid", "Atlantic/Canary"]);
}

#[test]
fn a_canary_islands_landline_implies_the_canary_zone() {
    let guess = zones_for_contact(Some("Spain"), Some("+34 928 123 456"));
    assert_eq!(guess.implied, Some("Atlantic/Canary"));
    assert_eq!(guess.zones, vec!["Atlantic/Canary", "Europe/Madrid"]);
}

#[test]
fn multi_zone_countries_are_never_implied() {
    for text in ["USA", "México", "Brasil", "Canada", "Australia"] {
        let guess = zones_for_contact(Some(text), None);
        assert_eq!(guess.implied, None, "{text}");
        assert!(guess.zones.len() > 1, "{text}");
        assert_eq!(guess.likely(), guess.zones.first().copied());
    }
}

#[test]
fn us_area_codes_put_the_likely_zone_first_but_keep_every_candidate() {
    let table = [
        ("+1 212 555 0101", "America/New_York"),
        ("+13125550101", "America/Chicago"),
        ("+1 (303) 555-0101", "America/Denver"),
        ("+1 602 555 0101", "America/Phoenix"),
        ("+1 415 555 0101", "America/Los_Angeles"),
        ("+1 907 555 0101", "America/Anchorage"),
        ("+1 808 555 0101", "Pacific/Honolulu"),
    ];
    for (phone, zone) in table {
        let guess = zones_for_contact(Some("United States"), Some(phone));
        assert_eq!(guess.zones.first().copied(), Some(zone), "{phone}");
        assert_eq!(guess.zones.len(), countries::US_ZONES.len(), "{phone}");
        assert_eq!(guess.implied, None, "{phone}");
    }
}

#[test]
fn a_phone_alone_is_enough_to_find_the_country() {
    let table = [
        ("+573001234567", "CO", Some("America/Bogota")),
        (
            "+5491112345678",
            "AR",
            Some("America/Argentina/Buenos_Aires"),
        ),
        ("+12125550101", "US", None),
        ("+14165550101", "CA", None),
        ("+17875550101", "PR", Some("America/Puerto_Rico")),
        ("+18095550101", "DO", Some("America/Santo_Domingo")),
        ("0034 612 345 678", "ES", Some("Europe/Madrid")),
        ("+9779812345678", "NP", Some("Asia/Kathmandu")),
    ];
    for (phone, iso, implied) in table {
        let guess = zones_for_contact(None, Some(phone));
        assert_eq!(guess.country, Some(iso), "{phone}");
        assert_eq!(guess.implied, implied, "{phone}");
    }
}

#[test]
fn mexican_and_brazilian_area_codes_reorder_candidates() {
    let mx = zones_for_contact(Some("México"), Some("+52 664 123 4567"));
    assert_eq!(mx.zones.first().copied(), Some("America/Tijuana"));
    let mx = zones_for_contact(Some("México"), Some("+52 55 1234 5678"));
    assert_eq!(mx.zones.first().copied(), Some("America/Mexico_City"));
    let mx = zones_for_contact(Some("México"), Some("+52 998 123 4567"));
    assert_eq!(mx.zones.first().copied(), Some("America/Cancun"));
    // Mérida is on central time, unlike Cancún next door.
    let mx = zones_for_contact(Some("México"), Some("+52 999 342 6849"));
    assert_eq!(mx.zones.first().copied(), Some("America/Mexico_City"));
    assert!(mx.hinted && mx.implied.is_none(), "a hint, not a certainty");
    let br = zones_for_contact(Some("Brasil"), Some("+55 92 91234 5678"));
    assert_eq!(br.zones.first().copied(), Some("America/Manaus"));
    let br = zones_for_contact(Some("Brasil"), Some("+55 11 91234 5678"));
    assert_eq!(br.zones.first().copied(), Some("America/Sao_Paulo"));
    assert!(br.hinted);
    assert!(!zones_for_contact(Some("Brasil"), None).hinted);
}

#[test]
fn when_text_and_phone_disagree_the_text_wins_without_a_hint() {
    let guess = zones_for_contact(Some("Colombia"), Some("+1 415 555 0101"));
    assert_eq!(guess.country, Some("CO"));
    assert_eq!(guess.zones, vec!["America/Bogota"]);
    assert!(!guess.hinted);
}

#[test]
fn malformed_phones_give_no_hint() {
    assert_eq!(zones_for_contact(None, Some("5551234")).country, None);
    assert_eq!(zones_for_contact(None, Some("+52abc")).country, None);
    assert_eq!(zones_for_contact(None, Some("+")).country, None);
    assert_eq!(zones_for_contact(None, Some("+999 123")).country, None);
}

#[test]
fn the_zone_list_is_sorted_complete_and_parseable() {
    let zones = all_time_zones();
    assert_eq!(zones.len(), chrono_tz::TZ_VARIANTS.len());
    assert!(zones.windows(2).all(|w| w[0] < w[1]));
    for name in [
        "America/Mexico_City",
        "Australia/Lord_Howe",
        "Asia/Kathmandu",
        "UTC",
    ] {
        assert!(zones.contains(&name), "{name}");
    }
}

#[test]
fn zone_labels_are_the_city_in_words() {
    assert_eq!(zone_label("America/Mexico_City"), "Mexico City");
    assert_eq!(zone_label("America/Argentina/Buenos_Aires"), "Buenos Aires");
    assert_eq!(zone_label("Australia/Lord_Howe"), "Lord Howe");
    assert_eq!(zone_label("UTC"), "UTC");
}
