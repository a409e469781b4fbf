//! Resolving "outcome unknown": look the call up on the server, never re-send.

use super::{CallPlacer, PlacementError};
use crate::journal::{CallEntry, CallState, JournalRecord, MatchedBy};
use chrono::{DateTime, Utc};
use contactship::{Call, CallListQuery, SortOrder};
use uuid::Uuid;

/// Calls created this long after the attempt can still be it (the POST may have been
/// processed late); decision 5 / issue §5.
const MATCH_WINDOW: chrono::Duration = chrono::Duration::minutes(15);
/// Tolerated clock difference between this computer and Contactship.
const CLOCK_SKEW: chrono::Duration = chrono::Duration::minutes(2);
/// Page size and page limit for the lookup (newest first).
const PAGE: u32 = 100;
const MAX_PAGES: u32 = 5;

impl CallPlacer {
    /// Tries to find the call an uncertain attempt may have created, and records what was
    /// found. Looks for `metadata.callboard_request_id` first, then for a call to the same
    /// contact with the same agent created within 15 minutes of the attempt. Never
    /// re-sends anything. Attempts that are already resolved are returned unchanged.
    pub async fn reconcile(&self, request_id: Uuid) -> Result<CallEntry, PlacementError> {
        let entry = self
            .journal
            .entry(request_id)
            .ok_or(PlacementError::UnknownRequest { request_id })?;
        let uncertain = matches!(entry.state, CallState::OutcomeUnknown | CallState::Sending);
        if entry.call_id.is_some() || !uncertain {
            return Ok(entry);
        }
        let found = self.find_call(&entry).await?;
        let (call_id, matched_by) = match found {
            Some((id, by)) => (Some(id), Some(by)),
            None => (None, None),
        };
        self.journal.append(&JournalRecord::Reconciled {
            request_id,
            at: self.clock.now(),
            call_id,
            matched_by,
        })?;
        self.journal
            .entry(request_id)
            .ok_or(PlacementError::UnknownRequest { request_id })
    }

    async fn find_call(
        &self,
        entry: &CallEntry,
    ) -> Result<Option<(String, MatchedBy)>, PlacementError> {
        let wanted = entry.request_id.to_string();
        let since = entry.created_at - chrono::Duration::days(1);
        let mut fallback: Option<(chrono::Duration, String)> = None;
        for page in 0..MAX_PAGES {
            let query = CallListQuery {
                limit: Some(PAGE),
                offset: Some(page * PAGE),
                order: Some(SortOrder::Desc),
                agent_id: Some(entry.request.agent_id.clone()),
                date_from: Some(since.date_naive().to_string()),
                include_transcript: Some(false),
                ..CallListQuery::default()
            };
            let calls = self.client.list_calls(&query).await?.data;
            for call in &calls {
                if call.request_id() == Some(wanted.as_str()) {
                    return Ok(Some((call.id.clone(), MatchedBy::RequestId)));
                }
                if let Some(gap) = plausible_gap(call, entry) {
                    if fallback.as_ref().is_none_or(|(best, _)| gap < *best) {
                        fallback = Some((gap, call.id.clone()));
                    }
                }
            }
            if calls.len() < PAGE as usize {
                break;
            }
        }
        Ok(fallback.map(|(_, id)| (id, MatchedBy::ContactAndAgent)))
    }
}

/// How far from the attempt `call` was created, if it could be the attempt's call: same
/// contact and agent, created within the window, and not tagged with another attempt.
fn plausible_gap(call: &Call, entry: &CallEntry) -> Option<chrono::Duration> {
    if call.request_id().is_some() {
        return None; // tagged by some other attempt: not ours
    }
    let contact = call.contact.as_ref()?.id.as_deref()?;
    if contact != entry.request.contact_id || call.agent_id.as_deref()? != entry.request.agent_id {
        return None;
    }
    let created: DateTime<Utc> = DateTime::parse_from_rfc3339(call.created_at.as_deref()?)
        .ok()?
        .with_timezone(&Utc);
    let gap = created - entry.created_at;
    (gap >= -CLOCK_SKEW && gap <= MATCH_WINDOW).then(|| gap.abs())
}
