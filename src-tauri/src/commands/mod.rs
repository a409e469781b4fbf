//! Thin Tauri commands, one module per area. Each body calls the core in a few lines.

pub mod about;
pub mod account;
pub mod calls;
pub mod campaigns;
pub mod catalog;
pub mod do_not_call;
pub mod org_calls;
pub mod prefs;
pub mod schedule;
pub mod system;

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// Only the start-up handle is managed (`setup.rs`); a command taking `State<AppState>`
    /// would compile and then fail at run time with "state not managed". Every adapter waits
    /// on `State<Startup>` instead: `flow::verb(&*state.ready().await?, …)`.
    #[test]
    fn every_command_waits_for_start_up_instead_of_taking_the_app_state() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/commands");
        let mut checked = 0;
        for entry in std::fs::read_dir(&dir).expect("the commands folder") {
            let path = entry.expect("a commands file").path();
            if path.file_name().is_some_and(|n| n == "mod.rs") {
                continue; // this test, not commands
            }
            let text = std::fs::read_to_string(&path).expect("a readable commands file");
            let bad = text
                .lines()
                .find(|l| l.contains("State<") && l.contains("AppState>"));
            assert!(bad.is_none(), "{}: {bad:?}", path.display());
            checked += usize::from(text.contains("State<'_, Startup>"));
        }
        assert!(checked >= 6, "found the command modules ({checked})");
    }
}
