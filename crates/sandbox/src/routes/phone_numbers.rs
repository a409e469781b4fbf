//! `/v1/phone-numbers`: the organization's numbers as `{data, count}`, 5 per page by default.

use serde_json::{json, Value};

use super::{ApiError, Ctx, Reply};
use crate::state::lock;

/// The documented (and easy to miss) default page size.
const DEFAULT_LIMIT: usize = 5;

/// `GET /v1/phone-numbers?limit&offset&order&type`.
pub(super) fn list(ctx: &Ctx<'_>) -> Result<Reply, ApiError> {
    let limit = ctx.query.count("limit", DEFAULT_LIMIT)?;
    let offset = ctx.query.count("offset", 0)?;
    let ascending = ctx.query.ascending()?;
    let kind = match ctx.query.get("type").map(str::trim) {
        None | Some("") => None,
        Some(k @ ("inbound" | "outbound")) => Some(k.to_owned()),
        Some(_) => {
            return Err(ApiError::invalid(
                "type",
                "must be one of the following values: inbound, outbound",
            ))
        }
    };
    let store = lock(&ctx.shared.store);
    let mut numbers: Vec<_> = store
        .phone_numbers
        .iter()
        .filter(|n| kind.as_deref().is_none_or(|k| n.kind == k))
        .collect();
    // ISO strings in one format sort chronologically.
    numbers.sort_by(|a, b| a.created_at.cmp(&b.created_at));
    if !ascending {
        numbers.reverse();
    }
    let count = numbers.len();
    let page: Vec<Value> = numbers
        .into_iter()
        .skip(offset)
        .take(limit)
        .map(|n| serde_json::to_value(n).unwrap_or(Value::Null))
        .collect();
    Ok(Reply::ok(json!({ "data": page, "count": count })))
}
