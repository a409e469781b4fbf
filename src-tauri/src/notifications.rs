//! Desktop notifications through tauri-plugin-notification, and what a click on one does.
//!
//! Which call endings get a notification, and how a campaign's are grouped, is decided in
//! `callboard_app::notify`; this module only shows them and answers clicks: the window is
//! unminimised, shown and focused, and [`NotificationClicked`] tells the UI to open the call's
//! details in Recent calls (or the campaign, for a campaign's grouped endings).
//!
//! Whether a click is reported at all depends on the platform (the plugin's 2.8 desktop code):
//! - **Linux and the BSDs**: the plugin offers the notification server the Desktop
//!   Notifications `default` action and listens for `ActionInvoked` on the session bus. GNOME
//!   Shell, KDE Plasma, dunst and xfce4-notifyd report a click on the notification's body;
//!   servers without actions show the notification and report nothing, so a click there only
//!   dismisses it. (No session bus: the notification is not shown at all.)
//! - **Windows**: a click on the toast is reported while it is on screen, not once the toast
//!   has moved to the Action Center. A development build (run from `target/`) shows it under
//!   PowerShell's name.
//! - **macOS**: a click on the notification is reported; development builds are attributed to
//!   Terminal, so macOS may open Terminal instead.
//!
//! Where nothing is reported, the notification still says what ended, and the call is in
//! Recent calls.

use crate::events::NotificationClicked;
use callboard_app::notify::{Notification, NotificationTarget};
use tauri::AppHandle;
use tauri_plugin_notification::NotificationExt;
use tauri_specta::Event;

/// The `extra` keys that carry a notification's target back to us with its click.
const TARGET_KIND: &str = "callboard_target_kind";
const TARGET_ID: &str = "callboard_target_id";

/// Shows `n`. Failures (no notification server) are logged, never shown to the person.
pub fn show(app: &AppHandle, n: Notification) {
    let (kind, id) = match n.target {
        NotificationTarget::Call(id) => ("call", id),
        NotificationTarget::Campaign(id) => ("campaign", id),
    };
    let shown = app
        .notification()
        .builder()
        .title(n.title)
        .body(n.body)
        .extra(TARGET_KIND, kind)
        .extra(TARGET_ID, id)
        .show();
    if let Err(e) = shown {
        tracing::warn!("could not show a desktop notification: {e}");
    }
}

/// Answers clicks on our notifications from now on. Must run before the first is shown: the
/// plugin reports nothing for notifications shown while no handler existed.
pub fn answer_clicks(app: &AppHandle) {
    let handle = app.clone();
    let registered = app.notification().on_action(move |performed| {
        let extra = performed.notification().map(|n| n.extra());
        let field = |key: &str| {
            extra
                .and_then(|e| e.get(key))
                .and_then(|v| v.as_str())
                .map(str::to_owned)
        };
        let id = field(TARGET_ID);
        let event = match field(TARGET_KIND).as_deref() {
            Some("call") => NotificationClicked {
                request_id: id,
                campaign_id: None,
            },
            Some("campaign") => NotificationClicked {
                request_id: None,
                campaign_id: id,
            },
            _ => NotificationClicked {
                request_id: None,
                campaign_id: None,
            },
        };
        crate::setup::focus_main_window(&handle);
        if let Err(e) = event.emit(&handle) {
            tracing::warn!("could not tell the UI about a notification click: {e}");
        }
    });
    if let Err(e) = registered {
        tracing::warn!("notification clicks will not be answered: {e}");
    }
}
