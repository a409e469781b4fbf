//! Campaigns: a list of people called one by one, each in their own local calling hours.
//!
//! [`list`] turns a spreadsheet into checked callees (nothing is sent while checking);
//! [`window`] says when each of them may be rung, in their own zone; [`pace`] hands rows
//! over in that order no faster than the pace and the cap allow; [`retry`] says how a call
//! ended and whether its row is called again; [`settings`] checks how a campaign calls,
//! naming the field of every problem; [`run`] keeps a running campaign's books (what to hand
//! over now, what each answer does to its row) for the app's runner; [`results`] writes a
//! campaign's outcome per row as CSV; [`sample`] is the list shipped to try a campaign in
//! Sandbox mode.

pub mod list;
pub mod pace;
pub mod results;
pub mod retry;
pub mod run;
pub mod runner;
pub mod sample;
pub mod settings;
mod start;
pub mod window;

pub use pace::{Due, Opening, Pace, Pacer};
pub use retry::{Ending, RetryRules};
pub use run::{Change, Handover, RowProgress, RowRecord, Run};
pub use runner::{CrashPoints, Runner, RunnerError, Tick};
pub use settings::{CampaignSettings, SettingsError};
pub use start::{create_campaign, LIST_HEADERS_KEY};
pub use window::{CallingWindow, Days};
