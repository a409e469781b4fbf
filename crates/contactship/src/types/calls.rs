//! Calls as read back from `GET /v1/calls` and `GET /v1/calls/{id}`: [`Call`], its
//! status and result enums, analysis and transcript.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::{de, wire_enum};

wire_enum! {
    /// `call_status`. Only the documented final states are final ([`CallStatus::is_final`]);
    /// an unknown value is kept in `Other` and is not final.
    CallStatus {
        /// Being dialed or talking.
        InProgress => "in-progress",
        /// Finished normally.
        Completed => "completed",
        /// Nobody answered.
        NoAnswer => "no-answer",
        /// Could not be placed.
        Failed => "failed",
        /// Waiting to be dialed.
        InQueue => "in-queue",
        /// Ended before completion.
        Incomplete => "incomplete",
        /// Line busy.
        Busy => "busy",
        /// An answering machine picked up.
        AnsweringMachine => "answering-machine",
        /// Waiting for its scheduled time.
        Scheduled => "scheduled",
        /// Went to voice mail.
        VoiceMail => "voice_mail",
    }
}

impl CallStatus {
    /// True once the call will not change status again: only the documented final
    /// states (`completed`, `no-answer`, `failed`, `incomplete`, `busy`,
    /// `answering-machine`, `voice_mail`). `scheduled`, `in-queue`, `in-progress` and any
    /// status this client does not know ([`CallStatus::Other`], e.g. `ringing`) are not
    /// final, so a call is never shown as finished because Contactship added a state.
    /// This is the one place that decides it.
    pub fn is_final(&self) -> bool {
        match self {
            CallStatus::Completed
            | CallStatus::NoAnswer
            | CallStatus::Failed
            | CallStatus::Incomplete
            | CallStatus::Busy
            | CallStatus::AnsweringMachine
            | CallStatus::VoiceMail => true,
            CallStatus::Scheduled
            | CallStatus::InQueue
            | CallStatus::InProgress
            | CallStatus::Other(_) => false,
        }
    }

    /// True for a status this client does not know (kept verbatim in `Other`).
    pub fn is_unknown(&self) -> bool {
        matches!(self, CallStatus::Other(_))
    }
}

wire_enum! {
    /// `call_result`: how a finished call went.
    CallResult {
        /// A person answered.
        Answered => "answered",
        /// Voice mail.
        Voicemail => "voicemail",
        /// Nobody answered.
        NoAnswer => "no_answer",
        /// Busy.
        Busy => "busy",
        /// Failed.
        Failed => "failed",
    }
}

/// A call with its status, result, analysis and (optionally) transcript.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Call {
    /// Call id (= `call_id` returned when it was created).
    pub id: String,
    /// `inbound` / `outbound`.
    #[serde(default)]
    pub direction: Option<String>,
    /// Number that initiated the call (your number on outbound calls).
    #[serde(default)]
    pub from: Option<String>,
    /// Recording URL, when available.
    #[serde(default)]
    pub call_record: Option<String>,
    /// Current status.
    #[serde(default)]
    pub call_status: Option<CallStatus>,
    /// Result once final.
    #[serde(default)]
    pub call_result: Option<CallResult>,
    /// Why the call ended, e.g. `agent_hangup`.
    #[serde(default)]
    pub disconnection_reason: Option<String>,
    /// Start time, ISO 8601.
    #[serde(default)]
    pub start_at: Option<String>,
    /// End time, ISO 8601.
    #[serde(default)]
    pub finished_at: Option<String>,
    /// Length in seconds (number or numeric string on the wire).
    #[serde(default, deserialize_with = "de::opt_f64")]
    pub duration: Option<f64>,
    /// AI analysis of the call.
    #[serde(default)]
    pub call_analysis: Option<CallAnalysis>,
    /// Call type, e.g. `ai_call`.
    #[serde(rename = "type", default)]
    pub type_: Option<String>,
    /// Creation time, ISO 8601.
    #[serde(default)]
    pub created_at: Option<String>,
    /// Agent that handled the call.
    #[serde(default)]
    pub agent_id: Option<String>,
    /// Campaign, if any.
    #[serde(default)]
    pub campaign_id: Option<String>,
    /// The callee on outbound calls.
    #[serde(default)]
    pub contact: Option<CallContact>,
    /// Transcript, when requested.
    #[serde(default)]
    pub chat_history: Option<ChatHistory>,
    /// Transcript including tool calls (`include_tools=true`).
    #[serde(default)]
    pub chat_history_with_tools: Option<Value>,
    /// `json` or `toon`, when a transcript is included.
    #[serde(default)]
    pub transcript_format: Option<String>,
    /// The `metadata` sent when the call was created.
    #[serde(default)]
    pub metadata: Option<Map<String, Value>>,
}

impl Call {
    /// The `metadata.callboard_request_id` this call was created with, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.metadata
            .as_ref()?
            .get("callboard_request_id")?
            .as_str()
    }
}

/// The callee of a call (`contact`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallContact {
    /// Contact id.
    #[serde(default)]
    pub id: Option<String>,
    /// Name.
    #[serde(default)]
    pub full_name: Option<String>,
    /// Dialed number.
    #[serde(default)]
    pub phone_number: Option<String>,
    /// E-mail.
    #[serde(default)]
    pub email: Option<String>,
    /// Country.
    #[serde(default)]
    pub country: Option<String>,
}

/// AI analysis of a call. Both documented spellings are accepted (`summary`/`call_summary`,
/// `sentiment`/`user_sentiment`); anything else is kept in `extra`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CallAnalysis {
    /// Short summary.
    #[serde(default, alias = "call_summary")]
    pub summary: Option<String>,
    /// Caller sentiment.
    #[serde(default, alias = "user_sentiment")]
    pub sentiment: Option<String>,
    /// Whether the call reached voice mail.
    #[serde(default)]
    pub in_voicemail: Option<bool>,
    /// Whether the call reached its goal.
    #[serde(default)]
    pub call_successful: Option<bool>,
    /// Fields extracted by the agent's post-call analysis.
    #[serde(default)]
    pub custom_analysis_data: Option<Map<String, Value>>,
    /// Any other analysis fields.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A transcript: a list of messages (`json` format) or one string (`toon` format).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ChatHistory {
    /// `[{role, content}, ...]`.
    Messages(Vec<ChatMessage>),
    /// A token-efficient text rendering.
    Text(String),
}

/// One transcript line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatMessage {
    /// `agent`, `assistant` or `user`.
    #[serde(default, deserialize_with = "de::text")]
    pub role: String,
    /// What was said.
    #[serde(default, deserialize_with = "de::text")]
    pub content: String,
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn only_documented_final_statuses_are_final_and_unknown_ones_are_kept_and_not_final() {
        let finals = [
            "completed",
            "no-answer",
            "failed",
            "incomplete",
            "busy",
            "answering-machine",
            "voice_mail",
        ];
        for s in finals {
            assert!(CallStatus::from(s).is_final(), "{s}");
        }
        for s in [
            "scheduled",
            "in-queue",
            "in-progress",
            "ringing",
            "initiated",
            "",
            "queued",
        ] {
            let status = CallStatus::from(s);
            assert!(!status.is_final(), "{s}");
        }
        assert_eq!(
            CallStatus::from("ringing"),
            CallStatus::Other("ringing".into())
        );
        assert!(CallStatus::from("ringing").is_unknown());
        assert_eq!(CallStatus::from(" Completed "), CallStatus::Completed);
    }

    #[test]
    fn a_call_with_an_unexpected_status_value_still_parses() {
        for (raw, want) in [
            (r#""ringing""#, CallStatus::Other("ringing".into())),
            ("42", CallStatus::Other("42".into())),
            (r#"{"s":1}"#, CallStatus::Other(r#"{"s":1}"#.into())),
            (r#""IN-PROGRESS""#, CallStatus::InProgress),
        ] {
            let body = format!(r#"{{"id":"c1","call_status":{raw}}}"#);
            let call: Call = serde_json::from_str(&body).unwrap();
            assert_eq!(call.call_status, Some(want), "{raw}");
            assert!(!call.call_status.unwrap().is_final(), "{raw}");
        }
        let call: Call = serde_json::from_str(r#"{"id":"c1","call_status":null}"#).unwrap();
        assert_eq!(call.call_status, None);
    }
}
