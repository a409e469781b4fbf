//! Tests for the calling-hours window and the callee's local time.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

use callboard_core::schedule::{callee_local_time, format_clock_time, CallingHours};
use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

#[test]
fn the_default_window_is_eight_to_nine_pm() {
    let hours = CallingHours::default();
    assert_eq!((hours.start(), hours.end()), (hm(8, 0), hm(21, 0)));
}

#[test]
fn the_window_includes_its_start_and_excludes_its_end() {
    let hours = CallingHours::default();
    assert!(!hours.contains(hm(7, 59)));
    assert!(hours.contains(hm(8, 0)));
    assert!(hours.contains(hm(20, 59)));
    assert!(!hours.contains(hm(21, 0)));
}

#[test]
fn windows_must_start_before_they_end_on_the_same_day() {
    let err = CallingHours::new(hm(21, 0), hm(8, 0)).unwrap_err();
    assert_eq!(err.code(), "invalid_calling_hours");
    assert_eq!(
        err.to_string(),
        "Calling hours must start before they end on the same day: 9:00 PM to 8:00 AM would mean calling people overnight. For example, 8:00 AM to 9:00 PM."
    );
    assert!(CallingHours::new(hm(9, 0), hm(9, 0)).is_err());
    let custom = CallingHours::new(hm(9, 30), hm(17, 0)).unwrap();
    assert!(custom.contains(hm(9, 30)) && !custom.contains(hm(17, 0)));
}

#[test]
fn settings_fields_are_parsed_with_an_error_next_to_the_field_that_is_wrong() {
    let ok = CallingHours::parse(" 08:30 ", "20:00").unwrap();
    assert_eq!((ok.start(), ok.end()), (hm(8, 30), hm(20, 0)));
    let cases = [
        ("", "21:00", "calling_hours_start", "Enter a time like 08:00 (24-hour clock)."),
        ("08:00", "", "calling_hours_end", "Enter a time like 08:00 (24-hour clock)."),
        ("8", "21:00", "calling_hours_start", "Enter a time like 08:00 (24-hour clock)."),
        ("08:00", "25:00", "calling_hours_end", "Enter a time like 08:00 (24-hour clock)."),
        (
            "09:00",
            "09:00",
            "calling_hours_end",
            "Calling hours can't start and end at the same time (9:00 AM). For example, 8:00 AM to 9:00 PM.",
        ),
        (
            "21:00",
            "08:00",
            "calling_hours_end",
            "Calling hours must start before they end on the same day: 9:00 PM to 8:00 AM would mean calling people overnight. For example, 8:00 AM to 9:00 PM.",
        ),
    ];
    for (start, end, field, sentence) in cases {
        let err = CallingHours::parse(start, end).unwrap_err();
        assert_eq!(
            (err.field(), err.to_string().as_str()),
            (field, sentence),
            "{start}–{end}"
        );
    }
}

#[test]
fn saved_windows_round_trip_and_invalid_ones_are_refused_on_load() {
    let hours = CallingHours::new(hm(9, 0), hm(18, 30)).unwrap();
    let json = serde_json::to_string(&hours).unwrap();
    assert_eq!(json, r#"{"start":"09:00:00","end":"18:30:00"}"#);
    assert_eq!(serde_json::from_str::<CallingHours>(&json).unwrap(), hours);
    let wrapped = r#"{"start":"22:00:00","end":"06:00:00"}"#;
    assert!(serde_json::from_str::<CallingHours>(wrapped).is_err());
}

#[test]
fn callee_local_time_and_calling_hours_per_zone() {
    let hours = CallingHours::default();
    // (instant, zone, local clock label, offset, abbreviation, inside)
    let table = [
        (
            "2026-06-15T14:00:00Z",
            "America/New_York",
            "10:00 AM",
            "-04:00",
            "EDT",
            true,
        ),
        (
            "2026-06-15T14:00:00Z",
            "America/Mexico_City",
            "8:00 AM",
            "-06:00",
            "CST",
            true,
        ),
        (
            "2026-06-15T14:00:00Z",
            "America/Bogota",
            "9:00 AM",
            "-05:00",
            "UTC-05:00",
            true,
        ),
        (
            "2026-06-15T14:00:00Z",
            "Europe/Madrid",
            "4:00 PM",
            "+02:00",
            "CEST",
            true,
        ),
        (
            "2026-06-15T14:00:00Z",
            "Australia/Lord_Howe",
            "12:30 AM",
            "+10:30",
            "UTC+10:30",
            false,
        ),
        (
            "2026-06-15T14:00:00Z",
            "Asia/Kathmandu",
            "7:45 PM",
            "+05:45",
            "UTC+05:45",
            true,
        ),
        (
            "2026-06-15T01:00:00Z",
            "America/New_York",
            "9:00 PM",
            "-04:00",
            "EDT",
            false,
        ),
        (
            "2026-06-15T01:00:00Z",
            "America/Mexico_City",
            "7:00 PM",
            "-06:00",
            "CST",
            true,
        ),
        (
            "2026-06-15T01:00:00Z",
            "America/Bogota",
            "8:00 PM",
            "-05:00",
            "UTC-05:00",
            true,
        ),
        (
            "2026-06-15T01:00:00Z",
            "Europe/Madrid",
            "3:00 AM",
            "+02:00",
            "CEST",
            false,
        ),
        (
            "2026-06-15T01:00:00Z",
            "Australia/Lord_Howe",
            "11:30 AM",
            "+10:30",
            "UTC+10:30",
            true,
        ),
        (
            "2026-06-15T01:00:00Z",
            "Asia/Kathmandu",
            "6:45 AM",
            "+05:45",
            "UTC+05:45",
            false,
        ),
        (
            "2026-01-15T12:00:00Z",
            "Europe/Madrid",
            "1:00 PM",
            "+01:00",
            "CET",
            true,
        ),
        (
            "2026-01-15T12:00:00Z",
            "Australia/Lord_Howe",
            "11:00 PM",
            "+11:00",
            "UTC+11:00",
            false,
        ),
    ];
    for (instant, zone, clock, offset, abbr, inside) in table {
        let z: Tz = zone.parse().unwrap();
        let callee = callee_local_time(utc(instant), z, &hours);
        assert_eq!(
            format_clock_time(callee.local.time()),
            clock,
            "{zone} at {instant}"
        );
        assert_eq!(callee.offset, offset, "{zone} at {instant}");
        assert_eq!(callee.abbreviation, abbr, "{zone} at {instant}");
        assert_eq!(callee.inside_calling_hours, inside, "{zone} at {instant}");
        assert_eq!(callee.zone, z);
    }
}

#[test]
fn a_custom_window_changes_the_verdict() {
    let evening = CallingHours::new(hm(18, 0), hm(23, 0)).unwrap();
    let z: Tz = "Asia/Kathmandu".parse().unwrap();
    let callee = callee_local_time(utc("2026-06-15T14:00:00Z"), z, &evening);
    assert!(callee.inside_calling_hours);
    let callee = callee_local_time(utc("2026-06-15T01:00:00Z"), z, &evening);
    assert!(!callee.inside_calling_hours);
}
