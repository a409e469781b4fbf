//! Types that cross IPC, exported to `ui/src/bindings.ts` by tauri-specta.
//!
//! These are views shaped for the screens (labels already formatted, no raw API JSON); the
//! core keeps its own types and the `views` module maps between them. No `u64`/`i64`/`usize`
//! or `serde_json::Value` here: TypeScript numbers would lose precision.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Which backend the app talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Sandbox,
    Account,
}

/// Where the API key is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum KeyStore {
    SecretService,
    Keychain,
    CredentialManager,
    SessionOnly,
    None,
}

/// What the UI may know about the API key: never the key itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct ApiKeyStatus {
    pub present: bool,
    pub store: KeyStore,
    pub store_label: String,
    pub last4: Option<String>,
    pub keychain_available: bool,
    pub keychain_problem: Option<String>,
}

/// The app's connection state, shown on every screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct AppStatus {
    /// `None` on first launch: the UI shows onboarding.
    pub mode: Option<Mode>,
    pub base_url: String,
    pub sandbox_url: Option<String>,
    pub key: ApiKeyStatus,
    /// Plain sentences about things recovered at start-up (damaged files moved aside, …).
    pub notices: Vec<String>,
    pub local_time_zone: String,
    /// `CALLBOARD_API_URL` when set: it wins over the saved base URL.
    pub api_url_override: Option<String>,
    /// The language in use ("en", "es", "pt-BR"): the saved choice, or the system's.
    pub locale: String,
}

/// One problem with one field of a form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct FieldProblem {
    pub field: String,
    pub message: String,
}

/// A contact as the picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Contact {
    pub id: String,
    pub full_name: String,
    pub phone_number: String,
    pub phone_display: String,
    /// Country calling code of the phone number (52 for Mexico), when it parses.
    pub calling_code: Option<u16>,
    pub email: Option<String>,
    pub country: Option<String>,
    /// Candidate IANA zones; exactly one means the country implies it.
    pub time_zones: Vec<String>,
}

/// An AI agent as the picker shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct Agent {
    pub id: String,
    pub name: String,
    pub person_name: Option<String>,
    pub language: Option<String>,
    pub language_label: Option<String>,
    pub purpose: Option<String>,
}

/// Direction a number is registered for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    Inbound,
    Outbound,
    Unknown,
}

/// One of the organisation's numbers, to call from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct PhoneNumber {
    pub id: String,
    pub phone_number: String,
    pub display: String,
    /// Country calling code (34 for Spain), when the number parses.
    pub calling_code: Option<u16>,
    pub kind: NumberKind,
}

/// A key/value row from the form editors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct KeyValue {
    pub key: String,
    pub value: String,
}

/// Which of two instants a repeated wall-clock time means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Ambiguity {
    Earlier,
    Later,
}

/// When to place the call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum When {
    Now,
    /// Minutes as typed; Rust parses them (one rule, one sentence).
    Delay {
        minutes: String,
    },
    At {
        date: String,
        time: String,
        time_zone: String,
        ambiguity: Option<Ambiguity>,
    },
}

/// Why a chosen time can't be used as is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum WhenIssueKind {
    Gap,
    Overlap,
    Past,
    TooSoon,
    TooFar,
    Invalid,
    UnknownZone,
}

/// A problem with the chosen time, explained in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct WhenIssue {
    pub kind: WhenIssueKind,
    pub message: String,
    pub next_valid_time: Option<String>,
    pub earlier_label: Option<String>,
    pub later_label: Option<String>,
}

/// The chosen time in the callee's and the user's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct WhenPreview {
    pub ok: bool,
    pub issue: Option<WhenIssue>,
    pub callee_label: Option<String>,
    pub your_label: String,
    pub outside_calling_hours: bool,
    pub calling_hours_warning: Option<String>,
    pub relative_label: Option<String>,
    /// For a repeated (DST overlap) time: exactly what goes to Contactship.
    pub sent_as: Option<String>,
}

/// Everything on the Call screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct CallForm {
    pub contact_id: String,
    pub agent_id: String,
    pub from_number_id: String,
    pub when: When,
    pub additional_data: Vec<KeyValue>,
    pub metadata: Vec<KeyValue>,
    pub callee_time_zone: Option<String>,
    /// The contact's phone as the picker showed it (kept for Recent calls and "Call again").
    pub contact_phone: String,
    /// The contact's country as the picker showed it (picks the zone and the From number).
    pub contact_country: Option<String>,
    pub contact_label: String,
    pub agent_label: String,
    pub from_label: String,
    /// "Test this agent": the number typed, called through `single-phone-call` with
    /// `contact_label` as the name and `contact_country` for a number without `+`.
    #[serde(default)]
    pub test_number: Option<String>,
    /// The chosen From number in E.164 (a call to a bare number names it, not its id).
    #[serde(default)]
    pub from_number: Option<String>,
}

/// The exact body that will be sent, and a cURL with the key as a variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct RequestPreview {
    pub json: String,
    pub curl: String,
}

// Recent calls' query, pages, rows and details.
mod recent_calls;
pub use recent_calls::{
    AgentOption, CallDetails, CallEntry, CallListQuery, CallPage, CallState, StatusChange,
    TranscriptLine,
};

/// How a "Place call" ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeKind {
    Placed,
    Rejected,
    NotSent,
    OutcomeUnknown,
    NeedsConfirmation,
}

/// What a `NeedsConfirmation` outcome asks the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Confirmation {
    /// The same contact was called with the same agent a few minutes ago.
    Duplicate,
    /// The call would ring outside the callee's calling hours.
    OutsideCallingHours,
    /// The number is on the do-not-call list.
    DoNotCall,
}

/// The result panel.
#[derive(Debug, Clone, PartialEq, Serialize, Type)]
pub struct PlaceOutcome {
    pub kind: OutcomeKind,
    pub message: String,
    pub next_step: Option<String>,
    pub field: Option<String>,
    /// For `NeedsConfirmation`: which question `message` asks.
    pub confirm: Option<Confirmation>,
    pub entry: Option<CallEntry>,
    pub duplicate_of: Option<CallEntry>,
}

impl PlaceOutcome {
    /// A question to answer before anything is sent.
    pub fn ask(what: Confirmation, message: String, duplicate_of: Option<CallEntry>) -> Self {
        Self {
            kind: OutcomeKind::NeedsConfirmation,
            message,
            next_step: None,
            field: None,
            confirm: Some(what),
            entry: None,
            duplicate_of,
        }
    }
}

/// Colour scheme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, Default)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

/// The language the person chose; `System` follows the computer's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type, Default)]
pub enum Language {
    #[default]
    #[serde(rename = "system")]
    System,
    #[serde(rename = "en")]
    En,
    #[serde(rename = "es")]
    Es,
    #[serde(rename = "pt-BR")]
    PtBr,
}

/// One change to the saved preferences. Changes are applied in Rust to what is saved at that
/// moment, so two screens saving at once (the Call screen remembering choices while Settings
/// saves the theme) never undo each other, as whole-object saves did.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Type)]
#[serde(tag = "field", content = "value", rename_all = "snake_case")]
pub enum PrefChange {
    /// `None` or blank: the default address.
    BaseUrl(Option<String>),
    DefaultAgentId(Option<String>),
    DefaultFromNumberId(Option<String>),
    /// Both ends at once: a window is only valid as a pair.
    CallingHours {
        start: String,
        end: String,
    },
    Theme(Theme),
    Language(Language),
    /// The number "Test this agent" called last, to offer it again.
    TestTarget {
        number: String,
        name: String,
        country: Option<String>,
    },
    /// Desktop notifications when scheduled and campaign calls end.
    Notifications(bool),
    /// What the last call used; a `None` keeps the remembered value.
    LastChoices {
        agent_id: Option<String>,
        from_number_id: Option<String>,
        time_zone: Option<String>,
    },
}

/// User preferences (never the key).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Preferences {
    pub base_url: Option<String>,
    pub default_agent_id: Option<String>,
    pub default_from_number_id: Option<String>,
    pub calling_hours_start: String,
    pub calling_hours_end: String,
    pub theme: Theme,
    /// Missing in preferences saved before languages existed: follow the system.
    #[serde(default)]
    pub language: Language,
    /// "Test this agent": the number, name and country used last time.
    #[serde(default)]
    pub test_number: Option<String>,
    #[serde(default)]
    pub test_name: Option<String>,
    #[serde(default)]
    pub test_country: Option<String>,
    /// Desktop notifications when scheduled and campaign calls end; missing in older files: on.
    #[serde(default = "notifications_on")]
    pub notifications: bool,
    pub last_agent_id: Option<String>,
    pub last_from_number_id: Option<String>,
    pub last_time_zone: Option<String>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            base_url: None,
            default_agent_id: None,
            default_from_number_id: None,
            calling_hours_start: "08:00".into(),
            calling_hours_end: "21:00".into(),
            theme: Theme::System,
            language: Language::System,
            test_number: None,
            test_name: None,
            test_country: None,
            notifications: true,
            last_agent_id: None,
            last_from_number_id: None,
            last_time_zone: None,
        }
    }
}

fn notifications_on() -> bool {
    true
}
