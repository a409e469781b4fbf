//! One running Callboard per data folder: a second launch on the same folder hands over to
//! the first, which comes to the front, and exits with success.
//!
//! tauri-plugin-single-instance finds the first instance by a name derived from the app
//! identifier (a D-Bus name on Linux). With `CALLBOARD_DATA_DIR` (a second profile, the e2e
//! tests) that name would make every profile one instance, so on Linux the name also carries
//! a hash of the data folder: same folder, same instance; another folder runs side by side.
//! macOS and Windows take the name from the bundle identifier only, so there a profile relies
//! on the call log's file lock alone ("Callboard is already open"), which stays the second
//! line of defence everywhere.

use std::path::Path;
use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Wry};

/// The plugin for this launch, or `None` where it can't tell profiles apart.
pub fn plugin(identifier: &str, data_dir: Option<&Path>) -> Option<TauriPlugin<Wry>> {
    let builder = tauri_plugin_single_instance::Builder::new().callback(on_second_launch);
    match data_dir {
        None => Some(builder.build()),
        #[cfg(target_os = "linux")]
        Some(dir) => Some(builder.dbus_id(instance_id(identifier, dir)).build()),
        #[cfg(not(target_os = "linux"))]
        Some(_) => {
            let _ = identifier;
            None
        }
    }
}

/// Runs in the first instance when another launch handed over to it.
fn on_second_launch(app: &AppHandle, _argv: Vec<String>, _cwd: String) {
    // Also what the single-instance e2e spec looks for in the app's log.
    tracing::info!("focused by a second launch");
    crate::setup::focus_main_window(app);
}

/// `<identifier>.profile_<hash of the data folder>`: a valid D-Bus name, the same for every
/// spelling of one folder (relative, trailing slash, symlink).
pub fn instance_id(identifier: &str, data_dir: &Path) -> String {
    // The folder is created now (setup would a moment later) so that canonicalizing works on
    // the very first launch too and both launches resolve it the same way.
    let _ = std::fs::create_dir_all(data_dir);
    let canonical = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    format!(
        "{identifier}.profile_{:016x}",
        fnv1a(canonical.as_os_str().as_encoded_bytes())
    )
}

/// FNV-1a, 64-bit: stable across Rust versions (std's hasher is not promised to be), so two
/// builds of Callboard agree on a folder's name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_folder_spelled_two_ways_is_one_instance() {
        let dir = tempfile::tempdir().expect("temp dir");
        let plain = instance_id("ai.callboard.desktop", dir.path());
        let spelled = dir.path().join("webview").join("..");
        std::fs::create_dir_all(dir.path().join("webview")).expect("subfolder");
        assert_eq!(instance_id("ai.callboard.desktop", &spelled), plain);
    }

    #[test]
    fn two_folders_are_two_instances() {
        let (a, b) = (tempfile::tempdir(), tempfile::tempdir());
        let (a, b) = (a.expect("temp dir"), b.expect("temp dir"));
        assert_ne!(
            instance_id("ai.callboard.desktop", a.path()),
            instance_id("ai.callboard.desktop", b.path())
        );
    }

    #[test]
    fn the_name_is_a_valid_d_bus_name() {
        let dir = tempfile::tempdir().expect("temp dir");
        let id = instance_id("ai.callboard.desktop", dir.path());
        // The plugin appends ".SingleInstance" and builds an object path from the name.
        let name = format!("{id}.SingleInstance");
        assert!(name.len() <= 255, "{name}");
        for element in name.split('.') {
            assert!(!element.is_empty(), "{name}");
            assert!(!element.starts_with(|c: char| c.is_ascii_digit()), "{name}");
            assert!(
                element
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_'),
                "{name}"
            );
        }
        assert!(id.starts_with("ai.callboard.desktop.profile_"), "{id}");
    }

    #[test]
    fn the_folder_hash_is_fnv1a() {
        // Published FNV-1a 64 test vectors: a change of hash would split running profiles.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
