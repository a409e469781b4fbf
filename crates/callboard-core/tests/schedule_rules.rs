//! Table-driven tests for `resolve_local_time`: DST gaps and overlaps, ordinary times,
//! and the distance-from-now rules, over six zones with different DST behaviour.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

use callboard_core::schedule::{
    resolve_local_time, resolve_local_time_str, AmbiguityChoice, ScheduleError,
};
use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Every test runs "now" at 2026-01-15 12:00:00 UTC.
fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 15, 12, 0, 0).unwrap()
}

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn tz(name: &str) -> Tz {
    name.parse().unwrap()
}

#[test]
fn ordinary_times_resolve_to_one_instant_with_their_offset() {
    // (zone, local time, expected instant, expected offset)
    let table = [
        (
            "America/Mexico_City",
            "2026-06-15 14:30:00",
            "2026-06-15T20:30:00Z",
            "-06:00",
        ),
        // Mexico dropped DST in 2022: the old first-Sunday-of-April rule must not apply.
        (
            "America/Mexico_City",
            "2026-04-05 02:30:00",
            "2026-04-05T08:30:00Z",
            "-06:00",
        ),
        (
            "America/Bogota",
            "2026-03-08 02:30:00",
            "2026-03-08T07:30:00Z",
            "-05:00",
        ),
        (
            "America/New_York",
            "2026-07-04 09:00:00",
            "2026-07-04T13:00:00Z",
            "-04:00",
        ),
        (
            "America/New_York",
            "2026-02-10 09:00:00",
            "2026-02-10T14:00:00Z",
            "-05:00",
        ),
        (
            "Europe/Madrid",
            "2026-06-15 10:00:00",
            "2026-06-15T08:00:00Z",
            "+02:00",
        ),
        (
            "Europe/Madrid",
            "2026-12-01 10:00:00",
            "2026-12-01T09:00:00Z",
            "+01:00",
        ),
        (
            "Australia/Lord_Howe",
            "2026-06-15 10:00:00",
            "2026-06-14T23:30:00Z",
            "+10:30",
        ),
        (
            "Australia/Lord_Howe",
            "2026-02-01 10:00:00",
            "2026-01-31T23:00:00Z",
            "+11:00",
        ),
        (
            "Asia/Kathmandu",
            "2026-06-15 10:30:00",
            "2026-06-15T04:45:00Z",
            "+05:45",
        ),
    ];
    for (zone, wall, instant, offset) in table {
        let resolved = resolve_local_time(local(wall), tz(zone), None, now())
            .unwrap_or_else(|e| panic!("{zone} {wall}: {e}"));
        assert_eq!(resolved.instant, utc(instant), "{zone} {wall}");
        assert_eq!(resolved.offset, offset, "{zone} {wall}");
        assert_eq!(resolved.local, local(wall));
        assert_eq!(
            resolved.wire_form(),
            (wall.to_string(), zone.to_string()),
            "{zone} {wall}"
        );
    }
}

#[test]
fn times_in_a_dst_gap_are_refused_with_the_next_valid_time() {
    // (zone, local time inside the gap, first valid local time after it)
    let table = [
        (
            "America/New_York",
            "2026-03-08 02:30:00",
            "2026-03-08 03:00:00",
        ),
        (
            "America/New_York",
            "2026-03-08 02:00:00",
            "2026-03-08 03:00:00",
        ),
        (
            "America/New_York",
            "2026-03-08 02:59:59",
            "2026-03-08 03:00:00",
        ),
        (
            "Europe/Madrid",
            "2026-03-29 02:30:00",
            "2026-03-29 03:00:00",
        ),
        // Lord Howe moves only 30 minutes: 02:00 -> 02:30 on the first Sunday of October.
        (
            "Australia/Lord_Howe",
            "2026-10-04 02:15:00",
            "2026-10-04 02:30:00",
        ),
        (
            "Australia/Lord_Howe",
            "2026-10-04 02:00:00",
            "2026-10-04 02:30:00",
        ),
    ];
    for (zone, wall, next) in table {
        match resolve_local_time(local(wall), tz(zone), None, now()) {
            Err(ScheduleError::NonexistentLocalTime {
                requested,
                next_valid,
                zone: z,
            }) => {
                assert_eq!(requested, local(wall), "{zone} {wall}");
                assert_eq!(next_valid, local(next), "{zone} {wall}");
                assert_eq!(z, tz(zone));
            }
            other => panic!("{zone} {wall}: expected a gap, got {other:?}"),
        }
    }
}

#[test]
fn the_edges_of_a_gap_are_ordinary_times() {
    let ny = tz("America/New_York");
    assert!(resolve_local_time(local("2026-03-08 01:59:59"), ny, None, now()).is_ok());
    let at_three = resolve_local_time(local("2026-03-08 03:00:00"), ny, None, now()).unwrap();
    assert_eq!(at_three.instant, utc("2026-03-08T07:00:00Z"));
    let lh = tz("Australia/Lord_Howe");
    let after = resolve_local_time(local("2026-10-04 02:30:00"), lh, None, now()).unwrap();
    assert_eq!(after.offset, "+11:00");
}

#[test]
fn times_in_a_dst_overlap_list_both_occurrences_unless_a_choice_is_made() {
    // (zone, local time, earlier offset, later offset, earlier instant, later instant)
    let table = [
        (
            "America/New_York",
            "2026-11-01 01:30:00",
            "-04:00",
            "-05:00",
            "2026-11-01T05:30:00Z",
            "2026-11-01T06:30:00Z",
        ),
        (
            "Europe/Madrid",
            "2026-10-25 02:30:00",
            "+02:00",
            "+01:00",
            "2026-10-25T00:30:00Z",
            "2026-10-25T01:30:00Z",
        ),
        // Lord Howe: 02:00 -> 01:30 on the first Sunday of April, so 01:30-02:00 repeats.
        (
            "Australia/Lord_Howe",
            "2026-04-05 01:45:00",
            "+11:00",
            "+10:30",
            "2026-04-04T14:45:00Z",
            "2026-04-04T15:15:00Z",
        ),
    ];
    for (zone, wall, early_off, late_off, early, late) in table {
        let z = tz(zone);
        match resolve_local_time(local(wall), z, None, now()) {
            Err(ScheduleError::AmbiguousLocalTime {
                earlier_offset,
                later_offset,
                earlier_instant,
                later_instant,
                ..
            }) => {
                assert_eq!(earlier_offset, early_off, "{zone}");
                assert_eq!(later_offset, late_off, "{zone}");
                assert_eq!(earlier_instant, utc(early), "{zone}");
                assert_eq!(later_instant, utc(late), "{zone}");
            }
            other => panic!("{zone} {wall}: expected an overlap, got {other:?}"),
        }
        let first =
            resolve_local_time(local(wall), z, Some(AmbiguityChoice::Earlier), now()).unwrap();
        assert_eq!(
            (first.instant, first.offset.as_str()),
            (utc(early), early_off),
            "{zone}"
        );
        let second =
            resolve_local_time(local(wall), z, Some(AmbiguityChoice::Later), now()).unwrap();
        assert_eq!(
            (second.instant, second.offset.as_str()),
            (utc(late), late_off),
            "{zone}"
        );
    }
}

/// The API gets only a wall time and a zone: whichever occurrence of a repeated time was
/// chosen, what is sent must name exactly that instant, and nothing else.
#[test]
fn each_occurrence_of_a_repeated_time_is_sent_as_a_wall_time_that_means_only_that_instant() {
    let table = [
        (
            "America/New_York",
            "2026-11-01 01:30:00",
            "Etc/GMT+4",
            "Etc/GMT+5",
        ),
        (
            "Europe/Madrid",
            "2026-10-25 02:30:00",
            "Etc/GMT-2",
            "Etc/GMT-1",
        ),
        (
            "America/Santiago",
            "2026-04-04 23:30:00",
            "Etc/GMT+3",
            "Etc/GMT+4",
        ),
        (
            "Australia/Lord_Howe",
            "2026-04-05 01:45:00",
            "Etc/GMT-11",
            "",
        ),
    ];
    for (zone, wall, earlier_zone, later_zone) in table {
        for (choice, expected_zone) in [
            (AmbiguityChoice::Earlier, earlier_zone),
            (AmbiguityChoice::Later, later_zone),
        ] {
            let r = resolve_local_time(local(wall), tz(zone), Some(choice), now()).unwrap();
            assert!(r.repeated, "{zone} {wall}");
            let (time, sent_zone) = r.wire_form();
            assert_eq!(time, wall, "the wall time itself is sent");
            if !expected_zone.is_empty() {
                assert_eq!(sent_zone, expected_zone, "{zone} {choice:?}");
            }
            assert_ne!(
                sent_zone, zone,
                "{zone} {choice:?}: the ambiguous zone can't say it"
            );
            let back = resolve_local_time_str(&time, &sent_zone, None, now()).unwrap();
            assert_eq!(back.instant, r.instant, "{zone} {choice:?} via {sent_zone}");
        }
    }
    let once = resolve_local_time(
        local("2026-11-01 03:00:00"),
        tz("America/New_York"),
        None,
        now(),
    );
    assert_eq!(
        once.unwrap().wire_form().1,
        "America/New_York",
        "ordinary times keep their zone"
    );
}

#[test]
fn zones_without_dst_never_report_gaps_or_overlaps() {
    for zone in ["America/Mexico_City", "America/Bogota", "Asia/Kathmandu"] {
        let z = tz(zone);
        let mut t = local("2026-01-16 00:00:00");
        // Every 15 minutes for the rest of 2026.
        while t < local("2027-01-01 00:00:00") {
            let resolved = resolve_local_time(t, z, None, now());
            assert!(resolved.is_ok(), "{zone} {t}: {resolved:?}");
            t += Duration::minutes(15);
        }
    }
}

#[test]
fn a_choice_is_ignored_for_times_that_happen_once() {
    let z = tz("America/Bogota");
    let plain = resolve_local_time(local("2026-06-15 10:00:00"), z, None, now()).unwrap();
    let chosen = resolve_local_time(
        local("2026-06-15 10:00:00"),
        z,
        Some(AmbiguityChoice::Later),
        now(),
    )
    .unwrap();
    assert_eq!(plain, chosen);
}

/// The outcome kind for a time `lead_seconds` after now, expressed in `zone`'s wall clock.
fn outcome_at(zone: &str, lead_seconds: i64) -> &'static str {
    let z = tz(zone);
    let wall = (now() + Duration::seconds(lead_seconds))
        .with_timezone(&z)
        .naive_local();
    match resolve_local_time(wall, z, None, now()) {
        Ok(_) => "ok",
        Err(e) => e.code(),
    }
}

#[test]
fn the_lead_time_must_be_between_sixty_seconds_and_365_days_in_every_zone() {
    let day = 24 * 3600;
    let table = [
        (-3600, "in_past"),
        (-1, "in_past"),
        (0, "too_soon"),
        (59, "too_soon"),
        (60, "ok"),
        (61, "ok"),
        (3600, "ok"),
        (365 * day, "ok"),
        (365 * day + 1, "too_far"),
        (400 * day, "too_far"),
    ];
    let zones = [
        "America/Mexico_City",
        "America/Bogota",
        "America/New_York",
        "Europe/Madrid",
        "Australia/Lord_Howe",
        "Asia/Kathmandu",
    ];
    for zone in zones {
        for (lead, expected) in table {
            assert_eq!(outcome_at(zone, lead), expected, "{zone} lead {lead}s");
        }
    }
}

#[test]
fn too_far_reports_the_latest_accepted_instant() {
    let err = resolve_local_time(
        local("2027-06-01 10:00:00"),
        tz("Europe/Madrid"),
        None,
        now(),
    )
    .unwrap_err();
    match err {
        ScheduleError::TooFar { latest, .. } => assert_eq!(latest, utc("2027-01-15T12:00:00Z")),
        other => panic!("expected too far, got {other:?}"),
    }
}

#[test]
fn a_gap_is_reported_even_when_the_time_is_also_in_the_past() {
    let later_now = utc("2026-06-01T00:00:00Z");
    let err = resolve_local_time(
        local("2026-03-08 02:30:00"),
        tz("America/New_York"),
        None,
        later_now,
    )
    .unwrap_err();
    assert_eq!(err.code(), "nonexistent_local_time");
}

#[test]
fn strings_from_the_form_are_parsed_strictly() {
    let ok =
        resolve_local_time_str("2026-06-15 14:30:00", "America/Mexico_City", None, now()).unwrap();
    assert_eq!(ok.scheduled_call_time(), "2026-06-15 14:30:00");
    assert_eq!(ok.timezone(), "America/Mexico_City");
    // (time, zone, expected code, expected field)
    let table = [
        (
            "2026-3-8 2:30:00",
            "America/New_York",
            "invalid_time_format",
            "schedule.scheduled_call_time",
        ),
        (
            "2026-06-15T14:30:00",
            "America/New_York",
            "invalid_time_format",
            "schedule.scheduled_call_time",
        ),
        (
            "2026-06-15 14:30",
            "America/New_York",
            "invalid_time_format",
            "schedule.scheduled_call_time",
        ),
        (
            "",
            "America/New_York",
            "invalid_time_format",
            "schedule.scheduled_call_time",
        ),
        (
            "２026-06-15 14:30:00",
            "America/New_York",
            "invalid_time_format",
            "schedule.scheduled_call_time",
        ),
        (
            "2026-02-30 10:00:00",
            "America/New_York",
            "not_a_calendar_time",
            "schedule.scheduled_call_time",
        ),
        (
            "2026-06-15 24:00:00",
            "America/New_York",
            "not_a_calendar_time",
            "schedule.scheduled_call_time",
        ),
        (
            "2026-06-15 14:30:00",
            "America/Nowhere",
            "unknown_time_zone",
            "schedule.timezone",
        ),
        (
            "2026-06-15 14:30:00",
            "",
            "unknown_time_zone",
            "schedule.timezone",
        ),
        (
            "2026-03-08 02:30:00",
            "America/New_York",
            "nonexistent_local_time",
            "schedule.scheduled_call_time",
        ),
        (
            "2026-11-01 01:30:00",
            "America/New_York",
            "ambiguous_local_time",
            "schedule.scheduled_call_time",
        ),
        (
            "2026-01-01 10:00:00",
            "America/New_York",
            "in_past",
            "schedule.scheduled_call_time",
        ),
    ];
    // Case never changes which zone is meant.
    for typed in ["america/new_york", " AMERICA/NEW_YORK ", "America/New_york"] {
        let r = resolve_local_time_str("2026-06-15 14:30:00", typed, None, now()).unwrap();
        assert_eq!(r.timezone(), "America/New_York", "{typed:?}");
    }
    for (time, zone, code, field) in table {
        let err = resolve_local_time_str(time, zone, None, now()).unwrap_err();
        assert_eq!(err.code(), code, "{time:?} {zone:?}");
        assert_eq!(err.field(), Some(field), "{time:?} {zone:?}");
    }
}

#[test]
fn errors_explain_themselves_in_plain_sentences() {
    let msg = |time: &str, zone: &str| {
        resolve_local_time_str(time, zone, None, now())
            .unwrap_err()
            .to_string()
    };
    assert_eq!(
        msg("2026-03-08 02:30:00", "America/New_York"),
        "2:30 AM on March 8 doesn't exist in New York because clocks jump forward. The next valid time is 3:00 AM."
    );
    assert_eq!(
        msg("2026-10-04 02:15:00", "Australia/Lord_Howe"),
        "2:15 AM on October 4 doesn't exist in Lord Howe because clocks jump forward. The next valid time is 2:30 AM."
    );
    assert_eq!(
        msg("2026-11-01 01:30:00", "America/New_York"),
        "1:30 AM on November 1 happens twice in New York because clocks go back. Choose the first one (EDT, UTC-04:00) or the second one (EST, UTC-05:00)."
    );
    assert_eq!(
        msg("2026-04-05 01:45:00", "Australia/Lord_Howe"),
        "1:45 AM on April 5 happens twice in Lord Howe because clocks go back. Choose the first one (UTC+11:00) or the second one (UTC+10:30)."
    );
    assert_eq!(
        msg("2026-01-15 07:00:30", "America/Bogota"),
        "That time is less than a minute away. Pick a time at least a minute from now, or call now."
    );
}
