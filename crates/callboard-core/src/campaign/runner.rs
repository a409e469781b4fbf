//! Runs a stored campaign against Contactship: the app and `callboard-cli` drive the same
//! [`Runner`], one [`Runner::tick`] at a time, sleeping in between as they like (tests
//! drive it on a simulated clock).
//!
//! Each tick, in this order: unknown outcomes are looked up on the server (never re-sent);
//! calls handed over are followed to their end and each ending goes through the retry
//! rules; then the rows that are due are handed over. For every row handed over, the
//! attempt's "sending" record and the row turning `placing` commit in one transaction
//! before the POST leaves, and the POST's answer and the row's next state commit in
//! another; a restart after a crash anywhere finds each row where it was ([`Run::new`]
//! turns a `placing` row into `unknown`, which is reconciled, not dialled again).

mod error;
mod hand_over;
use hand_over::Slowed;
mod request;

pub use error::RunnerError;

pub use request::{CAMPAIGN_ID_KEY, CAMPAIGN_ROW_KEY};

use super::retry::Ending;
use super::run::{Change, RowRecord, Run};
use super::settings::CampaignSettings;
use super::Pacer;
use crate::calls::{CallEntry, CallState};
use crate::placement::status_poll::next_check_at;
use crate::placement::{CallPlacer, PlacementError};
use crate::store::{CallStore, CampaignState, RowState, RowUpdate};
use chrono::{DateTime, Utc};
use request::FromNumber;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use uuid::Uuid;

const MINUTE: chrono::Duration = chrono::Duration::seconds(60);

/// Where a test may make the runner stop dead, as if the process were killed there:
/// `reached` returning true stops the tick before anything else is written or sent.
pub trait CrashPoints: Send + Sync {
    fn reached(&self, point: &'static str) -> bool;
}

/// What one tick did and when the next is useful.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tick {
    /// Rows whose state changed.
    pub changed: Vec<u32>,
    /// Calls handed over in this tick.
    pub handed_over: usize,
    /// The attempts whose call ended in this tick, with how (the app's notifications).
    pub ended: Vec<(Uuid, Ending)>,
    /// The attempts handed over in this tick whose outcome is unknown: they may or may not
    /// have created a call, and are looked up before anything else happens to their row.
    pub unknown: Vec<Uuid>,
    /// When a row next becomes due (none: only an ending can make room, or nothing is left).
    pub wake_at: Option<DateTime<Utc>>,
    /// Calls handed over and not final yet.
    pub active: usize,
    /// No row waits to be handed over (retries may still come).
    pub all_handed_over: bool,
    /// Every row is final or skipped, and every unknown outcome was looked up.
    pub finished: bool,
}

/// A campaign being run.
pub struct Runner {
    placer: CallPlacer,
    campaign: Uuid,
    settings: CampaignSettings,
    run: Run,
    /// The latest attempt of each row handed over (active, unknown).
    attempts: HashMap<u32, Uuid>,
    /// Unknown rows not looked up on the server yet.
    unreconciled: HashSet<u32>,
    numbers: Vec<FromNumber>,
    agent_name: String,
    crash: Option<Arc<dyn CrashPoints>>,
}

impl Runner {
    /// Opens `campaign` to run it (again): resumes from what the store says, marks it
    /// running, and reads the agent's name and the numbers' countries from Contactship.
    pub async fn open(placer: CallPlacer, campaign: Uuid) -> Result<Self, RunnerError> {
        let store = Arc::clone(placer.store());
        let summary = store.find_campaign(&campaign.to_string())?;
        let settings: CampaignSettings =
            serde_json::from_value(summary.settings).map_err(|_| RunnerError::Settings)?;
        let now = placer.clock().now();
        let open = store.open_rows(campaign)?;
        let mut attempts = HashMap::new();
        let mut records = Vec::new();
        let mut lost_zone = Vec::new();
        for r in &open {
            if let Some(id) = r.request_id {
                attempts.insert(r.row, id);
            }
            match r.zone {
                Some(zone) => records.push(RowRecord {
                    row: r.row,
                    zone,
                    state: r.state,
                    attempts: r.attempts,
                    next_at: r.next_at,
                }),
                None => lost_zone.push(r.row),
            }
        }
        let pacer = Pacer::new(
            settings.window,
            settings.start_at,
            settings.stop_by,
            settings.pace,
        );
        let (mut run, changes) = Run::new(pacer, settings.retry, records, now);
        run.handed_over_before(store.campaign_attempts_since(campaign, now - MINUTE)?);
        // An unknown row is looked up once; one already looked up (before a restart) is not
        // searched again at every start: the person decides what to do with it. One whose
        // call was found before the restart is followed.
        let mut unreconciled = HashSet::new();
        let mut changes = changes;
        for row in run_rows_in(&run, &attempts, RowState::Unknown) {
            let Some(entry) = attempts.get(&row).and_then(|id| store.entry(*id)) else {
                continue;
            };
            if entry.call_id.is_some() {
                changes.extend(run.found(row));
            } else if entry.reconciliation.is_none() {
                unreconciled.insert(row);
            }
        }
        let runner = Runner {
            numbers: numbers(&placer, &settings).await,
            agent_name: agent_name(&placer, &settings.agent_id).await,
            placer,
            campaign,
            settings,
            run,
            attempts,
            unreconciled,
            crash: None,
        };
        let mut updates: Vec<RowUpdate> = changes.iter().map(|c| runner.update(c, None)).collect();
        updates.extend(lost_zone.into_iter().map(|row| RowUpdate {
            row,
            state: RowState::Skipped,
            attempts: 0,
            next_at: None,
            ending: None,
            reason: Some(crate::t!("campaign-skip-unknown-zone")),
            request_id: None,
        }));
        store.record_campaign(campaign, &[], &updates)?;
        store.set_campaign_state(campaign, CampaignState::Running, now)?;
        Ok(runner)
    }

    /// Makes the runner stop dead where `crash` says (tests).
    pub fn with_crash_points(mut self, crash: Arc<dyn CrashPoints>) -> Self {
        self.crash = Some(crash);
        self
    }

    /// The campaign's id.
    pub fn campaign(&self) -> Uuid {
        self.campaign
    }

    fn store(&self) -> &Arc<CallStore> {
        self.placer.store()
    }

    /// The time on the runner's clock (the simulator's, in sandbox mode).
    pub fn now(&self) -> DateTime<Utc> {
        self.placer.clock().now()
    }

    fn point(&self, name: &'static str) -> Result<(), RunnerError> {
        match &self.crash {
            Some(c) if c.reached(name) => Err(RunnerError::Crashed),
            _ => Ok(()),
        }
    }

    /// The stored form of `change`, with what the run knows of its row.
    fn update(&self, c: &Change, request_id: Option<Uuid>) -> RowUpdate {
        let progress = self.run.row(c.row);
        RowUpdate {
            row: c.row,
            state: c.state,
            attempts: c.attempts,
            next_at: c.next_at,
            ending: progress.and_then(|p| p.ending),
            reason: progress.and_then(|p| p.reason.clone()),
            request_id,
        }
    }

    fn save(&self, changes: &[Change]) -> Result<(), RunnerError> {
        if changes.is_empty() {
            return Ok(());
        }
        let updates: Vec<RowUpdate> = changes.iter().map(|c| self.update(c, None)).collect();
        Ok(self.store().record_campaign(self.campaign, &[], &updates)?)
    }

    /// One step of the campaign at the clock's now.
    pub async fn tick(&mut self) -> Result<Tick, RunnerError> {
        let mut tick = Tick::default();
        self.reconcile(&mut tick).await?;
        self.follow(&mut tick).await?;
        let now = self.now();
        let (due, changes) = self.run.due(now);
        // The skipped rows are saved now; the due ones only with their attempt.
        let skipped: Vec<Change> = changes
            .into_iter()
            .filter(|c| c.state == RowState::Skipped)
            .collect();
        self.save(&skipped)?;
        tick.changed.extend(skipped.iter().map(|c| c.row));
        let mut due = due.into_iter();
        while let Some(row) = due.next() {
            if self.hand_over(row, &mut tick).await? == Slowed::Down {
                // The server asked to slow down: the rest of this tick's rows wait again.
                let back: Vec<Change> = due.by_ref().map(|r| self.run.put_back(r, now)).collect();
                self.save(&back)?;
                break;
            }
        }
        tick.wake_at = self.run.wake_at();
        tick.active = self.run.active();
        tick.all_handed_over = self.run.to_hand_over() == 0;
        tick.finished = self.run.is_finished() && self.unreconciled.is_empty();
        if tick.finished {
            self.store()
                .set_campaign_state(self.campaign, CampaignState::Finished, now)?;
        }
        Ok(tick)
    }

    /// Stops handing over: the campaign is paused (or cancelled) in the store. Calls already
    /// handed to Contactship ring anyway; their results are still collected on resume.
    pub fn stop(&self, state: CampaignState) -> Result<(), RunnerError> {
        Ok(self
            .store()
            .set_campaign_state(self.campaign, state, self.now())?)
    }

    /// Looks up each unknown outcome once on the server; a call found is followed.
    async fn reconcile(&mut self, tick: &mut Tick) -> Result<(), RunnerError> {
        let rows: Vec<u32> = self.unreconciled.iter().copied().collect();
        for row in rows {
            let Some(&request_id) = self.attempts.get(&row) else {
                self.unreconciled.remove(&row);
                continue;
            };
            let entry = match self.placer.reconcile(request_id).await {
                Ok(entry) => entry,
                // Not reachable now: tried again next tick.
                Err(e) => {
                    tracing::info!(row, "could not look up an unknown outcome yet: {e}");
                    continue;
                }
            };
            self.point("reconciled")?;
            self.unreconciled.remove(&row);
            if entry.call_id.is_some() {
                if let Some(change) = self.run.found(row) {
                    self.save(&[change])?;
                    tick.changed.push(row);
                }
            }
        }
        Ok(())
    }

    /// Refreshes the calls that are due a check and ends the rows whose call is final.
    async fn follow(&mut self, tick: &mut Tick) -> Result<(), RunnerError> {
        let active: Vec<(u32, Uuid)> = self
            .attempts
            .iter()
            .filter(|(row, _)| {
                self.run
                    .row(**row)
                    .is_some_and(|p| p.state == RowState::Active)
            })
            .map(|(r, id)| (*r, *id))
            .collect();
        for (row, request_id) in active {
            let Some(mut entry) = self.store().entry(request_id) else {
                continue;
            };
            if ending_of(&entry).is_none()
                && next_check_at(&entry).is_some_and(|due| due <= self.now())
            {
                match self.placer.refresh_status(request_id).await {
                    Ok(fresh) => entry = fresh,
                    Err(PlacementError::Api(contactship::Error::Unauthorized { .. })) => {
                        return Err(self.unauthorized())
                    }
                    Err(e) => tracing::debug!(row, "status check failed: {e}"),
                }
                self.point("status checked")?;
            }
            if let Some(ending) = ending_of(&entry) {
                let change = self.run.ended(row, ending, self.now());
                self.save(&[change])?;
                tick.changed.push(row);
                tick.ended.push((request_id, ending));
            }
        }
        Ok(())
    }

    fn unauthorized(&self) -> RunnerError {
        match self.stop(CampaignState::Paused) {
            Ok(()) => RunnerError::Unauthorized,
            Err(e) => e,
        }
    }
}

/// How a call ended, once its latest status is final.
fn ending_of(entry: &CallEntry) -> Option<Ending> {
    if entry.state != CallState::Placed && entry.call_id.is_none() {
        return None;
    }
    entry.latest_status().and_then(Ending::of)
}

/// The rows of `run` in `state` that have an attempt.
fn run_rows_in(run: &Run, attempts: &HashMap<u32, Uuid>, state: RowState) -> HashSet<u32> {
    attempts
        .keys()
        .copied()
        .filter(|row| run.row(*row).is_some_and(|p| p.state == state))
        .collect()
}

/// The campaign's numbers with their countries; ids only when Contactship can't be read.
async fn numbers(placer: &CallPlacer, settings: &CampaignSettings) -> Vec<FromNumber> {
    let listed = placer
        .client()
        .list_phone_numbers(None)
        .await
        .unwrap_or_default();
    settings
        .from_number_ids
        .iter()
        .map(|id| {
            let e164 = listed
                .iter()
                .find(|n| &n.id == id)
                .and_then(|n| n.phone_number.clone())
                .unwrap_or_default();
            FromNumber {
                id: id.clone(),
                country: request::country_of(&e164),
                e164,
            }
        })
        .collect()
}

async fn agent_name(placer: &CallPlacer, agent_id: &str) -> String {
    placer
        .client()
        .get_agent(agent_id)
        .await
        .ok()
        .and_then(|a| a.name)
        .unwrap_or_else(|| agent_id.to_owned())
}
