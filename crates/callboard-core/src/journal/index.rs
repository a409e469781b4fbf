//! The in-memory view of the journal: one folded entry per request id, in the order the
//! attempts were started, so listing 10,000+ entries is a walk over a vector.

use super::entry::{CallEntry, CallState};
use super::record::JournalRecord;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Debug, Default)]
pub(crate) struct Index {
    entries: HashMap<Uuid, CallEntry>,
    order: Vec<Uuid>,
    /// Records that named an attempt with no Sending record (only after damage).
    pub orphans: usize,
    /// Records a compacted file would hold, kept up to date on every apply.
    live: usize,
    /// Server call id -> the attempt that owns it (the first one recorded with it), so
    /// reconciliation never hands one server call to a second attempt.
    claimed: HashMap<String, Uuid>,
}

impl Index {
    /// Folds one record in. Returns false when it could not be attached to an attempt.
    pub fn apply(&mut self, record: JournalRecord) -> bool {
        let id = record.request_id();
        match record {
            JournalRecord::Sending { at, request, .. } => {
                if self.entries.contains_key(&id) {
                    return false;
                }
                let entry = CallEntry::new(id, at, request);
                self.live += entry.live_record_count();
                self.entries.insert(id, entry);
                self.order.push(id);
                true
            }
            _ => match self.entries.get_mut(&id) {
                Some(entry) => {
                    let before = entry.live_record_count();
                    entry.apply(record);
                    self.live = self.live - before + entry.live_record_count();
                    if let Some(call_id) = &entry.call_id {
                        self.claimed.entry(call_id.clone()).or_insert(id);
                    }
                    true
                }
                None => {
                    self.orphans += 1;
                    false
                }
            },
        }
    }

    /// The attempt that already owns server call `call_id` (placed or reconciled), if any.
    pub fn claimed_by(&self, call_id: &str) -> Option<Uuid> {
        self.claimed.get(call_id).copied()
    }

    pub fn contains(&self, id: &Uuid) -> bool {
        self.entries.contains_key(id)
    }

    pub fn get(&self, id: &Uuid) -> Option<&CallEntry> {
        self.entries.get(id)
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Newest first.
    pub fn newest_first(&self) -> impl Iterator<Item = &CallEntry> {
        self.order
            .iter()
            .rev()
            .filter_map(|id| self.entries.get(id))
    }

    /// Oldest first, as compaction writes them.
    pub fn oldest_first(&self) -> impl Iterator<Item = &CallEntry> {
        self.order.iter().filter_map(|id| self.entries.get(id))
    }

    /// Attempts interrupted while sending.
    pub fn still_sending(&self) -> Vec<Uuid> {
        self.oldest_first()
            .filter(|e| e.state == CallState::Sending)
            .map(|e| e.request_id)
            .collect()
    }

    /// Records a compacted file would hold.
    pub fn live_record_count(&self) -> usize {
        self.live
    }

    /// The newest attempt at the same contact with the same agent, started at or after
    /// `since`, that may have dialed (rejected and never-sent attempts did not).
    pub fn recent_for(
        &self,
        contact_id: &str,
        agent_id: &str,
        since: DateTime<Utc>,
    ) -> Option<&CallEntry> {
        self.newest_first().find(|e| {
            e.created_at >= since
                && e.request.contact_id == contact_id
                && e.request.agent_id == agent_id
                && !matches!(e.state, CallState::Rejected | CallState::NotSent)
        })
    }
}
