//! Unit tests for the secret stores, using `keyring_core::mock` for the keychain paths.
//!
//! The mock store is passed explicitly (`KeychainStore::with_store`), never installed as
//! the process-wide default, so these tests cannot interfere with the real-store check.

use std::sync::Arc;

use keyring_core::{mock, CredentialStore, Entry, Error as KeyringError};

use super::keychain::ensure_real;
use super::*;

const SERVICE: &str = "ai.callboard.test";
const ACCOUNT: &str = "contactship-api-key";
const KEY: &str = "sk_test_0123456789abcdef";

fn key() -> ApiKey {
    ApiKey::new(KEY).unwrap()
}

fn mock_store() -> Arc<CredentialStore> {
    mock::Store::new().unwrap()
}

/// Queues `err` as the next answer of the mock credential for `account`.
fn fail_next(store: &Arc<CredentialStore>, account: &str, err: KeyringError) {
    let entry = Entry::new_in_store(store, SERVICE, account).unwrap();
    let cred: &mock::Cred = entry.as_any().downcast_ref().unwrap();
    cred.set_error(err);
}

fn raw_value(store: &Arc<CredentialStore>, account: &str) -> Result<String, KeyringError> {
    Entry::new_in_store(store, SERVICE, account)
        .unwrap()
        .get_password()
}

fn access_denied() -> KeyringError {
    KeyringError::NoStorageAccess("collection is locked".into())
}

#[test]
fn memory_store_starts_empty_and_round_trips_a_key() {
    let store = MemoryStore::new();
    assert!(store.get().unwrap().is_none());
    store.set(&key()).unwrap();
    assert_eq!(store.get().unwrap().unwrap().expose(), KEY);
    store.delete().unwrap();
    assert!(store.get().unwrap().is_none());
    store.delete().unwrap();
    assert_eq!(store.kind(), StoreKind::Memory);
}

#[test]
fn memory_store_debug_never_shows_the_key() {
    let store = MemoryStore::with_key(key());
    let debug = format!("{store:?}");
    assert!(!debug.contains(KEY), "{debug}");
    assert!(debug.contains("has_key: true"), "{debug}");
}

#[test]
fn keychain_store_round_trips_a_key_in_the_mock_store() {
    let raw = mock_store();
    let store = KeychainStore::with_store(raw.clone(), StoreKind::Keychain, SERVICE, ACCOUNT);
    assert!(store.get().unwrap().is_none());
    store.set(&key()).unwrap();
    assert_eq!(raw_value(&raw, ACCOUNT).unwrap(), KEY);
    assert_eq!(store.get().unwrap().unwrap().last4(), "cdef");
    store
        .set(&ApiKey::new("sk_test_replaced").unwrap())
        .unwrap();
    assert_eq!(store.get().unwrap().unwrap().expose(), "sk_test_replaced");
    store.delete().unwrap();
    assert!(matches!(
        raw_value(&raw, ACCOUNT),
        Err(KeyringError::NoEntry)
    ));
    assert!(store.get().unwrap().is_none());
}

#[test]
fn deleting_a_missing_key_succeeds() {
    let store = KeychainStore::with_store(mock_store(), StoreKind::Keychain, SERVICE, ACCOUNT);
    store.delete().unwrap();
}

#[test]
fn secret_service_no_entry_is_confirmed_by_a_probe_that_leaves_nothing_behind() {
    let raw = mock_store();
    let store = KeychainStore::with_store(raw.clone(), StoreKind::SecretService, SERVICE, ACCOUNT);
    assert!(store.get().unwrap().is_none());
    let probe_account = format!("{ACCOUNT}.probe");
    assert!(matches!(
        raw_value(&raw, &probe_account),
        Err(KeyringError::NoEntry)
    ));
}

#[test]
fn a_locked_secret_service_is_reported_as_locked_not_as_no_key() {
    let raw = mock_store();
    let store = KeychainStore::with_store(raw.clone(), StoreKind::SecretService, SERVICE, ACCOUNT);
    // Reading says "no entry" (as a locked GNOME keyring does); the probe write is refused.
    fail_next(&raw, &format!("{ACCOUNT}.probe"), access_denied());
    let err = store.get().unwrap_err();
    assert_eq!(err.code(), "keychain_locked");
    assert_eq!(err.store(), StoreKind::SecretService);
}

#[test]
fn deleting_from_a_locked_secret_service_is_an_error() {
    let raw = mock_store();
    let store = KeychainStore::with_store(raw.clone(), StoreKind::SecretService, SERVICE, ACCOUNT);
    fail_next(&raw, &format!("{ACCOUNT}.probe"), access_denied());
    assert_eq!(store.delete().unwrap_err().code(), "keychain_locked");
}

#[test]
fn saving_to_a_locked_store_is_reported_as_locked() {
    let raw = mock_store();
    let store = KeychainStore::with_store(raw.clone(), StoreKind::Keychain, SERVICE, ACCOUNT);
    fail_next(&raw, ACCOUNT, access_denied());
    let err = store.set(&key()).unwrap_err();
    assert_eq!(err.code(), "keychain_locked");
    assert!(matches!(
        raw_value(&raw, ACCOUNT),
        Err(KeyringError::NoEntry)
    ));
}

#[test]
fn platform_failures_are_reported_as_unavailable() {
    let raw = mock_store();
    let store = KeychainStore::with_store(raw.clone(), StoreKind::SecretService, SERVICE, ACCOUNT);
    fail_next(
        &raw,
        ACCOUNT,
        KeyringError::PlatformFailure("D-Bus went away".into()),
    );
    let err = store.get().unwrap_err();
    assert_eq!(err.code(), "keychain_unavailable");
    assert!(err.detail().contains("D-Bus went away"));
    assert!(err.session_only_helps());
}

#[test]
fn unreadable_saved_values_are_reported_without_their_bytes() {
    let raw = mock_store();
    let store = KeychainStore::with_store(raw.clone(), StoreKind::Keychain, SERVICE, ACCOUNT);
    fail_next(
        &raw,
        ACCOUNT,
        KeyringError::BadEncoding(b"sk_\xff_secret".to_vec()),
    );
    let err = store.get().unwrap_err();
    assert_eq!(err.code(), "keychain_unreadable");
    assert!(!format!("{err} {err:?}").contains("secret"));
}

#[test]
fn a_saved_value_that_is_not_an_api_key_is_unreadable_and_not_echoed() {
    let raw = mock_store();
    Entry::new_in_store(&raw, SERVICE, ACCOUNT)
        .unwrap()
        .set_password("two words")
        .unwrap();
    let store = KeychainStore::with_store(raw, StoreKind::Keychain, SERVICE, ACCOUNT);
    let err = store.get().unwrap_err();
    assert_eq!(err.code(), "keychain_unreadable");
    assert!(!format!("{err} {err:?}").contains("two words"));
    assert!(!err.session_only_helps());
}

#[test]
fn a_saved_key_with_surrounding_whitespace_is_trimmed() {
    let raw = mock_store();
    Entry::new_in_store(&raw, SERVICE, ACCOUNT)
        .unwrap()
        .set_password(&format!("  {KEY}\n"))
        .unwrap();
    let store = KeychainStore::with_store(raw, StoreKind::Keychain, SERVICE, ACCOUNT);
    assert_eq!(store.get().unwrap().unwrap().expose(), KEY);
}

#[test]
fn mock_and_in_memory_stores_are_not_accepted_as_the_platform_store() {
    let reason = ensure_real(&mock_store()).unwrap_err();
    assert!(reason.contains("does not persist"), "{reason}");
}

#[test]
fn error_messages_are_plain_sentences_naming_the_store() {
    let err = SecretError::Locked {
        store: StoreKind::SecretService,
        detail: "org.freedesktop.Secret.Error.IsLocked".to_string(),
    };
    assert_eq!(
        err.to_string(),
        "The password store (GNOME Keyring / Secret Service) is locked, so Callboard can't reach the API key. Unlock it (signing in to your computer again usually does) and try again, or use the key for this session only."
    );
    assert!(!err.to_string().contains("org.freedesktop"));
    assert_eq!(err.field(), Some("api_key"));
    let err = SecretError::Unavailable {
        store: StoreKind::Keychain,
        detail: String::new(),
    };
    assert!(err
        .to_string()
        .starts_with("Your computer's Keychain isn't available"));
}

#[test]
fn store_kinds_have_labels_for_saved_in_sentences() {
    assert_eq!(
        StoreKind::SecretService.label(),
        "password store (GNOME Keyring / Secret Service)"
    );
    assert_eq!(StoreKind::Keychain.label(), "Keychain");
    assert_eq!(StoreKind::CredentialManager.label(), "Credential Manager");
    assert_eq!(StoreKind::Memory.label(), "this session only");
    assert_eq!(
        StoreKind::SecretService.place(),
        "your computer's password store (GNOME Keyring / Secret Service)"
    );
    assert_eq!(StoreKind::Keychain.place(), "your Mac's Keychain");
    assert!(!StoreKind::Memory.is_persistent());
    assert!(StoreKind::SecretService.is_persistent());
}

#[test]
fn debug_builds_use_the_dev_service_name() {
    let expected = if cfg!(debug_assertions) {
        "ai.callboard.desktop.dev"
    } else {
        "ai.callboard.desktop"
    };
    assert_eq!(default_service_name(), expected);
    assert_ne!(RELEASE_SERVICE_NAME, DEBUG_SERVICE_NAME);
}

#[test]
fn secret_stores_are_usable_as_trait_objects_across_threads() {
    let store: Arc<dyn SecretStore> = Arc::new(MemoryStore::new());
    let writer = Arc::clone(&store);
    std::thread::spawn(move || writer.set(&key()).unwrap())
        .join()
        .unwrap();
    assert_eq!(store.get().unwrap().unwrap().expose(), KEY);
}
