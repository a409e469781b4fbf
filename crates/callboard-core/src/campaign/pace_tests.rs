use super::*;
use crate::campaign::window::Days;
use crate::schedule::CallingHours;
use chrono::NaiveTime;

fn hours(start: u32, end: u32) -> CallingHours {
    let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    CallingHours::new(t(start), t(end)).unwrap()
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap()
        .with_timezone(&Utc)
}

const BOGOTA: Tz = chrono_tz::America::Bogota;

fn pacer(per_minute: u32, max_active: u32) -> Pacer {
    let window = CallingWindow {
        days: Days::ALL,
        hours: hours(8, 20),
    };
    Pacer::new(
        window,
        None,
        None,
        Pace {
            per_minute,
            max_active,
        },
    )
}

/// Steps a simulated clock second by second from `from` for `minutes`, placing whatever is
/// due; each placed call stays active for `call_secs`. Returns the calls started in each
/// whole minute and the most active at once.
fn run(p: &mut Pacer, from: DateTime<Utc>, minutes: i64, call_secs: i64) -> (Vec<usize>, usize) {
    let mut per_minute = vec![0; minutes as usize];
    let mut ends: Vec<DateTime<Utc>> = Vec::new();
    let mut most = 0;
    for s in 0..minutes * 60 {
        let now = from + Duration::seconds(s);
        ends.retain(|end| *end > now);
        let due = p.due(now, ends.len());
        per_minute[(s / 60) as usize] += due.place.len();
        ends.extend(due.place.iter().map(|_| now + Duration::seconds(call_secs)));
        most = most.max(ends.len());
    }
    (per_minute, most)
}

#[test]
fn the_pace_holds_exactly_in_every_minute_and_the_cap_is_never_passed() {
    let start = utc("2026-12-01T15:00:00Z"); // 10:00 in Bogotá
    let mut p = pacer(7, 1000);
    for row in 1..=200 {
        p.enqueue(row, BOGOTA, start);
    }
    let (counts, _) = run(&mut p, start, 10, 30);
    assert_eq!(
        counts,
        vec![7; 10],
        "seven new calls in each minute, no burst"
    );

    // The cap binds before the pace: 3 at once, each lasting 90 s.
    let mut p = pacer(60, 3);
    for row in 1..=200 {
        p.enqueue(row, BOGOTA, start);
    }
    let (counts, most) = run(&mut p, start, 9, 90);
    assert_eq!(most, 3);
    assert_eq!(
        counts.iter().sum::<usize>(),
        18,
        "3 every 90 s for 9 minutes"
    );
}

#[test]
fn rows_come_in_row_order_and_only_inside_their_own_window() {
    let madrid: Tz = chrono_tz::Europe::Madrid;
    let mut p = pacer(100, 100);
    // 07:00Z is 08:00 in Madrid and 02:00 in Bogotá.
    let at = utc("2026-12-01T07:00:00Z");
    assert_eq!(
        p.enqueue(1, BOGOTA, at),
        Opening::At(utc("2026-12-01T13:00:00Z"))
    );
    assert_eq!(p.enqueue(2, madrid, at), Opening::At(at));
    assert_eq!(p.enqueue(3, madrid, at), Opening::At(at));
    assert_eq!(p.due(at, 0).place, vec![2, 3]);
    assert_eq!(p.wake_at(0), Some(utc("2026-12-01T13:00:00Z")));
    assert_eq!(
        p.due(utc("2026-12-01T12:59:59Z"), 0).place,
        Vec::<u32>::new()
    );
    assert_eq!(p.due(utc("2026-12-01T13:00:00Z"), 0).place, vec![1]);
    assert_eq!(p.queued(), 0);
    assert_eq!(p.wake_at(0), None);
}

#[test]
fn a_row_whose_window_closed_while_the_app_slept_waits_for_the_next_one() {
    let mut p = pacer(10, 10);
    let opening = utc("2026-12-01T13:00:00Z"); // 08:00 Bogotá
    p.enqueue(1, BOGOTA, opening);
    // The computer slept through the day: 21:00 in Bogotá is outside.
    let late = utc("2026-12-02T02:00:00Z");
    assert_eq!(p.due(late, 0), Due::default());
    assert_eq!(p.wake_at(0), Some(utc("2026-12-02T13:00:00Z")));
}

#[test]
fn the_stop_time_and_the_start_time_bound_every_opening() {
    let window = CallingWindow {
        days: Days::ALL,
        hours: hours(8, 20),
    };
    let start = utc("2026-12-03T13:00:00Z");
    let stop = utc("2026-12-03T20:00:00Z");
    let mut p = Pacer::new(
        window,
        Some(start),
        Some(stop),
        Pace {
            per_minute: 5,
            max_active: 5,
        },
    );
    assert_eq!(
        p.enqueue(1, BOGOTA, utc("2026-12-01T15:00:00Z")),
        Opening::At(start)
    );
    // After 15:00 Bogotá on the stop day the next opening is past the stop.
    assert_eq!(p.enqueue(2, BOGOTA, stop), Opening::AfterStop);
    assert_eq!(p.due(stop, 0).after_stop, vec![1]);
    let never = Pacer::new(
        CallingWindow {
            days: Days::from(Vec::new()),
            hours: hours(8, 20),
        },
        None,
        None,
        Pace {
            per_minute: 5,
            max_active: 5,
        },
    );
    assert_eq!(never.opening(BOGOTA, start), Opening::Never);
}

#[test]
fn a_429_holds_hand_overs_until_its_retry_after_and_the_pace_survives_a_restart() {
    let start = utc("2026-12-01T15:00:00Z");
    let mut p = pacer(2, 10);
    for row in 1..=5 {
        p.enqueue(row, BOGOTA, start);
    }
    p.hold_until(start + Duration::seconds(30));
    assert_eq!(p.due(start, 0).place, Vec::<u32>::new());
    assert_eq!(p.wake_at(0), Some(start + Duration::seconds(30)));
    assert_eq!(p.due(start + Duration::seconds(30), 0).place, vec![1, 2]);

    // A resumed campaign remembers the two calls handed over 20 s before the crash.
    let mut resumed = pacer(2, 10);
    resumed.handed_over_at(start - Duration::seconds(20));
    resumed.handed_over_at(start - Duration::seconds(25));
    resumed.enqueue(3, BOGOTA, start);
    assert_eq!(resumed.due(start, 0).place, Vec::<u32>::new());
    assert_eq!(
        resumed.wake_at(0),
        Some(start + Duration::seconds(35)),
        "the older of the two frees its slot"
    );
    assert_eq!(resumed.due(start + Duration::seconds(35), 0).place, vec![3]);
}

#[test]
fn a_full_cap_waits_for_a_call_to_finish_and_removed_rows_are_gone() {
    let start = utc("2026-12-01T15:00:00Z");
    let mut p = pacer(10, 2);
    for row in 1..=3 {
        p.enqueue(row, BOGOTA, start);
    }
    assert_eq!(p.due(start, 0).place, vec![1, 2]);
    assert_eq!(p.wake_at(2), None, "only a call finishing makes room");
    assert!(p.remove(3));
    assert!(!p.remove(3));
    assert_eq!(p.due(start, 1).place, Vec::<u32>::new());
}
