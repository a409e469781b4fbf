//! `GET /v1/calls` (filtered, paged `{data, count}`) and `GET /v1/calls/{id}` (bare object).

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde_json::{json, Value};

use super::call_view::{render, Transcript};
use super::input::digits_only;
use super::{ApiError, Ctx, Reply};
use crate::state::lock;

/// Default page size of the call log.
const DEFAULT_LIMIT: usize = 20;

fn transcript_option(ctx: &Ctx<'_>, default: bool) -> Result<Transcript, ApiError> {
    let include = ctx.query.flag("include_transcript", default)?;
    let format = match ctx.query.get("transcript_format").map(str::trim) {
        None | Some("json") => Transcript::Json,
        Some("toon") => Transcript::Toon,
        Some(_) => {
            return Err(ApiError::invalid(
                "transcript_format",
                "must be one of the following values: json, toon",
            ))
        }
    };
    Ok(if include { format } else { Transcript::Omit })
}

/// Parses `date_from`/`date_to`: an ISO date (whole day, UTC) or a full RFC 3339 instant.
fn date_bound(
    ctx: &Ctx<'_>,
    name: &str,
    end_of_day: bool,
) -> Result<Option<DateTime<Utc>>, ApiError> {
    let Some(raw) = ctx.query.get(name).map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    if let Ok(date) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        let time = if end_of_day {
            NaiveTime::from_hms_milli_opt(23, 59, 59, 999)
        } else {
            NaiveTime::from_hms_opt(0, 0, 0)
        };
        if let Some(time) = time {
            return Ok(Some(date.and_time(time).and_utc()));
        }
    }
    DateTime::parse_from_rfc3339(raw)
        .map(|d| Some(d.with_timezone(&Utc)))
        .map_err(|_| ApiError::invalid(name, "must be an ISO 8601 date, e.g. 2026-01-01"))
}

/// `GET /v1/calls` with every documented filter; `count` is the total before paging.
pub(super) fn list(ctx: &Ctx<'_>) -> Result<Reply, ApiError> {
    let limit = ctx.query.count("limit", DEFAULT_LIMIT)?;
    let offset = ctx.query.count("offset", 0)?;
    let ascending = ctx.query.ascending()?;
    let transcript = transcript_option(ctx, false)?;
    let from = date_bound(ctx, "date_from", false)?;
    let to = date_bound(ctx, "date_to", true)?;
    let text = |name: &str| ctx.query.get(name).map(str::trim).filter(|v| !v.is_empty());
    let status = text("call_status");
    let result = text("call_result");
    let agent = text("agent_id");
    let campaign = text("campaign_id");
    let phone = text("phoneNumber")
        .map(digits_only)
        .filter(|p| !p.is_empty());

    let now = ctx.shared.now();
    let store = lock(&ctx.shared.store);
    let mut calls: Vec<_> = store
        .calls
        .iter()
        .filter(|c| from.is_none_or(|f| c.created_at >= f))
        .filter(|c| to.is_none_or(|t| c.created_at <= t))
        .filter(|c| agent.is_none_or(|a| c.agent_id == a))
        .filter(|c| campaign.is_none_or(|id| c.campaign_id.as_deref() == Some(id)))
        .filter(|c| {
            phone.as_ref().is_none_or(|p| {
                digits_only(&c.contact.phone_number) == *p || digits_only(&c.from_number) == *p
            })
        })
        .map(|c| {
            let agent = store.agents.iter().find(|a| a.id == c.agent_id);
            (c, render(c, agent, now, transcript))
        })
        .filter(|(_, v)| status.is_none_or(|s| v["call_status"] == json!(s)))
        .filter(|(_, v)| result.is_none_or(|r| v["call_result"] == json!(r)))
        .collect();
    calls.sort_by_key(|(c, _)| (c.created_at, c.seq));
    if !ascending {
        calls.reverse();
    }
    let count = calls.len();
    let data: Vec<Value> = calls
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|(_, v)| v)
        .collect();
    Ok(Reply::ok(json!({ "data": data, "count": count })))
}

/// `GET /v1/calls/{id}`: the transcript is included unless `include_transcript=false`.
pub(super) fn get(ctx: &Ctx<'_>, id: &str) -> Result<Reply, ApiError> {
    let transcript = transcript_option(ctx, true)?;
    let now = ctx.shared.now();
    let store = lock(&ctx.shared.store);
    let call = store
        .calls
        .iter()
        .find(|c| c.id == id)
        .ok_or_else(|| ApiError::NotFound("Call not found".to_owned()))?;
    let agent = store.agents.iter().find(|a| a.id == call.agent_id);
    Ok(Reply::ok(render(call, agent, now, transcript)))
}
