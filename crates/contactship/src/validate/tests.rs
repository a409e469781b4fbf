//! Table-driven tests: every field rule with accepting and rejecting cases.

use serde_json::{json, Map, Value};

use super::*;
use crate::types::KeyValue;

/// Runs `check` over `(input, expected rule or None for accept)` rows.
fn table(check: impl Fn(&str) -> Result<(), ValidationError>, rows: &[(&str, Option<&str>)]) {
    for (input, want) in rows {
        let got = check(input).err().map(|e| e.rule);
        assert_eq!(got, *want, "input {input:?}");
    }
}

#[test]
fn ids_are_opaque_but_trimmed_nonempty_short_and_free_of_spaces() {
    let long = "a".repeat(MAX_ID_CHARS + 1);
    let max = "a".repeat(MAX_ID_CHARS);
    table(
        |v| id("agent_id", v),
        &[
            ("2d3b4c5e-6f70-4a81-92b3-c4d5e6f70812", None),
            ("c1a2b3c4-d5e6-f7g8-h9i0-j1k2l3m4n5o6", None),
            ("agent-a1b2c3d4", None),
            ("org123456", None),
            ("+12025550123", None),
            ("ana@example.com", None),
            (max.as_str(), None),
            ("", Some("required")),
            ("   ", Some("required")),
            (" abc", Some("contains_whitespace")),
            ("ab c", Some("contains_whitespace")),
            ("abc\u{a0}", Some("contains_invisible_character")),
            ("ab\u{0}c", Some("contains_control_character")),
            ("abc\n", Some("contains_control_character")),
            (long.as_str(), Some("too_long")),
        ],
    );
    let err = id("from_number_id", "").unwrap_err();
    assert_eq!(err.field, "from_number_id");
    assert_eq!(err.to_string(), "from_number_id is required.");
}

#[test]
fn phone_numbers_must_be_valid_e164() {
    table(
        |v| e164("to_number", v),
        &[
            ("+12025550123", None),
            ("+525512345678", None),
            ("+573014445709", None),
            ("+34912345678", None),
            ("+5511987654321", None),
            ("+541143214321", None),
            ("", Some("required")),
            ("12025550123", Some("not_e164")),
            ("+1 202 555 0123", Some("not_e164")),
            ("+1-202-555-0123", Some("not_e164")),
            ("+", Some("not_e164")),
            ("+0123456789", Some("not_e164")),
            ("+1234567890123456", Some("not_e164")),
            ("+1202555012a", Some("not_e164")),
            ("+12", Some("not_e164")),
            ("+123456", Some("not_e164")),
            ("+10000000000", Some("invalid_phone_number")),
            ("+5255123", Some("invalid_phone_number")),
        ],
    );
    assert!(e164("from_number", "0")
        .unwrap_err()
        .to_string()
        .starts_with("from_number"));
}

#[test]
fn required_text_rejects_blank_long_and_control_characters() {
    let long = "n".repeat(MAX_NAME_CHARS + 1);
    table(
        |v| required_text("full_name", v),
        &[
            ("Ana María Pérez", None),
            ("", Some("required")),
            ("  ", Some("required")),
            ("Ana\u{7}", Some("contains_control_character")),
            (long.as_str(), Some("too_long")),
        ],
    );
}

#[test]
fn emails_and_webhooks_are_checked_for_shape() {
    table(
        |v| email("email", v),
        &[
            ("ana@example.com", None),
            ("a.b+c@mail.co", None),
            ("ana", Some("invalid_email")),
            ("@example.com", Some("invalid_email")),
            ("ana@example", Some("invalid_email")),
            ("ana@@example.com", Some("invalid_email")),
            ("ana @example.com", Some("invalid_email")),
        ],
    );
    table(
        |v| webhook_url("webhook_url", v),
        &[
            ("https://hooks.example.com/x", None),
            ("http://hooks.example.com/x", Some("invalid_url")),
            ("hooks.example.com", Some("invalid_url")),
        ],
    );
}

/// Expected `(field, rule)` of a rejection, or `None` for acceptance.
pub(super) type Expect = Option<(&'static str, &'static str)>;

pub(super) fn kv(pairs: &[(&str, &str)]) -> Vec<KeyValue> {
    pairs.iter().map(|(k, v)| KeyValue::new(*k, *v)).collect()
}

#[test]
fn additional_data_keys_are_nonempty_and_unique_and_values_short() {
    let long = "v".repeat(1_001);
    let max = "v".repeat(1_000);
    let many: Vec<KeyValue> = (0..101)
        .map(|i| KeyValue::new(format!("k{i}"), "v"))
        .collect();
    let hundred = &many[..100];
    let cases: Vec<(Vec<KeyValue>, Expect)> = vec![
        (vec![], None),
        (kv(&[("amount_debt", "14058"), ("plan", "pro")]), None),
        (
            kv(&[("amount_debt", "14058"), ("plan", " ")]),
            Some(("additional_data[1].value", "value_empty")),
        ),
        (kv(&[("long", &max)]), None),
        (hundred.to_vec(), None),
        (
            kv(&[("", "x")]),
            Some(("additional_data[0].key", "key_empty")),
        ),
        (
            kv(&[("a", "1"), ("  ", "x")]),
            Some(("additional_data[1].key", "key_empty")),
        ),
        (
            kv(&[("a", "1"), ("a", "2")]),
            Some(("additional_data[1].key", "key_duplicate")),
        ),
        (
            kv(&[("a", "1"), ("A", "2")]),
            Some(("additional_data[1].key", "key_duplicate")),
        ),
        (
            kv(&[("a", "1"), (" a ", "2")]),
            Some(("additional_data[1].key", "key_invalid_character")),
        ),
        (
            kv(&[("a", &long)]),
            Some(("additional_data[0].value", "value_too_long")),
        ),
        (many, Some(("additional_data", "too_many_items"))),
    ];
    for (items, want) in cases {
        let got = additional_data("additional_data", &items).err();
        assert_eq!(
            got.as_ref().map(|e| (e.field.as_str(), e.rule)),
            want,
            "{} items",
            items.len()
        );
        if let Some(e) = got {
            assert!(
                e.to_string().starts_with(&e.field),
                "sentence names the field: {e}"
            );
        }
    }
}

pub(super) fn nested(depth: usize) -> Map<String, Value> {
    let mut v = json!(1);
    for _ in 1..depth {
        v = json!({ "n": v });
    }
    let mut m = Map::new();
    m.insert("n".into(), v);
    m
}

#[test]
fn metadata_is_at_most_16_kib_and_8_levels_deep() {
    // n bytes of compact JSON: keys k00..k15 with 1000-character values
    // ({"k00":"…"} = 1010 bytes, each further entry 1011), then a last value that pads.
    let big = |n: usize| {
        let mut m = Map::new();
        for i in 0..16 {
            m.insert(format!("k{i:02}"), Value::from("x".repeat(1000)));
        }
        let used = serde_json::to_vec(&m).unwrap().len();
        // ,"z":"…" is 7 bytes of framing.
        m.insert("z".into(), Value::from("x".repeat(n - used - 7)));
        assert_eq!(serde_json::to_vec(&m).unwrap().len(), n);
        m
    };
    let cases: Vec<(Map<String, Value>, Option<&str>)> = vec![
        (Map::new(), None),
        (nested(8), None),
        (nested(9), Some("metadata_too_deep")),
        (nested(200), Some("metadata_too_deep")),
        (big(16 * 1024), None),
        (big(16 * 1024 + 1), Some("metadata_too_large")),
    ];
    for (m, want) in cases {
        assert_eq!(metadata("metadata", &m).err().map(|e| e.rule), want);
    }
    let mut arrays = Map::new();
    arrays.insert("a".into(), json!([[[[[[[1]]]]]]]));
    assert!(
        metadata("metadata", &arrays).is_ok(),
        "object + 7 arrays is depth 8"
    );
    arrays.insert("a".into(), json!([[[[[[[[1]]]]]]]]));
    assert_eq!(
        metadata("metadata", &arrays).err().map(|e| e.rule),
        Some("metadata_too_deep")
    );
}

#[test]
fn delay_is_0_to_10080_minutes() {
    for (minutes, ok) in [
        (0, true),
        (1, true),
        (10_080, true),
        (10_081, false),
        (u32::MAX, false),
    ] {
        let got = delay_minutes("delay", minutes);
        assert_eq!(got.is_ok(), ok, "{minutes}");
        if let Err(e) = got {
            assert_eq!(e.rule, "delay_out_of_range");
        }
    }
}

#[test]
fn schedule_time_is_exactly_the_format_and_a_real_time() {
    table(
        |v| schedule_time("schedule.scheduled_call_time", v),
        &[
            ("2026-06-15 14:30:00", None),
            ("2028-02-29 00:00:00", None),
            ("2026-12-31 23:59:59", None),
            ("2026-06-15T14:30:00", Some("schedule_time_format")),
            ("2026-6-15 14:30:00", Some("schedule_time_format")),
            ("2026-06-15 14:30", Some("schedule_time_format")),
            ("2026-06-15 14:30:00Z", Some("schedule_time_format")),
            ("15/06/2026 14:30:00", Some("schedule_time_format")),
            ("+026-06-15 14:30:00", Some("schedule_time_format")),
            ("", Some("schedule_time_format")),
            ("2026-02-30 10:00:00", Some("schedule_time_invalid")),
            ("2026-02-29 10:00:00", Some("schedule_time_invalid")),
            ("2026-13-01 10:00:00", Some("schedule_time_invalid")),
            ("2026-06-15 24:00:00", Some("schedule_time_invalid")),
            ("2026-06-15 12:60:00", Some("schedule_time_invalid")),
            ("2026-06-15 23:59:60", Some("schedule_time_invalid")),
        ],
    );
}

#[test]
fn timezones_must_be_known_iana_names() {
    table(
        |v| timezone("schedule.timezone", v),
        &[
            ("America/Mexico_City", None),
            ("Australia/Lord_Howe", None),
            ("Asia/Kathmandu", None),
            ("UTC", None),
            ("America/Atlantis", Some("unknown_timezone")),
            ("GMT+25", Some("unknown_timezone")),
            ("", Some("unknown_timezone")),
        ],
    );
}
