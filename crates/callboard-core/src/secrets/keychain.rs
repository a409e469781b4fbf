//! [`KeychainStore`]: the key in the platform credential store, through `keyring` v4.
//!
//! `keyring` picks its platform store once per process (Secret Service / Keychain /
//! Credential Manager). We check that choice instead of trusting it: the store must have
//! initialised, and must be persistent (not a mock or in-memory store someone installed
//! as the default). Anything else is [`SecretError::Unavailable`]: we fail closed and
//! never fall back to memory or a file behind the user's back.
//!
//! Secret Service quirk (PLATFORM-NOTES gotcha 6): with a locked keyring, reading says
//! "no entry", which would look like "no key saved". So on the Secret Service a "no
//! entry" answer is confirmed with a probe write (and delete) of a dummy entry; if the
//! probe is refused the answer is [`SecretError::Locked`], not `None`.

use std::collections::HashMap;
use std::sync::Arc;

use keyring_core::{CredentialPersistence, CredentialStore, Entry};
use zeroize::Zeroizing;

use super::{ApiKey, SecretError, SecretStore, StoreKind};

/// Label shown for our item in keychain managers (Seahorse, Keychain Access).
const ITEM_LABEL: &str = "Callboard: Contactship API key";
/// Suffix of the dummy account used to prove the store accepts writes.
const PROBE_SUFFIX: &str = ".probe";
/// The dummy value written by the probe (not a secret).
const PROBE_VALUE: &str = "callboard-probe";

/// The API key in the OS keychain.
pub struct KeychainStore {
    store: Arc<CredentialStore>,
    kind: StoreKind,
    service: String,
    account: String,
    /// Store-specific creation modifiers (the Secret Service item label).
    label: Option<String>,
}

impl std::fmt::Debug for KeychainStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeychainStore")
            .field("kind", &self.kind)
            .field("service", &self.service)
            .field("account", &self.account)
            .finish()
    }
}

impl KeychainStore {
    /// The key stored under `service`/`account` in the platform store; fails with
    /// [`SecretError::Unavailable`] when no real platform store is active.
    pub fn new(service: &str, account: &str) -> Result<Self, SecretError> {
        let (store, kind) = platform_store()?;
        Ok(Self {
            store,
            kind,
            service: service.to_string(),
            account: account.to_string(),
            label: (kind == StoreKind::SecretService).then(|| ITEM_LABEL.to_string()),
        })
    }

    /// The start-up check: which real platform store is active, or why there is none.
    /// Does not read or write anything.
    pub fn probe() -> Result<StoreKind, SecretError> {
        platform_store().map(|(_, kind)| kind)
    }

    /// A store over an explicit `keyring-core` store, reported as `kind`. No checks are
    /// made: this is for tests (`keyring_core::mock::Store`) and custom stores.
    pub fn with_store(
        store: Arc<CredentialStore>,
        kind: StoreKind,
        service: &str,
        account: &str,
    ) -> Self {
        Self {
            store,
            kind,
            service: service.to_string(),
            account: account.to_string(),
            label: None,
        }
    }

    /// The service name entries are stored under.
    pub fn service(&self) -> &str {
        &self.service
    }

    /// The account name entries are stored under.
    pub fn account(&self) -> &str {
        &self.account
    }

    /// Proves the store accepts writes by saving and removing a dummy entry: a locked
    /// keyring fails here with [`SecretError::Locked`] (and a desktop may show its unlock
    /// prompt, which is what we want).
    pub fn check_access(&self) -> Result<(), SecretError> {
        let probe = self.entry(&format!("{}{PROBE_SUFFIX}", self.account))?;
        probe
            .set_password(PROBE_VALUE)
            .map_err(|e| SecretError::from_keyring(self.kind, &e))?;
        match probe.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(SecretError::from_keyring(self.kind, &e)),
        }
    }

    fn entry(&self, account: &str) -> Result<Entry, SecretError> {
        let built = match &self.label {
            Some(label) => {
                let mods = HashMap::from([("label", label.as_str())]);
                Entry::new_in_store_with_modifiers(&self.store, &self.service, account, &mods)
            }
            None => Entry::new_in_store(&self.store, &self.service, account),
        };
        built.map_err(|e| SecretError::from_keyring(self.kind, &e))
    }

    /// Whether a "no entry" answer must be double-checked (see the module docs).
    fn no_entry_is_suspect(&self) -> bool {
        self.kind == StoreKind::SecretService
    }

    fn read(&self, entry: &Entry) -> Result<Option<ApiKey>, keyring_core::Error> {
        match entry.get_password() {
            Ok(text) => {
                let text = Zeroizing::new(text);
                ApiKey::new(&text).map(Some).map_err(|_| {
                    keyring_core::Error::BadDataFormat(
                        Vec::new(),
                        "the saved value is not a valid API key".into(),
                    )
                })
            }
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

impl SecretStore for KeychainStore {
    fn get(&self) -> Result<Option<ApiKey>, SecretError> {
        let entry = self.entry(&self.account)?;
        let found = self
            .read(&entry)
            .map_err(|e| SecretError::from_keyring(self.kind, &e))?;
        if found.is_some() || !self.no_entry_is_suspect() {
            return Ok(found);
        }
        // "No entry" from the Secret Service may mean "locked": prove we have access,
        // then ask again (the probe may have unlocked the keyring).
        self.check_access()?;
        self.read(&entry)
            .map_err(|e| SecretError::from_keyring(self.kind, &e))
    }

    fn set(&self, key: &ApiKey) -> Result<(), SecretError> {
        self.entry(&self.account)?
            .set_password(key.expose())
            .map_err(|e| SecretError::from_keyring(self.kind, &e))
    }

    fn delete(&self) -> Result<(), SecretError> {
        match self.entry(&self.account)?.delete_credential() {
            Ok(()) => Ok(()),
            // Nothing to delete, unless "nothing" is really "locked".
            Err(keyring_core::Error::NoEntry) if self.no_entry_is_suspect() => self.check_access(),
            Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(SecretError::from_keyring(self.kind, &e)),
        }
    }

    fn kind(&self) -> StoreKind {
        self.kind
    }
}

/// The platform store `keyring` chose for this process, if it is a real one.
fn platform_store() -> Result<(Arc<CredentialStore>, StoreKind), SecretError> {
    let kind = StoreKind::platform().unwrap_or(StoreKind::SecretService);
    let unavailable = |detail: String| SecretError::Unavailable {
        store: kind,
        detail,
    };
    if let Err(e) = keyring::Entry::store_status() {
        return Err(unavailable(format!(
            "the platform credential store did not start: {e}"
        )));
    }
    let store = keyring_core::get_default_store()
        .ok_or_else(|| unavailable("no default credential store is set".to_string()))?;
    ensure_real(&store).map_err(unavailable)?;
    Ok((store, kind))
}

/// Refuses stores that would silently lose the key (mocks, in-memory samples).
pub(crate) fn ensure_real(store: &Arc<CredentialStore>) -> Result<(), String> {
    let vendor = store.vendor();
    let volatile = matches!(
        store.persistence(),
        CredentialPersistence::EntryOnly | CredentialPersistence::ProcessOnly
    );
    if volatile || vendor.to_ascii_lowercase().contains("mock") {
        return Err(format!(
            "the active credential store does not persist secrets ({vendor})"
        ));
    }
    Ok(())
}
