//! [`CallQuery`] as SQL: each filter becomes one condition on columns the write path
//! computed with the very functions [`CallQuery::matches`] uses (`ShownState::of`,
//! `search_text`, `search_needle`), so the database and `matches` agree by construction
//! (and `tests/store_queries.rs` checks they do on random data).

use super::codec::instant_text;
use crate::call_query::{search_needle, CallQuery};
use rusqlite::types::Value;

/// A `WHERE` clause (empty when nothing is filtered) and its parameters, in order.
#[derive(Debug, Default)]
pub(crate) struct Filter {
    pub sql: String,
    pub params: Vec<Value>,
}

impl Filter {
    fn and(&mut self, condition: &str, params: impl IntoIterator<Item = Value>) {
        self.sql.push_str(if self.sql.is_empty() {
            " WHERE "
        } else {
            " AND "
        });
        self.sql.push_str(condition);
        self.params.extend(params);
    }
}

/// The conditions for `q`.
pub(crate) fn filter(q: &CallQuery) -> Filter {
    let mut f = Filter::default();
    if !q.states.is_empty() {
        let marks = vec!["?"; q.states.len()].join(", ");
        let names = q.states.iter().map(|s| Value::Text(s.as_str().to_owned()));
        f.and(&format!("a.shown_state IN ({marks})"), names);
    }
    if let Some(agent) = &q.agent_id {
        f.and("a.agent_id = ?", [Value::Text(agent.clone())]);
    }
    if let Some(campaign) = &q.campaign_id {
        // Served by the partial index `attempts_by_campaign` (single calls are not in it).
        f.and("a.campaign_id = ?", [Value::Text(campaign.clone())]);
    }
    if let Some(from) = q.created_from {
        f.and("a.created_at >= ?", [Value::Text(instant_text(from))]);
    }
    if let Some(before) = q.created_before {
        f.and("a.created_at < ?", [Value::Text(instant_text(before))]);
    }
    let needle = search_needle(&q.text);
    if !needle.is_empty() {
        // `instr` is a plain substring test, exactly `str::contains` (LIKE would treat `%`
        // and `_` as wildcards and fold ASCII case on its own).
        f.and("instr(a.search_text, ?) > 0", [Value::Text(needle)]);
    }
    f
}
