//! The organisation's calls ("All calls"): `GET /v1/calls` read a page at a time with the
//! filters the API documents, so a salesperson sees calls placed by teammates, the Contactship
//! dashboard or other tools, not only this computer's. A call that one of this computer's
//! attempts placed is marked with that attempt, so the UI shows it once and opens the local
//! details. Agent names come from `GET /v1/agents`, cached per connection.

mod view;

#[cfg(test)]
mod tests;

pub use view::{
    filter_choices, OrgCallDetails, OrgCallFilters, OrgCallPage, OrgCallQuery, OrgCallRow,
    OrgResultFilter, OrgStatusFilter,
};

use crate::error::{AppError, ErrorCode};
use crate::state::AppState;
use chrono::NaiveDate;
use contactship::{Call, CallListQuery, Client, GetCallOptions, SortOrder};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use tokio::sync::Mutex;

/// Rows per page the UI asks for.
pub const PAGE_SIZE: u32 = 50;
/// The most rows one page may hold, whatever the UI asks.
pub const MAX_PAGE_SIZE: u32 = 100;
/// Shown for an agent id the organisation's agent list doesn't have (deleted since).
fn unknown_agent() -> String {
    callboard_core::t!("unknown-agent")
}

/// The attempt in this computer's call log that owns `call_id`, if any: the one place "All
/// calls" asks the local log.
fn local_request_for(state: &AppState, call_id: &str) -> Option<String> {
    state
        .store
        .call_claimed_by(call_id)
        .map(|id| id.to_string())
}

/// Agent names by id for one connection, read once and again only when a call names an agent
/// not seen yet (a new agent); an id still missing after that is not looked up again.
#[derive(Debug, Default)]
pub struct AgentNames {
    inner: Mutex<AgentCache>,
}

#[derive(Debug, Default)]
struct AgentCache {
    loaded: bool,
    names: HashMap<String, String>,
    missing: HashSet<String>,
}

impl AgentNames {
    /// Names for `ids`; a failed agent list is logged and leaves the ids unnamed rather than
    /// failing the call list.
    async fn names(&self, client: &Client, ids: &[&str]) -> HashMap<String, String> {
        let mut cache = self.inner.lock().await;
        let unseen = ids
            .iter()
            .any(|id| !cache.names.contains_key(*id) && !cache.missing.contains(*id));
        if !cache.loaded || unseen {
            match client.list_agents().await {
                Ok(agents) => {
                    let c = &mut *cache;
                    c.loaded = true;
                    c.names = agents
                        .into_iter()
                        .map(|a| {
                            let name = a.name.filter(|n| !n.trim().is_empty());
                            (
                                a.id,
                                name.unwrap_or_else(|| callboard_core::t!("view-unnamed-agent")),
                            )
                        })
                        .collect();
                    for id in ids.iter().filter(|id| !c.names.contains_key(**id)) {
                        c.missing.insert((*id).to_owned());
                    }
                }
                Err(e) => tracing::warn!(code = e.code(), "agent names unavailable: {e}"),
            }
        }
        cache.names.clone()
    }
}

/// The client and agent-name cache of the current connection, or "not connected".
async fn connection(state: &AppState) -> Result<(Client, Arc<AgentNames>), AppError> {
    state
        .connection
        .read()
        .await
        .as_ref()
        .map(|c| (c.client.clone(), c.agent_names.clone()))
        .ok_or_else(AppError::not_connected)
}

fn invalid(field: &str, message: &str) -> AppError {
    AppError::new(ErrorCode::Validation, message).with_field(field)
}

fn trimmed(v: &Option<String>) -> Option<String> {
    v.as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn day(field: &str, label: &str, v: &Option<String>) -> Result<Option<NaiveDate>, AppError> {
    trimmed(v)
        .map(|d| {
            NaiveDate::parse_from_str(&d, "%Y-%m-%d")
                .map_err(|_| invalid(field, &callboard_core::t!("date-format", label = label)))
        })
        .transpose()
}

/// A typed number as E.164 (`+` and its digits): spaces, dashes and brackets are dropped.
fn phone(v: &Option<String>) -> Result<Option<String>, AppError> {
    let Some(typed) = trimmed(v) else {
        return Ok(None);
    };
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    let only_phone_chars = typed
        .chars()
        .all(|c| c.is_ascii_digit() || " +().-".contains(c));
    if !only_phone_chars || !(7..=15).contains(&digits.len()) {
        return Err(invalid("phone", &callboard_core::t!("phone-whole-number")));
    }
    Ok(Some(format!("+{digits}")))
}

/// The API query for `q`, or the first filter that can't be sent, with its field.
pub fn api_query(q: &OrgCallQuery) -> Result<CallListQuery, AppError> {
    let from = day("date_from", &callboard_core::t!("date-from"), &q.date_from)?;
    let to = day("date_to", &callboard_core::t!("date-to"), &q.date_to)?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(invalid("date_from", &callboard_core::t!("dates-reversed")));
        }
    }
    Ok(CallListQuery {
        limit: Some(q.limit.clamp(1, MAX_PAGE_SIZE)),
        offset: Some(q.offset),
        order: Some(SortOrder::Desc),
        date_from: from.map(|d| d.to_string()),
        date_to: to.map(|d| d.to_string()),
        call_status: q.status.map(OrgStatusFilter::wire),
        call_result: q.result.map(OrgResultFilter::wire),
        agent_id: trimmed(&q.agent_id),
        campaign_id: trimmed(&q.campaign_id),
        phone_number: phone(&q.phone)?,
        include_transcript: Some(false),
        ..CallListQuery::default()
    })
}

fn row_for(state: &AppState, call: &Call, names: &HashMap<String, String>) -> OrgCallRow {
    let agent = call
        .agent_id
        .as_deref()
        .and_then(|id| names.get(id).cloned())
        .unwrap_or_else(unknown_agent);
    view::row(call, agent, local_request_for(state, &call.id))
}

/// One page of the organisation's calls, newest first.
pub async fn list_org_calls(state: &AppState, q: OrgCallQuery) -> Result<OrgCallPage, AppError> {
    let query = api_query(&q)?;
    let limit = query.limit.unwrap_or(PAGE_SIZE);
    let (client, agents) = connection(state).await?;
    let page = client.list_calls(&query).await?;
    let received = page.data.len();
    // A server may repeat a call or send more than asked: each call once, at most a page.
    let mut seen = HashSet::new();
    let calls: Vec<Call> = page
        .data
        .into_iter()
        .filter(|c| !c.id.trim().is_empty() && seen.insert(c.id.clone()))
        .take(limit as usize)
        .collect();
    let ids: Vec<&str> = calls.iter().filter_map(|c| c.agent_id.as_deref()).collect();
    let names = agents.names(&client, &ids).await;
    let next_offset = q
        .offset
        .saturating_add(u32::try_from(received.min(limit as usize)).unwrap_or(limit));
    let has_more = received > 0
        && match page.count {
            Some(count) => u64::from(next_offset) < count,
            // No count: only a short page says it was the last.
            None => received >= limit as usize,
        };
    Ok(OrgCallPage {
        rows: calls.iter().map(|c| row_for(state, c, &names)).collect(),
        total: page.count.map(|c| u32::try_from(c).unwrap_or(u32::MAX)),
        has_more,
        next_offset,
    })
}

/// One call with its transcript, recording and analysis (`GET /v1/calls/{id}`).
pub async fn org_call_details(state: &AppState, call_id: &str) -> Result<OrgCallDetails, AppError> {
    let (client, agents) = connection(state).await?;
    let options = GetCallOptions {
        include_transcript: Some(true),
        ..GetCallOptions::default()
    };
    let call = client.get_call(call_id.trim(), &options).await?;
    let ids: Vec<&str> = call.agent_id.as_deref().into_iter().collect();
    let names = agents.names(&client, &ids).await;
    let row = row_for(state, &call, &names);
    Ok(view::details(&call, row))
}
