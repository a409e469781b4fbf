//! The main window remembers its size, position and maximized state
//! (tauri-plugin-window-state), and comes back where a person can reach it.
//!
//! Only those three: not visibility (the window starts hidden until its page has loaded, see
//! `setup.rs`), decorations or full screen. The window is still built with its first-launch
//! size and the 800×600 minimum (`setup::open_main_window`); the plugin then applies the saved
//! state as the window is created, and the toolkit keeps the minimum. The plugin restores the
//! position only when a corner of the saved frame is on a monitor that still exists; before
//! the window is first shown, [`keep_on_screen`] also brings back a title bar that is off every
//! screen and shrinks a window bigger than its monitor (`callboard_app::window_fit`). On
//! Wayland a window cannot place itself, so only size and maximized state come back there.
//!
//! Saved in the app's config folder (`.window-state.json`), or in `CALLBOARD_DATA_DIR` when
//! it is set, so tests and second profiles don't move the person's real window. Written when
//! the app quits.

use callboard_app::window_fit::{fit, Rect};
use std::path::Path;
use tauri::plugin::TauriPlugin;
use tauri::{PhysicalPosition, PhysicalSize, WebviewWindow, Wry};
use tauri_plugin_window_state::StateFlags;

/// The smallest the window may be, in logical pixels.
pub const MIN_SIZE: (f64, f64) = (800.0, 600.0);

/// The plugin, saving into `data_dir` when it was given.
pub fn plugin(data_dir: Option<&Path>) -> TauriPlugin<Wry> {
    let mut builder = tauri_plugin_window_state::Builder::new()
        .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED);
    if let Some(dir) = data_dir {
        // The plugin joins this to the config folder; an absolute path replaces it.
        builder = builder.with_filename(dir.join("window-state.json").to_string_lossy());
    }
    builder.build()
}

fn rect(position: PhysicalPosition<i32>, size: PhysicalSize<u32>) -> Rect {
    Rect {
        x: position.x,
        y: position.y,
        width: size.width,
        height: size.height,
    }
}

/// Moves (and if need be shrinks) a restored window that a person could not reach.
pub fn keep_on_screen(window: &WebviewWindow) {
    if window.is_maximized().unwrap_or(false) {
        return;
    }
    let (Ok(position), Ok(outer), Ok(inner), Ok(monitors)) = (
        window.outer_position(),
        window.outer_size(),
        window.inner_size(),
        window.available_monitors(),
    ) else {
        return;
    };
    let screens: Vec<Rect> = monitors
        .iter()
        .map(|m| rect(*m.position(), *m.size()))
        .collect();
    let primary = window
        .primary_monitor()
        .ok()
        .flatten()
        .map(|m| rect(*m.position(), *m.size()));
    let scale = window.scale_factor().unwrap_or(1.0);
    // Frame around the page: the minimum is for the page, `fit` works on the frame.
    let frame = (
        outer.width.saturating_sub(inner.width),
        outer.height.saturating_sub(inner.height),
    );
    let min = (
        (MIN_SIZE.0 * scale) as u32 + frame.0,
        (MIN_SIZE.1 * scale) as u32 + frame.1,
    );
    let Some(to) = fit(rect(position, outer), &screens, primary, min) else {
        return;
    };
    tracing::info!(?to, "the restored window was out of reach; moving it");
    if (to.width, to.height) != (outer.width, outer.height) {
        let _ = window.set_size(PhysicalSize::new(
            to.width.saturating_sub(frame.0),
            to.height.saturating_sub(frame.1),
        ));
    }
    let _ = window.set_position(PhysicalPosition::new(to.x, to.y));
}
