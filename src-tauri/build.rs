//! Declares the app's own commands to Tauri's ACL, so the capability file can grant
//! exactly these and nothing else.

const COMMANDS: &[&str] = &[
    "get_app_status",
    "start_sandbox",
    "connect_account",
    "use_account",
    "test_api_key",
    "remove_api_key",
    "search_contacts",
    "add_contact",
    "list_agents",
    "list_phone_numbers",
    "list_time_zones",
    "preview_when",
    "preview_request",
    "place_call",
    "check_call",
    "list_calls",
    "call_log_agents",
    "call_details",
    "export_calls_csv",
    "list_org_calls",
    "org_call_details",
    "open_external",
    "show_in_folder",
    "check_call_form",
    "get_preferences",
    "update_preferences",
    "sandbox_advance_clock",
    "campaign_defaults",
    "campaign_open_sample",
    "campaign_choose_file",
    "campaign_open_dropped",
    "campaign_check_list",
    "campaign_start",
    "campaigns_list",
    "campaign_view",
    "campaign_rows",
    "campaign_pause",
    "campaign_resume",
    "campaign_cancel",
    "campaign_export",
    "do_not_call_list",
    "do_not_call_add",
    "do_not_call_remove",
    "do_not_call_import",
    "do_not_call_export",
];

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        // Build scripts report failures by panicking; the message is what cargo shows.
        panic!("tauri build step failed: {e:#}");
    }
}
