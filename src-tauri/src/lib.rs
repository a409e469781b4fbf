//! Callboard desktop shell.
pub fn run() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| eprintln!("Callboard could not start: {e}"));
}
