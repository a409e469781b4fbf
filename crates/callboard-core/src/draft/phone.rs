//! The "Test this agent" half of the call form: a call to any number through
//! `single-phone-call`. The number is read with the `phonenumber` library (Google's
//! libphonenumber metadata) in the chosen country, as the campaign lists read theirs.

use contactship::{CallTiming, KeyValue, PhoneCallRequest};

use super::{DraftError, PhoneTarget};
use crate::campaign::list::e164;
use crate::placement::CallRequest;
use crate::t;

/// What passed the checks: the number in E.164 and the rest trimmed.
pub(super) struct CheckedPhone {
    to_number: String,
    country: Option<String>,
    full_name: String,
    from_number: String,
}

/// Checks the typed number and name; each problem names its field (`to_number`,
/// `full_name`).
pub(super) fn check(p: &PhoneTarget, problems: &mut Vec<DraftError>) -> Option<CheckedPhone> {
    let country = p
        .country
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_ascii_uppercase);
    let number = p.number.trim();
    let to_number = if number.is_empty() {
        problems.push(DraftError::field_error(
            "to_number",
            t!("phone-enter-number"),
        ));
        None
    } else {
        match e164(number, country.as_deref()) {
            Ok(n) => Some(n),
            Err(_) => {
                let international = number.starts_with('+') || number.starts_with("00");
                let message = if international || country.is_some() {
                    t!("phone-not-valid", number = number)
                } else {
                    t!("phone-needs-country", number = number)
                };
                problems.push(DraftError::field_error("to_number", message));
                None
            }
        }
    };
    let full_name = p.full_name.trim().to_owned();
    if full_name.is_empty() {
        problems.push(DraftError::field_error("full_name", t!("phone-enter-name")));
    }
    let from_number = p.from_number.trim().to_owned();
    if from_number.is_empty() {
        problems.push(DraftError::field_error(
            "from_number_id",
            t!("draft-choose-number"),
        ));
    }
    match to_number {
        Some(to_number) if !full_name.is_empty() && !from_number.is_empty() => Some(CheckedPhone {
            to_number,
            country,
            full_name,
            from_number,
        }),
        _ => None,
    }
}

/// The `single-phone-call` body (metadata is added by the caller).
pub(super) fn request(
    p: CheckedPhone,
    agent_id: String,
    additional_data: Vec<KeyValue>,
    timing: CallTiming,
) -> CallRequest {
    CallRequest::Phone(PhoneCallRequest {
        from_number: p.from_number,
        to_number: p.to_number,
        full_name: p.full_name,
        agent_id,
        email: None,
        // The older API page requires `country`; the newer one takes it for context.
        country: p.country,
        webhook_url: None,
        additional_data,
        timing,
        metadata: serde_json::Map::new(),
    })
}

/// The ISO country of an E.164 number (`+52…` → `MX`), from the phone number metadata.
pub fn region_of(e164: &str) -> Option<String> {
    let n = phonenumber::parse(None, e164).ok()?;
    n.country().id().map(|id| id.as_ref().to_owned())
}
