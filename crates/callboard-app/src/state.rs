//! What the running app holds: paths, the call store, the keychain, preferences and the
//! current connection (sandbox or account). Commands borrow it through `State<AppState>`.

use crate::error::{AppError, ErrorCode};
use crate::ipc::Mode;
use crate::prefs::PreferenceStore;
use callboard_core::clock::{Clock, SystemClock};
use callboard_core::placement::CallPlacer;
use callboard_core::secrets::{KeychainStore, SecretError, SecretStore};
use callboard_core::store::CallStore;
use contactship::{ApiKey, BaseUrl, Client};
use contactship_sandbox::Sandbox;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tokio::sync::RwLock;

/// Environment overrides for tests and power users.
pub const ENV_DATA_DIR: &str = "CALLBOARD_DATA_DIR";
/// Base URL override; wins over the preference.
pub const ENV_API_URL: &str = "CALLBOARD_API_URL";
/// Start straight in sandbox mode (the README's run command sets it).
pub const ENV_SANDBOX: &str = "CALLBOARD_SANDBOX";

/// The live connection: which backend, and a client for it.
pub struct Connection {
    pub mode: Mode,
    pub client: Client,
    pub placer: Arc<CallPlacer>,
    /// The in-process simulator, in sandbox mode.
    pub sandbox: Option<Sandbox>,
    /// Agent names for "All calls", cached for this connection's organisation.
    pub agent_names: Arc<crate::org_calls::AgentNames>,
}

/// Everything the commands share.
pub struct AppState {
    pub data_dir: PathBuf,
    pub store: Arc<CallStore>,
    /// The OS keychain, or why it can't be used.
    pub keychain: Result<Arc<dyn SecretStore>, String>,
    /// A key the user chose to keep for this session only (memory only).
    pub session_key: Mutex<Option<ApiKey>>,
    pub prefs: Box<dyn PreferenceStore>,
    /// Serialises preference updates (read, change, write).
    pub prefs_update: Mutex<()>,
    pub connection: RwLock<Option<Connection>>,
    pub clock: Arc<dyn Clock>,
    pub notices: Mutex<Vec<String>>,
    /// `CALLBOARD_API_URL`, when set.
    pub api_url_override: Option<String>,
    /// Lists being prepared and campaigns being run.
    pub campaigns: crate::campaigns::Campaigns,
    /// Call endings waiting to be told as desktop notifications.
    pub notifier: crate::notify::Notifier,
}

impl AppState {
    /// Builds the state around an already-opened store, preferences and keychain.
    pub fn new(
        data_dir: PathBuf,
        store: Arc<CallStore>,
        prefs: Box<dyn PreferenceStore>,
        keychain: Result<Arc<dyn SecretStore>, String>,
        notices: Vec<String>,
    ) -> Self {
        Self {
            data_dir,
            store,
            keychain,
            session_key: Mutex::new(None),
            prefs,
            prefs_update: Mutex::new(()),
            connection: RwLock::new(None),
            clock: Arc::new(SystemClock),
            notices: Mutex::new(notices),
            api_url_override: std::env::var(ENV_API_URL)
                .ok()
                .filter(|s| !s.trim().is_empty()),
            campaigns: crate::campaigns::Campaigns::default(),
            notifier: crate::notify::Notifier::default(),
        }
    }

    /// The OS keychain for this build, probed once: a silent fallback would be a bug.
    pub fn os_keychain() -> Result<Arc<dyn SecretStore>, String> {
        let keychain = KeychainStore::new(
            callboard_core::secrets::default_service_name(),
            callboard_core::secrets::DEFAULT_ACCOUNT,
        )
        .map(|k| Arc::new(k) as Arc<dyn SecretStore>)
        .map_err(|e| {
            tracing::warn!(detail = e.detail(), "keychain unavailable: {e}");
            e.to_string()
        });
        keychain
    }

    /// The account base URL: env override, else preference, else Contactship's.
    pub fn account_base_url(&self) -> Result<BaseUrl, AppError> {
        let raw = self
            .api_url_override
            .clone()
            .or_else(|| self.prefs.get().base_url)
            .unwrap_or_else(|| contactship::DEFAULT_BASE_URL.to_owned());
        BaseUrl::parse(&raw).map_err(|e| AppError::from(e).with_field("base_url"))
    }

    /// The saved key: session-only first, then the keychain.
    pub async fn saved_key(&self) -> Result<Option<ApiKey>, AppError> {
        if let Some(key) = lock(&self.session_key).clone() {
            return Ok(Some(key));
        }
        match &self.keychain {
            Ok(store) => Ok(keychain_call(store, |s| s.get()).await?),
            Err(_) => Ok(None),
        }
    }

    /// A clone of the current client, or "not connected".
    pub async fn client(&self) -> Result<Client, AppError> {
        self.connection
            .read()
            .await
            .as_ref()
            .map(|c| c.client.clone())
            .ok_or_else(AppError::not_connected)
    }

    /// The current placer, or "not connected".
    pub async fn placer(&self) -> Result<Arc<CallPlacer>, AppError> {
        self.connection
            .read()
            .await
            .as_ref()
            .map(|c| c.placer.clone())
            .ok_or_else(AppError::not_connected)
    }

    /// Replaces the connection, shutting down a previous in-process sandbox.
    pub async fn set_connection(&self, new: Option<Connection>) {
        // A run talks to the connection it started on: it stops handing over first.
        self.campaigns.runs.pause_all();
        let old = std::mem::replace(&mut *self.connection.write().await, new);
        if let Some(Connection {
            sandbox: Some(sb), ..
        }) = old
        {
            sb.shutdown().await;
        }
    }

    /// Builds a client + placer for `base` and `key`.
    pub fn connect(
        &self,
        mode: Mode,
        base: BaseUrl,
        key: ApiKey,
        sandbox: Option<Sandbox>,
    ) -> Result<Connection, AppError> {
        let client = Client::new(base, key)?;
        let placer = Arc::new(CallPlacer::new(
            client.clone(),
            self.store.clone(),
            self.clock.clone(),
        ));
        Ok(Connection {
            mode,
            client,
            placer,
            sandbox,
            agent_names: Arc::default(),
        })
    }

    /// Drains start-up notices into a list for the UI (they stay until read once).
    pub fn notices(&self) -> Vec<String> {
        lock(&self.notices).clone()
    }
}

/// Runs a keychain operation off the async threads: keychain calls block on D-Bus or the
/// platform's security framework.
pub async fn keychain_call<T: Send + 'static>(
    store: &Arc<dyn SecretStore>,
    op: impl FnOnce(&dyn SecretStore) -> Result<T, SecretError> + Send + 'static,
) -> Result<T, SecretError> {
    let worker = store.clone();
    tokio::task::spawn_blocking(move || op(worker.as_ref()))
        .await
        .unwrap_or_else(|e| {
            Err(SecretError::Failed {
                store: store.kind(),
                detail: format!("keychain task failed: {e}"),
            })
        })
}

/// Locks a mutex, recovering from poisoning (a panicked holder must not brick the app).
pub fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

/// The error for "you need an account for this".
pub fn no_key_error() -> AppError {
    AppError::new(ErrorCode::NotConnected, callboard_core::t!("no-key-yet")).with_field("api_key")
}
