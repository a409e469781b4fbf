//! [`MemoryStore`]: the key in process memory only (tests, "use for this session only").

use std::sync::Mutex;

use super::{ApiKey, SecretError, SecretStore, StoreKind};

/// Keeps the key in memory; it is zeroized when replaced, deleted or dropped (by
/// [`ApiKey`]'s own drop).
#[derive(Default)]
pub struct MemoryStore {
    key: Mutex<Option<ApiKey>>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// A store already holding `key`.
    pub fn with_key(key: ApiKey) -> Self {
        Self {
            key: Mutex::new(Some(key)),
        }
    }

    fn slot(&self) -> std::sync::MutexGuard<'_, Option<ApiKey>> {
        // A panic elsewhere while holding the lock cannot leave an Option half-written.
        self.key.lock().unwrap_or_else(|p| p.into_inner())
    }
}

impl std::fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryStore")
            .field("has_key", &self.slot().is_some())
            .finish()
    }
}

impl SecretStore for MemoryStore {
    fn get(&self) -> Result<Option<ApiKey>, SecretError> {
        Ok(self.slot().clone())
    }

    fn set(&self, key: &ApiKey) -> Result<(), SecretError> {
        *self.slot() = Some(key.clone());
        Ok(())
    }

    fn delete(&self) -> Result<(), SecretError> {
        *self.slot() = None;
        Ok(())
    }

    fn kind(&self) -> StoreKind {
        StoreKind::Memory
    }
}
