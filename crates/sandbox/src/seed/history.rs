//! Seeded call history: calls the organisation placed before this simulator started, from the
//! Contactship dashboard, teammates' tools and campaigns, so a call log (`GET /v1/calls`) has
//! four weeks of other people's calls, by every agent, in every status and result.
//!
//! Everything is derived from fixed strings and from one anchor instant (the simulator's start),
//! so the same calls with the same ids, people, outcomes and relative times come back on every
//! run and after every reset. No call carries `metadata.callboard_request_id` and every one was
//! created more than [`NEWEST_AGE_MINUTES`] before the anchor, so an app reconciling its own
//! uncertain attempt (which looks 15 minutes around it) never mistakes one of these for its own.

use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Map};

use crate::ids::{hash64, stable_uuid};
use crate::lifecycle::Outcome;
use crate::model::{Agent, CallContact, CallRecord, Contact, PhoneNumber};

/// How many calls the history holds.
const HISTORY_CALLS: usize = 240;
/// How far back the history reaches.
const HISTORY_DAYS: i64 = 28;
/// The newest history call was created this long before the anchor.
const NEWEST_AGE_MINUTES: i64 = 45;

/// Where "another tool" placed a call (kept in `metadata.source`, as such tools do).
const SOURCES: [&str; 4] = ["dashboard", "crm-sync", "teammate-diego", "teammate-carla"];

/// Countries whose contacts an agent calls, by the agent's language.
fn countries_for(language: &str) -> &'static [&'static str] {
    match language {
        "es-419" => &["México", "Colombia", "Argentina"],
        "en-US" => &["United States"],
        "pt-BR" => &["Brasil"],
        "es-ES" => &["España"],
        _ => &[],
    }
}

/// The calling code a number starts with (only the seed's countries).
fn calling_code(e164: &str) -> Option<&'static str> {
    ["+52", "+57", "+54", "+34", "+55", "+1"]
        .into_iter()
        .find(|code| e164.starts_with(code))
}

/// What the call is doing at the anchor: most are long over; a few are still to come or live.
fn timing(i: usize, created_at: DateTime<Utc>, anchor: DateTime<Utc>) -> (DateTime<Utc>, bool) {
    match i {
        // Scheduled for later today and tomorrow by a teammate.
        0..=2 => (anchor + Duration::hours(3 * (i as i64 + 1)), true),
        // Scheduled earlier, due right now: in the queue (10 s) ...
        3 => (anchor - Duration::seconds(4), true),
        // ... and talking (the shortest call lasts 30 s after the queue).
        4 | 5 => (anchor - Duration::seconds(15), true),
        _ => (created_at, false),
    }
}

/// Outcomes the created-call hash never picks, forced on a few calls so every documented
/// final status appears.
fn forced(i: usize) -> Option<Outcome> {
    match i % 20 {
        7 => Some(Outcome::Incomplete),
        13 => Some(Outcome::AnsweringMachine),
        _ => None,
    }
}

/// The seeded history, newest first, relative to `anchor`.
pub(crate) fn history(
    contacts: &[Contact],
    agents: &[Agent],
    numbers: &[PhoneNumber],
    anchor: DateTime<Utc>,
) -> Vec<CallRecord> {
    if agents.is_empty() || contacts.is_empty() {
        return Vec::new();
    }
    let spacing = HISTORY_DAYS * 86_400 / HISTORY_CALLS as i64;
    (0..HISTORY_CALLS)
        .map(|i| {
            let key = format!("seed/history/{i}");
            let h = hash64(&key, 7);
            let agent = &agents[(h % agents.len() as u64) as usize];
            let countries = countries_for(agent.language);
            let pool: Vec<&Contact> = contacts
                .iter()
                .filter(|c| {
                    c.country
                        .as_deref()
                        .is_some_and(|country| countries.contains(&country))
                })
                .collect();
            let contact = if pool.is_empty() {
                &contacts[((h >> 8) % contacts.len() as u64) as usize]
            } else {
                pool[((h >> 8) % pool.len() as u64) as usize]
            };
            let outbound = numbers.iter().filter(|n| n.kind == "outbound");
            let from_number = outbound
                .clone()
                .find(|n| calling_code(&n.phone_number) == calling_code(&contact.phone_number))
                .or_else(|| outbound.clone().next())
                .map(|n| n.phone_number.clone())
                .unwrap_or_default();
            // Evenly spread over the weeks, jittered within the hour.
            let age = Duration::minutes(NEWEST_AGE_MINUTES)
                + Duration::seconds(i as i64 * spacing + (h >> 16) as i64 % 3_600);
            let created_at = anchor - age;
            let (due_at, scheduled) = timing(i, created_at, anchor);
            let mut metadata = Map::new();
            metadata.insert(
                "source".into(),
                json!(SOURCES[((h >> 24) % SOURCES.len() as u64) as usize]),
            );
            // One campaign per agent; about a third of its calls belong to it.
            let campaign_id = (h >> 32).is_multiple_of(3).then(|| campaign_of(&agent.id));
            CallRecord {
                id: stable_uuid(&key),
                seq: 0,
                created_at,
                due_at,
                scheduled,
                agent_id: agent.id.clone(),
                from_number,
                contact: CallContact {
                    id: Some(contact.id.clone()),
                    full_name: contact.full_name.clone(),
                    phone_number: contact.phone_number.clone(),
                    email: contact.email.clone(),
                    country: contact.country.clone(),
                },
                additional_data: Vec::new(),
                metadata: Some(metadata),
                campaign_id,
                debt: contact.property("amount_debt").map(str::to_owned),
                forced_outcome: forced(i),
                outcome_shares: agent.outcome_shares,
            }
        })
        .collect()
}

/// The campaign seeded for `agent_id`.
fn campaign_of(agent_id: &str) -> String {
    stable_uuid(&format!("seed/campaign/{agent_id}"))
}
