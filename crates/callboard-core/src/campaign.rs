//! Campaigns: a list of people called one by one, each in their own local calling hours.
//!
//! [`list`] turns a spreadsheet into checked callees (nothing is sent while checking);
//! [`window`] says when each of them may be rung, in their own zone.

pub mod list;
pub mod window;

pub use window::{CallingWindow, Days};
