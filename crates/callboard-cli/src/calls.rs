//! `calls list`: the call log, newest first, read without a lock (beside a running campaign
//! or the app) through the same query as Recent calls; one line per call, or with `--json`
//! an array of `{"request_id", "created_at", "state", "contact", "phone", "agent", "call_id",
//! "campaign_id"}`.

use crate::Refusal;
use callboard_core::call_query::{CallQuery, PageRequest, ShownState};
use callboard_core::calls::CallEntry;
use callboard_core::store::{StoreError, StoreSnapshot, STORE_FILE_NAME};
use callboard_core::t;
use std::io::Write;
use std::path::Path;

#[derive(clap::Args)]
pub struct ListArgs {
    /// Only calls in this state (completed, failed_call, in_progress, outcome_unknown, …).
    #[arg(long, value_name = "S")]
    pub status: Option<String>,
    /// Only the calls of this campaign (its name, letter case ignored, or id).
    #[arg(long, value_name = "NAME")]
    pub campaign: Option<String>,
    /// At most this many calls (1–500).
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: usize,
    /// Print the calls as JSON.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &ListArgs, data_dir: &Path, out: &mut dyn Write) -> Result<(), Refusal> {
    let states = match args.status.as_deref().map(str::trim) {
        None => Vec::new(),
        Some(word) => {
            let wanted = word.to_lowercase().replace(['-', ' '], "_");
            let state = ShownState::ALL
                .into_iter()
                .find(|s| s.as_str() == wanted)
                .ok_or_else(|| {
                    let names: Vec<&str> = ShownState::ALL.iter().map(|s| s.as_str()).collect();
                    Refusal(t!(
                        "cli-calls-bad-status",
                        status = word,
                        states = names.join(", ")
                    ))
                })?;
            vec![state]
        }
    };
    if !(1..=PageRequest::MAX_LIMIT).contains(&args.limit) {
        return Err(Refusal(t!(
            "cli-calls-bad-limit",
            max = PageRequest::MAX_LIMIT
        )));
    }
    let path = data_dir.join(STORE_FILE_NAME);
    let entries = if path.exists() {
        let snapshot = StoreSnapshot::open(&path).map_err(|e| Refusal(e.to_string()))?;
        let campaign_id = match &args.campaign {
            None => None,
            Some(name) => Some(campaign_id(&snapshot, name)?),
        };
        let query = CallQuery {
            states,
            campaign_id,
            ..CallQuery::default()
        };
        snapshot
            .page(&query, PageRequest::new(0, args.limit))
            .map_err(|e| Refusal(e.to_string()))?
    } else if let Some(name) = &args.campaign {
        return Err(Refusal(t!("cli-calls-no-campaign-yet", name = name.trim())));
    } else {
        Vec::new()
    };
    let printed = if args.json {
        let list: Vec<_> = entries.iter().map(json).collect();
        writeln!(out, "{}", serde_json::Value::Array(list))
    } else if entries.is_empty() {
        writeln!(out, "{}", t!("cli-calls-none"))
    } else {
        entries
            .iter()
            .try_for_each(|e| writeln!(out, "{}", line(e)))
    };
    printed.map_err(|e| Refusal(t!("cli-calls-unprintable", reason = e.to_string())))
}

fn campaign_id(snapshot: &StoreSnapshot, name: &str) -> Result<String, Refusal> {
    snapshot
        .find_campaign(name)
        .map(|c| c.id.to_string())
        .map_err(|e| match e {
            StoreError::NoSuchCampaign { name } => {
                Refusal(t!("cli-calls-no-such-campaign", name = name))
            }
            other => Refusal(other.to_string()),
        })
}

fn line(e: &CallEntry) -> String {
    let l = &e.request.labels;
    format!(
        "{}  {:<15}  {}  {}  {}",
        e.created_at.format("%Y-%m-%d %H:%M"),
        ShownState::of(e).as_str(),
        l.contact_name,
        l.contact_phone,
        l.agent_name
    )
}

fn json(e: &CallEntry) -> serde_json::Value {
    let l = &e.request.labels;
    serde_json::json!({
        "request_id": e.request_id,
        "created_at": e.created_at,
        "state": ShownState::of(e).as_str(),
        "contact": l.contact_name,
        "phone": l.contact_phone,
        "agent": l.agent_name,
        "call_id": e.call_id,
        "campaign_id": e.request.campaign_id,
    })
}
