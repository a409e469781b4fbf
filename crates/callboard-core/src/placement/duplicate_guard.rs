//! The duplicate guard: a second call to the same contact with the same agent soon after
//! one that may have dialed asks "call again?" before anything is sent.
//!
//! Every attempt that may have reached Contactship counts (placed, scheduled, in progress,
//! outcome unknown, still sending); only attempts that provably sent nothing (rejected
//! locally or by the server, not sent) don't. The store answers from an index, and the
//! store has one writer (one process per data folder), so two windows can't both
//! miss each other's call.

use super::CallPlacer;
use crate::calls::CallEntry;
use chrono::{DateTime, TimeDelta, Utc};

/// A second call within this window asks first.
pub const DUPLICATE_WINDOW: TimeDelta = TimeDelta::minutes(10);

impl CallPlacer {
    /// The most recent attempt at this contact with this agent within
    /// [`DUPLICATE_WINDOW`] that may have dialed.
    pub fn recent_duplicate(&self, contact_id: &str, agent_id: &str) -> Option<CallEntry> {
        let since = self
            .clock
            .now()
            .checked_sub_signed(DUPLICATE_WINDOW)
            .unwrap_or(DateTime::<Utc>::MIN_UTC);
        self.store.recent_for(contact_id, agent_id, since)
    }
}

/// "less than a minute ago", "1 minute ago", "7 minutes ago".
pub fn ago_words(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    match now.signed_duration_since(then).num_minutes().max(0) {
        0 => crate::t!("ago-under-a-minute"),
        m => crate::t!("ago-minutes", count = m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn how_long_ago_reads_in_whole_minutes() {
        let now = DateTime::<Utc>::UNIX_EPOCH + TimeDelta::days(20_000);
        assert_eq!(
            ago_words(now - TimeDelta::seconds(59), now),
            "less than a minute ago"
        );
        assert_eq!(ago_words(now - TimeDelta::seconds(61), now), "1 minute ago");
        assert_eq!(ago_words(now - TimeDelta::minutes(7), now), "7 minutes ago");
        assert_eq!(
            ago_words(now + TimeDelta::minutes(3), now),
            "less than a minute ago"
        );
    }
}
