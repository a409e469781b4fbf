//! Switching between the sandbox and a real account, and everything about the API key.
//!
//! The key goes from the paste field straight into [`ApiKey`] (trimmed, zeroized on drop),
//! is tested with a harmless `GET /v1/agents`, and is then stored in the OS keychain (or in
//! memory for this session only). It is never returned to the UI, logged or written to a file.

use crate::error::{AppError, ErrorCode};
use crate::ipc::{ApiKeyStatus, AppStatus, KeyStore, Mode};
use crate::state::{keychain_call, lock, no_key_error, AppState};
use callboard_core::secrets::StoreKind;
use contactship::ApiKey;
use contactship_sandbox::{ClockMode, Sandbox, SandboxOptions};

/// The status shown on every screen.
pub async fn status(state: &AppState) -> AppStatus {
    let conn = state.connection.read().await;
    let mode = conn.as_ref().map(|c| c.mode);
    let base_url = match conn.as_ref() {
        Some(c) => c.client.base_url().to_string(),
        None => state
            .account_base_url()
            .map(|b| b.to_string())
            .unwrap_or_else(|_| contactship::DEFAULT_BASE_URL.to_owned()),
    };
    let sandbox_url = conn
        .as_ref()
        .and_then(|c| c.sandbox.as_ref())
        .map(Sandbox::base_url);
    drop(conn);
    AppStatus {
        mode,
        base_url,
        sandbox_url,
        key: key_status(state).await,
        notices: state.notices(),
        local_time_zone: local_time_zone(),
        api_url_override: state.api_url_override.clone(),
        locale: callboard_core::i18n::locale().tag().to_owned(),
    }
}

/// Where the key is and its last four characters.
pub async fn key_status(state: &AppState) -> ApiKeyStatus {
    let session = lock(&state.session_key).as_ref().map(ApiKey::last4);
    if let Some(last4) = session {
        return ApiKeyStatus {
            present: true,
            store: KeyStore::SessionOnly,
            store_label: "this session only (not saved)".into(),
            last4: Some(last4),
            keychain_available: state.keychain.is_ok(),
            keychain_problem: state.keychain.as_ref().err().cloned(),
        };
    }
    match &state.keychain {
        Err(problem) => ApiKeyStatus {
            present: false,
            store: KeyStore::None,
            store_label: "nowhere".into(),
            last4: None,
            keychain_available: false,
            keychain_problem: Some(problem.clone()),
        },
        Ok(store) => {
            let kind = store_kind(store.kind());
            let label = store.kind().place();
            match keychain_call(store, |s| s.get()).await {
                Ok(key) => ApiKeyStatus {
                    present: key.is_some(),
                    store: if key.is_some() { kind } else { KeyStore::None },
                    store_label: label,
                    last4: key.map(|k| k.last4()),
                    keychain_available: true,
                    keychain_problem: None,
                },
                Err(e) => ApiKeyStatus {
                    present: false,
                    store: KeyStore::None,
                    store_label: label,
                    last4: None,
                    keychain_available: false,
                    keychain_problem: Some(e.to_string()),
                },
            }
        }
    }
}

fn store_kind(kind: StoreKind) -> KeyStore {
    match kind {
        StoreKind::SecretService => KeyStore::SecretService,
        StoreKind::Keychain => KeyStore::Keychain,
        StoreKind::CredentialManager => KeyStore::CredentialManager,
        StoreKind::Memory => KeyStore::SessionOnly,
    }
}

/// The sandbox organisation's concurrency limit: a campaign paced above it meets the 429s a
/// real account answers, and slows down, instead of a server that takes any number of calls.
const SANDBOX_MAX_ACTIVE_CALLS: usize = 10;

/// The sandbox's saved organisation, in the data folder.
pub const SANDBOX_STATE_FILE: &str = "sandbox-state.json";

/// Starts the in-process simulator on a loopback port and connects to it.
pub async fn start_sandbox(state: &AppState) -> Result<(), AppError> {
    let options = SandboxOptions {
        // The simulator's key only guards a loopback port for this process; it is not a secret
        // of the user's and is never stored.
        api_key: format!("sandbox-{}", uuid::Uuid::new_v4().simple()),
        port: 0,
        clock: ClockMode::Realtime,
        // The organisation's other calls, so "All calls" shows what a real account would.
        history: true,
        max_active_calls: Some(SANDBOX_MAX_ACTIVE_CALLS),
        // The simulated organisation outlives the app, as Contactship does: calls handed over
        // before a quit have moved on by the next start, and a campaign resumes on them.
        state_file: Some(state.data_dir.join(SANDBOX_STATE_FILE)),
    };
    let sandbox = Sandbox::start(options).await.map_err(|e| {
        tracing::error!("sandbox failed to start: {e}");
        AppError::new(
            ErrorCode::Internal,
            callboard_core::t!("sandbox-start-failed"),
        )
    })?;
    if let Some(notice) = sandbox.notice() {
        tracing::warn!("{notice}");
        crate::state::lock(&state.notices).push(notice.to_owned());
    }
    let base = contactship::BaseUrl::parse(&sandbox.base_url())?;
    let key = ApiKey::new(sandbox.api_key())?;
    let conn = state.connect(Mode::Sandbox, base, key, Some(sandbox))?;
    state.set_connection(Some(conn)).await;
    state.prefs.set_mode(Some(Mode::Sandbox))?;
    tracing::info!("switched to sandbox mode");
    Ok(())
}

/// Tests `raw` against the account's base URL, stores it, and switches to account mode.
pub async fn connect_account(
    state: &AppState,
    raw: String,
    session_only: bool,
) -> Result<(), AppError> {
    let key = ApiKey::new(&raw)
        .map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()).with_field("api_key"))?;
    let base = state.account_base_url()?;
    let conn = state.connect(Mode::Account, base, key.clone(), None)?;
    conn.client.list_agents().await.map_err(key_test_error)?;
    if session_only {
        *lock(&state.session_key) = Some(key);
    } else {
        let store = state
            .keychain
            .as_ref()
            .map_err(|problem| keychain_error(problem))?;
        let to_save = key.clone();
        keychain_call(store, move |s| s.set(&to_save))
            .await
            .map_err(|e| keychain_error(&e.to_string()))?;
        *lock(&state.session_key) = None;
    }
    state.set_connection(Some(conn)).await;
    state.prefs.set_mode(Some(Mode::Account))?;
    tracing::info!("connected to a Contactship account");
    Ok(())
}

/// Switches to account mode with the saved key (no network needed).
pub async fn use_account(state: &AppState) -> Result<(), AppError> {
    let key = state.saved_key().await?.ok_or_else(no_key_error)?;
    let conn = state.connect(Mode::Account, state.account_base_url()?, key, None)?;
    state.set_connection(Some(conn)).await;
    state.prefs.set_mode(Some(Mode::Account))?;
    Ok(())
}

/// Re-tests the saved key.
pub async fn test_saved_key(state: &AppState) -> Result<(), AppError> {
    let key = state.saved_key().await?.ok_or_else(no_key_error)?;
    let client = contactship::Client::new(state.account_base_url()?, key)?;
    client.list_agents().await.map_err(key_test_error)?;
    Ok(())
}

/// Forgets the key; leaves account mode if it was active.
pub async fn remove_key(state: &AppState) -> Result<(), AppError> {
    *lock(&state.session_key) = None;
    if let Ok(store) = &state.keychain {
        keychain_call(store, |s| s.delete()).await?;
    }
    let in_account =
        matches!(state.connection.read().await.as_ref(), Some(c) if c.mode == Mode::Account);
    if in_account {
        state.set_connection(None).await;
        state.prefs.set_mode(None)?;
    }
    tracing::info!("API key removed");
    Ok(())
}

/// Restores the last mode at start-up, without network calls.
pub async fn restore(state: &AppState, force_sandbox: bool) {
    let mode = if force_sandbox {
        Some(Mode::Sandbox)
    } else {
        state.prefs.mode()
    };
    let result = match mode {
        Some(Mode::Sandbox) => start_sandbox(state).await,
        Some(Mode::Account) => use_account(state).await,
        None => Ok(()),
    };
    if let Err(e) = result {
        tracing::warn!("could not restore the last connection: {e}");
        lock(&state.notices).push(e.message);
    }
}

fn key_test_error(err: contactship::Error) -> AppError {
    let mut app = AppError::from(err);
    if app.code == ErrorCode::InvalidApiKey {
        app.message = callboard_core::t!("key-not-accepted");
    }
    app.with_field("api_key")
}

/// `problem` is already a sentence that offers "this session only".
fn keychain_error(problem: &str) -> AppError {
    AppError::new(ErrorCode::KeychainUnavailable, problem).with_field("api_key")
}

/// The computer's IANA zone (macOS, Windows and Linux), or UTC when it can't be told.
pub fn local_time_zone() -> String {
    iana_time_zone::get_timezone()
        .ok()
        .filter(|tz| tz.parse::<chrono_tz::Tz>().is_ok())
        .unwrap_or_else(|| "UTC".into())
}
