//! Shared set-up for the placement tests: a sandbox on a random loopback port, a client
//! with short timeouts, a call store in a temp folder, a clock pinned to the sandbox's clock.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use callboard_core::calls::CallLabels;
use callboard_core::clock::FixedClock;
use callboard_core::placement::{CallPlacer, RetryDelay};
use callboard_core::store::{CallStore, OpenReport, StoreOptions, StoreSnapshot};
use contactship::{
    ApiKey, BaseUrl, Client, ClientOptions, ContactCallRequest, ContactFilter, PhoneNumberType,
    RetryPolicy,
};
use contactship_sandbox::{RecordedRequest, Sandbox, SandboxOptions};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub const CREATE_CALL_PATH: &str = "/v1/calls/single-contact-call";

/// Records the waits the placer asked for instead of sleeping.
#[derive(Default)]
pub struct RecordingDelay {
    pub asked: Mutex<Vec<u32>>,
}

impl RetryDelay for RecordingDelay {
    fn delay(&self, retry: u32) -> Duration {
        self.asked.lock().unwrap().push(retry);
        Duration::ZERO
    }
}

pub struct Fixture {
    pub sandbox: Sandbox,
    pub client: Client,
    pub store: Arc<CallStore>,
    pub clock: Arc<FixedClock>,
    pub delays: Arc<RecordingDelay>,
    pub placer: CallPlacer,
    pub path: PathBuf,
    pub contact_id: String,
    pub agent_id: String,
    pub from_number_id: String,
    _dir: tempfile::TempDir,
}

pub fn client_for(base: &str, key: &str, timeout: Duration) -> Client {
    let options = ClientOptions {
        timeout,
        connect_timeout: Duration::from_secs(2),
        get_retry: RetryPolicy::none(),
        ..ClientOptions::default()
    };
    Client::with_options(
        BaseUrl::parse(base).unwrap(),
        ApiKey::new(key).unwrap(),
        options,
    )
    .unwrap()
}

impl Fixture {
    pub async fn start() -> Self {
        Self::start_with_timeout(Duration::from_secs(5)).await
    }

    /// `timeout` is the client's total request timeout (short for the latency case).
    pub async fn start_with_timeout(timeout: Duration) -> Self {
        let sandbox = Sandbox::start(SandboxOptions::default()).await.unwrap();
        let client = client_for(&sandbox.base_url(), sandbox.api_key(), timeout);
        let contact_id = client
            .list_contacts(&ContactFilter::default())
            .await
            .unwrap()[0]
            .id
            .clone();
        let agent_id = client.list_agents().await.unwrap()[0].id.clone();
        let from_number_id = client
            .list_phone_numbers(Some(PhoneNumberType::Outbound))
            .await
            .unwrap()[0]
            .id
            .clone();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data/calls.sqlite3");
        let clock = Arc::new(FixedClock::new(sandbox.now()));
        let (store, _) = CallStore::open(&path, options(&clock)).unwrap();
        let store = Arc::new(store);
        let delays = Arc::new(RecordingDelay::default());
        let placer = CallPlacer::new(client.clone(), store.clone(), clock.clone())
            .with_retry_delay(delays.clone());
        Fixture {
            sandbox,
            client,
            store,
            clock,
            delays,
            placer,
            path,
            contact_id,
            agent_id,
            from_number_id,
            _dir: dir,
        }
    }

    pub fn request(&self) -> ContactCallRequest {
        ContactCallRequest {
            contact_id: self.contact_id.clone(),
            agent_id: self.agent_id.clone(),
            from_number_id: self.from_number_id.clone(),
            ..ContactCallRequest::default()
        }
    }

    pub fn labels(&self) -> CallLabels {
        CallLabels {
            contact_name: "Test contact".into(),
            when_label: "Now".into(),
            ..CallLabels::default()
        }
    }

    /// The create-call POSTs the sandbox received.
    pub fn create_posts(&self) -> Vec<RecordedRequest> {
        self.sandbox
            .requests()
            .into_iter()
            .filter(|r| r.method == "POST" && r.path == CREATE_CALL_PATH)
            .collect()
    }

    /// A second, independent, read-only view of the database (what is on disk). The
    /// fixture still holds the store, so this cannot be a second `CallStore`.
    pub fn reopen(&self) -> StoreSnapshot {
        StoreSnapshot::open(&self.path).unwrap()
    }

    /// "Restart": lets go of the store (and the placer holding it), then opens the file
    /// again as the next app start would, and returns what that open found.
    pub fn restart(&mut self) -> OpenReport {
        // Swap in a store on another file first, so the old one is dropped and its lock
        // released before the real file is opened again.
        let (placeholder, _) =
            CallStore::open_default(self._dir.path().join("released.sqlite3")).unwrap();
        let placeholder = Arc::new(placeholder);
        self.placer = CallPlacer::new(self.client.clone(), placeholder.clone(), self.clock.clone());
        self.store = placeholder;
        let (store, report) = CallStore::open(&self.path, options(&self.clock)).unwrap();
        self.store = Arc::new(store);
        self.placer = CallPlacer::new(self.client.clone(), self.store.clone(), self.clock.clone())
            .with_retry_delay(self.delays.clone());
        report
    }
}

/// Store options with the test clock.
pub fn options(clock: &Arc<FixedClock>) -> StoreOptions {
    StoreOptions {
        clock: clock.clone(),
        ..StoreOptions::default()
    }
}
