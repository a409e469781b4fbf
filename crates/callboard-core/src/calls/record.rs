//! The records Callboard writes about its call attempts (one per line in the old journal,
//! one change to the store's rows now).
//!
//! Records are facts appended in order ("we are about to send this", "the server said
//! that"); the current state of a call is derived by folding them (see `entry.rs`).
//! Statuses are typed ([`CallStatus`]) but stored as the API's wire names, so stored
//! history does not depend on the API client's types and stays readable when the client
//! grows new variants.

use super::lookup::LookupSummary;
use super::status::CallStatus;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// One fact about a call attempt (a line of the old journal, a write to the store).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JournalRecord {
    /// Written and fsynced *before* the create-call POST leaves this computer.
    Sending {
        /// Our UUIDv4, also sent as `metadata.callboard_request_id`.
        request_id: Uuid,
        /// When the attempt started.
        at: DateTime<Utc>,
        /// What is being sent (never the API key) and how to show it.
        request: RequestSummary,
    },
    /// How the POST ended.
    Outcome {
        /// The attempt this outcome belongs to.
        request_id: Uuid,
        /// When the outcome was known.
        at: DateTime<Utc>,
        /// The classified result.
        outcome: Outcome,
    },
    /// The result of looking an uncertain attempt up with `GET /v1/calls`.
    Reconciled {
        /// The attempt that was looked up.
        request_id: Uuid,
        /// When the lookup finished.
        at: DateTime<Utc>,
        /// The call found on the server, or `None` when nothing matched.
        call_id: Option<String>,
        /// How the call was matched, when one was found.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        matched_by: Option<MatchedBy>,
        /// What the lookup read (absent in journals written before it was recorded).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        searched: Option<LookupSummary>,
    },
    /// A new status read from `GET /v1/calls/{id}`.
    StatusUpdate {
        /// The attempt whose call changed.
        request_id: Uuid,
        /// The status as read.
        status: StatusSnapshot,
    },
    /// The call was polled and nothing changed.
    Checked {
        /// The attempt whose call was polled.
        request_id: Uuid,
        /// When it was polled.
        at: DateTime<Utc>,
    },
}

impl JournalRecord {
    /// The attempt this record belongs to.
    pub fn request_id(&self) -> Uuid {
        match self {
            Self::Sending { request_id, .. }
            | Self::Outcome { request_id, .. }
            | Self::Reconciled { request_id, .. }
            | Self::StatusUpdate { request_id, .. }
            | Self::Checked { request_id, .. } => *request_id,
        }
    }

    /// When the fact this record states became true.
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            Self::Sending { at, .. }
            | Self::Outcome { at, .. }
            | Self::Reconciled { at, .. }
            | Self::Checked { at, .. } => *at,
            // Recorded when it was learned, not when the server says it happened.
            Self::StatusUpdate { status, .. } => status.seen(),
        }
    }
}

/// What was sent, without the API key (which only ever travels as a header).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestSummary {
    /// The contact being called.
    pub contact_id: String,
    /// The AI agent that talks.
    pub agent_id: String,
    /// The organisation phone number the call comes from.
    pub from_number_id: String,
    /// Exactly the JSON body of the POST (additional data, timing, metadata included).
    pub body: serde_json::Value,
    /// Human-readable names, so the history is readable even if the contact is deleted.
    #[serde(default)]
    pub labels: CallLabels,
    /// When Contactship is expected to dial (now, after the delay, or the scheduled
    /// instant), so status polling can wait until then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_at: Option<DateTime<Utc>>,
    /// The campaign that placed this attempt, when one did (none for a single call).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub campaign_id: Option<String>,
}

/// Display labels for a call, captured when it was placed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallLabels {
    /// The contact's full name.
    pub contact_name: String,
    /// The contact's phone number (E.164).
    pub contact_phone: String,
    /// The agent's name.
    pub agent_name: String,
    /// The number the call comes from (E.164).
    pub from_number: String,
    /// "Now", "In 15 minutes", "Tue 16 Jun, 14:30 (America/Mexico_City)", ...
    pub when_label: String,
    /// The IANA zone the callee is believed to be in.
    pub callee_zone: Option<String>,
    /// The contact's country as Contactship has it ("MX", "España"), for "Call again".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_country: Option<String>,
}

/// The classified result of a create-call POST (STYLE.md §5).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// A 2xx with a call id: the call exists.
    Placed {
        /// The server's call id.
        call_id: String,
    },
    /// The server answered 4xx: definitely not placed.
    Rejected {
        /// Stable machine code (`bad_request`, `not_found`, `rate_limited`, ...).
        code: String,
        /// A sentence for the user.
        message: String,
        /// The request field the server objected to, when known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        field: Option<String>,
        /// For 429: how long Contactship asked us to wait.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        retry_after_secs: Option<u32>,
    },
    /// The request provably never reached the server (after any automatic retries).
    NotSent {
        /// Stable machine code (`connect_failed`, `validation`, ...).
        code: String,
        /// A sentence for the user.
        message: String,
    },
    /// The request may have reached the server: check before calling again.
    OutcomeUnknown {
        /// Stable machine code (`server_error`, `timeout`, `interrupted`, ...).
        code: String,
        /// A sentence for the user.
        message: String,
    },
}

/// How reconciliation matched a server call to one of our attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The call carries our `metadata.callboard_request_id`: certain.
    RequestId,
    /// Same contact and agent, created shortly after the attempt: very likely.
    ContactAndAgent,
}

/// One observed status of a placed call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StatusSnapshot {
    /// When the change happened: the server's own time for it when the call says
    /// (`finished_at` for a final status, `start_at` once in progress, `created_at` while
    /// queued or scheduled), else when Callboard saw it. Journals written before
    /// `seen_at` existed hold the time it was seen here.
    pub at: DateTime<Utc>,
    /// When Callboard read this status (this computer's clock); `None` in older journals,
    /// where `at` is that time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seen_at: Option<DateTime<Utc>>,
    /// `scheduled`, `in-queue`, `in-progress`, `completed`, `no-answer`, ... (wire names).
    pub call_status: CallStatus,
    /// Wire name: `answered`, `voicemail`, `no_answer`, `busy`, `failed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_result: Option<String>,
    /// Length in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<f64>,
    /// The AI summary of the conversation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// The AI's reading of the callee's mood.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentiment: Option<String>,
    /// Where the recording can be played.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recording_url: Option<String>,
    /// Why the call ended (`agent_hangup`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disconnection_reason: Option<String>,
    /// When the call ended, as the server wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished_at: Option<String>,
    /// The conversation, fetched once the call is final.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcript: Option<Vec<TranscriptTurn>>,
}

impl StatusSnapshot {
    /// A snapshot with only a status, seen at `at`; other details are filled by the caller.
    pub fn new(at: DateTime<Utc>, call_status: impl Into<CallStatus>) -> Self {
        Self {
            at,
            seen_at: None,
            call_status: call_status.into(),
            call_result: None,
            duration: None,
            summary: None,
            sentiment: None,
            recording_url: None,
            disconnection_reason: None,
            finished_at: None,
            transcript: None,
        }
    }

    /// When Callboard learned this status.
    pub fn seen(&self) -> DateTime<Utc> {
        self.seen_at.unwrap_or(self.at)
    }

    /// Whether the call has ended (see [`CallStatus::is_final`]).
    pub fn is_final(&self) -> bool {
        self.call_status.is_final()
    }

    /// Whether `other` says something new compared with `self` (ignoring when it was read
    /// or when the server says it happened).
    pub fn differs_from(&self, other: &StatusSnapshot) -> bool {
        let mut a = self.clone();
        a.at = other.at;
        a.seen_at = other.seen_at;
        a != *other
    }
}

/// One turn of the conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TranscriptTurn {
    /// `agent` or `user`.
    pub role: String,
    /// What was said.
    pub content: String,
}
