//! The background status loop: while the app runs, calls that aren't final are refreshed
//! from `GET /v1/calls/{id}` on the schedule in `callboard_core::placement::status_poll`,
//! and the UI is told which rows changed through the [`Host`]. Endings worth a desktop
//! notification go to [`crate::notify`], which the loop delivers after each tick.

use crate::host::Host;
use crate::state::AppState;
use std::time::Duration;

/// How often the loop wakes up to see what is due.
pub const TICK: Duration = Duration::from_secs(3);

/// Runs forever: one [`refresh_due`] per tick, telling the host what changed.
pub async fn run(state: &AppState, host: &dyn Host) {
    let mut ticker = tokio::time::interval(TICK);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        ticker.tick().await;
        let changed = refresh_due(state).await;
        if !changed.is_empty() {
            host.calls_changed(changed);
        }
        // Also what campaign runs left waiting for their minute.
        crate::notify::deliver(state, host);
    }
}

/// Refreshes every entry that is due now; returns the request ids whose row changed.
pub async fn refresh_due(state: &AppState) -> Vec<String> {
    let Ok(placer) = state.placer().await else {
        return Vec::new();
    };
    let now = state.clock.now();
    let due = state.store.due_for_check(now);
    let mut changed = Vec::new();
    let notify = crate::notify::enabled(state);
    for entry in due {
        match placer.refresh_status(entry.request_id).await {
            // "last checked" is shown on the row, so a check that only moved it counts too.
            Ok(updated)
                if updated.status_history != entry.status_history
                    || updated.state != entry.state
                    || updated.last_checked != entry.last_checked =>
            {
                state.notifier.call_refreshed(notify, &entry, &updated);
                changed.push(entry.request_id.to_string());
            }
            Ok(_) => {}
            Err(e) => tracing::debug!("status refresh failed for a call: {e}"),
        }
    }
    changed
}
