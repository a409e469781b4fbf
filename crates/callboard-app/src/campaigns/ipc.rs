//! The Campaigns screen's IPC types (exported to `ui/src/bindings.ts`): shaped for the
//! screen, with labels already written; the core keeps its own types.

use crate::ipc::{FieldProblem, KeyValue};
use callboard_core::campaign::list::Mapping;
use serde::{Deserialize, Serialize};
use specta::Type;

/// A list read from a file (or the sample), waiting to be mapped and checked.
#[derive(Debug, Clone, Serialize, Type)]
pub struct OpenedList {
    /// Names the list in later commands (it stays on the Rust side).
    pub token: String,
    pub file_name: String,
    /// "CSV, semicolons, Windows-1252" and the like.
    pub format: String,
    /// Data rows (the header row is not one).
    pub rows: u32,
    /// The guessed mapping, for the person to confirm.
    pub mapping: Mapping,
    /// The first few values of each column, to recognise it by.
    pub samples: Vec<Vec<String>>,
}

/// What to check: the list, the confirmed mapping and the answers for unclear rows.
#[derive(Debug, Clone, Deserialize, Type)]
pub struct ListCheckRequest {
    pub token: String,
    pub mapping: Mapping,
    /// For numbers written without a country code (a name or a two-letter code).
    pub default_country: Option<String>,
    /// The zone for everyone whose zone the list doesn't make clear.
    pub fallback_zone: Option<String>,
}

/// A row and what to say about it.
#[derive(Debug, Clone, Serialize, Type)]
pub struct RowNote {
    pub row: u32,
    pub reason: String,
}

/// One person who will be called, as the preview shows them.
#[derive(Debug, Clone, Serialize, Type)]
pub struct CalleePreview {
    pub row: u32,
    pub name: String,
    /// E.164.
    pub phone: String,
    /// "America/Bogota", or empty while unknown.
    pub zone: String,
    /// Where the zone came from ("from the country", "chosen by you", …).
    pub zone_from: String,
    /// Their local time now ("Tue 10:42"), empty while the zone is unknown.
    pub local_time: String,
}

/// The check of a list: who will be called, and why every other row will not.
#[derive(Debug, Clone, Serialize, Type)]
pub struct ListCheck {
    pub rows: u32,
    pub valid: u32,
    pub invalid: Vec<RowNote>,
    pub duplicates: Vec<RowNote>,
    pub dnc: Vec<RowNote>,
    /// People whose zone is unknown: the question to ask once.
    pub needs_zone: u32,
    /// People Contactship doesn't know yet (created on start); `None` when it couldn't be
    /// counted (offline).
    pub new_contacts: Option<u32>,
    /// The first people to be called.
    pub preview: Vec<CalleePreview>,
}

/// How the campaign calls, as the form holds it (times as "HH:MM", days as "mon"…).
#[derive(Debug, Clone, Deserialize, Type)]
pub struct CampaignForm {
    pub name: String,
    pub agent_id: String,
    pub from_number_ids: Vec<String>,
    pub days: Vec<String>,
    pub hours_start: String,
    pub hours_end: String,
    pub outside_hours_confirmed: bool,
    pub per_minute: u32,
    pub max_active: u32,
    pub retry_no_answer: bool,
    pub retry_busy: bool,
    pub retry_voicemail: bool,
    pub retry_after_minutes: u32,
    pub max_attempts: u32,
    pub additional_data: Vec<KeyValue>,
    pub metadata: Vec<KeyValue>,
}

/// What starting a campaign gives back: its id, or every problem with the form.
#[derive(Debug, Clone, Serialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StartOutcome {
    Started { campaign_id: String },
    Problems { problems: Vec<FieldProblem> },
}

/// The form's starting values (Settings' calling hours, the limits).
#[derive(Debug, Clone, Serialize, Type)]
pub struct CampaignDefaults {
    pub hours_start: String,
    pub hours_end: String,
    pub days: Vec<String>,
    pub per_minute: u32,
    pub max_active: u32,
    pub retry_after_minutes: u32,
    pub max_attempts: u32,
    pub max_per_minute: u32,
    pub max_max_active: u32,
    pub max_max_attempts: u32,
    pub min_retry_minutes: u32,
}

/// Where a campaign stands, as a state the screen switches on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum CampaignStateView {
    Ready,
    Running,
    Paused,
    Cancelled,
    Finished,
}

/// One count on the campaign screen ("Answered: 12").
#[derive(Debug, Clone, Serialize, Type)]
pub struct CountView {
    /// Stable name for tests and colours: waiting, due, placed, in_progress, answered,
    /// no_answer, voicemail, busy, failed, skipped, unknown.
    pub key: String,
    pub label: String,
    pub count: u32,
}

/// A campaign in the list, or open on the screen.
#[derive(Debug, Clone, Serialize, Type)]
pub struct CampaignView {
    pub id: String,
    pub name: String,
    pub source: String,
    pub created_at: String,
    pub state: CampaignStateView,
    pub state_label: String,
    pub total: u32,
    /// Rows that are final (done or skipped).
    pub finished_rows: u32,
    pub counts: Vec<CountView>,
    /// "About 4 minutes left at this pace", "Next call at 09:00 their time", or empty.
    pub eta: String,
    /// The agent and numbers, the window and the pace, in one sentence.
    pub how: String,
    /// Why the run stopped on its own (the key was refused, the disk is full), if it did.
    pub problem: Option<String>,
    /// Calls handed to Contactship and not final: what pausing cannot call back.
    pub active: u32,
    /// In sandbox mode: the screen may skip ahead in simulated time.
    pub can_skip_ahead: bool,
}

/// One row of a campaign's table.
#[derive(Debug, Clone, Serialize, Type)]
pub struct CampaignRowView {
    pub row: u32,
    pub name: String,
    pub phone: String,
    pub zone: String,
    /// The same key as the counts'.
    pub key: String,
    pub state_label: String,
    pub attempts: u32,
    /// "Next try Tue 14:00 (their time)", the skip reason, or empty.
    pub note: String,
    /// The request ids of its attempts, oldest first (they open in Recent calls).
    pub request_ids: Vec<String>,
}

/// A slice of a campaign's rows.
#[derive(Debug, Clone, Serialize, Type)]
pub struct CampaignRowsPage {
    pub offset: u32,
    pub total: u32,
    pub rows: Vec<CampaignRowView>,
}
