//! Callboard's application logic, free of Tauri and of any window.
//!
//! Everything the desktop shell does is a thin adapter over this crate, so the whole
//! behaviour (scheduling rules, the durable call store, secret storage, placing calls
//! without ever dialing twice) runs in `cargo test` with no display, keychain or network.

pub mod call_query;
pub mod calls;
pub mod campaign;
pub mod clock;
pub mod display;
pub mod do_not_call;
pub mod draft;
pub mod error_code;
pub mod export;
pub mod i18n;
pub mod placement;
pub mod schedule;
pub mod secrets;
pub mod store;
pub mod when;
pub mod words;
pub mod zones;
