//! `/v1/agents`: list and get, both wrapped in `{statusCode: 200, data}` as the API does.

use serde_json::{json, Value};

use super::{ApiError, Ctx, Reply};
use crate::state::lock;

/// `GET /v1/agents`: `{statusCode: 200, data: [agent, ...]}`.
pub(super) fn list(ctx: &Ctx<'_>) -> Result<Reply, ApiError> {
    let store = lock(&ctx.shared.store);
    let agents = serde_json::to_value(&store.agents).unwrap_or(Value::Array(Vec::new()));
    Ok(Reply::ok(json!({ "statusCode": 200, "data": agents })))
}

/// `GET /v1/agents/{id}`: `{statusCode: 200, data: agent}`.
pub(super) fn get(ctx: &Ctx<'_>, id: &str) -> Result<Reply, ApiError> {
    let store = lock(&ctx.shared.store);
    let agent = store
        .agents
        .iter()
        .find(|a| a.id == id)
        .ok_or_else(|| ApiError::NotFound("Agent not found".to_owned()))?;
    let agent = serde_json::to_value(agent).unwrap_or(Value::Null);
    Ok(Reply::ok(json!({ "statusCode": 200, "data": agent })))
}
