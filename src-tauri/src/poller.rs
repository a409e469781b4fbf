//! Background status checks: while the app runs, calls that aren't final are refreshed
//! from `GET /v1/calls/{id}` with backoff, and the UI is told through `calls-changed`.

use crate::ipc::CallsChanged;
use crate::state::AppState;
use callboard_core::journal::CallEntry;
use chrono::{DateTime, Utc};
use std::time::Duration;
use tauri::{AppHandle, Manager};
use tauri_specta::Event;

/// How often the loop wakes up to see what is due.
const TICK: Duration = Duration::from_secs(3);

/// Starts the loop on Tauri's async runtime.
pub fn spawn(app: AppHandle) {
    tauri::async_runtime::spawn(async move {
        let mut ticker = tokio::time::interval(TICK);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            ticker.tick().await;
            let state = app.state::<AppState>();
            let changed = refresh_due(&state).await;
            if !changed.is_empty() {
                if let Err(e) = (CallsChanged {
                    request_ids: changed,
                })
                .emit(&app)
                {
                    tracing::warn!("could not notify the UI: {e}");
                }
            }
        }
    });
}

/// Refreshes every entry that is due; returns the ids whose entry changed.
async fn refresh_due(state: &AppState) -> Vec<String> {
    let Ok(placer) = state.placer().await else {
        return Vec::new();
    };
    let now = state.clock.now();
    let due: Vec<CallEntry> = state
        .journal
        .entries_where(|e| e.call_id.is_some() && !e.is_settled() && is_due(e, now));
    let mut changed = Vec::new();
    for entry in due {
        match placer.refresh_status(entry.request_id).await {
            Ok(updated) => {
                if updated.status_history != entry.status_history || updated.state != entry.state {
                    changed.push(entry.request_id.to_string());
                } else if updated.last_checked != entry.last_checked {
                    // "last checked" moved: the row shows it, so the UI should refresh too.
                    changed.push(entry.request_id.to_string());
                }
            }
            Err(e) => tracing::debug!("status refresh failed for a call: {e}"),
        }
    }
    changed
}

/// Backoff: recently changed calls are checked often, quiet ones less and less.
fn is_due(entry: &CallEntry, now: DateTime<Utc>) -> bool {
    let Some(last) = entry.last_checked else {
        return true;
    };
    let since_change = now - entry.latest_status().map_or(entry.created_at, |s| s.at);
    let wait = if since_change < chrono::Duration::minutes(2) {
        chrono::Duration::seconds(5)
    } else if since_change < chrono::Duration::minutes(15) {
        chrono::Duration::seconds(20)
    } else if since_change < chrono::Duration::hours(2) {
        chrono::Duration::minutes(1)
    } else {
        chrono::Duration::minutes(5)
    };
    now - last >= wait
}
