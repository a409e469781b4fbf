use super::*;
use chrono::{NaiveTime, Timelike};
use rand::{rngs::StdRng, Rng, SeedableRng};

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

fn window(days: Days, start: (u32, u32), end: (u32, u32)) -> CallingWindow {
    CallingWindow {
        days,
        hours: CallingHours::new(hm(start.0, start.1), hm(end.0, end.1)).unwrap(),
    }
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

fn zone(name: &str) -> Tz {
    name.parse().unwrap()
}

#[test]
fn the_window_opens_at_nine_local_in_each_sandbox_country() {
    // Tuesday 2026-12-01 at 06:00 UTC; the window is weekdays 09:00–18:00 local.
    let w = window(Days::WEEKDAYS, (9, 0), (18, 0));
    let at = utc("2026-12-01T06:00:00Z");
    let table = [
        ("Europe/Madrid", "2026-12-01T08:00:00Z"),
        ("America/Bogota", "2026-12-01T14:00:00Z"),
        ("America/Mexico_City", "2026-12-01T15:00:00Z"),
        ("America/Argentina/Buenos_Aires", "2026-12-01T12:00:00Z"),
        ("America/Sao_Paulo", "2026-12-01T12:00:00Z"),
        ("America/New_York", "2026-12-01T14:00:00Z"),
        ("America/Los_Angeles", "2026-12-01T17:00:00Z"),
    ];
    for (name, want) in table {
        let got = w.next_open(at, zone(name));
        assert_eq!(got, Some(utc(want)), "{name}");
    }
    // Half and three-quarter hour offsets, from 18:00 UTC (late evening there).
    let evening = utc("2026-12-01T18:00:00Z");
    let table = [
        ("Asia/Kolkata", "2026-12-02T03:30:00Z"),
        ("Asia/Kathmandu", "2026-12-02T03:15:00Z"),
        ("Pacific/Chatham", "2026-12-01T19:15:00Z"),
    ];
    for (name, want) in table {
        assert_eq!(w.next_open(evening, zone(name)), Some(utc(want)), "{name}");
    }
}

#[test]
fn weekends_and_evenings_wait_for_the_next_open_day() {
    let w = window(Days::WEEKDAYS, (9, 0), (18, 0));
    let bogota = zone("America/Bogota");
    // Friday 18:00 Bogotá (the end minute is outside) → Monday 09:00.
    assert_eq!(
        w.next_open(utc("2026-12-04T23:00:00Z"), bogota),
        Some(utc("2026-12-07T14:00:00Z"))
    );
    // Inside: now, and it closes at 18:00 local.
    let inside = utc("2026-12-03T15:30:00Z");
    assert_eq!(w.next_open(inside, bogota), Some(inside));
    assert_eq!(
        w.closes_at(inside, bogota),
        Some(utc("2026-12-03T23:00:00Z"))
    );
    assert_eq!(w.closes_at(utc("2026-12-03T23:00:00Z"), bogota), None);
    let never = window(Days::from(Vec::new()), (9, 0), (18, 0));
    assert_eq!(never.next_open(inside, bogota), None);
}

#[test]
fn dst_changes_during_a_campaign_move_the_window_with_the_callees_clock() {
    let every_day = window(Days::ALL, (9, 0), (18, 0));
    let table = [
        // Madrid springs forward on Sunday 2026-03-29: 09:00 is 08:00Z before, 07:00Z after.
        (
            "Europe/Madrid",
            "2026-03-28T18:00:00Z",
            "2026-03-29T07:00:00Z",
        ),
        (
            "Europe/Madrid",
            "2026-10-24T18:00:00Z",
            "2026-10-25T08:00:00Z",
        ),
        // New York: 2026-03-08 and 2026-11-01.
        (
            "America/New_York",
            "2026-03-08T00:00:00Z",
            "2026-03-08T13:00:00Z",
        ),
        (
            "America/New_York",
            "2026-11-01T00:00:00Z",
            "2026-11-01T14:00:00Z",
        ),
        // Adelaide (+10:30 in summer → +09:30) on 2026-04-05; Chatham +13:45 → +12:45.
        (
            "Australia/Adelaide",
            "2026-04-04T12:00:00Z",
            "2026-04-04T23:30:00Z",
        ),
        (
            "Pacific/Chatham",
            "2026-04-04T12:00:00Z",
            "2026-04-04T20:15:00Z",
        ),
    ];
    for (name, at, want) in table {
        assert_eq!(
            every_day.next_open(utc(at), zone(name)),
            Some(utc(want)),
            "{name} from {at}"
        );
    }
}

#[test]
fn a_window_opening_inside_a_dst_gap_opens_at_the_first_minute_that_exists() {
    let ny = zone("America/New_York");
    // 2026-03-08: 02:00 → 03:00 in New York. A window from 02:30 opens at 03:00 EDT.
    let w = window(Days::ALL, (2, 30), (4, 0));
    assert_eq!(
        w.next_open(utc("2026-03-08T05:00:00Z"), ny),
        Some(utc("2026-03-08T07:00:00Z"))
    );
    // A window wholly inside the missing hour does not exist that day.
    let lost = window(Days::ALL, (2, 0), (2, 45));
    assert_eq!(
        lost.next_open(utc("2026-03-08T05:00:00Z"), ny),
        Some(utc("2026-03-09T06:00:00Z"))
    );
    // Lord Howe's clocks move by 30 minutes (02:00 → 02:30 on 2026-10-04).
    let lh = zone("Australia/Lord_Howe");
    let w = window(Days::ALL, (2, 10), (3, 0));
    let open = w.next_open(utc("2026-10-03T14:00:00Z"), lh).unwrap();
    assert_eq!(open.with_timezone(&lh).time(), hm(2, 30));
    // In the hour that happens twice (New York, 2026-11-01 01:00–02:00) the first one counts.
    let w = window(Days::ALL, (1, 15), (3, 0));
    assert_eq!(
        w.next_open(utc("2026-11-01T04:00:00Z"), ny),
        Some(utc("2026-11-01T05:15:00Z"))
    );
}

#[test]
fn next_open_is_the_first_minute_inside_for_random_instants_zones_and_windows() {
    let zones = [
        "America/Bogota",
        "Europe/Madrid",
        "America/New_York",
        "America/Sao_Paulo",
        "Asia/Kathmandu",
        "Pacific/Chatham",
        "Australia/Lord_Howe",
        "America/Santiago",
    ];
    let mut rng = StdRng::seed_from_u64(0xCA11);
    for case in 0..200 {
        let z = zone(zones[rng.random_range(0..zones.len())]);
        let start = rng.random_range(0..23 * 60);
        let end = rng.random_range(start + 1..=24 * 60 - 1);
        let days = Days(rng.random_range(1..128));
        let w = window(days, (start / 60, start % 60), (end / 60, end % 60));
        // Whole minutes across 2026, so the minute-by-minute walk below lands on them.
        let at =
            utc("2026-01-01T00:00:00Z") + Duration::minutes(rng.random_range(0..365 * 24 * 60));
        let open = w
            .next_open(at, z)
            .unwrap_or_else(|| panic!("case {case}: never opens"));
        assert!(w.contains(open, z), "case {case}: {open} is outside");
        let mut t = at;
        while t < open {
            assert!(
                !w.contains(t, z),
                "case {case}: {t} was inside before {open}"
            );
            t += Duration::minutes(1);
        }
        assert_eq!(open.second(), 0, "case {case}");
    }
}
