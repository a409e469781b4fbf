//! The state of one call attempt, folded from its records ([`CallEntry::apply`] is the only
//! fold: the store applies each new record to the entry it reads back, then saves it).

use super::lookup::LookupSummary;
use super::record::{JournalRecord, MatchedBy, Outcome, RequestSummary, StatusSnapshot};
use super::status::CallStatus;
use chrono::{DateTime, TimeDelta, Utc};
use serde::Serialize;
use uuid::Uuid;

/// Where a call attempt stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallState {
    /// The POST is being sent (or Callboard stopped while sending; see `CallStore::open`).
    Sending,
    /// Contactship created the call; no status read yet.
    Placed,
    /// Contactship will dial at the scheduled time.
    Scheduled,
    /// Queued or ringing/talking right now.
    InProgress,
    /// The call ended; the latest status says how (completed, no answer, busy, ...).
    Completed,
    /// Contactship refused the request; nothing was dialed.
    Rejected,
    /// The request never reached Contactship; nothing was dialed.
    NotSent,
    /// The request may or may not have created a call: check before calling again.
    OutcomeUnknown,
}

impl CallState {
    /// The serde name (`"outcome_unknown"`), as stored for people reading the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sending => "sending",
            Self::Placed => "placed",
            Self::Scheduled => "scheduled",
            Self::InProgress => "in_progress",
            Self::Completed => "completed",
            Self::Rejected => "rejected",
            Self::NotSent => "not_sent",
            Self::OutcomeUnknown => "outcome_unknown",
        }
    }
}

/// The result of a reconciliation lookup.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reconciliation {
    /// When the lookup finished.
    pub at: DateTime<Utc>,
    /// The call found, if any.
    pub call_id: Option<String>,
    /// How it was matched.
    pub matched_by: Option<MatchedBy>,
    /// What the lookup read, when recorded.
    pub searched: Option<LookupSummary>,
}

impl Reconciliation {
    /// A sentence for the person about what the lookup found.
    pub fn message(&self) -> String {
        match (&self.call_id, &self.searched) {
            (Some(_), _) => crate::t!("reconciliation-found"),
            (None, Some(searched)) => searched.nothing_found_message(),
            (None, None) => crate::t!("reconciliation-no-record"),
        }
    }
}

/// Everything known about one call attempt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CallEntry {
    /// Our request id (also in the call's metadata on the server).
    pub request_id: Uuid,
    /// Where the attempt stands now.
    pub state: CallState,
    /// What was sent.
    pub request: RequestSummary,
    /// When the attempt started (the Sending record).
    pub created_at: DateTime<Utc>,
    /// The latest time anything was recorded about this attempt.
    pub updated_at: DateTime<Utc>,
    /// How the POST ended, once known.
    pub outcome: Option<Outcome>,
    /// When the outcome was recorded.
    pub outcome_at: Option<DateTime<Utc>>,
    /// The server's call id, from the POST or from reconciliation.
    pub call_id: Option<String>,
    /// The latest reconciliation lookup.
    pub reconciliation: Option<Reconciliation>,
    /// Every distinct status seen, oldest first.
    pub status_history: Vec<StatusSnapshot>,
    /// The last time the status was polled.
    pub last_checked: Option<DateTime<Utc>>,
}

impl CallEntry {
    /// A fresh attempt that is being sent.
    pub(crate) fn new(request_id: Uuid, at: DateTime<Utc>, request: RequestSummary) -> Self {
        Self {
            request_id,
            state: CallState::Sending,
            request,
            created_at: at,
            updated_at: at,
            outcome: None,
            outcome_at: None,
            call_id: None,
            reconciliation: None,
            status_history: Vec::new(),
            last_checked: None,
        }
    }

    /// The most recent status read from the server.
    pub fn latest_status(&self) -> Option<&StatusSnapshot> {
        self.status_history.last()
    }

    /// How long a status Callboard doesn't know is followed before polling stops: counted
    /// from when it was first seen (or from when the call was due, if later). Calls last
    /// minutes; a status that has not moved for six hours of checks is not going to, and
    /// the person can still press "Check status".
    pub const UNKNOWN_STATUS_FOLLOW_LIMIT: TimeDelta = TimeDelta::hours(6);

    /// Whether nothing more will change, so polling stops: the call ended, was never
    /// placed, or has shown a status Callboard doesn't know for longer than
    /// [`Self::UNKNOWN_STATUS_FOLLOW_LIMIT`].
    pub fn is_settled(&self) -> bool {
        matches!(
            self.state,
            CallState::Completed | CallState::Rejected | CallState::NotSent
        ) || self.unknown_status_given_up()
    }

    /// A sentence about a status Callboard doesn't know, when the latest one is such.
    pub fn status_note(&self) -> Option<String> {
        let CallStatus::Unknown(wire) = &self.latest_status()?.call_status else {
            return None;
        };
        Some(if self.unknown_status_given_up() {
            crate::t!(
                "status-unknown-given-up",
                status = wire,
                hours = Self::UNKNOWN_STATUS_FOLLOW_LIMIT.num_hours()
            )
        } else {
            crate::t!("status-unknown-still-checking", status = wire)
        })
    }

    fn unknown_status_given_up(&self) -> bool {
        let Some(latest) = self.latest_status() else {
            return false;
        };
        if latest.call_status.is_known() {
            return false;
        }
        let since = self
            .request
            .due_at
            .map_or(latest.seen(), |due| due.max(latest.seen()));
        let checked = self.last_checked.unwrap_or(latest.seen());
        // `signed_duration_since` cannot overflow between two valid instants.
        checked.signed_duration_since(since) >= Self::UNKNOWN_STATUS_FOLLOW_LIMIT
    }

    /// Applies one record about this attempt. A second `Sending` is ignored.
    pub(crate) fn apply(&mut self, record: JournalRecord) {
        let at = record.at();
        match record {
            JournalRecord::Sending { .. } => return,
            JournalRecord::Outcome { at, outcome, .. } => {
                if let Outcome::Placed { call_id } = &outcome {
                    self.call_id = Some(call_id.clone());
                }
                self.outcome = Some(outcome);
                self.outcome_at = Some(at);
            }
            JournalRecord::Reconciled {
                at,
                call_id,
                matched_by,
                searched,
                ..
            } => {
                if let Some(id) = &call_id {
                    self.call_id = Some(id.clone());
                }
                self.reconciliation = Some(Reconciliation {
                    at,
                    call_id,
                    matched_by,
                    searched,
                });
            }
            JournalRecord::StatusUpdate { status, .. } => {
                let seen = status.seen();
                self.last_checked = Some(self.last_checked.map_or(seen, |c| c.max(seen)));
                self.status_history.push(status);
            }
            JournalRecord::Checked { at, .. } => {
                self.last_checked = Some(self.last_checked.map_or(at, |c| c.max(at)));
            }
        }
        self.updated_at = self.updated_at.max(at);
        self.state = self.derive_state();
    }

    /// The state implied by everything recorded so far; later facts win. Needs only the
    /// latest status, so it holds for entries read without their whole history.
    pub(crate) fn derive_state(&self) -> CallState {
        if let Some(status) = self.latest_status() {
            return match &status.call_status {
                s if s.is_final() => CallState::Completed,
                CallStatus::Scheduled => CallState::Scheduled,
                // Queued, talking, or a status we don't know yet: still following it.
                _ => CallState::InProgress,
            };
        }
        if self.call_id.is_some() {
            return CallState::Placed;
        }
        match &self.outcome {
            None => CallState::Sending,
            Some(Outcome::Placed { .. }) => CallState::Placed,
            Some(Outcome::Rejected { .. }) => CallState::Rejected,
            Some(Outcome::NotSent { .. }) => CallState::NotSent,
            Some(Outcome::OutcomeUnknown { .. }) => CallState::OutcomeUnknown,
        }
    }
}
