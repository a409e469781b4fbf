//! Where the Contactship API key lives: the OS keychain, or memory for this session only.
//!
//! - [`SecretStore`] is the small trait the app uses (get / set / delete / which store).
//! - [`KeychainStore`] keeps the key in the platform store through `keyring` (Secret
//!   Service on Linux, Keychain on macOS, Credential Manager on Windows). It refuses to
//!   start on anything that is not a real, persistent platform store: no silent in-memory
//!   fallback, and never a file.
//! - [`MemoryStore`] keeps the key in process memory: for tests, and for the user's
//!   explicit "use for this session only" when the keychain is unavailable.
//!
//! Keychain calls block (D-Bus / Security framework round trips); async callers should
//! use `tokio::task::spawn_blocking`.

mod error;
mod keychain;
mod memory;
#[cfg(test)]
#[allow(clippy::unwrap_used)] // tests fail loudly by design
mod tests;

pub use contactship::ApiKey;
pub use error::SecretError;
pub use keychain::KeychainStore;
pub use memory::MemoryStore;

use serde::{Deserialize, Serialize};

/// Keychain service name for release builds.
pub const RELEASE_SERVICE_NAME: &str = "ai.callboard.desktop";
/// Keychain service name for debug builds, so development never touches the real key.
pub const DEBUG_SERVICE_NAME: &str = "ai.callboard.desktop.dev";
/// The account (user) name the API key is stored under.
pub const DEFAULT_ACCOUNT: &str = "contactship-api-key";

/// The keychain service name for this build: [`DEBUG_SERVICE_NAME`] in debug builds,
/// [`RELEASE_SERVICE_NAME`] in release builds.
pub fn default_service_name() -> &'static str {
    if cfg!(debug_assertions) {
        DEBUG_SERVICE_NAME
    } else {
        RELEASE_SERVICE_NAME
    }
}

/// Which kind of store holds the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StoreKind {
    /// The freedesktop Secret Service (GNOME Keyring, KWallet) on Linux.
    SecretService,
    /// The macOS Keychain.
    Keychain,
    /// The Windows Credential Manager.
    CredentialManager,
    /// Process memory: gone when the app quits.
    Memory,
}

impl StoreKind {
    /// Words for "Saved in …": `Secret Service`, `Keychain`, `Credential Manager`,
    /// `this session only`.
    pub fn label(self) -> String {
        match self {
            // Plain words first, the technical name for whoever needs to look it up.
            Self::SecretService => crate::t!("store-secret-service"),
            Self::Keychain => crate::t!("store-keychain"),
            Self::CredentialManager => crate::t!("store-credential-manager"),
            Self::Memory => crate::t!("store-memory"),
        }
    }

    /// Where the key is, as the end of "Saved in …": `your computer's password store (GNOME
    /// Keyring / Secret Service)`, `your Mac's Keychain`, `Windows Credential Manager`.
    pub fn place(self) -> String {
        match self {
            Self::SecretService => crate::t!("place-secret-service"),
            Self::Keychain => crate::t!("place-keychain"),
            Self::CredentialManager => crate::t!("place-credential-manager"),
            Self::Memory => crate::t!("store-memory"),
        }
    }

    /// Whether the key survives an app restart.
    pub fn is_persistent(self) -> bool {
        !matches!(self, Self::Memory)
    }

    /// The platform store kind this build uses, if the platform has one.
    pub fn platform() -> Option<StoreKind> {
        if cfg!(target_os = "macos") {
            Some(Self::Keychain)
        } else if cfg!(target_os = "windows") {
            Some(Self::CredentialManager)
        } else if cfg!(all(
            unix,
            not(target_os = "ios"),
            not(target_os = "android")
        )) {
            Some(Self::SecretService)
        } else {
            None
        }
    }
}

/// Somewhere the API key can be kept.
pub trait SecretStore: Send + Sync {
    /// The stored key, or `None` when no key is saved. A locked or unreachable store is an
    /// error, never `None`.
    fn get(&self) -> Result<Option<ApiKey>, SecretError>;
    /// Saves `key`, replacing any previous one.
    fn set(&self, key: &ApiKey) -> Result<(), SecretError>;
    /// Removes the key; succeeds when there was none.
    fn delete(&self) -> Result<(), SecretError>;
    /// Which kind of store this is.
    fn kind(&self) -> StoreKind;
}
