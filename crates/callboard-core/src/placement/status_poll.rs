//! When a placed call's status is checked again: the poll schedule.
//!
//! Calls that changed recently are checked often, quiet ones less and less, and settled
//! ones never. The desktop app's background loop (`callboard-app`'s `status_poll`) asks
//! [`is_due`] for each unsettled entry on every tick; the rule lives only here.

use crate::calls::CallEntry;
use chrono::{DateTime, TimeDelta, Utc};

/// The wait between checks for a call whose last status change was `since_change` ago.
pub fn check_interval(since_change: TimeDelta) -> TimeDelta {
    if since_change < TimeDelta::minutes(2) {
        TimeDelta::seconds(5)
    } else if since_change < TimeDelta::minutes(15) {
        TimeDelta::seconds(20)
    } else if since_change < TimeDelta::hours(2) {
        TimeDelta::minutes(1)
    } else {
        TimeDelta::minutes(5)
    }
}

/// Whether `entry` should be checked at `now`: it has a call id, isn't settled, and its
/// interval since the last check has passed (never checked → due).
pub fn is_due(entry: &CallEntry, now: DateTime<Utc>) -> bool {
    if entry.call_id.is_none() || entry.is_settled() {
        return false;
    }
    let Some(last) = entry.last_checked else {
        return true;
    };
    let changed = entry.latest_status().map_or(entry.created_at, |s| s.at);
    now.signed_duration_since(last) >= check_interval(now.signed_duration_since(changed))
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
}
