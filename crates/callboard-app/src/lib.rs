//! What each Callboard command does, without Tauri.
//!
//! The desktop shell (`src-tauri`) owns the window, the plugins and the command list; every
//! command body is one call into this crate. What only the shell can do (tell the UI that
//! calls changed, open a link in the browser) is behind the small [`host::Host`] trait, so the
//! same flows run in `cargo test` with no window (Yaak's host-trait pattern).
//!
//! Layers: `callboard-core` decides (placement, the call store, schedule rules, secrets); this crate
//! maps those decisions to the screens' IPC types (`ipc`, `views`) and errors (`error`).

pub mod about;
pub mod calls;
pub mod campaigns;
pub mod catalog;
pub mod connection;
pub mod diagnostics;
pub mod do_not_call;
pub mod error;
#[cfg(test)]
mod flow_tests;
#[cfg(test)]
mod flow_tests_campaigns;
#[cfg(test)]
mod flow_tests_diagnostics;
#[cfg(test)]
mod flow_tests_dnc;
#[cfg(test)]
mod flow_tests_notify;
#[cfg(test)]
mod flow_tests_placing;
#[cfg(test)]
mod flow_tests_prefs;
#[cfg(test)]
mod flow_tests_recent;
#[cfg(test)]
mod flow_tests_test_call;
pub mod host;
pub mod ipc;
pub mod locale;
pub mod logs;
pub mod new_contact;
pub mod notify;
pub mod org_calls;
pub mod preferences;
pub mod prefs;
pub mod recent;
pub mod startup;
pub mod state;
pub mod status_poll;
pub mod system;
pub mod views;
pub mod when;
pub mod window_fit;
