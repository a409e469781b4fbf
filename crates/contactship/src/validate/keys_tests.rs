//! Tests for the key/value rules ([`super::keys`]), the metadata size as sent, and
//! invisible characters in ids.

use serde_json::{json, Map, Value};

use super::tests::kv;
use super::*;
use crate::types::ContactCallRequest;

fn meta(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

#[test]
fn bad_keys_are_refused_with_a_sentence_that_names_the_key() {
    let huge = "k".repeat(100_000);
    let cases: &[(&str, &str, &str)] = &[
        (huge.as_str(), "key_too_long", "100000 characters"),
        (
            "amount\u{0}debt",
            "contains_control_character",
            "amount\\u{0000}debt",
        ),
        (
            "amount\ndebt",
            "contains_control_character",
            "invisible character",
        ),
        (
            "amount\u{1b}[31m",
            "contains_control_character",
            "invisible character",
        ),
        (
            "amount\u{200B}",
            "contains_invisible_character",
            "amount\\u{200B}",
        ),
        (
            "campaña",
            "key_invalid_character",
            "“ñ”: use only letters without accents (a–z, A–Z)",
        ),
        (
            "my key",
            "key_invalid_character",
            "“my key” contains a space",
        ),
        ("a:b", "key_invalid_character", "“:”"),
        ("", "key_empty", "needs a name"),
        ("  ", "key_empty", "needs a name"),
    ];
    for (k, rule, says) in cases {
        for (field, err) in [
            (
                "additional_data[0].key",
                additional_data("additional_data", &kv(&[(k, "v")])).unwrap_err(),
            ),
            (
                "metadata[0].key",
                metadata("metadata", &meta(&[(k, json!("v"))])).unwrap_err(),
            ),
        ] {
            assert_eq!(
                (err.field.as_str(), err.rule),
                (field, *rule),
                "key {k:.40?}"
            );
            assert!(err.message().contains(says), "{k:.40?}: {}", err.message());
            assert!(err.message().starts_with(field), "{}", err.message());
            assert!(
                err.message().chars().count() < 300,
                "the sentence quotes a short preview"
            );
        }
    }
    assert!(key("k", &"k".repeat(MAX_KEY_CHARS as usize)).is_ok());
    assert!(key("k", "amount_debt.v-2").is_ok());
}

#[test]
fn values_are_required_short_and_free_of_control_characters() {
    let long = "v".repeat(MAX_ADDITIONAL_VALUE_CHARS as usize + 1);
    let cases: Vec<(Vec<crate::types::KeyValue>, super::tests::Expect)> = vec![
        (kv(&[("plan", "pro\nline two\tx")]), None),
        (
            kv(&[("plan", "")]),
            Some(("additional_data[0].value", "value_empty")),
        ),
        (
            kv(&[("plan", "a\u{0}")]),
            Some(("additional_data[0].value", "value_control_character")),
        ),
        (
            kv(&[("plan", &long)]),
            Some(("additional_data[0].value", "value_too_long")),
        ),
        (
            kv(&[("Plan", "a"), ("plan", "b")]),
            Some(("additional_data[1].key", "key_duplicate")),
        ),
    ];
    for (items, want) in cases {
        let got = additional_data("additional_data", &items).err();
        assert_eq!(got.as_ref().map(|e| (e.field.as_str(), e.rule)), want);
    }
    let err = metadata("metadata", &meta(&[("source", Value::Null)])).unwrap_err();
    assert_eq!(
        (err.field.as_str(), err.rule),
        ("metadata[0].value", "value_empty")
    );
    assert!(err.message().contains("“source”"), "{}", err.message());
    let err = metadata("metadata", &meta(&[("a", json!({ "in\u{0}ner": 1 }))])).unwrap_err();
    assert_eq!(err.rule, "contains_control_character");
    assert!(metadata(
        "metadata",
        &meta(&[("a", json!({"niño": [1, true]})), ("b", json!(2))])
    )
    .is_ok());
}

#[test]
fn metadata_exactly_at_the_limit_is_refused_once_the_request_id_is_counted() {
    // Values are at most 1,000 characters, so reach the limit with several entries.
    let mut m = Map::new();
    for i in 0..16 {
        m.insert(format!("n{i:02}"), Value::from("x".repeat(1_000)));
    }
    let used = serde_json::to_vec(&m).unwrap().len();
    let pad = MAX_METADATA_BYTES as usize - used - 7; // ,"z":"…"
    m.insert("z".into(), Value::from("x".repeat(pad)));
    assert_eq!(
        serde_json::to_vec(&m).unwrap().len(),
        MAX_METADATA_BYTES as usize
    );

    assert!(metadata("metadata", &m).is_ok(), "fits on its own");
    let err =
        metadata_with_reserved_key("metadata", &m, REQUEST_ID_KEY, REQUEST_ID_CHARS).unwrap_err();
    assert_eq!(
        (err.field.as_str(), err.rule),
        ("metadata", "metadata_too_large")
    );
    assert!(
        err.message().contains("callboard_request_id"),
        "{}",
        err.message()
    );

    // The arithmetic is exact: adding the real key and a UUID gives the counted size.
    let mut sent = m.clone();
    sent.insert(
        REQUEST_ID_KEY.into(),
        Value::from("0".repeat(REQUEST_ID_CHARS as usize)),
    );
    let sent_len = serde_json::to_vec(&sent).unwrap().len();
    assert!(
        err.message().contains(&sent_len.to_string()),
        "{} vs {sent_len}",
        err.message()
    );

    // Shrinking by exactly what the request id adds makes it fit; one byte less does not.
    let added = sent_len - MAX_METADATA_BYTES as usize;
    for (shrink, fits) in [(added - 1, false), (added, true)] {
        m.insert("z".into(), Value::from("x".repeat(pad - shrink)));
        let got = metadata_with_reserved_key("metadata", &m, REQUEST_ID_KEY, REQUEST_ID_CHARS);
        assert_eq!(got.is_ok(), fits, "shrunk by {shrink}");
    }

    let err = metadata_with_reserved_key(
        "metadata",
        &meta(&[("Callboard_Request_Id", json!("x"))]),
        REQUEST_ID_KEY,
        REQUEST_ID_CHARS,
    )
    .unwrap_err();
    assert_eq!(err.rule, "key_reserved");
    assert!(
        metadata_with_reserved_key("metadata", &Map::new(), REQUEST_ID_KEY, REQUEST_ID_CHARS)
            .is_ok()
    );
}

#[test]
fn the_key_rules_are_exported_as_one_serialisable_value() {
    assert_eq!(
        serde_json::to_value(key_rules()).unwrap(),
        json!({
            "key_pattern": "^[A-Za-z0-9_.-]+$",
            "key_allowed": "letters without accents (a–z, A–Z), digits, _ . or -",
            "max_key_chars": 64,
            "max_value_chars": 1000,
            "max_additional_data": 100,
            "max_metadata_bytes": 16384,
            "max_metadata_depth": 8,
            "reserved_metadata_key": "callboard_request_id",
            "reserved_metadata_value_chars": 36
        })
    );
}

#[test]
fn ids_with_invisible_characters_are_refused_naming_the_field_and_the_character() {
    let invisible = [
        '\u{200B}',
        '\u{200C}',
        '\u{200D}',
        '\u{2060}',
        '\u{FEFF}',
        '\u{200E}',
        '\u{200F}',
        '\u{202A}',
        '\u{202B}',
        '\u{202C}',
        '\u{202D}',
        '\u{202E}',
        '\u{2066}',
        '\u{2067}',
        '\u{2068}',
        '\u{2069}',
        '\u{AD}',
        '\u{A0}',
        '\u{2007}',
        '\u{202F}',
        '\u{3000}',
        '\u{180E}',
        '\u{FE0F}',
        '\u{E0001}',
        '\u{61C}',
        '\u{34F}',
    ];
    let base = ContactCallRequest {
        contact_id: "c1".into(),
        agent_id: "a1".into(),
        from_number_id: "p1".into(),
        ..Default::default()
    };
    for c in invisible {
        for (field, at) in [("contact_id", 0), ("agent_id", 1), ("from_number_id", 2)] {
            for value in [format!("{c}x1"), format!("x{c}1"), format!("x1{c}")] {
                let mut r = base.clone();
                *[&mut r.contact_id, &mut r.agent_id, &mut r.from_number_id][at] = value.clone();
                let err = r.validate().unwrap_err();
                assert_eq!(
                    (err.field.as_str(), err.rule),
                    (field, "contains_invisible_character"),
                    "{value:?}"
                );
                assert!(err.message().starts_with(field), "{}", err.message());
                assert!(
                    err.message().contains("invisible character"),
                    "{}",
                    err.message()
                );
                assert!(
                    err.message().contains(&format!("U+{:04X}", u32::from(c))),
                    "{}",
                    err.message()
                );
            }
        }
    }
    assert_eq!(
        id("call_id", "\u{0}").unwrap_err().rule,
        "contains_control_character"
    );
    assert_eq!(id("call_id", "c\u{1}").unwrap_err().message(), "call_id contains an invisible character (control character U+0001). Pick or paste it again.");
    assert!(
        id("call_id", "llamada-ñ-1").is_ok(),
        "visible non-ASCII letters are fine"
    );
}
