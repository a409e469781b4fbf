//! How a finished call ended, as a campaign counts it, and whether the row is tried again.
//!
//! Only "no answer", "busy" and "voicemail" are ever retried, and only when the campaign says
//! so; an answered or failed call is final for its row (an answered person who declined must
//! not be rung again, and a failure repeats). `max_attempts` counts every call of the row,
//! the first included, so "3" means at most two retries.

use crate::calls::{CallStatus, StatusSnapshot};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// A final call as the campaign counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ending {
    Answered,
    NoAnswer,
    Voicemail,
    Busy,
    Failed,
}

impl Ending {
    /// The ending of a call whose latest status is `status`; none while it is not final.
    /// The server's `call_result` decides when it has one (a "completed" call may have met
    /// a voicemail); else the status does.
    pub fn of(status: &StatusSnapshot) -> Option<Self> {
        if !status.call_status.is_final() {
            return None;
        }
        let by_result = match status.call_result.as_deref() {
            Some("answered") => Some(Self::Answered),
            Some("voicemail") => Some(Self::Voicemail),
            Some("no_answer") => Some(Self::NoAnswer),
            Some("busy") => Some(Self::Busy),
            Some("failed") => Some(Self::Failed),
            _ => None,
        };
        by_result.or(Some(match status.call_status {
            CallStatus::Completed => Self::Answered,
            CallStatus::NoAnswer => Self::NoAnswer,
            CallStatus::Busy => Self::Busy,
            CallStatus::AnsweringMachine | CallStatus::VoiceMail => Self::Voicemail,
            _ => Self::Failed,
        }))
    }
}

impl Ending {
    /// How a person reads it (the results export, the CLI, the campaign screen's counts).
    pub fn label(self) -> String {
        match self {
            Self::Answered => crate::t!("ending-answered"),
            Self::NoAnswer => crate::t!("ending-no-answer"),
            Self::Voicemail => crate::t!("ending-voicemail"),
            Self::Busy => crate::t!("ending-busy"),
            Self::Failed => crate::t!("ending-failed"),
        }
    }
}

/// When to call a row again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetryRules {
    pub no_answer: bool,
    pub busy: bool,
    pub voicemail: bool,
    /// Wait this long after the call ended.
    pub after_minutes: u32,
    /// Calls per row in all, the first included (1: never retried).
    pub max_attempts: u32,
}

impl Default for RetryRules {
    /// No answer and busy retried once, two hours later.
    fn default() -> Self {
        Self {
            no_answer: true,
            busy: true,
            voicemail: false,
            after_minutes: 120,
            max_attempts: 2,
        }
    }
}

impl RetryRules {
    /// When the row may be called again after its `attempts`-th call ended as `ending` at
    /// `ended_at`; none when it is done.
    pub fn next_attempt(
        &self,
        ending: Ending,
        attempts: u32,
        ended_at: DateTime<Utc>,
    ) -> Option<DateTime<Utc>> {
        let retried = match ending {
            Ending::NoAnswer => self.no_answer,
            Ending::Busy => self.busy,
            Ending::Voicemail => self.voicemail,
            Ending::Answered | Ending::Failed => false,
        };
        (retried && attempts < self.max_attempts)
            .then(|| ended_at + Duration::minutes(i64::from(self.after_minutes)))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn snapshot(status: &str, result: Option<&str>) -> StatusSnapshot {
        let mut s = StatusSnapshot::new(Utc::now(), status);
        s.call_result = result.map(str::to_owned);
        s
    }

    #[test]
    fn endings_come_from_the_result_when_there_is_one_else_the_status() {
        let table = [
            ("completed", Some("answered"), Some(Ending::Answered)),
            ("completed", Some("voicemail"), Some(Ending::Voicemail)),
            ("completed", None, Some(Ending::Answered)),
            ("no-answer", None, Some(Ending::NoAnswer)),
            ("busy", Some("busy"), Some(Ending::Busy)),
            ("answering-machine", None, Some(Ending::Voicemail)),
            ("voice_mail", None, Some(Ending::Voicemail)),
            ("failed", None, Some(Ending::Failed)),
            ("incomplete", Some("something-new"), Some(Ending::Failed)),
            ("in-progress", Some("answered"), None),
            ("scheduled", None, None),
            ("ringing", None, None),
        ];
        for (status, result, want) in table {
            assert_eq!(
                Ending::of(&snapshot(status, result)),
                want,
                "{status} {result:?}"
            );
        }
    }

    #[test]
    fn retries_are_counted_exactly_and_never_follow_an_answer_or_a_failure() {
        let rules = RetryRules {
            no_answer: true,
            busy: false,
            voicemail: true,
            after_minutes: 30,
            max_attempts: 3,
        };
        let t = Utc::now();
        let later = Some(t + Duration::minutes(30));
        assert_eq!(rules.next_attempt(Ending::NoAnswer, 1, t), later);
        assert_eq!(rules.next_attempt(Ending::Voicemail, 2, t), later);
        assert_eq!(
            rules.next_attempt(Ending::NoAnswer, 3, t),
            None,
            "three calls in all"
        );
        assert_eq!(
            rules.next_attempt(Ending::Busy, 1, t),
            None,
            "busy is not retried here"
        );
        assert_eq!(rules.next_attempt(Ending::Answered, 1, t), None);
        assert_eq!(rules.next_attempt(Ending::Failed, 1, t), None);
        let once = RetryRules {
            max_attempts: 1,
            ..rules
        };
        assert_eq!(once.next_attempt(Ending::NoAnswer, 1, t), None);
    }
}
