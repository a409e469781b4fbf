//! `campaign status`: where a campaign stands, read without a lock (so it works while
//! `campaign run` or the app holds the store), for a person or, with `--json`, as
//! `{"name", "id", "state", "source", "created_at", "rows", "by_state": {"waiting": n, …}}`.

use crate::Refusal;
use callboard_core::store::{
    CampaignState, CampaignSummary, RowState, StoreError, StoreSnapshot, STORE_FILE_NAME,
};
use callboard_core::t;
use std::io::Write;
use std::path::Path;

#[derive(clap::Args)]
pub struct StatusArgs {
    /// The campaign's name (letter case ignored) or id.
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &StatusArgs, data_dir: &Path, out: &mut dyn Write) -> Result<(), Refusal> {
    let path = data_dir.join(STORE_FILE_NAME);
    let none_yet = || {
        Refusal(t!(
            "cli-status-no-campaigns",
            folder = data_dir.display().to_string()
        ))
    };
    if !path.exists() {
        return Err(none_yet());
    }
    let snapshot = StoreSnapshot::open(&path).map_err(|e| Refusal(e.to_string()))?;
    let c = match snapshot.find_campaign(&args.name) {
        Ok(c) => c,
        Err(StoreError::NoSuchCampaign { name }) => {
            let all = snapshot.campaigns().map_err(|e| Refusal(e.to_string()))?;
            let known: Vec<&str> = all.iter().map(|c| c.name.as_str()).collect();
            return Err(match known.as_slice() {
                [] => none_yet(),
                names => Refusal(t!(
                    "cli-status-no-such-campaign",
                    name = name,
                    names = names.join(", ")
                )),
            });
        }
        Err(e) => return Err(Refusal(e.to_string())),
    };
    let c = &c;
    let written = if args.json {
        writeln!(out, "{}", json(c))
    } else {
        writeln!(out, "{}", sentence(c))
    };
    written.map_err(|e| Refusal(t!("cli-status-unprintable", reason = e.to_string())))
}

/// Row states in the order a person reads them.
const STATES: [RowState; 6] = [
    RowState::Waiting,
    RowState::Placing,
    RowState::Active,
    RowState::Done,
    RowState::Skipped,
    RowState::Unknown,
];

fn count(c: &CampaignSummary, state: RowState) -> u32 {
    c.rows_by_state
        .iter()
        .find(|(s, _)| *s == state)
        .map_or(0, |(_, n)| *n)
}

/// A campaign's state in words ("running"), selected by its serde name.
pub(crate) fn state_words(state: CampaignState) -> String {
    t!("cli-campaign-state", state = word(state))
}

pub(crate) fn word<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

pub(crate) fn sentence(c: &CampaignSummary) -> String {
    let total: u32 = c.rows_by_state.iter().map(|(_, n)| n).sum();
    let parts: Vec<String> = STATES
        .iter()
        .filter_map(|state| {
            let n = count(c, *state);
            (n > 0).then(|| t!("cli-status-rows-in-state", count = n, state = word(state)))
        })
        .collect();
    t!(
        "cli-status-sentence",
        name = &c.name,
        state = state_words(c.state),
        count = total,
        source = &c.source,
        created = c.created_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        rows = if parts.is_empty() {
            t!("cli-status-no-rows")
        } else {
            parts.join(", ")
        }
    )
}

pub(crate) fn json(c: &CampaignSummary) -> serde_json::Value {
    let by_state: serde_json::Map<String, serde_json::Value> = STATES
        .iter()
        .map(|state| (word(state), count(c, *state).into()))
        .collect();
    serde_json::json!({
        "name": c.name,
        "id": c.id,
        "state": word(c.state),
        "source": c.source,
        "created_at": c.created_at,
        "rows": c.rows_by_state.iter().map(|(_, n)| n).sum::<u32>(),
        "by_state": by_state,
    })
}
