//! The one tauri-specta builder: every command and event the UI can use.
//!
//! `run()` uses it for the invoke handler and events; the test below regenerates
//! `ui/src/bindings.ts`, and CI fails when the committed file differs.

use crate::commands::{
    about, account, calls, campaigns, catalog, do_not_call, org_calls, prefs, schedule, system,
};
use crate::events::{
    CallsChanged, CampaignChanged, ListCheckProgress, ListDropped, NotificationClicked,
};
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
            catalog::add_contact,
            catalog::list_agents,
            catalog::list_phone_numbers,
            schedule::list_time_zones,
            schedule::preview_when,
            calls::check_call_form,
            calls::preview_request,
            calls::place_call,
            calls::check_call,
            calls::list_calls,
            calls::call_log_agents,
            calls::call_details,
            calls::export_calls_csv,
            org_calls::list_org_calls,
            org_calls::org_call_details,
            system::open_external,
            system::show_in_folder,
            prefs::get_preferences,
            prefs::update_preferences,
            system::sandbox_advance_clock,
            campaigns::campaign_defaults,
            campaigns::campaign_open_sample,
            campaigns::campaign_choose_file,
            campaigns::campaign_open_dropped,
            campaigns::campaign_check_list,
            campaigns::campaign_start,
            campaigns::campaigns_list,
            campaigns::campaign_view,
            campaigns::campaign_rows,
            campaigns::campaign_pause,
            campaigns::campaign_resume,
            campaigns::campaign_cancel,
            campaigns::campaign_export,
            do_not_call::do_not_call_list,
            do_not_call::do_not_call_add,
            do_not_call::do_not_call_remove,
            do_not_call::do_not_call_import,
            do_not_call::do_not_call_export,
            about::about_info,
            about::diagnostics,
        ])
        .events(collect_events![
            CallsChanged,
            CampaignChanged,
            ListDropped,
            ListCheckProgress,
            NotificationClicked
        ])
        // Limits the UI shows before anything is sent; the rules themselves run in Rust.
        .constant("MAX_ROWS", contactship::validate::MAX_ADDITIONAL_DATA)
        .constant(
            "MAX_DELAY_MINUTES",
            contactship::validate::MAX_DELAY_MINUTES,
        )
        .constant("KEY_RULES", contactship::validate::key_rules())
        // The All calls filter menus and page size.
        .constant(
            "ORG_CALL_FILTERS",
            callboard_app::org_calls::filter_choices(),
        )
        // One TypeScript type per Rust type: our IPC types have the same shape both ways.
        .disable_serde_phases()
}

#[cfg(test)]
mod tests {
    use super::*;
    use specta_typescript::Typescript;
    use std::collections::BTreeSet;
    use std::path::Path;

    /// Where the generated TypeScript lives, relative to this crate.
    const BINDINGS_PATH: &str = "../ui/src/bindings.ts";

    fn read(relative: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// `placeCall` → `place_call`.
    fn snake(camel: &str) -> String {
        camel.chars().fold(String::new(), |mut out, c| {
            if c.is_ascii_uppercase() {
                out.push('_');
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
            out
        })
    }

    /// Every quoted snake_case word between two markers of a file.
    fn quoted_between(text: &str, start: &str, end: &str) -> BTreeSet<String> {
        let from = text.find(start).map_or(0, |i| i + start.len());
        let to = text[from..].find(end).map_or(text.len(), |i| from + i);
        text[from..to]
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    }

    /// Regenerates the committed bindings; CI runs `git diff --exit-code` on the file after it.
    #[test]
    fn export_bindings() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
        specta_builder()
            .export(Typescript::default(), &path)
            .expect("the TypeScript bindings export");
        let text = read(BINDINGS_PATH);
        for name in ["placeCall", "checkCallForm", "MAX_ROWS", "callsChanged"] {
            assert!(text.contains(name), "bindings lack {name}");
        }
    }

    /// One command list in four places: the builder (through the generated bindings), the
    /// ACL in build.rs, the capability file and the UI's wrapper must name the same commands.
    #[test]
    fn the_command_list_agrees_in_bindings_build_rs_capability_and_api_ts() {
        let bindings = read(BINDINGS_PATH);
        let exported: BTreeSet<String> = bindings
            .split("__TAURI_INVOKE(\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_owned)
            .collect();
        assert!(
            exported.len() >= 20,
            "read the commands from bindings.ts: {exported:?}"
        );
        let acl = quoted_between(&read("build.rs"), "COMMANDS: &[&str] = &[", "];");
        assert_eq!(
            exported, acl,
            "build.rs COMMANDS differ from the exported commands"
        );
        let granted: BTreeSet<String> =
            quoted_between(&read("capabilities/main.json"), "\"permissions\"", "]")
                .into_iter()
                .filter_map(|p| p.strip_prefix("allow-").map(|c| c.replace('-', "_")))
                .collect();
        assert_eq!(
            exported, granted,
            "capabilities/main.json grants other commands"
        );
        let api = read("../ui/src/lib/api.ts");
        let wrapped: BTreeSet<String> = api
            .split("commands.")
            .skip(1)
            .filter_map(|rest| rest.split('(').next())
            .map(snake)
            .collect();
        assert_eq!(exported, wrapped, "ui/src/lib/api.ts wraps other commands");
    }
}
