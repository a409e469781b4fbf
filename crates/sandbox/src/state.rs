//! Shared state behind the server and the [`crate::Sandbox`] handle: the clock, the fault queue,
//! the request log and the resource store.

use std::sync::{Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Utc};

use crate::clock::{ClockMode, SimClock};
use crate::control::RecordedRequest;
use crate::faults::FaultQueue;
use crate::ids::stable_uuid;
use crate::lifecycle::{Phase, Timeline};
use crate::model::{Agent, CallRecord, Contact, PhoneNumber};
use crate::seed;

/// Locks a mutex, carrying on after a panic elsewhere: the simulator's state stays usable.
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Everything the simulator keeps about the organization.
#[derive(Debug)]
pub(crate) struct Store {
    pub contacts: Vec<Contact>,
    pub agents: Vec<Agent>,
    pub phone_numbers: Vec<PhoneNumber>,
    pub calls: Vec<CallRecord>,
    /// Counter behind the ids of created objects.
    next_seq: u64,
}

impl Store {
    /// The seeded store; with `history_anchor`, also the calls placed elsewhere before it.
    pub(crate) fn seeded(history_anchor: Option<DateTime<Utc>>) -> Self {
        let mut contacts = seed::contacts();
        let mut agents = seed::agents();
        let mut phone_numbers = seed::phone_numbers();
        let calls = history_anchor.map_or_else(Vec::new, |anchor| {
            seed::history(&contacts, &agents, &phone_numbers, anchor)
        });
        // After the history, which picks its people and agents by position: it stays the same.
        contacts.push(seed::docs_examples::contact());
        agents.push(seed::docs_examples::agent());
        phone_numbers.push(seed::docs_examples::phone_number());
        Self {
            contacts,
            agents,
            phone_numbers,
            calls,
            next_seq: 1,
        }
    }

    /// Calls in the queue or talking at `now`: due and not final. Scheduled calls still waiting
    /// for their time hold no line, so they don't count.
    pub(crate) fn active_calls(&self, now: DateTime<Utc>) -> usize {
        self.calls
            .iter()
            .filter(|c| {
                matches!(
                    Timeline::of(c).phase(now),
                    Phase::InQueue | Phase::InProgress
                )
            })
            .count()
    }

    /// The next sequence number (a saved state keeps it, so ids never repeat).
    pub(crate) fn next_seq(&self) -> u64 {
        self.next_seq
    }

    /// A fresh id for a created object of `kind`, plus its sequence number.
    pub(crate) fn next_id(&mut self, id_seed: &str, kind: &str) -> (String, u64) {
        let seq = self.next_seq;
        self.next_seq += 1;
        (stable_uuid(&format!("{id_seed}/{kind}/{seq}")), seq)
    }
}

/// The state shared by every connection.
#[derive(Debug)]
pub(crate) struct Shared {
    pub api_key: String,
    /// Mixed into created ids: fixed in manual mode (reproducible tests), per start in realtime
    /// mode (so a restarted app sandbox never reuses a call id the app already journaled).
    pub id_seed: String,
    pub clock: Mutex<SimClock>,
    pub faults: Mutex<FaultQueue>,
    pub requests: Mutex<Vec<RecordedRequest>>,
    pub store: Mutex<Store>,
    /// The instant the seeded history is relative to (the start), or `None` for no history.
    /// Kept so a reset brings back exactly the same calls.
    pub history_anchor: Option<DateTime<Utc>>,
    /// Create-call requests are refused with a 429 while this many calls are active.
    pub max_active_calls: Option<usize>,
    /// Where the state is kept between runs (the app's Sandbox mode), if anywhere.
    pub state_file: Option<std::path::PathBuf>,
    /// What happened to a saved state that couldn't be read, for the log.
    pub notice: Option<String>,
}

impl Shared {
    /// Fresh state with seed data (and the call history when `history` is set).
    pub(crate) fn new(
        api_key: String,
        mode: ClockMode,
        history: bool,
        max_active_calls: Option<usize>,
    ) -> Self {
        let clock = SimClock::new(mode);
        let history_anchor = history.then(|| clock.now());
        let id_seed = match mode {
            ClockMode::Manual => "manual".to_owned(),
            ClockMode::Realtime => format!(
                "realtime-{}",
                clock.now().timestamp_nanos_opt().unwrap_or_default()
            ),
        };
        Self {
            api_key,
            id_seed,
            clock: Mutex::new(clock),
            faults: Mutex::new(FaultQueue::default()),
            requests: Mutex::new(Vec::new()),
            store: Mutex::new(Store::seeded(history_anchor)),
            history_anchor,
            max_active_calls,
            state_file: None,
            notice: None,
        }
    }

    /// Keeps the state in `path` from now on, first reading back what it holds.
    pub(crate) fn kept_in(mut self, path: std::path::PathBuf, mode: ClockMode) -> Self {
        match crate::persist::load(&path) {
            crate::persist::Loaded::Nothing => {}
            crate::persist::Loaded::MovedAside(aside) => {
                self.notice = Some(format!(
                    "The sandbox's saved state could not be read, so it starts fresh; the old file is {aside}."
                ));
            }
            crate::persist::Loaded::Restored(r) => {
                self.id_seed = r.id_seed;
                self.history_anchor = r.history_anchor;
                *lock(&self.clock) =
                    SimClock::restored(mode, chrono::Duration::seconds(r.clock_offset_secs));
                let mut store = lock(&self.store);
                store.contacts = r.contacts;
                store.calls = r.calls;
                store.next_seq = r.next_seq;
            }
        }
        self.state_file = Some(path);
        self.save();
        self
    }

    /// Writes the state to its file, when it has one (after every change).
    pub(crate) fn save(&self) {
        if let Some(path) = &self.state_file {
            crate::persist::save(self, path);
        }
    }

    /// The simulated current instant.
    pub(crate) fn now(&self) -> chrono::DateTime<chrono::Utc> {
        lock(&self.clock).now()
    }

    /// Seed data back; calls, faults and the request log cleared. The clock keeps its time.
    pub(crate) fn reset(&self) {
        *lock(&self.store) = Store::seeded(self.history_anchor);
        lock(&self.faults).clear();
        lock(&self.requests).clear();
        self.save();
    }
}
