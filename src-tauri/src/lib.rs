//! Callboard's desktop shell: wiring only. Commands are one-line adapters over
//! `callboard-app` (see `commands/` for the IPC surface and `bindings.rs` for its export);
//! `host.rs` is what only the shell can do, `setup.rs` what happens at start-up.

mod bindings;
mod commands;
mod events;
mod files;
mod host;
#[cfg(test)]
mod licenses;
mod notifications;
mod prefs_store;
mod setup;
mod single_instance;
mod window_state;

pub use bindings::specta_builder;

/// Starts the app. Errors before the window exists are printed as a sentence, never a panic
/// trace; errors of the background start-up (`setup.rs`) reach the window as that sentence.
pub fn run() {
    let started = std::time::Instant::now();
    setup::init_logging();
    callboard_app::locale::read_args(std::env::args().skip(1));
    let builder = bindings::specta_builder();
    let context = tauri::generate_context!();
    let mut app = tauri::Builder::default();
    // First, so a second launch on the same data folder only focuses this window before any
    // of our start-up runs: two processes on one folder would race on the call log (whose
    // file lock still refuses a second writer with a sentence).
    let data_dir = setup::data_dir_override();
    if let Some(plugin) = single_instance::plugin(&context.config().identifier, data_dir.as_deref())
    {
        app = app.plugin(plugin);
    }
    // Before the window exists: it restores the window's size and place as it is created.
    if let Some(plugin) = window_state::plugin(data_dir.as_deref()) {
        app = app.plugin(plugin);
    }
    let result = app
        .plugin(tauri_plugin_store::Builder::new().build())
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .manage(files::Dropped::default())
        .on_window_event(|window, event| match event {
            tauri::WindowEvent::DragDrop(tauri::DragDropEvent::Drop { paths, .. }) => {
                files::dropped(tauri::Manager::app_handle(window), paths);
            }
            // The plugin writes its file only when the app exits normally; saving also when the
            // window closes or loses focus keeps a size chosen before a crash or a logout.
            tauri::WindowEvent::CloseRequested { .. } | tauri::WindowEvent::Focused(false) => {
                window_state::save(tauri::Manager::app_handle(window));
            }
            _ => {}
        })
        .invoke_handler(builder.invoke_handler())
        .on_page_load(move |webview, payload| {
            if matches!(payload.event(), tauri::webview::PageLoadEvent::Finished) {
                // Read by scripts/bench-app.sh: cold start to first page load.
                tracing::info!(ms = started.elapsed().as_millis() as u64, "page loaded");
                setup::page_loaded(tauri::Manager::app_handle(webview));
            }
        })
        .setup(move |app| {
            builder.mount_events(app);
            notifications::answer_clicks(app.handle());
            setup::init(app)?;
            Ok(())
        })
        .run(context);
    if let Err(e) = result {
        eprintln!("Callboard could not start: {e}");
        std::process::exit(1);
    }
}
