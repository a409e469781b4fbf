//! The run loop with its progress: the core's `Runner` ticked until the campaign is handed
//! over (or final, with `--follow`), a bar on a terminal and plain lines elsewhere, Ctrl-C
//! turned into a pause.

use crate::run::{finish, on_terminal, pause_for, runner_refusal, Ended};
use crate::status::{json, sentence};
use crate::Refusal;
use callboard_core::campaign::Runner;
use callboard_core::placement::CallPlacer;
use callboard_core::store::{CallStore, CampaignState, CampaignSummary, RowState};
use callboard_core::t;
use indicatif::{ProgressBar, ProgressStyle};
use std::sync::Arc;
use uuid::Uuid;

pub async fn drive(
    placer: CallPlacer,
    id: Uuid,
    follow: bool,
    as_json: bool,
) -> Result<(), Refusal> {
    let store = Arc::clone(placer.store());
    let mut runner = Runner::open(placer, id)
        .await
        .map_err(|e| runner_refusal(&e))?;
    let first = summary(&store, id)?;
    let bar = on_terminal().then(|| bar(&first));
    let mut last = String::new();
    let interrupted = tokio::signal::ctrl_c();
    tokio::pin!(interrupted);
    let ended = loop {
        let tick = runner.tick().await.map_err(|e| runner_refusal(&e))?;
        let now = summary(&store, id)?;
        let line = progress_line(&now);
        match &bar {
            Some(bar) => {
                bar.set_position(u64::from(handed_over(&now)));
                bar.set_message(line.clone());
            }
            // With --json, stdout is only the final object.
            None if line != last && as_json => eprintln!("{line}"),
            None if line != last => println!("{line}"),
            None => {}
        }
        last = line;
        if tick.finished || (!follow && tick.all_handed_over) {
            break Ended::Done;
        }
        tokio::select! {
            () = tokio::time::sleep(pause_for(tick.wake_at, tick.active)) => {}
            _ = &mut interrupted => break Ended::Interrupted,
        }
    };
    // Nothing drives the campaign once this returns: unless it finished, it is paused (not
    // left "running", which the app would take for a run interrupted by a crash).
    let finished = summary(&store, id)?.state == CampaignState::Finished;
    if !finished {
        runner
            .stop(CampaignState::Paused)
            .map_err(|e| runner_refusal(&e))?;
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let end = summary(&store, id)?;
    if as_json {
        println!("{}", json(&end));
    } else {
        println!("{}", sentence(&end));
    }
    if !finished && matches!(ended, Ended::Done) {
        eprintln!("{}", t!("cli-all-handed-over", name = &end.name));
    }
    finish(ended, &end.name)
}

fn summary(store: &CallStore, id: Uuid) -> Result<CampaignSummary, Refusal> {
    store
        .find_campaign(&id.to_string())
        .map_err(|e| Refusal(e.to_string()))
}

fn count(c: &CampaignSummary, state: RowState) -> u32 {
    c.rows_by_state
        .iter()
        .find(|(s, _)| *s == state)
        .map_or(0, |(_, n)| *n)
}

/// Rows no longer waiting to be handed over.
fn handed_over(c: &CampaignSummary) -> u32 {
    let total: u32 = c.rows_by_state.iter().map(|(_, n)| n).sum();
    total - count(c, RowState::Waiting)
}

fn progress_line(c: &CampaignSummary) -> String {
    let total: u32 = c.rows_by_state.iter().map(|(_, n)| n).sum();
    t!(
        "cli-progress",
        handed_over = handed_over(c),
        total = total,
        active = count(c, RowState::Active) + count(c, RowState::Placing),
        done = count(c, RowState::Done),
        skipped = count(c, RowState::Skipped),
        unknown = count(c, RowState::Unknown),
    )
}

fn bar(c: &CampaignSummary) -> ProgressBar {
    let total: u32 = c.rows_by_state.iter().map(|(_, n)| n).sum();
    let bar = ProgressBar::new(u64::from(total));
    if let Ok(style) = ProgressStyle::with_template("{bar:30} {msg}") {
        bar.set_style(style);
    }
    bar
}
