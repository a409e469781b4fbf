//! Thin Tauri commands, one module per area. Each body calls the core in a few lines.

pub mod account;
pub mod calls;
pub mod catalog;
pub mod org_calls;
pub mod prefs;
pub mod schedule;
pub mod system;
