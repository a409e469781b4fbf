//! Agents: the AI voices that place calls ([`Agent`]).

use serde::{Deserialize, Serialize};

use super::de;

/// An AI agent. `GET /v1/agents` and `/v1/agents/{id}` return this inside
/// `{"statusCode", "data"}`; create returns `agent_id` instead of `id` (accepted too).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agent {
    /// Agent id; send it as `agent_id` when placing calls.
    #[serde(alias = "agent_id")]
    pub id: String,
    /// Internal reference name (show this in pickers).
    #[serde(default)]
    pub name: Option<String>,
    /// The name the agent uses on the call.
    #[serde(default)]
    pub person_name: Option<String>,
    /// Language, e.g. `en-US`, `es-419`, `multi`.
    #[serde(default)]
    pub language: Option<String>,
    /// IANA time zone of the agent (create/list responses may include it).
    #[serde(default)]
    pub timezone: Option<String>,
    /// Webhook for call status notifications.
    #[serde(default)]
    pub webhook_url: Option<String>,
    /// What the agent is for.
    #[serde(default)]
    pub conversation_purpose: Option<String>,
    /// The agent's prompt.
    #[serde(default)]
    pub prompt: Option<String>,
    /// Voice id.
    #[serde(default)]
    pub voice_id: Option<String>,
    /// Output volume, e.g. 1.2.
    #[serde(default, deserialize_with = "de::opt_f64")]
    pub volume: Option<f64>,
    /// 0.1–1: how easily the caller can interrupt.
    #[serde(default, deserialize_with = "de::opt_f64")]
    pub interruption_sensitivity: Option<f64>,
    /// Background sound, e.g. `call-center`.
    #[serde(default)]
    pub ambient_sound: Option<String>,
    /// Speaking speed.
    #[serde(default, deserialize_with = "de::opt_f64")]
    pub voice_speed: Option<f64>,
    /// Voice temperature.
    #[serde(default, deserialize_with = "de::opt_f64")]
    pub voice_temperature: Option<f64>,
    /// Fields extracted after each call.
    #[serde(default, deserialize_with = "de::vec_or_null")]
    pub post_call_analysis_data: Vec<PostCallAnalysisField>,
    /// Tools the agent may call.
    #[serde(default, deserialize_with = "de::vec_or_null")]
    pub tools: Vec<AgentTool>,
    /// Creation time, ISO 8601.
    #[serde(default)]
    pub created_at: Option<String>,
    /// Last update, ISO 8601.
    #[serde(default)]
    pub updated_at: Option<String>,
}

/// One post-call analysis field (`{name, type, description}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostCallAnalysisField {
    /// Field name.
    #[serde(default)]
    pub name: Option<String>,
    /// Value type (`number`, `boolean`, `string`, ...).
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    /// What to extract.
    #[serde(default)]
    pub description: Option<String>,
}

/// One tool an agent may use (`{name, type: "function", description}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentTool {
    /// Tool name.
    #[serde(default)]
    pub name: Option<String>,
    /// Tool type, e.g. `function`.
    #[serde(rename = "type", default)]
    pub kind: Option<String>,
    /// What the tool does.
    #[serde(default)]
    pub description: Option<String>,
}
