use super::*;
use crate::campaign::pace::Pace;
use crate::campaign::window::{CallingWindow, Days};
use crate::schedule::CallingHours;
use chrono::NaiveTime;

const BOGOTA: Tz = chrono_tz::America::Bogota;

fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-02T14:00:00Z")
        .unwrap()
        .with_timezone(&Utc) // 09:00 Bogotá
}

fn pacer(per_minute: u32, max_active: u32) -> Pacer {
    let t = |h| NaiveTime::from_hms_opt(h, 0, 0).unwrap();
    let window = CallingWindow {
        days: Days::ALL,
        hours: CallingHours::new(t(8), t(20)).unwrap(),
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

fn record(row: u32, state: RowState, attempts: u32) -> RowRecord {
    RowRecord {
        row,
        zone: BOGOTA,
        state,
        attempts,
        next_at: None,
    }
}

fn fresh(n: u32) -> Vec<RowRecord> {
    (1..=n)
        .map(|row| record(row, RowState::Waiting, 0))
        .collect()
}

/// A simulated server and clock: every second, whatever is due is handed over and answered
/// by `answer(hand-over number)`; placed calls end `call_secs` later as `ending(row)`.
/// Returns every hand-over as (second, row) and the most calls active at once.
fn simulate(
    run: &mut Run,
    seconds: i64,
    call_secs: i64,
    mut answer: impl FnMut(usize) -> Handover,
    ending: impl Fn(u32) -> Ending,
) -> (Vec<(i64, u32)>, usize) {
    let mut handovers = Vec::new();
    let mut ringing: Vec<(DateTime<Utc>, u32)> = Vec::new();
    let mut most = 0;
    for s in 0..seconds {
        let now = start() + Duration::seconds(s);
        for (_, row) in ringing.iter().filter(|(end, _)| *end <= now) {
            run.ended(*row, ending(*row), now);
        }
        ringing.retain(|(end, _)| *end > now);
        let (rows, _) = run.due(now);
        for row in rows {
            let a = answer(handovers.len());
            handovers.push((s, row));
            if a == Handover::Placed {
                ringing.push((now + Duration::seconds(call_secs), row));
            }
            run.handed_over(row, a, now);
        }
        most = most.max(run.active());
        if run.is_finished() {
            break;
        }
    }
    (handovers, most)
}

#[test]
fn a_429_storm_slows_the_pace_and_is_never_counted_as_an_attempt() {
    let (mut run, _) = Run::new(pacer(10, 5), RetryRules::default(), fresh(20), start());
    let (handovers, most) = simulate(
        &mut run,
        3600,
        60,
        |n| {
            if n < 15 {
                Handover::RateLimited {
                    retry_after: Duration::seconds(30),
                }
            } else {
                Handover::Placed
            }
        },
        |_| Ending::Answered,
    );
    assert!(run.is_finished());
    assert!(most <= 5, "at most 5 at once, saw {most}");
    assert_eq!(handovers.len(), 20 + 15, "each 429'd row tried again");
    for row in 1..=20 {
        let p = run.row(row).unwrap();
        assert_eq!(
            (p.state, p.attempts, p.ending),
            (RowState::Done, 1, Some(Ending::Answered)),
            "row {row}"
        );
    }
    // After a 429 at second t, nothing more is handed over before t + 30 (those in the same
    // second were decided in the same batch, before the answer came).
    for (i, &(t, _)) in handovers.iter().enumerate().take(15) {
        for &(later, row) in &handovers[i + 1..] {
            assert!(
                later == t || later >= t + 30,
                "row {row} at {later}, after a 429 at {t}"
            );
        }
    }
}

#[test]
fn retries_are_counted_exactly_and_spaced_by_the_rules() {
    let rules = RetryRules {
        no_answer: true,
        busy: true,
        voicemail: false,
        after_minutes: 30,
        max_attempts: 3,
    };
    let (mut run, _) = Run::new(pacer(60, 50), rules, fresh(5), start());
    let (handovers, _) = simulate(
        &mut run,
        4 * 3600,
        20,
        |_| Handover::Placed,
        |row| {
            if row == 5 {
                Ending::Voicemail
            } else {
                Ending::NoAnswer
            }
        },
    );
    assert!(run.is_finished());
    for row in 1..=4 {
        let p = run.row(row).unwrap();
        assert_eq!(
            (p.state, p.attempts, p.ending),
            (RowState::Done, 3, Some(Ending::NoAnswer)),
            "row {row}"
        );
        let times: Vec<i64> = handovers
            .iter()
            .filter(|h| h.1 == row)
            .map(|h| h.0)
            .collect();
        assert_eq!(times.len(), 3);
        assert!(
            times.windows(2).all(|w| w[1] - w[0] >= 30 * 60 + 20),
            "{times:?}"
        );
    }
    let voicemail = run.row(5).unwrap();
    assert_eq!(
        (voicemail.attempts, voicemail.ending),
        (1, Some(Ending::Voicemail)),
        "voicemail is not retried here"
    );
}

#[test]
fn after_a_crash_rows_that_were_being_placed_are_reconciled_never_re_sent() {
    let rows = vec![
        record(1, RowState::Placing, 1),
        record(2, RowState::Active, 1),
        record(3, RowState::Waiting, 0),
        record(4, RowState::Done, 1),
    ];
    let (mut run, changes) = Run::new(pacer(10, 2), RetryRules::default(), rows, start());
    assert_eq!(
        changes,
        vec![Change {
            row: 1,
            state: RowState::Unknown,
            attempts: 1,
            next_at: None
        }]
    );
    let (due, _) = run.due(start());
    assert_eq!(
        due,
        vec![3],
        "row 2 is active and counts against the cap; row 1 is never re-sent"
    );
    assert_eq!(run.active(), 2);
}

#[test]
fn a_request_that_never_left_is_tried_again_and_a_refused_one_is_skipped_with_why() {
    let (mut run, _) = Run::new(pacer(10, 10), RetryRules::default(), fresh(2), start());
    let (due, _) = run.due(start());
    assert_eq!(due, vec![1, 2]);
    let again = run.handed_over(1, Handover::NotSent, start());
    assert_eq!((again.state, again.attempts), (RowState::Waiting, 0));
    let refused = run.handed_over(
        2,
        Handover::Refused {
            reason: "The contact has no phone number.".into(),
        },
        start(),
    );
    assert_eq!((refused.state, refused.attempts), (RowState::Skipped, 0));
    assert_eq!(
        run.row(2).unwrap().reason.as_deref(),
        Some("The contact has no phone number.")
    );
    assert_eq!(
        run.due(start() + Duration::seconds(59)).0,
        Vec::<u32>::new()
    );
    assert_eq!(run.due(start() + Duration::seconds(60)).0, vec![1]);
    assert_eq!(
        run.handed_over(1, Handover::Unknown, start()).state,
        RowState::Unknown
    );
    assert!(
        run.is_finished(),
        "unknown rows wait for reconciliation, not for the runner"
    );
}
