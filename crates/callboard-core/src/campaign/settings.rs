//! How a campaign calls: who calls (agent, from numbers), when (the window in each callee's
//! zone, a start and a stop), how fast (pace and cap), how often (retry rules) and what it
//! sends with every call. Checked here once for the app and the CLI; every problem names its
//! field, and all of them are reported at once.

use super::pace::Pace;
use super::retry::RetryRules;
use super::window::CallingWindow;
use crate::schedule::CallingHours;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Everything a campaign needs besides its list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CampaignSettings {
    pub name: String,
    pub agent_id: String,
    /// One or more; with several, the one in the callee's country is used when there is one.
    pub from_number_ids: Vec<String>,
    pub window: CallingWindow,
    /// The person asked for hours outside Settings' calling hours on purpose.
    #[serde(default)]
    pub outside_hours_confirmed: bool,
    pub start_at: Option<DateTime<Utc>>,
    pub stop_by: Option<DateTime<Utc>>,
    pub pace: Pace,
    pub retry: RetryRules,
    /// Sent with every call, after the row's own data (a row's value wins).
    #[serde(default)]
    pub additional_data: Vec<(String, String)>,
    #[serde(default)]
    pub metadata: Vec<(String, String)>,
}

/// The limits, one place for the checks and the form's hints.
pub const MAX_NAME_CHARS: usize = 80;
pub const MAX_PER_MINUTE: u32 = 60;
pub const MAX_ACTIVE: u32 = 50;
pub const MAX_ATTEMPTS: u32 = 10;
pub const MIN_RETRY_MINUTES: u32 = 5;

/// One problem with the settings, naming the form field (and CLI option) it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsError {
    NoName,
    NameTooLong,
    NoAgent,
    NoNumber,
    NoDays,
    OutsideCallingHours {
        start: String,
        end: String,
    },
    StopBeforeStart,
    StopInThePast,
    Pace,
    MaxActive,
    MaxAttempts,
    RetryTooSoon,
    SameKey {
        key: String,
    },
    EmptyKey,
    /// A key Contactship would refuse (the same rule as the Call screen's); the sentence is
    /// the `contactship` crate's.
    BadKey {
        message: String,
    },
}

// By hand rather than with `thiserror`: the words come from `campaigns.ftl`, the limits are
// passed as numbers so each language can say "1 minute" and "5 minutes".
impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            Self::NoName => t!("settings-no-name"),
            Self::NameTooLong => t!("settings-name-too-long", max = MAX_NAME_CHARS),
            Self::NoAgent => t!("settings-no-agent"),
            Self::NoNumber => t!("settings-no-number"),
            Self::NoDays => t!("settings-no-days"),
            Self::OutsideCallingHours { start, end } => {
                t!("settings-outside-calling-hours", start = start, end = end)
            }
            Self::StopBeforeStart => t!("settings-stop-before-start"),
            Self::StopInThePast => t!("settings-stop-in-the-past"),
            Self::Pace => t!("settings-pace", max = MAX_PER_MINUTE),
            Self::MaxActive => t!("settings-max-active", max = MAX_ACTIVE),
            Self::MaxAttempts => t!("settings-max-attempts", max = MAX_ATTEMPTS),
            Self::RetryTooSoon => t!("settings-retry-too-soon", minutes = MIN_RETRY_MINUTES),
            Self::SameKey { key } => t!("settings-same-key", key = key),
            Self::EmptyKey => t!("settings-empty-key"),
            Self::BadKey { message } => message.clone(),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SettingsError {}

impl SettingsError {
    /// The form field to highlight (the CLI names its option from it).
    pub fn field(&self) -> &'static str {
        match self {
            Self::NoName | Self::NameTooLong => "name",
            Self::NoAgent => "agent_id",
            Self::NoNumber => "from_number_ids",
            Self::NoDays => "window.days",
            Self::OutsideCallingHours { .. } => "window.hours",
            Self::StopBeforeStart | Self::StopInThePast => "stop_by",
            Self::Pace => "pace.per_minute",
            Self::MaxActive => "pace.max_active",
            Self::MaxAttempts => "retry.max_attempts",
            Self::RetryTooSoon => "retry.after_minutes",
            Self::SameKey { .. } | Self::EmptyKey | Self::BadKey { .. } => "additional_data",
        }
    }
}

impl CampaignSettings {
    /// Every problem at once (empty: the campaign can start), against the user's calling
    /// hours from Settings and the time now.
    pub fn problems(&self, calling_hours: &CallingHours, now: DateTime<Utc>) -> Vec<SettingsError> {
        let mut problems = Vec::new();
        let name = self.name.trim();
        if name.is_empty() {
            problems.push(SettingsError::NoName);
        } else if name.chars().count() > MAX_NAME_CHARS {
            problems.push(SettingsError::NameTooLong);
        }
        if self.agent_id.trim().is_empty() {
            problems.push(SettingsError::NoAgent);
        }
        if self.from_number_ids.iter().all(|n| n.trim().is_empty()) {
            problems.push(SettingsError::NoNumber);
        }
        if self.window.days.is_empty() {
            problems.push(SettingsError::NoDays);
        }
        let hours = self.window.hours;
        let inside = hours.start() >= calling_hours.start() && hours.end() <= calling_hours.end();
        if !inside && !self.outside_hours_confirmed {
            problems.push(SettingsError::OutsideCallingHours {
                start: calling_hours.start().format("%H:%M").to_string(),
                end: calling_hours.end().format("%H:%M").to_string(),
            });
        }
        if let Some(stop) = self.stop_by {
            if self.start_at.is_some_and(|start| stop <= start) {
                problems.push(SettingsError::StopBeforeStart);
            } else if stop <= now {
                problems.push(SettingsError::StopInThePast);
            }
        }
        if !(1..=MAX_PER_MINUTE).contains(&self.pace.per_minute) {
            problems.push(SettingsError::Pace);
        }
        if !(1..=MAX_ACTIVE).contains(&self.pace.max_active) {
            problems.push(SettingsError::MaxActive);
        }
        if !(1..=MAX_ATTEMPTS).contains(&self.retry.max_attempts) {
            problems.push(SettingsError::MaxAttempts);
        }
        if self.retry.max_attempts > 1 && self.retry.after_minutes < MIN_RETRY_MINUTES {
            problems.push(SettingsError::RetryTooSoon);
        }
        let keys = self.additional_data.iter().chain(&self.metadata);
        if keys.clone().any(|(k, _)| k.trim().is_empty()) {
            problems.push(SettingsError::EmptyKey);
        }
        if let Some(bad) = keys
            .clone()
            .filter(|(k, _)| !k.trim().is_empty())
            .find_map(|(k, v)| {
                contactship::validate::key("additional_data", k.trim())
                    .and_then(|()| contactship::validate::value("additional_data", k.trim(), v))
                    .err()
            })
        {
            problems.push(SettingsError::BadKey {
                message: bad.message().to_owned(),
            });
        }
        let mut seen = std::collections::HashSet::new();
        if let Some((key, _)) = self
            .additional_data
            .iter()
            .find(|(k, _)| !seen.insert(k.trim()))
        {
            problems.push(SettingsError::SameKey {
                key: key.trim().to_owned(),
            });
        }
        problems
    }
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
