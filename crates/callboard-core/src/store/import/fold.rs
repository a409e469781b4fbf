//! Folding the journal's records into one entry per request id, in the order the attempts
//! were started, exactly as the journal's in-memory index did (the import writes what this
//! holds).

use crate::calls::{CallEntry, JournalRecord};
use std::collections::HashMap;
use uuid::Uuid;

#[derive(Debug, Default)]
pub(crate) struct Fold {
    entries: HashMap<Uuid, CallEntry>,
    order: Vec<Uuid>,
    /// Records that named an attempt with no Sending record (only after damage).
    pub orphans: usize,
}

impl Fold {
    /// Folds one record in; a record for an attempt with no Sending is counted and dropped.
    pub fn apply(&mut self, record: JournalRecord) {
        let id = record.request_id();
        match record {
            JournalRecord::Sending { at, request, .. } => {
                // A repeated Sending is ignored, as the journal did.
                if let std::collections::hash_map::Entry::Vacant(slot) = self.entries.entry(id) {
                    slot.insert(CallEntry::new(id, at, request));
                    self.order.push(id);
                }
            }
            _ => match self.entries.get_mut(&id) {
                Some(entry) => entry.apply(record),
                None => self.orphans += 1,
            },
        }
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// The entries, oldest first (the order they were started in), taken out.
    pub fn into_oldest_first(mut self) -> impl Iterator<Item = CallEntry> {
        std::mem::take(&mut self.order)
            .into_iter()
            .filter_map(move |id| self.entries.remove(&id))
    }
}
