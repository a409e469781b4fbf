//! The public [`Sandbox`] handle: start the simulator, drive it from tests or the app, stop it.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::clock::ClockMode;
use crate::control::RecordedRequest;
use crate::faults::FaultRule;
use crate::server;
use crate::state::{lock, Shared};

/// How to start a [`Sandbox`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SandboxOptions {
    /// The only API key the simulator accepts in `x-api-key`.
    pub api_key: String,
    /// Loopback port to listen on; 0 picks a free one.
    pub port: u16,
    /// How simulated time moves.
    pub clock: ClockMode,
    /// Serve four weeks of calls placed elsewhere (the dashboard, teammates, campaigns) before
    /// the start, as a real organisation's call log has. Off by default so tests that count the
    /// calls they create see only theirs; the app's Sandbox mode turns it on.
    pub history: bool,
    /// The organisation's concurrency limit: with `Some(n)`, a create-call request while `n`
    /// calls are in the queue or talking is refused with 429 and a `Retry-After`, and creates
    /// nothing. `None` (the default) never refuses, so tests that hand many calls over at
    /// once on a frozen clock see only the faults they inject; the app's Sandbox mode uses 10.
    pub max_active_calls: Option<usize>,
    /// Keep the organisation (created calls and contacts, the fast-forward) in this file
    /// between runs; `None` (the default) starts fresh every time.
    pub state_file: Option<std::path::PathBuf>,
}

impl Default for SandboxOptions {
    fn default() -> Self {
        Self {
            api_key: "sandbox-key".to_owned(),
            port: 0,
            clock: ClockMode::Manual,
            history: false,
            max_active_calls: None,
            state_file: None,
        }
    }
}

/// A running simulator. Cheap to clone; every clone drives the same server. The server stops
/// on [`Sandbox::shutdown`] or when the last clone is dropped, so keep a handle alive.
#[derive(Clone)]
pub struct Sandbox {
    inner: Arc<Inner>,
}

struct Inner {
    shared: Arc<Shared>,
    addr: SocketAddr,
    shutdown: watch::Sender<bool>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for Sandbox {
    // Hand-written so the API key never shows up in debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox")
            .field("addr", &self.inner.addr)
            .finish_non_exhaustive()
    }
}

impl Sandbox {
    /// Binds `127.0.0.1:port` and starts serving on the current tokio runtime.
    pub async fn start(opts: SandboxOptions) -> std::io::Result<Sandbox> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, opts.port)).await?;
        let addr = listener.local_addr()?;
        let mut shared = Shared::new(
            opts.api_key,
            opts.clock,
            opts.history,
            opts.max_active_calls,
        );
        if let Some(path) = opts.state_file {
            shared = shared.kept_in(path, opts.clock);
        }
        let shared = Arc::new(shared);
        let (shutdown, rx) = watch::channel(false);
        let task = tokio::spawn(server::serve(listener, Arc::clone(&shared), rx));
        Ok(Sandbox {
            inner: Arc::new(Inner {
                shared,
                addr,
                shutdown,
                task: Mutex::new(Some(task)),
            }),
        })
    }

    /// The API base URL, e.g. `http://127.0.0.1:40123/v1`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v1", self.inner.addr)
    }

    /// The address the simulator listens on.
    pub fn addr(&self) -> SocketAddr {
        self.inner.addr
    }

    /// The API key the simulator accepts.
    pub fn api_key(&self) -> &str {
        &self.inner.shared.api_key
    }

    /// Queues a fault rule (same as `POST /__sandbox/faults`).
    pub fn add_fault(&self, rule: FaultRule) {
        lock(&self.inner.shared.faults).push(rule);
    }

    /// Drops every queued fault rule.
    pub fn clear_faults(&self) {
        lock(&self.inner.shared.faults).clear();
    }

    /// Every API request received since start or the last reset, oldest first
    /// (same as `GET /__sandbox/requests`). Never contains the API key.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.inner.shared.requests).clone()
    }

    /// Moves simulated time forward (negative durations are ignored) and returns the new now
    /// (same as `POST /__sandbox/clock`).
    pub fn advance_clock(&self, by: Duration) -> DateTime<Utc> {
        let now = lock(&self.inner.shared.clock).advance(by);
        self.inner.shared.save();
        now
    }

    /// Why a saved state could not be used, if that happened at start (for the log).
    pub fn notice(&self) -> Option<&str> {
        self.inner.shared.notice.as_deref()
    }

    /// The simulated current instant.
    pub fn now(&self) -> DateTime<Utc> {
        self.inner.shared.now()
    }

    /// Puts the seed data back and clears calls, faults and the request log
    /// (same as `POST /__sandbox/reset`). The clock keeps its time.
    pub fn reset(&self) {
        self.inner.shared.reset();
    }

    /// Stops accepting connections, closes open ones and waits for the server task to end.
    pub async fn shutdown(self) {
        let _ = self.inner.shutdown.send(true);
        let task = lock(&self.inner.task).take();
        if let Some(task) = task {
            let _ = task.await;
        }
    }
}
