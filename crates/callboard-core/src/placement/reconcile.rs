//! Resolving "outcome unknown": look the call up on the server, never re-send.
//!
//! The lookup reads `GET /v1/calls` for the attempt's agent, newest first, and stops once
//! a whole page is older than the attempt could be. That bound is in the *server's* time,
//! because this computer's clock may have been wrong when the attempt was recorded:
//! - the attempt's recorded time minus [`SEARCH_MARGIN`] covers clocks wrong by hours
//!   (a wrong time zone, a missed DST change) in either direction;
//! - "the newest call's creation time minus the time elapsed on our clock since the
//!   attempt" covers a clock wrong by days (the skew cancels out of the elapsed time,
//!   and the newest call is never later than the server's now, so this errs early).
//!
//! The earlier of the two is the bound, so the lookup reads more rather than miss the
//! call, as many pages as that takes, up to [`MAX_CALLS_READ`] against a server that
//! pages forever. A call already owned by another stored attempt (its POST returned it, or
//! it was matched before) is never matched again. What was read is recorded and said.

use super::{CallPlacer, PlacementError};
use crate::calls::{CallEntry, CallState, JournalRecord, LookupSummary, MatchedBy};
use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use contactship::{Call, CallListQuery, SortOrder};
use std::collections::HashSet;
use uuid::Uuid;

/// Calls created this long after the attempt can still be it: the POST may have been
/// processed late, and create-call POSTs are never retried, so an uncertain attempt is
/// looked up instead (the API notes' rule for create-call POSTs).
const MATCH_WINDOW: TimeDelta = TimeDelta::minutes(15);
/// Tolerated clock difference when matching by contact and agent.
const CLOCK_SKEW: TimeDelta = TimeDelta::minutes(2);
/// How much earlier than the attempt's recorded time the lookup reads: a clock off by a
/// few hours (wrong zone, DST) is common; bigger errors are covered by the elapsed-time
/// bound described in the module documentation.
const SEARCH_MARGIN: TimeDelta = TimeDelta::hours(6);
/// Page size for the lookup.
const PAGE: u32 = 100;
/// The most calls one lookup reads, whatever the server says (a hostile or broken server
/// may page forever): 20,000 calls is weeks of a busy agent's calls.
const MAX_CALLS_READ: u32 = 20_000;

impl CallPlacer {
    /// Tries to find the call an uncertain attempt may have created, and records what was
    /// found and what was read. Looks for `metadata.callboard_request_id` first, then for
    /// a call to the same contact with the same agent created within 15 minutes of the
    /// attempt that no other attempt owns. Never re-sends anything. Attempts that are
    /// already resolved are returned unchanged.
    pub async fn reconcile(&self, request_id: Uuid) -> Result<CallEntry, PlacementError> {
        let entry = self
            .store
            .entry(request_id)
            .ok_or(PlacementError::UnknownRequest { request_id })?;
        let uncertain = matches!(entry.state, CallState::OutcomeUnknown | CallState::Sending);
        if entry.call_id.is_some() || !uncertain {
            return Ok(entry);
        }
        let (found, searched) = self.find_call(&entry).await?;
        let (call_id, matched_by) = match found {
            Some((id, by)) => (Some(id), Some(by)),
            None => (None, None),
        };
        self.record(JournalRecord::Reconciled {
            request_id,
            at: self.clock.now(),
            call_id,
            matched_by,
            searched: Some(searched),
        })
        .await?;
        self.store
            .entry(request_id)
            .ok_or(PlacementError::UnknownRequest { request_id })
    }

    async fn find_call(
        &self,
        entry: &CallEntry,
    ) -> Result<(Option<(String, MatchedBy)>, LookupSummary), PlacementError> {
        let wanted = entry.request_id.to_string();
        let attempt = plausible(entry.created_at);
        let elapsed = self
            .clock
            .now()
            .signed_duration_since(entry.created_at)
            .max(TimeDelta::zero());
        let mut summary = LookupSummary {
            calls_read: 0,
            oldest: None,
            newest: None,
            stopped_at_limit: false,
            request_id_only: attempt.is_none(),
        };
        let mut window: Option<Window> = None;
        let mut seen = HashSet::new();
        let mut fallback: Option<(TimeDelta, String)> = None;
        let mut offset = 0u32;
        loop {
            if summary.calls_read >= MAX_CALLS_READ {
                summary.stopped_at_limit = true;
                break;
            }
            let query = CallListQuery {
                limit: Some(PAGE),
                offset: Some(offset),
                order: Some(SortOrder::Desc),
                agent_id: Some(entry.request.agent_id.clone()),
                include_transcript: Some(false),
                ..CallListQuery::default()
            };
            let page = self.client.list_calls(&query).await?;
            let mut fresh = 0usize;
            let mut all_older = !page.data.is_empty();
            for call in &page.data {
                if !seen.insert(call.id.clone()) {
                    continue; // a page we already read (offset ignored): not new
                }
                fresh += 1;
                summary.calls_read = summary.calls_read.saturating_add(1);
                let created = created_at(call);
                if let Some(t) = created {
                    summary.oldest = Some(summary.oldest.map_or(t, |o| o.min(t)));
                    summary.newest = Some(summary.newest.map_or(t, |n| n.max(t)));
                }
                let window = window.get_or_insert_with(|| Window::new(attempt, created, elapsed));
                if call.request_id() == Some(wanted.as_str()) {
                    return Ok((Some((call.id.clone(), MatchedBy::RequestId)), summary));
                }
                if self.store.call_claimed_by(&call.id).is_some() {
                    continue; // another attempt's call: never this one's
                }
                if let Some(gap) = created.and_then(|t| window.plausible_gap(call, t, entry)) {
                    if fallback.as_ref().is_none_or(|(best, _)| gap < *best) {
                        fallback = Some((gap, call.id.clone()));
                    }
                }
                all_older &= created.is_some_and(|t| window.is_before_search(t));
            }
            // Only a short page ends the list: a wrong `count` must not cut the search.
            let reached_end = page.data.len() < PAGE as usize;
            if reached_end || fresh == 0 || all_older {
                break;
            }
            offset = offset.saturating_add(PAGE);
        }
        let found = fallback.map(|(_, id)| (id, MatchedBy::ContactAndAgent));
        Ok((found, summary))
    }
}

/// The attempt's recorded time, if it is a date a real attempt could have (a damaged or
/// hand-edited history may say year 9999 or -200000; offsetting such dates must not
/// overflow, and they cannot anchor a search).
fn plausible(at: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let earliest = Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0).single()?;
    let latest = Utc.with_ymd_and_hms(2200, 1, 1, 0, 0, 0).single()?;
    (earliest..latest).contains(&at).then_some(at)
}

/// Where the attempt's call can be, in the server's time.
struct Window {
    /// When the attempt may have happened by the server's clock (none for an absurd date).
    anchors: Vec<DateTime<Utc>>,
    /// Calls created before this cannot be the attempt's.
    search_from: Option<DateTime<Utc>>,
}

impl Window {
    /// From the attempt's recorded time, the newest call's creation time and the time
    /// elapsed on our clock since the attempt (all arithmetic checked).
    fn new(
        attempt: Option<DateTime<Utc>>,
        newest: Option<DateTime<Utc>>,
        elapsed: TimeDelta,
    ) -> Self {
        let Some(attempt) = attempt else {
            return Self {
                anchors: Vec::new(),
                search_from: None,
            };
        };
        let mut anchors = vec![attempt];
        if let Some(server) = newest.and_then(|n| n.checked_sub_signed(elapsed)) {
            anchors.push(server);
        }
        let search_from = anchors
            .iter()
            .filter_map(|a| a.checked_sub_signed(SEARCH_MARGIN))
            .min();
        Self {
            anchors,
            search_from,
        }
    }

    /// Whether a call created at `created` is older than any call this attempt made.
    fn is_before_search(&self, created: DateTime<Utc>) -> bool {
        self.search_from.is_some_and(|from| created < from)
    }

    /// How far from the attempt `call` was created, if it could be the attempt's call: same
    /// contact and agent, created within the window of an anchor, and not tagged with
    /// another attempt.
    fn plausible_gap(
        &self,
        call: &Call,
        created: DateTime<Utc>,
        entry: &CallEntry,
    ) -> Option<TimeDelta> {
        if call.request_id().is_some() {
            return None; // tagged by some other attempt: not ours
        }
        let contact = call.contact.as_ref()?.id.as_deref()?;
        if contact != entry.request.contact_id
            || call.agent_id.as_deref()? != entry.request.agent_id
        {
            return None;
        }
        self.anchors
            .iter()
            .map(|anchor| created.signed_duration_since(*anchor))
            .filter(|gap| *gap >= -CLOCK_SKEW && *gap <= MATCH_WINDOW)
            .map(|gap| gap.abs())
            .min()
    }
}

fn created_at(call: &Call) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(call.created_at.as_deref()?.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn absurd_attempt_dates_anchor_nothing_and_never_overflow() {
        let extremes = [
            DateTime::<Utc>::MIN_UTC,
            DateTime::<Utc>::MAX_UTC,
            Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59).unwrap(),
            Utc.with_ymd_and_hms(-200_000, 1, 1, 0, 0, 0).unwrap(),
        ];
        for at in extremes {
            assert_eq!(plausible(at), None, "{at:?}");
            let window = Window::new(
                plausible(at),
                Some(DateTime::<Utc>::MIN_UTC),
                TimeDelta::MAX,
            );
            assert!(window.anchors.is_empty());
            assert!(!window.is_before_search(DateTime::<Utc>::MIN_UTC));
        }
        let huge = Window::new(
            plausible(Utc.with_ymd_and_hms(2026, 1, 3, 10, 0, 0).unwrap()),
            Some(DateTime::<Utc>::MIN_UTC),
            TimeDelta::MAX,
        );
        assert_eq!(huge.anchors.len(), 1, "an overflowing estimate is dropped");
    }

    #[test]
    fn the_search_starts_before_the_earlier_of_the_recorded_time_and_the_server_estimate() {
        let at = |d, h| Utc.with_ymd_and_hms(2026, 1, d, h, 0, 0).unwrap();
        // Our clock was three days ahead: the attempt says 6 Jan, the server 3 Jan.
        let window = Window::new(Some(at(6, 10)), Some(at(3, 10)), TimeDelta::minutes(5));
        assert_eq!(
            window.search_from,
            Some(at(3, 10) - TimeDelta::minutes(5) - SEARCH_MARGIN)
        );
        assert!(!window.is_before_search(at(3, 9)));
        assert!(window.is_before_search(at(2, 10)));
    }
}
