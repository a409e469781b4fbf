//! What "All calls" shows: the IPC types for the organisation's call log and the mapping from
//! the API's call objects onto them (labels in words, no raw JSON).

use crate::ipc::{CallState, KeyValue, TranscriptLine};
use crate::views::{duration_words, status_words};
use callboard_core::calls::CallStatus as JournalStatus;
use callboard_core::display::phone_display;
use contactship::{Call, CallResult, CallStatus, ChatHistory};
use serde::{Deserialize, Serialize};
use specta::Type;

/// A `call_status` to filter by (the documented values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OrgStatusFilter {
    Scheduled,
    InQueue,
    InProgress,
    Completed,
    NoAnswer,
    Busy,
    Failed,
    VoiceMail,
    AnsweringMachine,
    Incomplete,
}

impl OrgStatusFilter {
    const ALL: [Self; 10] = [
        Self::Scheduled,
        Self::InQueue,
        Self::InProgress,
        Self::Completed,
        Self::NoAnswer,
        Self::Busy,
        Self::Failed,
        Self::VoiceMail,
        Self::AnsweringMachine,
        Self::Incomplete,
    ];

    /// The API's value.
    pub fn wire(self) -> CallStatus {
        match self {
            Self::Scheduled => CallStatus::Scheduled,
            Self::InQueue => CallStatus::InQueue,
            Self::InProgress => CallStatus::InProgress,
            Self::Completed => CallStatus::Completed,
            Self::NoAnswer => CallStatus::NoAnswer,
            Self::Busy => CallStatus::Busy,
            Self::Failed => CallStatus::Failed,
            Self::VoiceMail => CallStatus::VoiceMail,
            Self::AnsweringMachine => CallStatus::AnsweringMachine,
            Self::Incomplete => CallStatus::Incomplete,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Scheduled => "Scheduled",
            Self::InQueue => "In queue",
            Self::InProgress => "In progress",
            Self::Completed => "Completed",
            Self::NoAnswer => "No answer",
            Self::Busy => "Busy",
            Self::Failed => "Failed",
            Self::VoiceMail => "Voicemail",
            Self::AnsweringMachine => "Answering machine",
            Self::Incomplete => "Cut off",
        }
    }
}

/// A `call_result` to filter by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OrgResultFilter {
    Answered,
    Voicemail,
    NoAnswer,
    Busy,
    Failed,
}

impl OrgResultFilter {
    const ALL: [Self; 5] = [
        Self::Answered,
        Self::Voicemail,
        Self::NoAnswer,
        Self::Busy,
        Self::Failed,
    ];

    /// The API's value.
    pub fn wire(self) -> CallResult {
        match self {
            Self::Answered => CallResult::Answered,
            Self::Voicemail => CallResult::Voicemail,
            Self::NoAnswer => CallResult::NoAnswer,
            Self::Busy => CallResult::Busy,
            Self::Failed => CallResult::Failed,
        }
    }

    fn label(self) -> &'static str {
        match self {
            Self::Answered => "Answered",
            Self::Voicemail => "Voicemail",
            Self::NoAnswer => "No answer",
            Self::Busy => "Busy",
            Self::Failed => "Failed",
        }
    }
}

/// One choice of a filter menu.
#[derive(Debug, Clone, Serialize)]
pub struct FilterChoice<T> {
    pub value: T,
    pub label: &'static str,
}

/// The filter menus and page size, exported to the UI as the `ORG_CALL_FILTERS` constant so
/// TypeScript never restates them.
#[derive(Debug, Clone, Serialize)]
pub struct OrgCallFilters {
    pub statuses: Vec<FilterChoice<OrgStatusFilter>>,
    pub results: Vec<FilterChoice<OrgResultFilter>>,
    pub page_size: u32,
}

/// The menus, in the order they are listed.
pub fn filter_choices() -> OrgCallFilters {
    OrgCallFilters {
        statuses: OrgStatusFilter::ALL
            .iter()
            .map(|&value| FilterChoice {
                value,
                label: value.label(),
            })
            .collect(),
        results: OrgResultFilter::ALL
            .iter()
            .map(|&value| FilterChoice {
                value,
                label: value.label(),
            })
            .collect(),
        page_size: super::PAGE_SIZE,
    }
}

/// Which of the organisation's calls to list, and which slice. Empty filters match everything.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OrgCallQuery {
    pub status: Option<OrgStatusFilter>,
    pub result: Option<OrgResultFilter>,
    pub agent_id: Option<String>,
    pub campaign_id: Option<String>,
    /// Created on or after this day (`yyyy-MM-dd`, as Contactship counts days: UTC).
    pub date_from: Option<String>,
    /// Created on or before this day.
    pub date_to: Option<String>,
    /// The callee's or caller's number, typed in any format.
    pub phone: Option<String>,
    pub offset: u32,
    pub limit: u32,
}

/// One row of "All calls".
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct OrgCallRow {
    pub call_id: String,
    pub created_at: Option<String>,
    /// The chip: the same states as this computer's list.
    pub state: CallState,
    pub status_label: String,
    pub call_status: Option<String>,
    pub call_result: Option<String>,
    pub contact_label: String,
    pub contact_phone: String,
    pub phone_display: String,
    pub agent_id: Option<String>,
    pub agent_label: String,
    pub duration_seconds: Option<f64>,
    pub duration_label: Option<String>,
    pub campaign_id: Option<String>,
    pub is_final: bool,
    /// The attempt in this computer's log that placed this call, when there is one: the row
    /// opens that attempt's details.
    pub local_request_id: Option<String>,
}

/// One page of the organisation's calls.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct OrgCallPage {
    pub rows: Vec<OrgCallRow>,
    /// How many calls match the filters on Contactship, when it says.
    pub total: Option<u32>,
    /// Whether asking for the next offset can return more.
    pub has_more: bool,
    /// The offset to ask for next (the server's rows read, duplicates included).
    pub next_offset: u32,
}

/// The details drawer for a call placed elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct OrgCallDetails {
    pub row: OrgCallRow,
    pub from_label: Option<String>,
    pub direction: Option<String>,
    pub started_at: Option<String>,
    pub finished_at: Option<String>,
    /// Why the call ended, in words ("agent hangup").
    pub ended_because: Option<String>,
    pub summary: Option<String>,
    pub sentiment: Option<String>,
    pub successful: Option<bool>,
    /// What the agent's post-call analysis extracted, as text.
    pub analysis: Vec<KeyValue>,
    /// `https://` links only: anything else is not offered as a link.
    pub recording_url: Option<String>,
    pub transcript: Vec<TranscriptLine>,
}

/// The chip state for an API status: finer than "final or not", like the local list.
fn state_of(status: Option<&CallStatus>) -> CallState {
    match status {
        Some(CallStatus::Scheduled) => CallState::Scheduled,
        Some(CallStatus::InQueue) => CallState::InQueue,
        Some(CallStatus::InProgress) => CallState::InProgress,
        Some(CallStatus::Completed) => CallState::Completed,
        Some(s) if s.is_final() => CallState::FailedCall,
        // No status, or one Callboard doesn't know: placed, nothing more can be said.
        _ => CallState::Placed,
    }
}

fn iso(raw: Option<&str>) -> Option<String> {
    let t = chrono::DateTime::parse_from_rfc3339(raw?.trim()).ok()?;
    Some(
        t.to_utc()
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    )
}

fn nonblank(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

/// A row for `call`, with the agent's name and the local attempt already looked up.
pub fn row(call: &Call, agent_label: String, local_request_id: Option<String>) -> OrgCallRow {
    let status = call.call_status.as_ref();
    let result = call.call_result.as_ref().map(|r| r.as_str().to_owned());
    let duration = call.duration.filter(|d| d.is_finite() && *d >= 0.0);
    let status_label = match status {
        Some(s) => {
            let words = status_words(&JournalStatus::from_wire(s.as_str()), result.as_deref());
            match duration {
                Some(d) if d > 0.0 && s.is_final() => format!("{words} · {}", duration_words(d)),
                _ => words,
            }
        }
        None => "Placed".to_owned(),
    };
    let contact = call.contact.as_ref();
    let phone = nonblank(contact.and_then(|c| c.phone_number.as_deref())).unwrap_or_default();
    OrgCallRow {
        call_id: call.id.clone(),
        created_at: iso(call.created_at.as_deref()),
        state: state_of(status),
        status_label,
        call_status: status.map(|s| s.as_str().to_owned()),
        call_result: result,
        contact_label: nonblank(contact.and_then(|c| c.full_name.as_deref())).unwrap_or_else(
            || {
                if phone.is_empty() {
                    "Unknown contact".to_owned()
                } else {
                    phone_display(&phone)
                }
            },
        ),
        phone_display: phone_display(&phone),
        contact_phone: phone,
        agent_id: nonblank(call.agent_id.as_deref()),
        agent_label,
        duration_seconds: duration,
        duration_label: duration.filter(|d| *d > 0.0).map(duration_words),
        campaign_id: nonblank(call.campaign_id.as_deref()),
        is_final: status.is_some_and(CallStatus::is_final),
        local_request_id,
    }
}

fn analysis_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Bool(true) => "Yes".to_owned(),
        serde_json::Value::Bool(false) => "No".to_owned(),
        serde_json::Value::Null => "—".to_owned(),
        other => other.to_string(),
    }
}

/// The drawer for `call` (read with its transcript).
pub fn details(call: &Call, row: OrgCallRow) -> OrgCallDetails {
    let analysis = call.call_analysis.as_ref();
    let transcript = match &call.chat_history {
        Some(ChatHistory::Messages(lines)) => lines
            .iter()
            .filter(|l| !l.content.trim().is_empty())
            .map(|l| TranscriptLine {
                role: l.role.clone(),
                content: l.content.clone(),
            })
            .collect(),
        Some(ChatHistory::Text(text)) => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| TranscriptLine {
                role: String::new(),
                content: l.to_owned(),
            })
            .collect(),
        None => Vec::new(),
    };
    OrgCallDetails {
        row,
        from_label: nonblank(call.from.as_deref()).map(|n| phone_display(&n)),
        direction: nonblank(call.direction.as_deref()),
        started_at: iso(call.start_at.as_deref()),
        finished_at: iso(call.finished_at.as_deref()),
        ended_because: nonblank(call.disconnection_reason.as_deref()).map(|r| r.replace('_', " ")),
        summary: analysis.and_then(|a| nonblank(a.summary.as_deref())),
        sentiment: analysis.and_then(|a| nonblank(a.sentiment.as_deref())),
        successful: analysis.and_then(|a| a.call_successful),
        analysis: analysis
            .and_then(|a| a.custom_analysis_data.as_ref())
            .map(|m| {
                m.iter()
                    .map(|(k, v)| KeyValue {
                        key: k.replace('_', " "),
                        value: analysis_text(v),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        recording_url: nonblank(call.call_record.as_deref()).filter(|u| u.starts_with("https://")),
        transcript,
    }
}
