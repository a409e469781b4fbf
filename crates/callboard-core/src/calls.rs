//! What Callboard knows about its call attempts: the facts it records ([`JournalRecord`],
//! the write vocabulary: "about to send", "the server said", "looked it up", "new status",
//! "checked") and the state they fold into ([`CallEntry`], the read model).
//!
//! These types are independent of where they are kept: the SQLite store
//! ([`crate::store::CallStore`]) persists them, and the one-time import reads them from
//! the old JSON-lines journal (`calls.journal`), whose record format they still define.
//! Statuses are typed ([`CallStatus`]) but kept as the API's wire names.

mod entry;
mod lookup;
mod record;
mod status;

pub use entry::{CallEntry, CallState, Reconciliation};
pub use lookup::LookupSummary;
pub use record::{
    CallLabels, JournalRecord, MatchedBy, Outcome, RequestSummary, StatusSnapshot, TranscriptTurn,
};
pub use status::CallStatus;
