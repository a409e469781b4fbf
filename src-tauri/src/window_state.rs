//! The main window remembers its size, position and maximized state
//! (tauri-plugin-window-state), and comes back where a person can reach it.
//!
//! Only those three: not visibility (the window starts hidden until its page has loaded, see
//! `setup.rs`), decorations or full screen. The window is still built with its first-launch
//! size and the 800×600 minimum (`setup::open_main_window`); the plugin then applies the saved
//! state as the window is created, and the toolkit keeps the minimum. The plugin restores the
//! position only when a corner of the saved frame is on a monitor that still exists (else the
//! window system places it). Once the window is first shown (GTK knows no frame for a hidden
//! window), [`keep_on_screen_soon`] also brings back a title bar that is off every screen and
//! shrinks a window bigger than its monitor (`callboard_app::window_fit`). Checked by hand
//! under Xvfb: a frame saved at x=3000 opens at the origin, one at y=-700 comes down to the
//! screen, a 2500×1400 one on a 1280×900 screen shrinks to it. On Wayland a window cannot place
//! itself, so only size and maximized state come back there.
//!
//! Not under WebDriver automation (`TAURI_WEBVIEW_AUTOMATION`): the end-to-end specs share one
//! data folder, and each must open the window at its default size whatever the last one left.
//!
//! Saved in the app's config folder (`.window-state.json`), or in `CALLBOARD_DATA_DIR` when
//! it is set, so tests and second profiles don't move the person's real window. Written when
//! the app quits, and also ([`save`]) when the window closes or loses focus: the plugin alone
//! would lose a size chosen before a crash, a kill or a logout.

use callboard_app::window_fit::{fit, Rect};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use tauri::plugin::TauriPlugin;
use tauri::{PhysicalPosition, PhysicalSize, WebviewWindow, Wry};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

/// The smallest the window may be, in logical pixels.
pub const MIN_SIZE: (f64, f64) = (800.0, 600.0);

/// What is remembered: size, position, maximized.
fn flags() -> StateFlags {
    StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED
}

/// Whether the plugin was registered (its API panics without it).
static REMEMBERING: AtomicBool = AtomicBool::new(false);

/// The plugin, saving into `data_dir` when it was given; none under WebDriver automation.
pub fn plugin(data_dir: Option<&Path>) -> Option<TauriPlugin<Wry>> {
    if std::env::var_os("TAURI_WEBVIEW_AUTOMATION").is_some_and(|v| !v.is_empty()) {
        return None;
    }
    REMEMBERING.store(true, Ordering::SeqCst);
    let mut builder = tauri_plugin_window_state::Builder::new().with_state_flags(flags());
    if let Some(dir) = data_dir {
        // The plugin joins this to the config folder; an absolute path replaces it.
        builder = builder.with_filename(dir.join("window-state.json").to_string_lossy());
    }
    Some(builder.build())
}

/// Writes the window's current state now.
pub fn save(app: &tauri::AppHandle) {
    if !REMEMBERING.load(Ordering::SeqCst) {
        return;
    }
    if let Err(e) = app.save_window_state(flags()) {
        tracing::debug!("could not save the window's size and place: {e}");
    }
}

fn rect(position: PhysicalPosition<i32>, size: PhysicalSize<u32>) -> Rect {
    Rect {
        x: position.x,
        y: position.y,
        width: size.width,
        height: size.height,
    }
}

/// How long after the first show the frame is read: GTK reports no geometry for a window
/// until the window system has mapped it.
const MAPPED_AFTER: std::time::Duration = std::time::Duration::from_millis(250);

/// Once the window is on screen, moves it (and if need be shrinks it) when the restored frame
/// is out of a person's reach. Runs in the background; does nothing when it is fine.
pub fn keep_on_screen_soon(window: WebviewWindow) {
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(MAPPED_AFTER).await;
        keep_on_screen(&window);
    });
}

/// Moves (and if need be shrinks) a restored window that a person could not reach.
fn keep_on_screen(window: &WebviewWindow) {
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
    if outer.width == 0 || outer.height == 0 {
        // Not mapped yet: GTK knows no frame for a hidden window.
        return;
    }
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
