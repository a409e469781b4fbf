//! Bodies for placing calls: [`ContactCallRequest`] (`POST /v1/calls/single-contact-call`)
//! and [`PhoneCallRequest`] (`POST /v1/calls/single-phone-call`). The reply is
//! [`super::CreatedCall`].
//!
//! `delay` and `schedule` are mutually exclusive by construction ([`CallTiming`]).

use serde::{Deserialize, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::validate::{self, ValidationError};

/// One `{key, value}` item of a call's `additional_data`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyValue {
    /// Name, e.g. `amount_debt`.
    pub key: String,
    /// Value, e.g. `14058`.
    pub value: String,
}

impl KeyValue {
    /// Builds a pair.
    pub fn new(key: impl Into<String>, value: impl Into<String>) -> Self {
        KeyValue {
            key: key.into(),
            value: value.into(),
        }
    }
}

/// A wall-clock time in a time zone: `{"scheduled_call_time": "yyyy-MM-dd HH:mm:ss",
/// "timezone": "<IANA>"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schedule {
    /// Local time, exactly `yyyy-MM-dd HH:mm:ss`.
    pub scheduled_call_time: String,
    /// IANA time zone, e.g. `America/Mexico_City`.
    pub timezone: String,
}

/// When the call should be placed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CallTiming {
    /// Immediately (nothing is sent).
    #[default]
    Now,
    /// After this many whole minutes (0–10080), sent as `delay`.
    Delay {
        /// Minutes to wait.
        minutes: u32,
    },
    /// At a local time in a zone, sent as `schedule`.
    Schedule(Schedule),
}

impl CallTiming {
    fn validate(&self) -> Result<(), ValidationError> {
        match self {
            CallTiming::Now => Ok(()),
            CallTiming::Delay { minutes } => validate::delay_minutes("delay", *minutes),
            CallTiming::Schedule(s) => validate::schedule("schedule", s),
        }
    }

    fn delay(&self) -> Option<u32> {
        match self {
            CallTiming::Delay { minutes } => Some(*minutes),
            _ => None,
        }
    }

    fn schedule(&self) -> Option<&Schedule> {
        match self {
            CallTiming::Schedule(s) => Some(s),
            _ => None,
        }
    }
}

/// Call an existing contact. Serializes to the documented body; `additional_data` and
/// `metadata` are omitted when empty.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContactCallRequest {
    /// Contact to call.
    pub contact_id: String,
    /// Agent to use.
    pub agent_id: String,
    /// Id (not the number) of the organization phone number to call from.
    pub from_number_id: String,
    /// Extra context for this call only.
    pub additional_data: Vec<KeyValue>,
    /// Now, after a delay, or at a scheduled time.
    pub timing: CallTiming,
    /// Free-form tracking data (Callboard puts `callboard_request_id` here).
    pub metadata: Map<String, Value>,
}

impl ContactCallRequest {
    /// Checks every field before sending; the error names the first bad field.
    pub fn validate(&self) -> Result<(), ValidationError> {
        validate::id("contact_id", &self.contact_id)?;
        validate::id("agent_id", &self.agent_id)?;
        validate::id("from_number_id", &self.from_number_id)?;
        validate::additional_data("additional_data", &self.additional_data)?;
        self.timing.validate()?;
        validate::metadata("metadata", &self.metadata)
    }
}

#[derive(Serialize)]
struct ContactCallWire<'a> {
    contact_id: &'a str,
    agent_id: &'a str,
    from_number_id: &'a str,
    #[serde(skip_serializing_if = "<[KeyValue]>::is_empty")]
    additional_data: &'a [KeyValue],
    #[serde(skip_serializing_if = "Option::is_none")]
    delay: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<&'a Schedule>,
    #[serde(skip_serializing_if = "Map::is_empty")]
    metadata: &'a Map<String, Value>,
}

impl Serialize for ContactCallRequest {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        ContactCallWire {
            contact_id: &self.contact_id,
            agent_id: &self.agent_id,
            from_number_id: &self.from_number_id,
            additional_data: &self.additional_data,
            delay: self.timing.delay(),
            schedule: self.timing.schedule(),
            metadata: &self.metadata,
        }
        .serialize(s)
    }
}

/// Call any number (no stored contact needed).
///
/// `country` is always sent because an older version of the endpoint requires it: when
/// left `None`, the ISO region of `to_number` (e.g. `MX`) is sent.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PhoneCallRequest {
    /// Caller id in E.164; must be one of the organization's numbers.
    pub from_number: String,
    /// Number to call, E.164.
    pub to_number: String,
    /// Callee's name, used by the agent.
    pub full_name: String,
    /// Agent to use.
    pub agent_id: String,
    /// Callee's e-mail (context for the agent).
    pub email: Option<String>,
    /// Callee's country, e.g. `Mexico`.
    pub country: Option<String>,
    /// Webhook for this call's events.
    pub webhook_url: Option<String>,
    /// Extra context for this call only.
    pub additional_data: Vec<KeyValue>,
    /// Now, after a delay, or at a scheduled time.
    pub timing: CallTiming,
    /// Free-form tracking data.
    pub metadata: Map<String, Value>,
}

impl PhoneCallRequest {
    /// Checks every field before sending; the error names the first bad field.
    pub fn validate(&self) -> Result<(), ValidationError> {
        validate::e164("to_number", &self.to_number)?;
        validate::e164("from_number", &self.from_number)?;
        validate::required_text("full_name", &self.full_name)?;
        validate::id("agent_id", &self.agent_id)?;
        if let Some(e) = &self.email {
            validate::email("email", e)?;
        }
        if let Some(c) = &self.country {
            validate::required_text("country", c)?;
        }
        if let Some(w) = &self.webhook_url {
            validate::webhook_url("webhook_url", w)?;
        }
        validate::additional_data("additional_data", &self.additional_data)?;
        self.timing.validate()?;
        validate::metadata("metadata", &self.metadata)
    }

    /// The `country` that will be sent: the given one, else the region of `to_number`.
    pub fn effective_country(&self) -> Option<String> {
        self.country.clone().or_else(|| {
            let number = phonenumber::parse(None, &self.to_number).ok()?;
            let id = number.country().id()?;
            Some(id.as_ref().to_owned())
        })
    }
}

#[derive(Serialize)]
struct PhoneCallWire<'a> {
    from_number: &'a str,
    to_number: &'a str,
    full_name: &'a str,
    agent_id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    webhook_url: Option<&'a str>,
    #[serde(skip_serializing_if = "<[KeyValue]>::is_empty")]
    additional_data: &'a [KeyValue],
    #[serde(skip_serializing_if = "Option::is_none")]
    delay: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    schedule: Option<&'a Schedule>,
    #[serde(skip_serializing_if = "Map::is_empty")]
    metadata: &'a Map<String, Value>,
}

impl Serialize for PhoneCallRequest {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        PhoneCallWire {
            from_number: &self.from_number,
            to_number: &self.to_number,
            full_name: &self.full_name,
            agent_id: &self.agent_id,
            email: self.email.as_deref(),
            country: self.effective_country(),
            webhook_url: self.webhook_url.as_deref(),
            additional_data: &self.additional_data,
            delay: self.timing.delay(),
            schedule: self.timing.schedule(),
            metadata: &self.metadata,
        }
        .serialize(s)
    }
}
