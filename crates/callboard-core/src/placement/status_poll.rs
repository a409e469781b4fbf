//! When a placed call's status is checked again: the poll schedule.
//!
//! Calls that changed recently are checked often, quiet ones less and less, and settled
//! ones never. The rule lives only here: the store saves [`next_check_at`] with every write
//! and the desktop app's background loop (`callboard-app`'s `status_poll`) asks the store for
//! the attempts due at each tick.

use crate::calls::CallEntry;
use chrono::{DateTime, TimeDelta, Utc};

/// The poll schedule's bands: while the time since the last status change is in
/// `[from, to)`, a call is checked every `wait` (the first band has no lower end: a clock
/// that went backwards still checks soon).
const BANDS: [(Option<TimeDelta>, Option<TimeDelta>, TimeDelta); 4] = [
    (None, Some(TimeDelta::minutes(2)), TimeDelta::seconds(5)),
    (
        Some(TimeDelta::minutes(2)),
        Some(TimeDelta::minutes(15)),
        TimeDelta::seconds(20),
    ),
    (
        Some(TimeDelta::minutes(15)),
        Some(TimeDelta::hours(2)),
        TimeDelta::minutes(1),
    ),
    (Some(TimeDelta::hours(2)), None, TimeDelta::minutes(5)),
];

/// The wait between checks for a call whose last status change was `since_change` ago.
pub fn check_interval(since_change: TimeDelta) -> TimeDelta {
    BANDS
        .iter()
        .find(|(_, to, _)| to.is_none_or(|to| since_change < to))
        .map_or(TimeDelta::minutes(5), |&(_, _, wait)| wait)
}

/// When `entry` is next due for a check: the first instant `t` at which
/// `t - last_checked >= check_interval(t - last_change)`. `None` when it never is (no call
/// id, or settled); its creation time when it was never checked (due at once). The store
/// keeps this in an indexed column, so the poller reads only the calls that are due.
pub fn next_check_at(entry: &CallEntry) -> Option<DateTime<Utc>> {
    if entry.call_id.is_none() || entry.is_settled() {
        return None;
    }
    let Some(last) = entry.last_checked else {
        return Some(entry.created_at);
    };
    let changed = entry.latest_status().map_or(entry.created_at, |s| s.at);
    // The earliest instant inside each band that is far enough from the last check; the
    // soonest of those is the answer.
    let next = BANDS
        .iter()
        .filter_map(|&(from, to, wait)| {
            let t = from.map_or(last + wait, |from| (last + wait).max(changed + from));
            to.is_none_or(|to| t < changed + to).then_some(t)
        })
        .min()?;
    // A call scheduled ahead has nothing to report until it rings (a campaign may hand
    // Contactship thousands): once checked, it is looked at hourly while it waits, and again
    // just before it is due.
    Some(match entry.request.due_at {
        Some(due) if next < due - DUE_LEAD => next.max((due - DUE_LEAD).min(last + WAITING_CHECK)),
        _ => next,
    })
}

/// How long before a scheduled call's time it is checked again, so its ringing is seen.
const DUE_LEAD: TimeDelta = TimeDelta::minutes(1);
/// How often a call scheduled ahead is checked while it waits for its time.
const WAITING_CHECK: TimeDelta = TimeDelta::hours(1);

/// Whether `entry` should be checked at `now` (see [`next_check_at`]).
pub fn is_due(entry: &CallEntry, now: DateTime<Utc>) -> bool {
    next_check_at(entry).is_some_and(|t| now >= t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recently_changed_calls_are_checked_every_few_seconds_and_quiet_ones_less_often() {
        let steps = [
            (TimeDelta::seconds(30), TimeDelta::seconds(5)),
            (TimeDelta::minutes(5), TimeDelta::seconds(20)),
            (TimeDelta::minutes(30), TimeDelta::minutes(1)),
            (TimeDelta::hours(5), TimeDelta::minutes(5)),
        ];
        for (since, wait) in steps {
            assert_eq!(check_interval(since), wait, "after {since}");
        }
    }

    #[test]
    fn a_clock_that_went_backwards_still_checks_soon() {
        assert_eq!(
            check_interval(TimeDelta::minutes(-30)),
            TimeDelta::seconds(5)
        );
    }

    /// The rule as it reads: due at `now` when the wait for its band has passed.
    fn due_by_the_rule(last: DateTime<Utc>, changed: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now.signed_duration_since(last) >= check_interval(now.signed_duration_since(changed))
    }

    fn entry(last: Option<DateTime<Utc>>, changed: Option<DateTime<Utc>>) -> CallEntry {
        let created = Utc.with_ymd_and_hms(2026, 6, 15, 12, 0, 0).unwrap();
        let request = crate::calls::RequestSummary {
            contact_id: "c-1".into(),
            agent_id: "a-1".into(),
            from_number_id: "pn-1".into(),
            body: serde_json::json!({}),
            labels: Default::default(),
            due_at: None,
            campaign_id: None,
        };
        let mut e = CallEntry::new(uuid::Uuid::from_u128(1), created, request);
        e.state = crate::calls::CallState::Placed;
        e.call_id = Some("call-1".into());
        e.last_checked = last;
        if let Some(at) = changed {
            e.status_history
                .push(crate::calls::StatusSnapshot::new(at, "in-progress"));
        }
        e
    }

    use chrono::TimeZone;

    #[test]
    fn the_next_check_is_the_first_second_the_rule_calls_due() {
        let created = Utc.with_ymd_and_hms(2026, 6, 15, 12, 0, 0).unwrap();
        let s = TimeDelta::seconds;
        // Last change and last check at many distances around every band's edges.
        let changes = [0, 30, 110, 119, 120, 600, 890, 900, 5000, 7190, 7200, 20000];
        let checks = [-10, 0, 1, 4, 5, 19, 60, 115, 119, 895, 7150, 7195, 30000];
        for c in changes {
            for k in checks {
                let changed = created + s(c);
                let last = changed + s(k);
                let next = next_check_at(&entry(Some(last), Some(changed))).unwrap();
                let first = (0..4000)
                    .map(|i| last + s(i))
                    .find(|&t| due_by_the_rule(last, changed, t))
                    .unwrap();
                assert_eq!(next, first, "change at +{c}s, check {k}s after it");
                assert!(!is_due(&entry(Some(last), Some(changed)), next - s(1)));
                assert!(is_due(&entry(Some(last), Some(changed)), next));
            }
        }
    }

    #[test]
    fn a_call_never_checked_is_due_at_once_and_one_without_a_call_id_never() {
        let e = entry(None, None);
        assert_eq!(next_check_at(&e), Some(e.created_at));
        let mut no_id = entry(None, None);
        no_id.call_id = None;
        assert_eq!(next_check_at(&no_id), None);
        let mut done = entry(None, None);
        done.state = crate::calls::CallState::Completed;
        assert_eq!(next_check_at(&done), None);
    }

    #[test]
    fn a_call_scheduled_ahead_is_checked_hourly_while_it_waits_and_again_just_before_it_rings() {
        let checked = Utc.with_ymd_and_hms(2026, 6, 15, 12, 0, 10).unwrap();
        let mut e = entry(Some(checked), None);
        e.request.due_at = Some(checked + TimeDelta::days(3));
        assert_eq!(next_check_at(&e), Some(checked + TimeDelta::hours(1)));
        e.request.due_at = Some(checked + TimeDelta::minutes(30));
        assert_eq!(
            next_check_at(&e),
            Some(checked + TimeDelta::minutes(29)),
            "the last wait ends a minute before it rings"
        );
        // Due now or past: the usual schedule (the call is ringing or about to).
        e.request.due_at = Some(checked);
        assert_eq!(next_check_at(&e), Some(checked + TimeDelta::seconds(5)));
    }
}
