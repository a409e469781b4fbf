//! Exercises the REAL Secret Service (GNOME Keyring) through `KeychainStore`.
//!
//! Ignored by a plain `cargo test` (it needs a desktop keyring); the test script's
//! "secret service" stage runs it with `--ignored` inside a private D-Bus session with an
//! unlocked keyring:
//!
//! ```sh
//! dbus-run-session -- bash -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; cargo test -p callboard-core --test secrets_secret_service -- --ignored'
//! ```
//!
//! The key is written under a unique service name, checked from the outside with
//! `secret-tool`, and removed again (also on failure, by a drop guard).

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly by design

use std::process::Command;

use callboard_core::secrets::{ApiKey, KeychainStore, SecretStore, StoreKind};

const ACCOUNT: &str = "contactship-api-key";

/// `secret-tool search --all service <service>`: the attributes and secrets it prints.
fn secret_tool_search(service: &str) -> String {
    let out = Command::new("secret-tool")
        .args(["search", "--all", "--unlock", "service", service])
        .output()
        .expect("secret-tool must be installed (apt-get install libsecret-tools)");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Removes whatever the test left in the keyring, even if an assertion failed.
struct Cleanup(String);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = Command::new("secret-tool")
            .args(["clear", "service", &self.0])
            .status();
    }
}

#[test]
#[ignore = "needs a real Secret Service: run with --ignored inside dbus-run-session (scripts/test.sh does)"]
fn the_api_key_round_trips_through_the_real_secret_service() {
    let service = format!("ai.callboard.test.{}", uuid::Uuid::new_v4().simple());
    let _cleanup = Cleanup(service.clone());

    assert_eq!(KeychainStore::probe().unwrap(), StoreKind::SecretService);
    let store = KeychainStore::new(&service, ACCOUNT).unwrap();
    assert_eq!(store.kind(), StoreKind::SecretService);
    store.check_access().unwrap();

    assert!(store.get().unwrap().is_none(), "a fresh service has no key");
    let secret = format!("sk_live_{}", uuid::Uuid::new_v4().simple());
    let key = ApiKey::new(&secret).unwrap();
    store.set(&key).unwrap();

    // Seen from outside the process: exactly our item, with our attributes and secret.
    let listed = secret_tool_search(&service);
    assert!(
        listed.contains(&format!("attribute.service = {service}")),
        "{listed}"
    );
    assert!(
        listed.contains(&format!("attribute.username = {ACCOUNT}")),
        "{listed}"
    );
    assert!(
        listed.contains(&format!("secret = {secret}")),
        "secret-tool did not show the stored key"
    );
    assert!(
        listed.contains("label = Callboard: Contactship API key"),
        "{listed}"
    );
    assert!(
        !listed.contains(&format!("{ACCOUNT}.probe")),
        "the access probe must not leave an item behind"
    );

    // A second store instance (as after an app restart) reads it back.
    let again = KeychainStore::new(&service, ACCOUNT).unwrap();
    assert_eq!(again.get().unwrap().unwrap().expose(), secret);

    let replacement = ApiKey::new("sk_live_replacement_0001").unwrap();
    again.set(&replacement).unwrap();
    assert_eq!(store.get().unwrap().unwrap().last4(), "0001");

    store.delete().unwrap();
    assert!(store.get().unwrap().is_none());
    let listed = secret_tool_search(&service);
    assert!(
        !listed.contains(&service),
        "the item is still there: {listed}"
    );
    store.delete().unwrap();
}
