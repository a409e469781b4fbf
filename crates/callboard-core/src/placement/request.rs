//! What a placement sends: a call to a saved contact (`single-contact-call`) or to any
//! number (`single-phone-call`, "Test this agent"). Both go through the same journal-first,
//! never-retried-once-sent path; only the body and the endpoint differ.

use contactship::{CallTiming, Client, ContactCallRequest, CreatedCall, PhoneCallRequest};
use serde_json::{Map, Value};

/// The prefix of the contact key a call to a bare number is filed under: the duplicate guard
/// and Recent calls treat "+52 55 …" like a contact of its own.
pub const PHONE_KEY_PREFIX: &str = "tel:";

/// One call-creating request.
#[derive(Debug, Clone, PartialEq)]
pub enum CallRequest {
    Contact(ContactCallRequest),
    Phone(PhoneCallRequest),
}

impl From<ContactCallRequest> for CallRequest {
    fn from(r: ContactCallRequest) -> Self {
        Self::Contact(r)
    }
}

impl From<PhoneCallRequest> for CallRequest {
    fn from(r: PhoneCallRequest) -> Self {
        Self::Phone(r)
    }
}

impl CallRequest {
    pub fn metadata_mut(&mut self) -> &mut Map<String, Value> {
        match self {
            Self::Contact(r) => &mut r.metadata,
            Self::Phone(r) => &mut r.metadata,
        }
    }

    pub fn validate(&self) -> Result<(), contactship::ValidationError> {
        match self {
            Self::Contact(r) => r.validate(),
            Self::Phone(r) => r.validate(),
        }
    }

    pub fn agent_id(&self) -> &str {
        match self {
            Self::Contact(r) => &r.agent_id,
            Self::Phone(r) => &r.agent_id,
        }
    }

    /// Who is called: the contact id, or `tel:` and the number.
    pub fn contact_key(&self) -> String {
        match self {
            Self::Contact(r) => r.contact_id.clone(),
            Self::Phone(r) => format!("{PHONE_KEY_PREFIX}{}", r.to_number),
        }
    }

    /// The caller id: the number's id, or the E.164 number itself.
    pub fn from_key(&self) -> &str {
        match self {
            Self::Contact(r) => &r.from_number_id,
            Self::Phone(r) => &r.from_number,
        }
    }

    pub fn timing(&self) -> &CallTiming {
        match self {
            Self::Contact(r) => &r.timing,
            Self::Phone(r) => &r.timing,
        }
    }

    /// The JSON body exactly as sent.
    pub fn body(&self) -> Value {
        match self {
            Self::Contact(r) => serde_json::to_value(r).unwrap_or_default(),
            Self::Phone(r) => serde_json::to_value(r).unwrap_or_default(),
        }
    }

    /// One POST, never retried here (the caller retries only what never left).
    pub(super) async fn send_once(
        &self,
        client: &Client,
    ) -> Result<CreatedCall, contactship::Error> {
        match self {
            Self::Contact(r) => client.call_contact(r).await,
            Self::Phone(r) => client.call_phone_number(r).await,
        }
    }
}
