//! What a row's call is made of: its Contactship contact (matched by phone, or created on
//! the way), the number it is called from, and the body's data and metadata.

use crate::calls::CallLabels;
use crate::campaign::run::Handover;
use crate::campaign::settings::CampaignSettings;
use crate::store::StoredRow;
use crate::zones;
use contactship::{
    CallTiming, Client, ContactCallRequest, Error, IdentifierType, KeyValue, NewContact,
};
use serde_json::{Map, Value};

/// The metadata key naming the campaign a call belongs to.
pub const CAMPAIGN_ID_KEY: &str = "callboard_campaign_id";
/// The metadata key naming the list row a call belongs to.
pub const CAMPAIGN_ROW_KEY: &str = "callboard_campaign_row";

/// The Contactship contact for `row`: its own id, the contact with its phone number, or a
/// new contact. A 409 on creation means someone created it meanwhile (or an earlier try
/// did, and its answer was lost): it is looked up, never created twice. Nothing here rings
/// anyone, so a failure only delays the row. A refused key is [`NoContact::KeyRefused`]: the
/// row waits, and the run stops (every other row would be refused too).
pub(super) async fn contact_for(client: &Client, row: &StoredRow) -> Result<String, NoContact> {
    let callee = &row.callee;
    if let Some(id) = &callee.contact_id {
        return Ok(id.clone());
    }
    let Some(phone) = &callee.phone else {
        return Err(NoContact::Answer(Handover::Refused {
            reason: crate::t!("campaign-skip-no-phone-nor-contact"),
        }));
    };
    match client.get_contact(phone, IdentifierType::PhoneNumber).await {
        Ok(found) => return Ok(found.id),
        Err(Error::NotFound { .. }) => {}
        Err(e) => return Err(handover_of(&e)),
    }
    let new = NewContact {
        phone_number: phone.clone(),
        // Contactship needs a name; a row without one is known by its number.
        full_name: callee.name.clone().unwrap_or_else(|| phone.clone()),
        country: callee.country.map(str::to_owned),
        email: callee.email.clone(),
        description: None,
        additional_data: Vec::new(),
    };
    match client.create_contact(&new).await {
        Ok(created) => Ok(created.id),
        Err(Error::Conflict { .. }) => client
            .get_contact(phone, IdentifierType::PhoneNumber)
            .await
            .map(|c| c.id)
            .map_err(|e| handover_of(&e)),
        Err(e) => Err(handover_of(&e)),
    }
}

/// Why a row has no contact yet.
#[derive(Debug)]
pub(super) enum NoContact {
    /// The row's answer, as the run counts it.
    Answer(Handover),
    /// Contactship refused the API key: the row waits and the campaign is paused.
    KeyRefused,
}

/// A failed contact lookup or creation, as the run counts it: none of them is an attempt.
fn handover_of(e: &Error) -> NoContact {
    NoContact::Answer(match e {
        Error::Unauthorized { .. } => return NoContact::KeyRefused,
        Error::RateLimited { .. } => Handover::rate_limited(e.retry_after()),
        Error::Timeout
        | Error::ConnectFailed { .. }
        | Error::TlsFailed
        | Error::ConnectionLost
        | Error::Server { .. } => Handover::NotSent,
        other => Handover::Refused {
            reason: crate::t!("campaign-skip-contact-refused", message = other.to_string()),
        },
    })
}

/// One of the campaign's numbers, with the country it is in.
#[derive(Debug, Clone)]
pub(super) struct FromNumber {
    pub id: String,
    pub e164: String,
    pub country: Option<&'static str>,
}

/// The number in the callee's country when the campaign has one, else the first.
pub(super) fn from_number_for<'a>(
    numbers: &'a [FromNumber],
    country: Option<&str>,
) -> Option<&'a FromNumber> {
    numbers
        .iter()
        .find(|n| n.country.is_some() && n.country == country)
        .or_else(|| numbers.first())
}

/// Where a number is, from its calling code.
pub(super) fn country_of(e164: &str) -> Option<&'static str> {
    zones::zones_for_contact(None, Some(e164)).country
}

/// The body for `row`'s call: the campaign's constant data then the row's own (a row's
/// value wins), and the campaign's metadata plus the campaign id and row number.
pub(super) fn request_for(
    settings: &CampaignSettings,
    campaign: &str,
    row: &StoredRow,
    contact_id: String,
    from_number_id: String,
) -> ContactCallRequest {
    let mut data: Vec<KeyValue> = Vec::new();
    for (key, value) in settings.additional_data.iter().chain(&row.callee.data) {
        match data.iter_mut().find(|kv| &kv.key == key) {
            Some(kv) => kv.value = value.clone(),
            None => data.push(KeyValue::new(key, value)),
        }
    }
    let mut metadata = Map::new();
    for (key, value) in &settings.metadata {
        metadata.insert(key.clone(), Value::String(value.clone()));
    }
    metadata.insert(CAMPAIGN_ID_KEY.into(), Value::String(campaign.to_owned()));
    metadata.insert(CAMPAIGN_ROW_KEY.into(), Value::from(row.callee.row));
    ContactCallRequest {
        contact_id,
        agent_id: settings.agent_id.clone(),
        from_number_id,
        additional_data: data,
        timing: CallTiming::Now,
        metadata,
    }
}

/// What Recent calls shows for a campaign call.
pub(super) fn labels_for(
    row: &StoredRow,
    agent_name: &str,
    from: Option<&FromNumber>,
) -> CallLabels {
    let c = &row.callee;
    CallLabels {
        contact_name: c
            .name
            .clone()
            .or_else(|| c.phone.clone())
            .unwrap_or_default(),
        contact_phone: c.phone.clone().unwrap_or_default(),
        agent_name: agent_name.to_owned(),
        from_number: from.map(|n| n.e164.clone()).unwrap_or_default(),
        // Empty: a call handed over now is shown as "Now" in the language of the moment.
        when_label: String::new(),
        callee_zone: c.zone.map(str::to_owned),
        contact_country: c.country.map(str::to_owned),
    }
}
