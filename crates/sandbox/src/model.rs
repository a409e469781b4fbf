//! The simulator's own model of the server's resources, serialized with the server's field names.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::lifecycle::OutcomeShares;

/// Formats an instant the way the API does (`2026-01-05T14:30:00.000Z`).
pub(crate) fn iso(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// The organization every seeded resource belongs to.
pub(crate) const ORGANIZATION_ID: &str = "org-7d1c4e2a-sandbox";

/// A contact's custom property, `{type, field, value}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct ContactField {
    #[serde(rename = "type")]
    pub kind: String,
    pub field: String,
    pub value: String,
}

/// A contact as returned by the contacts endpoints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Contact {
    pub id: String,
    pub created_at: String,
    pub phone_number: String,
    pub full_name: String,
    pub country: Option<String>,
    pub email: Option<String>,
    pub description: Option<String>,
    pub additional_data: Vec<ContactField>,
    pub organization_id: String,
}

impl Contact {
    /// The value of one of the contact's custom properties.
    pub(crate) fn property(&self, field: &str) -> Option<&str> {
        self.additional_data
            .iter()
            .find(|f| f.field == field)
            .map(|f| f.value.as_str())
    }
}

/// One analysis item an agent extracts after each call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct AnalysisItem {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub description: &'static str,
}

/// One tool an agent may call.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Tool {
    pub name: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub description: &'static str,
}

/// An AI agent.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Agent {
    pub id: String,
    pub name: &'static str,
    pub person_name: &'static str,
    pub language: &'static str,
    pub timezone: &'static str,
    pub webhook_url: Option<&'static str>,
    pub conversation_purpose: &'static str,
    pub prompt: &'static str,
    pub volume: f64,
    pub voice_id: &'static str,
    pub interruption_sensitivity: f64,
    pub ambient_sound: Option<&'static str>,
    pub voice_speed: f64,
    pub voice_temperature: f64,
    pub post_call_analysis_data: Vec<AnalysisItem>,
    pub tools: Vec<Tool>,
    pub created_at: String,
    pub updated_at: String,
    /// The company the agent speaks for (used in transcripts; not part of the API shape).
    #[serde(skip)]
    pub company: &'static str,
    /// How this agent's calls end when nothing forces an outcome (not part of the API shape).
    #[serde(skip)]
    pub outcome_shares: OutcomeShares,
}

/// A phone number owned by the organization.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct PhoneNumber {
    pub id: String,
    pub phone_number: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub organization_id: String,
    pub created_at: String,
}

/// The callee as stored on a call (`contact` in call objects).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct CallContact {
    pub id: Option<String>,
    pub full_name: String,
    pub phone_number: String,
    pub email: Option<String>,
    pub country: Option<String>,
}

/// A call created through the API; its status is derived from the clock when it is read.
/// Serialized only into the app's saved sandbox state (`persist`), never onto the wire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct CallRecord {
    pub id: String,
    /// Creation order, used to sort calls created at the same instant.
    pub seq: u64,
    pub created_at: DateTime<Utc>,
    /// When the call enters the queue (creation time, or the delay / schedule time).
    pub due_at: DateTime<Utc>,
    /// True when the request asked for a delay or a schedule in the future.
    pub scheduled: bool,
    pub agent_id: String,
    pub from_number: String,
    pub contact: CallContact,
    pub additional_data: Vec<(String, String)>,
    pub metadata: Option<Map<String, Value>>,
    pub campaign_id: Option<String>,
    /// Outstanding amount mentioned in the transcript (from the call's or contact's data).
    pub debt: Option<String>,
    /// Final status forced through `metadata.sandbox_outcome`, if any.
    pub forced_outcome: Option<crate::lifecycle::Outcome>,
    /// The shares of the call's agent, which pick its outcome when none is forced.
    pub outcome_shares: OutcomeShares,
}
