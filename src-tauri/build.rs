//! Declares the app's own commands to Tauri's ACL, so the capability file can grant
//! exactly these and nothing else; and records the git commit the app is built from
//! (`CALLBOARD_BUILD_COMMIT`, "unknown" outside a git checkout) for About and diagnostics.

use std::process::Command;

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
    "about_info",
    "diagnostics",
];

/// Runs git in this crate's folder; `None` when git or the checkout is missing.
fn git(args: &[&str]) -> Option<String> {
    let out = Command::new("git").args(args).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    (out.status.success() && !text.trim().is_empty()).then(|| text.trim().to_owned())
}

/// The commit for About: a packager's `CALLBOARD_BUILD_COMMIT`, else git's, else "unknown".
fn build_commit() -> String {
    println!("cargo:rerun-if-env-changed=CALLBOARD_BUILD_COMMIT");
    if let Some(given) = std::env::var("CALLBOARD_BUILD_COMMIT")
        .ok()
        .filter(|v| !v.trim().is_empty())
    {
        return given;
    }
    // Rebuilt when HEAD moves (a worktree's HEAD lives in its own git dir).
    if let Some(head) = git(&["rev-parse", "--git-path", "HEAD"]) {
        println!("cargo:rerun-if-changed={head}");
    }
    if let Some(refs) = git(&["rev-parse", "--git-common-dir"]) {
        println!("cargo:rerun-if-changed={refs}/refs/heads");
    }
    git(&["rev-parse", "--short=12", "HEAD"]).unwrap_or_else(|| "unknown".to_owned())
}

fn main() {
    println!("cargo:rustc-env=CALLBOARD_BUILD_COMMIT={}", build_commit());
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        // Build scripts report failures by panicking; the message is what cargo shows.
        panic!("tauri build step failed: {e:#}");
    }
}
