//! `POST /v1/calls/single-contact-call` and `POST /v1/calls/single-phone-call`: validation
//! (each 400 names its field; the fields both share, `schedule` in the past included, are
//! checked once in `parse_common`), lookups (404s), the organisation's concurrency limit
//! (429), and the stored call record.

use chrono::{DateTime, Duration, NaiveDateTime, SubsecRound, TimeZone, Utc};
use chrono_tz::Tz;
use serde_json::{json, Map, Value};

use super::input::{is_e164, json_object, optional_string, required_string};
use super::{ApiError, Ctx, Reply};
use crate::lifecycle::{Outcome, OutcomeShares};
use crate::model::{iso, CallContact, CallRecord};
use crate::state::{lock, Store};
use crate::OUTCOME_METADATA_KEY;

/// Longest accepted `delay`, in minutes (one year), so the arithmetic can never overflow.
const MAX_DELAY_MINUTES: u64 = 525_600;

/// `Retry-After` of a 429 from the concurrency limit. A real server cannot know when the
/// conversations on its lines will end, so it names a fixed wait, not the simulator's exact
/// next finish.
const BUSY_RETRY_AFTER_SECS: u32 = 30;

/// Refuses a call that would ring now while `limit` calls are already active. A call scheduled
/// for later holds no line yet, so it is accepted. Checked under the store's lock, with the
/// insert that follows, so two requests racing for the last line cannot both get it.
fn admit(
    store: &Store,
    limit: Option<usize>,
    common: &Common,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    match limit {
        Some(limit) if !common.scheduled && store.active_calls(now) >= limit => {
            Err(ApiError::RateLimited {
                retry_after_secs: BUSY_RETRY_AFTER_SECS,
            })
        }
        _ => Ok(()),
    }
}

/// The outcome shares of agent `agent_id`, or the 404 for an agent that does not exist.
fn outcome_shares_of(store: &Store, agent_id: &str) -> Result<OutcomeShares, ApiError> {
    store
        .agents
        .iter()
        .find(|a| a.id == agent_id)
        .map(|a| a.outcome_shares)
        .ok_or_else(|| ApiError::NotFound("Agent not found".to_owned()))
}

/// The fields both create-call endpoints share.
struct Common {
    additional_data: Vec<(String, String)>,
    due_at: DateTime<Utc>,
    scheduled: bool,
    metadata: Option<Map<String, Value>>,
    forced_outcome: Option<Outcome>,
}

fn parse_additional_data(body: &Map<String, Value>) -> Result<Vec<(String, String)>, ApiError> {
    let items = match body.get("additional_data") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(Value::Array(items)) => items,
        Some(_) => return Err(ApiError::invalid("additional_data", "must be an array")),
    };
    let item_error = |message: String| ApiError::BadRequest {
        field: Some("additional_data".to_owned()),
        message,
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let obj = item.as_object().ok_or_else(|| {
                item_error(format!(
                    "additional_data[{i}] must be an object with key and value"
                ))
            })?;
            let key = match obj.get("key") {
                Some(Value::String(k)) if !k.trim().is_empty() => k.clone(),
                Some(Value::String(_)) => {
                    return Err(item_error(format!(
                        "additional_data[{i}].key should not be empty"
                    )))
                }
                None | Some(Value::Null) => {
                    return Err(item_error(format!("additional_data[{i}].key is required")))
                }
                Some(_) => {
                    return Err(item_error(format!(
                        "additional_data[{i}].key must be a string"
                    )))
                }
            };
            let value = match obj.get("value") {
                Some(Value::String(v)) => v.clone(),
                None | Some(Value::Null) => {
                    return Err(item_error(format!(
                        "additional_data[{i}].value is required"
                    )))
                }
                Some(_) => {
                    return Err(item_error(format!(
                        "additional_data[{i}].value must be a string"
                    )))
                }
            };
            Ok((key, value))
        })
        .collect()
}

fn parse_delay(body: &Map<String, Value>) -> Result<Option<u64>, ApiError> {
    match body.get("delay") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Number(n)) => match n.as_u64() {
            Some(m) if m <= MAX_DELAY_MINUTES => Ok(Some(m)),
            Some(_) => Err(ApiError::invalid(
                "delay",
                &format!("must not be greater than {MAX_DELAY_MINUTES}"),
            )),
            None => Err(ApiError::invalid("delay", "must be a non-negative integer")),
        },
        Some(_) => Err(ApiError::invalid("delay", "must be a non-negative integer")),
    }
}

/// `schedule` converted to an instant with chrono-tz.
fn parse_schedule(body: &Map<String, Value>) -> Result<Option<DateTime<Utc>>, ApiError> {
    let schedule = match body.get("schedule") {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::Object(s)) => s,
        Some(_) => return Err(ApiError::invalid("schedule", "must be an object")),
    };
    let time_field = "schedule.scheduled_call_time";
    let zone_field = "schedule.timezone";
    let time = match schedule.get("scheduled_call_time") {
        Some(Value::String(t)) => t.as_str(),
        None | Some(Value::Null) => return Err(ApiError::invalid(time_field, "is required")),
        Some(_) => return Err(ApiError::invalid(time_field, "must be a string")),
    };
    let zone = match schedule.get("timezone") {
        Some(Value::String(z)) => z.as_str(),
        None | Some(Value::Null) => return Err(ApiError::invalid(zone_field, "is required")),
        Some(_) => return Err(ApiError::invalid(zone_field, "must be a string")),
    };
    let bad_format = || ApiError::invalid(time_field, "must match the format yyyy-MM-dd HH:mm:ss");
    // chrono accepts unpadded numbers; the API format is exactly 19 characters.
    let shape_ok = time.len() == 19
        && time.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            10 => b == b' ',
            13 | 16 => b == b':',
            _ => b.is_ascii_digit(),
        });
    if !shape_ok {
        return Err(bad_format());
    }
    let naive =
        NaiveDateTime::parse_from_str(time, "%Y-%m-%d %H:%M:%S").map_err(|_| bad_format())?;
    let tz: Tz = zone.parse().map_err(|_| {
        ApiError::invalid(
            zone_field,
            "must be a valid IANA time zone, e.g. America/Mexico_City",
        )
    })?;
    // An ambiguous time (clock going back) resolves to its first occurrence.
    let local = tz.from_local_datetime(&naive).earliest().ok_or_else(|| {
        ApiError::invalid(
            time_field,
            &format!("does not exist in {zone} (the clocks change at that time)"),
        )
    })?;
    Ok(Some(local.with_timezone(&Utc)))
}

/// The one rule for both endpoints: a schedule already past is refused, naming the field,
/// rather than dialed at once (a call meant for a date that has gone by should not ring now).
/// Compared to the second, the format's precision, so a time sent for "now" is accepted.
///
/// "Past" means past on the simulated clock *and* on the wall clock: Contactship compares with
/// real time, while the simulator's clock may have been skipped ahead (Sandbox mode's "skip
/// ahead", a test's advance). A time still ahead in the real world is a time the app rightly
/// offered, and refusing it would make every scheduled call after a skip-ahead fail.
fn not_in_the_past(at: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), ApiError> {
    let now = now.min(Utc::now()).trunc_subsecs(0);
    if at < now {
        return Err(ApiError::invalid(
            "schedule.scheduled_call_time",
            &format!(
                "is in the past (it is {} UTC now); send a future time, or leave schedule out to call now",
                now.format("%Y-%m-%d %H:%M:%S")
            ),
        ));
    }
    Ok(())
}

fn parse_common(body: &Map<String, Value>, now: DateTime<Utc>) -> Result<Common, ApiError> {
    let additional_data = parse_additional_data(body)?;
    let delay = parse_delay(body)?;
    let schedule = parse_schedule(body)?;
    if delay.is_some() && schedule.is_some() {
        return Err(ApiError::invalid(
            "schedule",
            "cannot be combined with delay; send only one of them",
        ));
    }
    if let Some(at) = schedule {
        not_in_the_past(at, now)?;
    }
    let metadata = match body.get("metadata") {
        None | Some(Value::Null) => None,
        Some(Value::Object(m)) => Some(m.clone()),
        Some(_) => return Err(ApiError::invalid("metadata", "must be an object")),
    };
    let forced_outcome = metadata
        .as_ref()
        .and_then(|m| m.get(OUTCOME_METADATA_KEY))
        .and_then(Value::as_str)
        .and_then(Outcome::parse);
    let wanted = match (delay, schedule) {
        (Some(minutes), _) => now + Duration::minutes(i64::try_from(minutes).unwrap_or(0)),
        (None, Some(at)) => at,
        (None, None) => now,
    };
    let due_at = wanted.max(now);
    Ok(Common {
        additional_data,
        due_at,
        scheduled: due_at > now,
        metadata,
        forced_outcome,
    })
}

fn debt_from(additional: &[(String, String)], fallback: Option<&str>) -> Option<String> {
    additional
        .iter()
        .find(|(k, _)| k == "amount_debt")
        .map(|(_, v)| v.clone())
        .or_else(|| fallback.map(str::to_owned))
}

fn created_reply(call: &CallRecord) -> Reply {
    Reply::created(json!({
        "call_id": call.id,
        "agent_id": call.agent_id,
        "contact_id": call.contact.id,
        "created_at": iso(call.created_at),
    }))
}

/// `POST /v1/calls/single-contact-call`.
pub(super) fn contact_call(ctx: &Ctx<'_>) -> Result<Reply, ApiError> {
    let body = json_object(ctx.body)?;
    let contact_id = required_string(&body, "contact_id")?;
    let agent_id = required_string(&body, "agent_id")?;
    let from_number_id = required_string(&body, "from_number_id")?;
    let now = ctx.shared.now();
    let common = parse_common(&body, now)?;

    let mut store = lock(&ctx.shared.store);
    let contact = store
        .contacts
        .iter()
        .find(|c| c.id == contact_id)
        .ok_or_else(|| ApiError::NotFound("Contact not found".to_owned()))?
        .clone();
    let outcome_shares = outcome_shares_of(&store, &agent_id)?;
    let from_number = store
        .phone_numbers
        .iter()
        .find(|n| n.id == from_number_id)
        .ok_or_else(|| ApiError::NotFound("Phone number not found".to_owned()))?
        .phone_number
        .clone();
    admit(&store, ctx.shared.max_active_calls, &common, now)?;
    let (id, seq) = store.next_id(&ctx.shared.id_seed, "call");
    let call = CallRecord {
        id,
        seq,
        created_at: now,
        due_at: common.due_at,
        scheduled: common.scheduled,
        agent_id,
        from_number,
        debt: debt_from(&common.additional_data, contact.property("amount_debt")),
        contact: CallContact {
            id: Some(contact.id),
            full_name: contact.full_name,
            phone_number: contact.phone_number,
            email: contact.email,
            country: contact.country,
        },
        additional_data: common.additional_data,
        metadata: common.metadata,
        campaign_id: None,
        forced_outcome: common.forced_outcome,
        outcome_shares,
    };
    let reply = created_reply(&call);
    store.calls.push(call);
    Ok(reply)
}

/// `POST /v1/calls/single-phone-call`.
pub(super) fn phone_call(ctx: &Ctx<'_>) -> Result<Reply, ApiError> {
    let body = json_object(ctx.body)?;
    let from_number = required_string(&body, "from_number")?;
    if !is_e164(&from_number) {
        return Err(ApiError::invalid(
            "from_number",
            "must be a phone number in E.164 format, e.g. +12025551234",
        ));
    }
    let to_number = required_string(&body, "to_number")?;
    if !is_e164(&to_number) {
        return Err(ApiError::invalid(
            "to_number",
            "must be a phone number in E.164 format, e.g. +12025551234",
        ));
    }
    let full_name = required_string(&body, "full_name")?;
    let agent_id = required_string(&body, "agent_id")?;
    let email = optional_string(&body, "email")?;
    let country = optional_string(&body, "country")?;
    optional_string(&body, "webhook_url")?;
    let now = ctx.shared.now();
    let common = parse_common(&body, now)?;

    let mut store = lock(&ctx.shared.store);
    if !store
        .phone_numbers
        .iter()
        .any(|n| n.phone_number == from_number)
    {
        return Err(ApiError::invalid(
            "from_number",
            "is not a phone number of your organization",
        ));
    }
    let outcome_shares = outcome_shares_of(&store, &agent_id)?;
    // Linked to an existing contact when the destination number belongs to one.
    let existing = store.contacts.iter().find(|c| c.phone_number == to_number);
    let contact_id = existing.map(|c| c.id.clone());
    let fallback_debt = existing
        .and_then(|c| c.property("amount_debt"))
        .map(str::to_owned);
    admit(&store, ctx.shared.max_active_calls, &common, now)?;
    let (id, seq) = store.next_id(&ctx.shared.id_seed, "call");
    let call = CallRecord {
        id,
        seq,
        created_at: now,
        due_at: common.due_at,
        scheduled: common.scheduled,
        agent_id,
        from_number,
        debt: debt_from(&common.additional_data, fallback_debt.as_deref()),
        contact: CallContact {
            id: contact_id,
            full_name,
            phone_number: to_number,
            email,
            country,
        },
        additional_data: common.additional_data,
        metadata: common.metadata,
        campaign_id: None,
        forced_outcome: common.forced_outcome,
        outcome_shares,
    };
    let reply = created_reply(&call);
    store.calls.push(call);
    Ok(reply)
}
