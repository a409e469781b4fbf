//! What crosses IPC for Recent calls: the query, its pages and rows, and the details drawer.

use super::CallForm;
use serde::{Deserialize, Serialize};
use specta::Type;

/// Where a call attempt stands, as the list shows it (one chip per value).
pub use callboard_core::call_query::ShownState as CallState;

/// Which calls Recent calls lists, and which slice of them. Dates are typed days
/// (`yyyy-MM-dd`, inclusive, in this computer's time zone); Rust checks them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Type)]
pub struct CallListQuery {
    pub state: Option<CallState>,
    pub agent_id: Option<String>,
    /// Only the attempts one campaign placed (none: single calls and campaigns alike).
    pub campaign_id: Option<String>,
    pub from: String,
    pub to: String,
    /// The search box as typed: contact, agent, call id or phone digits.
    pub text: String,
    pub offset: u32,
    pub limit: u32,
}

/// One page of Recent calls.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CallPage {
    /// Rows `offset .. offset + rows.len()` of the matching calls, newest first.
    pub rows: Vec<CallEntry>,
    pub offset: u32,
    /// How many calls match the filters.
    pub matching: u32,
    /// How many calls the log holds.
    pub total: u32,
}

/// An agent that appears in the log, for the agent filter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct AgentOption {
    pub id: String,
    pub label: String,
}

/// One step in a call's status history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct StatusChange {
    pub at: String,
    pub label: String,
}

/// One row of Recent calls.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CallEntry {
    pub request_id: String,
    pub created_at: String,
    pub state: CallState,
    pub status_label: String,
    pub contact_label: String,
    /// The contact's phone (E.164) when known, for search by digits and the CSV.
    pub contact_phone: String,
    /// The campaign that placed it (none for a single call).
    pub campaign_id: Option<String>,
    pub agent_label: String,
    pub agent_id: String,
    pub from_label: String,
    pub when_label: String,
    pub call_id: Option<String>,
    pub call_status: Option<String>,
    pub call_result: Option<String>,
    pub duration_seconds: Option<f64>,
    /// "1 min 05 s", from the one duration formatter.
    pub duration_label: Option<String>,
    pub message: Option<String>,
    pub next_step: Option<String>,
    pub last_checked: Option<String>,
    pub is_final: bool,
    pub history: Vec<StatusChange>,
    pub form: CallForm,
}

/// A transcript line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct TranscriptLine {
    pub role: String,
    pub content: String,
}

/// The details drawer.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct CallDetails {
    pub entry: CallEntry,
    pub summary: Option<String>,
    pub sentiment: Option<String>,
    pub recording_url: Option<String>,
    pub transcript: Vec<TranscriptLine>,
    pub request_json: String,
}
