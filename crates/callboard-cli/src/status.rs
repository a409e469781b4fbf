//! `campaign status`: where a campaign stands, read without a lock (so it works while
//! `campaign run` or the app holds the store), for a person or, with `--json`, as
//! `{"name", "id", "state", "source", "created_at", "rows", "by_state": {"waiting": n, …}}`.

use crate::Refusal;
use callboard_core::store::{
    CampaignSummary, RowState, StoreError, StoreSnapshot, STORE_FILE_NAME,
};
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
        Refusal(format!(
            "there are no campaigns in {} yet; start one with `campaign run`.",
            data_dir.display()
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
                names => Refusal(format!(
                    "there is no campaign called \"{name}\"; the campaigns are: {}.",
                    names.join(", ")
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
    written.map_err(|e| Refusal(format!("the status could not be printed ({e}).")))
}

/// Row states in the order a person reads them, with their words.
const STATES: [(RowState, &str); 6] = [
    (RowState::Waiting, "waiting"),
    (RowState::Placing, "being placed"),
    (RowState::Active, "in progress"),
    (RowState::Done, "done"),
    (RowState::Skipped, "skipped"),
    (RowState::Unknown, "outcome unknown"),
];

fn count(c: &CampaignSummary, state: RowState) -> u32 {
    c.rows_by_state
        .iter()
        .find(|(s, _)| *s == state)
        .map_or(0, |(_, n)| *n)
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
        .filter_map(|(state, words)| {
            let n = count(c, *state);
            (n > 0).then(|| format!("{n} {words}"))
        })
        .collect();
    let people = if total == 1 { "person" } else { "people" };
    format!(
        "Campaign \"{}\" is {} ({} {people} from {}, created {}): {}.",
        c.name,
        word(c.state),
        total,
        c.source,
        c.created_at.format("%Y-%m-%d %H:%M UTC"),
        if parts.is_empty() {
            "no rows".into()
        } else {
            parts.join(", ")
        }
    )
}

pub(crate) fn json(c: &CampaignSummary) -> serde_json::Value {
    let by_state: serde_json::Map<String, serde_json::Value> = STATES
        .iter()
        .map(|(state, _)| (word(state), count(c, *state).into()))
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
