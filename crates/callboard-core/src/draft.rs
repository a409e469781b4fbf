//! The Call screen's form as plain data, and how it becomes a create-call request.
//!
//! Row errors are reported with the row's index in the form (blank rows included), so the
//! UI can put each sentence next to the right input; nothing the user typed is dropped.

use crate::schedule::{resolve_local_time, AmbiguityChoice, ResolvedTime, ScheduleError};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use contactship::validate;
use contactship::{CallTiming, ContactCallRequest, KeyValue};
use std::collections::HashSet;

/// The metadata key Callboard adds to every call (see the placement module).
use crate::placement::CallRequest;
use crate::placement::REQUEST_ID_METADATA_KEY as REQUEST_ID_KEY;
const PREVIEW_REQUEST_ID: &str = "<a new id is generated when you press Place call>";

/// When the call should happen, as chosen on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftTiming {
    Now,
    /// "In N minutes", as typed: parsed here so the rule lives once.
    Delay {
        minutes: String,
    },
    At {
        date: String,
        time: String,
        zone: String,
        choice: Option<AmbiguityChoice>,
    },
}

/// The form, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallDraft {
    pub contact_id: String,
    pub agent_id: String,
    pub from_number_id: String,
    pub timing: DraftTiming,
    pub additional_data: Vec<(String, String)>,
    pub metadata: Vec<(String, String)>,
    /// Set for a call to any number ("Test this agent"): `contact_id` is then ignored.
    pub phone: Option<PhoneTarget>,
}

/// Who a call to a bare number rings, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PhoneTarget {
    /// The number in any common form; without `+` it is read in `country`.
    pub number: String,
    /// ISO country code (`MX`) for numbers typed without `+`.
    pub country: Option<String>,
    /// The name the agent greets.
    pub full_name: String,
    /// The E.164 form of the chosen From number (the API wants the number, not its id).
    pub from_number: String,
}

/// A problem with one field of the form.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DraftError {
    /// A field-level rule failed.
    #[error("{message}")]
    Field { field: String, message: String },
    /// The chosen date and time can't be used.
    #[error(transparent)]
    Schedule(#[from] ScheduleError),
}

impl DraftError {
    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Field { .. } => "validation",
            Self::Schedule(e) => e.code(),
        }
    }

    /// The form field to highlight.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Field { field, .. } => Some(field),
            Self::Schedule(e) => e.field(),
        }
    }

    fn field_error(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::Field {
            field: field.into(),
            message: message.into(),
        }
    }
}

impl CallDraft {
    /// Builds the request (without our request id) and, for "at" times, the resolved
    /// instant; the first problem when the form can't be sent (see [`CallDraft::problems`]).
    pub fn to_request(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(CallRequest, Option<ResolvedTime>), DraftError> {
        let (request, resolved, problems) = self.check(now);
        match (problems.into_iter().next(), request) {
            (Some(first), _) => Err(first),
            (None, Some(request)) => Ok((request, resolved)),
            (None, None) => Err(DraftError::field_error(
                "contact_id",
                crate::t!("draft-choose-contact"),
            )),
        }
    }

    /// Every problem with the form at once, each naming its field (`agent_id`, `delay`,
    /// `additional_data[2].key`, …), so the screen can mark them all in one go.
    pub fn problems(&self, now: DateTime<Utc>) -> Vec<DraftError> {
        self.check(now).2
    }

    fn check(
        &self,
        now: DateTime<Utc>,
    ) -> (Option<CallRequest>, Option<ResolvedTime>, Vec<DraftError>) {
        let mut problems = Vec::new();
        let mut pick = |value: &str, field: &str, what: fn() -> String| {
            let v = value.trim();
            let err = if v.is_empty() {
                Some(DraftError::field_error(field, what()))
            } else {
                validate::id(field, v)
                    .err()
                    .map(|e| DraftError::field_error(field, crate::words::validation(&e, None)))
            };
            match err {
                Some(e) => {
                    problems.push(e);
                    None
                }
                None => Some(v.to_owned()),
            }
        };
        let contact_id = match &self.phone {
            // A bare number needs no contact; its own fields are checked below.
            Some(_) => Some(String::new()),
            None => pick(&self.contact_id, "contact_id", || {
                crate::t!("draft-choose-contact")
            }),
        };
        let agent_id = pick(&self.agent_id, "agent_id", || {
            crate::t!("draft-choose-agent")
        });
        let from_number_id = pick(&self.from_number_id, "from_number_id", || {
            crate::t!("draft-choose-number")
        });
        let phone = self
            .phone
            .as_ref()
            .and_then(|p| phone::check(p, &mut problems));
        let additional_data =
            rows_to_pairs(&self.additional_data, "additional_data", &mut problems);
        let metadata_pairs = rows_to_pairs(&self.metadata, "metadata", &mut problems);
        let mut metadata = serde_json::Map::new();
        for (i, kv) in metadata_pairs.into_iter().enumerate() {
            if kv.key.eq_ignore_ascii_case(REQUEST_ID_KEY) {
                problems.push(DraftError::field_error(
                    format!("metadata[{i}].key"),
                    crate::t!("rule-key-reserved", key = REQUEST_ID_KEY),
                ));
            }
            metadata.insert(kv.key, serde_json::Value::String(kv.value));
        }
        let timing = match &self.timing {
            DraftTiming::Now => Ok((CallTiming::Now, None)),
            DraftTiming::Delay { minutes } => {
                parse_delay(minutes).map(|minutes| (CallTiming::Delay { minutes }, None))
            }
            DraftTiming::At {
                date,
                time,
                zone,
                choice,
            } => resolve_at(date, time, zone, *choice, now)
                .map(|r| (CallTiming::Schedule(r.to_schedule()), Some(r))),
        };
        let (timing, resolved) = match timing {
            Ok(t) => t,
            Err(e) => {
                problems.push(e);
                (CallTiming::Now, None)
            }
        };
        let (Some(contact_id), Some(agent_id), Some(from_number_id), true) =
            (contact_id, agent_id, from_number_id, problems.is_empty())
        else {
            return (None, None, problems);
        };
        let mut request: CallRequest = match (self.phone.as_ref(), phone) {
            (Some(_), Some(phone)) => phone::request(phone, agent_id, additional_data, timing),
            (Some(_), None) => return (None, None, problems),
            (None, _) => CallRequest::Contact(ContactCallRequest {
                contact_id,
                agent_id,
                from_number_id,
                additional_data,
                timing,
                metadata: serde_json::Map::new(),
            }),
        };
        *request.metadata_mut() = metadata;
        // The whole body as the client checks it, then as sent: placement adds the request
        // id, which must still fit.
        let whole = request.validate().and_then(|()| {
            validate::metadata_with_reserved_key(
                "metadata",
                request.metadata_mut(),
                REQUEST_ID_KEY,
                validate::REQUEST_ID_CHARS,
            )
        });
        if let Err(e) = whole {
            let message = crate::words::validation(&e, None);
            problems.push(DraftError::field_error(e.field.clone(), message));
            return (None, None, problems);
        }
        (Some(request), resolved, problems)
    }
}

/// "In N minutes" as typed: a whole number from 0 to [`validate::MAX_DELAY_MINUTES`].
pub fn parse_delay(raw: &str) -> Result<u32, DraftError> {
    let field = "delay";
    let minutes = raw
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|_| raw.trim().chars().all(|c| c.is_ascii_digit()))
        .ok_or_else(|| DraftError::field_error(field, crate::t!("draft-delay-number")))?;
    validate::delay_minutes(field, minutes).map_err(|_| {
        DraftError::field_error(
            field,
            crate::t!("draft-delay-max", max = validate::MAX_DELAY_MINUTES),
        )
    })?;
    Ok(minutes)
}

/// Parses the form's date (`yyyy-MM-dd`) and time (`HH:mm`) and resolves them in `zone`.
pub fn resolve_at(
    date: &str,
    time: &str,
    zone: &str,
    choice: Option<AmbiguityChoice>,
    now: DateTime<Utc>,
) -> Result<ResolvedTime, DraftError> {
    let field = "schedule.scheduled_call_time";
    let date = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d")
        .map_err(|_| DraftError::field_error(field, crate::t!("draft-date-format")))?;
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(time.trim(), "%H:%M:%S"))
        .map_err(|_| DraftError::field_error(field, crate::t!("draft-time-format")))?;
    let tz = crate::schedule::parse_zone(zone)?;
    Ok(resolve_local_time(date.and_time(time), tz, choice, now)?)
}

/// Turns key/value rows into pairs: blank rows are ignored; every broken row adds a problem
/// named after its index, using the API client's key and value rules (one source).
fn rows_to_pairs(
    rows: &[(String, String)],
    name: &str,
    problems: &mut Vec<DraftError>,
) -> Vec<KeyValue> {
    let mut seen = HashSet::new();
    let mut pairs = Vec::new();
    for (i, (key, value)) in rows.iter().enumerate() {
        let key = key.trim();
        if key.is_empty() && value.trim().is_empty() {
            continue;
        }
        let key_field = format!("{name}[{i}].key");
        let value_field = format!("{name}[{i}].value");
        if key.is_empty() {
            problems.push(DraftError::field_error(
                &key_field,
                crate::t!("rule-key-empty"),
            ));
        } else if let Err(e) = validate::key(&key_field, key) {
            problems.push(DraftError::field_error(
                &key_field,
                crate::words::validation(&e, Some(&crate::t!("draft-the-name"))),
            ));
        } else if !seen.insert(key.to_lowercase()) {
            problems.push(DraftError::field_error(
                &key_field,
                crate::t!("rule-key-duplicate", key = key),
            ));
        }
        if let Err(e) = validate::value(&value_field, key, value.trim()) {
            problems.push(DraftError::field_error(
                &value_field,
                crate::words::validation(&e, Some(&crate::t!("draft-the-value"))),
            ));
        }
        pairs.push(KeyValue {
            key: key.to_owned(),
            value: value.trim().to_owned(),
        });
    }
    if pairs.len() > validate::MAX_ADDITIONAL_DATA as usize {
        problems.push(DraftError::field_error(
            name,
            crate::t!("draft-too-many-rows", max = validate::MAX_ADDITIONAL_DATA),
        ));
    }
    pairs
}

/// The JSON body exactly as it will be sent, with a placeholder for the request id.
pub fn request_json(request: &CallRequest) -> String {
    let mut preview = request.clone();
    preview.metadata_mut().insert(
        REQUEST_ID_KEY.to_owned(),
        serde_json::Value::String(PREVIEW_REQUEST_ID.to_owned()),
    );
    serde_json::to_string_pretty(&preview.body()).unwrap_or_default()
}

/// A copyable cURL command; the key is the `$CONTACTSHIP_API_KEY` variable, never the value.
pub fn curl_command(base_url: &str, request: &CallRequest) -> String {
    let body = request_json(request).replace('\'', "'\\''");
    let path = match request {
        CallRequest::Contact(_) => "calls/single-contact-call",
        CallRequest::Phone(_) => "calls/single-phone-call",
    };
    format!(
        "curl -X POST '{}/{path}' \\\n  -H \"x-api-key: $CONTACTSHIP_API_KEY\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{}'",
        base_url.trim_end_matches('/'),
        body
    )
}

mod phone;
pub use phone::region_of;

#[cfg(test)]
mod tests;
