//! What Recent calls asks the call log: which attempts (filters) and which slice of them
//! (a page). The meaning of every filter is defined here once, by [`CallQuery::matches`]; the
//! store answers the same question with SQL and its tests check it agrees with `matches`.

use crate::calls::{CallEntry, CallState, CallStatus};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

mod days;
pub use days::{day_range, DayRangeError};

/// Where an attempt stands, as a person reads it in the list (one chip per value). Finer than
/// [`CallState`]: "in queue" and "in progress", "completed" and "failed" are told apart by the
/// latest status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// The TypeScript type is `CallState` (the name the UI has always used); JSON is unaffected.
#[serde(rename = "CallState", rename_all = "snake_case")]
pub enum ShownState {
    Sending,
    Placed,
    Scheduled,
    InQueue,
    InProgress,
    Completed,
    FailedCall,
    Rejected,
    NotSent,
    OutcomeUnknown,
}

impl ShownState {
    /// Every value, in the order the status filter lists them.
    pub const ALL: [ShownState; 10] = [
        Self::Sending,
        Self::Placed,
        Self::Scheduled,
        Self::InQueue,
        Self::InProgress,
        Self::Completed,
        Self::FailedCall,
        Self::Rejected,
        Self::NotSent,
        Self::OutcomeUnknown,
    ];

    /// The state shown for `entry`.
    pub fn of(entry: &CallEntry) -> Self {
        let status = entry.latest_status().map(|s| &s.call_status);
        match entry.state {
            CallState::Sending => Self::Sending,
            CallState::Rejected => Self::Rejected,
            CallState::NotSent => Self::NotSent,
            // Reconciliation found the call: it was placed after all.
            CallState::OutcomeUnknown if entry.call_id.is_some() => Self::Placed,
            CallState::OutcomeUnknown => Self::OutcomeUnknown,
            CallState::Scheduled => Self::Scheduled,
            CallState::InProgress if status == Some(&CallStatus::InQueue) => Self::InQueue,
            CallState::InProgress => Self::InProgress,
            CallState::Completed if status == Some(&CallStatus::Completed) => Self::Completed,
            CallState::Completed => Self::FailedCall,
            CallState::Placed => Self::Placed,
        }
    }

    /// A stable name (the serde name), for storage and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sending => "sending",
            Self::Placed => "placed",
            Self::Scheduled => "scheduled",
            Self::InQueue => "in_queue",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::FailedCall => "failed_call",
            Self::Rejected => "rejected",
            Self::NotSent => "not_sent",
            Self::OutcomeUnknown => "outcome_unknown",
        }
    }
}

/// Which attempts to list. Every filter left empty matches everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallQuery {
    /// Any of these shown states (empty: all).
    pub states: Vec<ShownState>,
    /// Placed with this agent.
    pub agent_id: Option<String>,
    /// Placed by this campaign (single calls have none, so they never match one).
    pub campaign_id: Option<String>,
    /// Started at or after this instant.
    pub created_from: Option<DateTime<Utc>>,
    /// Started strictly before this instant.
    pub created_before: Option<DateTime<Utc>>,
    /// Words typed in the search box: contact name, agent name, call id, phone digits.
    pub text: String,
}

impl CallQuery {
    /// Whether `entry` is one of the attempts this query lists: the reference meaning.
    pub fn matches(&self, entry: &CallEntry) -> bool {
        (self.states.is_empty() || self.states.contains(&ShownState::of(entry)))
            && self
                .agent_id
                .as_deref()
                .is_none_or(|a| entry.request.agent_id == a)
            && self
                .campaign_id
                .as_deref()
                .is_none_or(|c| entry.request.campaign_id.as_deref() == Some(c))
            && self.created_from.is_none_or(|t| entry.created_at >= t)
            && self.created_before.is_none_or(|t| entry.created_at < t)
            && text_matches(&search_text(entry), &self.text)
    }
}

/// A slice of the newest-first list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub offset: usize,
    pub limit: usize,
}

impl PageRequest {
    /// The most rows one page may ask for: a screenful many times over, never the whole log.
    pub const MAX_LIMIT: usize = 500;

    /// `limit` capped at [`Self::MAX_LIMIT`] (and at least 1).
    pub fn new(offset: usize, limit: usize) -> Self {
        Self {
            offset,
            limit: limit.clamp(1, Self::MAX_LIMIT),
        }
    }
}

/// What the search box looks through for `entry`, folded (lower case, no accents) and with
/// the phone numbers' digits: "maria" finds "María", "5255" finds "+52 55 1234 5678".
pub fn search_text(entry: &CallEntry) -> String {
    let l = &entry.request.labels;
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    fold(&format!(
        "{} {} {} {} {} {} {}",
        l.contact_name,
        l.agent_name,
        entry.call_id.as_deref().unwrap_or(""),
        entry.request_id,
        l.contact_phone,
        digits(&l.contact_phone),
        digits(&l.from_number),
    ))
}

/// The folded form of what was typed (the needle for [`search_text`]'s haystack): trimmed,
/// lower case, without accents; a phone-like entry ("+52 55", "52-55") becomes its digits.
pub fn search_needle(typed: &str) -> String {
    let t = typed.trim();
    let phone_like = !t.is_empty()
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars()
            .all(|c| c.is_ascii_digit() || " +().-".contains(c));
    if phone_like {
        t.chars().filter(char::is_ascii_digit).collect()
    } else {
        fold(t)
    }
}

fn text_matches(haystack: &str, typed: &str) -> bool {
    let needle = search_needle(typed);
    needle.is_empty() || haystack.contains(&needle)
}

/// Lower case without combining marks ("José" → "jose").
pub fn fold(s: &str) -> String {
    s.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests;
