//! [`SecretError`]: what can go wrong keeping the key, in words a salesperson can act on.
//!
//! None of these carry the key. `detail` holds the platform's technical reason for the
//! log; it is never part of the message.

use super::StoreKind;

/// Why the key could not be read, saved or removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretError {
    /// There is no usable platform store (no Secret Service / D-Bus session, unsupported
    /// platform, or only a non-persistent store is active).
    Unavailable {
        /// The store that was expected.
        store: StoreKind,
        /// Technical reason, for the log.
        detail: String,
    },
    /// The store exists but is locked (or access was refused), so we cannot tell whether a
    /// key is saved. Never reported as "no key".
    Locked {
        /// The locked store.
        store: StoreKind,
        /// Technical reason, for the log.
        detail: String,
    },
    /// Something is saved but it is not a usable API key (bad encoding, several matching
    /// entries, or text that fails API-key validation).
    Unreadable {
        /// The store holding the unreadable entry.
        store: StoreKind,
        /// Technical reason, for the log (never the stored bytes).
        detail: String,
    },
    /// The store answered with an unexpected failure.
    Failed {
        /// The store that failed.
        store: StoreKind,
        /// Technical reason, for the log.
        detail: String,
    },
}

impl std::fmt::Display for SecretError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Unavailable { store, .. } => {
                crate::t!("secret-unavailable", store = store.label())
            }
            Self::Locked { store, .. } => crate::t!("secret-locked", store = store.label()),
            Self::Unreadable { store, .. } => crate::t!("secret-unreadable", store = store.label()),
            Self::Failed { store, .. } => crate::t!("secret-failed", store = store.label()),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SecretError {}

impl SecretError {
    /// A stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unavailable { .. } => "keychain_unavailable",
            Self::Locked { .. } => "keychain_locked",
            Self::Unreadable { .. } => "keychain_unreadable",
            Self::Failed { .. } => "keychain_failed",
        }
    }

    /// The settings field concerned.
    pub fn field(&self) -> Option<&str> {
        Some("api_key")
    }

    /// The store concerned.
    pub fn store(&self) -> StoreKind {
        match self {
            Self::Unavailable { store, .. }
            | Self::Locked { store, .. }
            | Self::Unreadable { store, .. }
            | Self::Failed { store, .. } => *store,
        }
    }

    /// The technical reason, for logs only.
    pub fn detail(&self) -> &str {
        match self {
            Self::Unavailable { detail, .. }
            | Self::Locked { detail, .. }
            | Self::Unreadable { detail, .. }
            | Self::Failed { detail, .. } => detail,
        }
    }

    /// Whether offering "use for this session only" makes sense.
    pub fn session_only_helps(&self) -> bool {
        !matches!(self, Self::Unreadable { .. })
    }

    /// Maps a `keyring` error (other than `NoEntry`, which callers handle) for `store`.
    pub(crate) fn from_keyring(store: StoreKind, err: &keyring_core::Error) -> Self {
        use keyring_core::Error as E;
        // Display of these variants never includes secret bytes (BadEncoding and
        // BadDataFormat print only a description), so it is safe to keep for the log.
        let detail = err.to_string();
        match err {
            E::NoStorageAccess(_) => Self::Locked { store, detail },
            E::NoDefaultStore | E::PlatformFailure(_) => Self::Unavailable { store, detail },
            E::BadEncoding(_) | E::BadDataFormat(..) => Self::Unreadable {
                store,
                detail: "the saved value is not text".to_string(),
            },
            E::Ambiguous(entries) => Self::Unreadable {
                store,
                detail: format!("{} matching entries are saved", entries.len()),
            },
            _ => Self::Failed { store, detail },
        }
    }
}
