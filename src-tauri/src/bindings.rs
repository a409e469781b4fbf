//! The one tauri-specta builder: every command and event the UI can use.
//!
//! `run()` uses it for the invoke handler and events; the test below regenerates
//! `ui/src/bindings.ts`, and CI fails when the committed file differs.

use crate::commands::{account, calls, catalog, prefs, schedule, system};
use crate::events::CallsChanged;
use tauri_specta::{collect_commands, collect_events, Builder};

/// Lists every command and event.
pub fn specta_builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        .commands(collect_commands![
            account::get_app_status,
            account::start_sandbox,
            account::connect_account,
            account::use_account,
            account::test_api_key,
            account::remove_api_key,
            catalog::search_contacts,
            catalog::list_agents,
            catalog::list_phone_numbers,
            schedule::list_time_zones,
            schedule::preview_when,
            calls::preview_request,
            calls::place_call,
            calls::check_call,
            calls::list_calls,
            calls::call_details,
            calls::export_calls_csv,
            system::open_external,
            system::show_in_folder,
            prefs::get_preferences,
            prefs::save_preferences,
            system::sandbox_advance_clock,
        ])
        .events(collect_events![CallsChanged])
        // One TypeScript type per Rust type: our IPC types have the same shape both ways.
        .disable_serde_phases()
}

#[cfg(test)]
mod tests {
    use super::*;
    use specta_typescript::Typescript;

    /// Where the generated TypeScript lives, relative to this crate.
    const BINDINGS_PATH: &str = "../ui/src/bindings.ts";

    /// Regenerates the committed bindings; CI runs `git diff --exit-code` on the file after it.
    #[test]
    fn export_bindings() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        specta_builder()
            .export(Typescript::default(), &path)
            .expect("the TypeScript bindings export");
        let text = std::fs::read_to_string(&path).expect("bindings were written");
        assert!(text.contains("placeCall"), "bindings list the commands");
    }
}
