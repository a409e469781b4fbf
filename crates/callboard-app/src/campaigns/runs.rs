//! Running campaigns in the app: one tokio task per running campaign drives the core's
//! [`Runner`] one tick at a time, sleeping until the next row is due (or a few seconds while
//! calls are being followed), and tells the screen what changed.
//!
//! Pausing and cancelling only stop the handing over: Callboard hands a call to Contactship
//! when it is due, never ahead of time, so nothing is left scheduled on the server, but a
//! call already handed over rings anyway (the API has no cancel). Those calls' results are
//! still collected: by the status poller while paused, by the runner once resumed.
//!
//! In sandbox mode the runner reads the simulator's clock, so the fast-forward control moves
//! campaign time too (windows, pace, retry waits).

use super::ipc::StartOutcome;
use crate::error::{AppError, ErrorCode};
use crate::host::Host;
use crate::state::{lock, AppState};
use callboard_core::campaign::{Runner, RunnerError, Tick};
use callboard_core::clock::Clock;
use callboard_core::placement::CallPlacer;
use callboard_core::store::CampaignState;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{watch, Notify};
use uuid::Uuid;

/// How often a run looks at its calls while some are active.
const FOLLOW_EVERY: Duration = Duration::from_secs(3);
/// The longest a run sleeps with nothing active (a window opening hours away is re-read).
const IDLE_AT_MOST: Duration = Duration::from_secs(60);

/// What the person asked a run to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Control {
    Run,
    Pause,
    Cancel,
}

struct Handle {
    control: watch::Sender<Control>,
    wake: Arc<Notify>,
}

/// The runs of this session, and why any stopped on its own.
#[derive(Default)]
pub struct Runs {
    running: std::sync::Mutex<HashMap<Uuid, Handle>>,
    problems: std::sync::Mutex<HashMap<Uuid, String>>,
}

impl Runs {
    /// Whether `campaign` has a task driving it now.
    pub fn is_running(&self, campaign: Uuid) -> bool {
        lock(&self.running).contains_key(&campaign)
    }

    /// Why `campaign`'s last run stopped by itself, if it did.
    pub fn problem(&self, campaign: Uuid) -> Option<String> {
        lock(&self.problems).get(&campaign).cloned()
    }

    /// Makes every run look again now (the sandbox clock moved).
    pub fn wake_all(&self) {
        for handle in lock(&self.running).values() {
            handle.wake.notify_one();
        }
    }

    /// Pauses every run (the connection is being replaced).
    pub fn pause_all(&self) {
        for handle in lock(&self.running).values() {
            handle.control.send_replace(Control::Pause);
        }
    }

    fn ask(&self, campaign: Uuid, what: Control) -> bool {
        match lock(&self.running).get(&campaign) {
            Some(handle) => {
                handle.control.send_replace(what);
                true
            }
            None => false,
        }
    }
}

/// At start-up: a campaign the store says is running was interrupted (quit, crash, power
/// cut). It is paused, and a notice asks the person to resume it.
pub fn pause_interrupted(state: &AppState) -> Result<(), AppError> {
    let now = state.clock.now();
    for c in state.store.campaigns()? {
        if c.state == CampaignState::Running {
            state
                .store
                .set_campaign_state(c.id, CampaignState::Paused, now)?;
            lock(&state.notices).push(callboard_core::t!("campaign-interrupted", name = &c.name));
        }
    }
    Ok(())
}

/// Starts (or resumes) driving `campaign`; already running is fine.
pub async fn resume(
    state: &Arc<AppState>,
    host: Arc<dyn Host>,
    campaign: Uuid,
) -> Result<StartOutcome, AppError> {
    if state.campaigns.runs.is_running(campaign) {
        return Ok(started(campaign));
    }
    let summary = state.store.find_campaign(&campaign.to_string())?;
    if matches!(
        summary.state,
        CampaignState::Finished | CampaignState::Cancelled
    ) {
        return Err(AppError::new(
            ErrorCode::Validation,
            format!(
                "\"{}\" has ended, so it can't be resumed. Start a new campaign to call its people again.",
                summary.name
            ),
        ));
    }
    let placer = runner_placer(state).await?;
    let runner = Runner::open(placer, campaign)
        .await
        .map_err(|e| run_error(&e))?;
    let (control, rx) = watch::channel(Control::Run);
    let wake = Arc::new(Notify::new());
    lock(&state.campaigns.runs.running).insert(
        campaign,
        Handle {
            control,
            wake: Arc::clone(&wake),
        },
    );
    lock(&state.campaigns.runs.problems).remove(&campaign);
    host.campaign_changed(campaign.to_string());
    tokio::spawn(drive(Arc::clone(state), host, runner, rx, wake));
    Ok(started(campaign))
}

fn started(campaign: Uuid) -> StartOutcome {
    StartOutcome::Started {
        campaign_id: campaign.to_string(),
    }
}

/// Stops handing over `campaign`'s calls; `cancel` ends it for good.
pub fn stop(
    state: &AppState,
    host: &dyn Host,
    campaign: Uuid,
    cancel: bool,
) -> Result<(), AppError> {
    let what = if cancel {
        Control::Cancel
    } else {
        Control::Pause
    };
    if !state.campaigns.runs.ask(campaign, what) {
        // Not driven now (paused, or interrupted): the store is changed directly.
        let summary = state.store.find_campaign(&campaign.to_string())?;
        let to = match (summary.state, cancel) {
            (CampaignState::Finished | CampaignState::Cancelled, _) => return Ok(()),
            (_, true) => CampaignState::Cancelled,
            (_, false) => CampaignState::Paused,
        };
        state
            .store
            .set_campaign_state(campaign, to, state.clock.now())?;
        host.campaign_changed(campaign.to_string());
    }
    Ok(())
}

/// Wakes `campaign`'s run now.
pub fn wake(state: &AppState, campaign: Uuid) {
    if let Some(h) = lock(&state.campaigns.runs.running).get(&campaign) {
        h.wake.notify_one();
    }
}

/// A placer for runs: the connection's client and store, on the simulator's clock in sandbox
/// mode.
async fn runner_placer(state: &AppState) -> Result<CallPlacer, AppError> {
    let conn = state.connection.read().await;
    let conn = conn.as_ref().ok_or_else(AppError::not_connected)?;
    let clock: Arc<dyn Clock> = match &conn.sandbox {
        Some(sandbox) => Arc::new(SandboxClock(sandbox.clone())),
        None => Arc::clone(&state.clock),
    };
    Ok(CallPlacer::new(
        conn.client.clone(),
        Arc::clone(&state.store),
        clock,
    ))
}

/// The simulator's time, fast-forwards included.
struct SandboxClock(contactship_sandbox::Sandbox);

impl Clock for SandboxClock {
    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.0.now()
    }
}

async fn drive(
    state: Arc<AppState>,
    host: Arc<dyn Host>,
    mut runner: Runner,
    mut control: watch::Receiver<Control>,
    wake: Arc<Notify>,
) {
    let campaign = runner.campaign();
    let problem = loop {
        let asked = *control.borrow_and_update();
        if asked != Control::Run {
            let to = if asked == Control::Cancel {
                CampaignState::Cancelled
            } else {
                CampaignState::Paused
            };
            break runner.stop(to).err().map(|e| run_error(&e).message);
        }
        let tick = match runner.tick().await {
            Ok(tick) => tick,
            Err(e) => {
                // The runner pauses on a refused key; a store failure pauses here.
                let _ = runner.stop(CampaignState::Paused);
                break Some(run_error(&e).message);
            }
        };
        if !tick.changed.is_empty() || tick.handed_over > 0 {
            host.campaign_changed(campaign.to_string());
            host.calls_changed(Vec::new());
        }
        tell_endings(&state, host.as_ref(), campaign, &tick);
        if tick.finished {
            break None;
        }
        let pause = sleep_for(&tick, runner.now());
        tokio::select! {
            () = tokio::time::sleep(pause) => {}
            () = wake.notified() => {}
            changed = control.changed() => if changed.is_err() { break None },
        }
    };
    if let Some(message) = problem {
        tracing::warn!(%campaign, "campaign run stopped: {message}");
        lock(&state.campaigns.runs.problems).insert(campaign, message);
    }
    lock(&state.campaigns.runs.running).remove(&campaign);
    host.campaign_changed(campaign.to_string());
}

/// Hands the tick's endings and unknown outcomes to the notifier, and shows what is due.
fn tell_endings(state: &AppState, host: &dyn Host, campaign: Uuid, tick: &Tick) {
    if !tick.ended.is_empty() || !tick.unknown.is_empty() {
        let name = state
            .store
            .find_campaign(&campaign.to_string())
            .map(|c| c.name)
            .unwrap_or_default();
        state.notifier.campaign_tick(
            crate::notify::enabled(state),
            (campaign, &name),
            tick,
            |id| state.store.entry(id),
        );
    }
    crate::notify::deliver(state, host);
}

/// Until the next row is due, looking at active calls every few seconds.
fn sleep_for(tick: &Tick, now: chrono::DateTime<chrono::Utc>) -> Duration {
    let longest = if tick.active > 0 {
        FOLLOW_EVERY
    } else {
        IDLE_AT_MOST
    };
    let until_due = tick
        .wake_at
        .and_then(|at| (at - now).to_std().ok())
        .unwrap_or(longest);
    until_due.clamp(Duration::from_millis(200), longest)
}

/// A runner failure as the screen says it.
fn run_error(e: &RunnerError) -> AppError {
    match e {
        RunnerError::Store(store) => store_error(store),
        RunnerError::Unauthorized => AppError::new(ErrorCode::InvalidApiKey, e.to_string()),
        RunnerError::Settings | RunnerError::Crashed => AppError::internal(e),
    }
}

fn store_error(e: &callboard_core::store::StoreError) -> AppError {
    tracing::error!(source = ?std::error::Error::source(e), "call store: {e}");
    AppError::new(e.error_code(), e.to_string())
}
