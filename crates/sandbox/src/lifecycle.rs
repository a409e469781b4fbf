//! How a created call lives: `scheduled` until it is due, `in-queue` for ten seconds,
//! `in-progress` for its duration (30–180 s), then a final status. Everything is derived from
//! the call record and the simulated clock, so reading a call never changes it.

use chrono::{DateTime, Duration, Utc};

use crate::ids::hash64;
use crate::model::CallRecord;

/// Seconds a due call waits in the queue before dialing starts.
pub(crate) const QUEUE_SECS: i64 = 10;

/// A call's final outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Completed,
    NoAnswer,
    Busy,
    VoiceMail,
    Failed,
    /// The line dropped mid-conversation. Only reached when forced (seeded history,
    /// `metadata.sandbox_outcome`): [`Outcome::for_call`] never picks it, so created calls keep
    /// the outcomes they always had.
    Incomplete,
    /// An answering machine picked up (forced only, like `Incomplete`).
    AnsweringMachine,
}

impl Outcome {
    /// Parses a final `call_status` name (used by `metadata.sandbox_outcome`).
    pub(crate) fn parse(status: &str) -> Option<Self> {
        match status {
            "completed" => Some(Self::Completed),
            "no-answer" => Some(Self::NoAnswer),
            "busy" => Some(Self::Busy),
            "voice_mail" => Some(Self::VoiceMail),
            "failed" => Some(Self::Failed),
            "incomplete" => Some(Self::Incomplete),
            "answering-machine" => Some(Self::AnsweringMachine),
            _ => None,
        }
    }

    /// Picks an outcome from the call id: half complete, the rest spread over the failures.
    pub(crate) fn for_call(id: &str) -> Self {
        match hash64(id, 41) % 20 {
            0..=9 => Self::Completed,
            10..=12 => Self::NoAnswer,
            13..=15 => Self::VoiceMail,
            16..=17 => Self::Busy,
            _ => Self::Failed,
        }
    }

    /// The `call_status` value.
    pub(crate) fn status(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::NoAnswer => "no-answer",
            Self::Busy => "busy",
            Self::VoiceMail => "voice_mail",
            Self::Failed => "failed",
            Self::Incomplete => "incomplete",
            Self::AnsweringMachine => "answering-machine",
        }
    }

    /// The `call_result` value.
    pub(crate) fn result(self) -> &'static str {
        match self {
            Self::Completed => "answered",
            Self::NoAnswer => "no_answer",
            Self::Busy => "busy",
            Self::VoiceMail | Self::AnsweringMachine => "voicemail",
            Self::Failed => "failed",
            // Someone picked up before the line dropped.
            Self::Incomplete => "answered",
        }
    }

    /// The `disconnection_reason` value.
    pub(crate) fn disconnection_reason(self, positive: bool) -> &'static str {
        match self {
            Self::Completed if positive => "agent_hangup",
            Self::Completed => "user_hangup",
            Self::NoAnswer => "dial_no_answer",
            Self::Busy => "dial_busy",
            Self::VoiceMail => "voicemail_reached",
            Self::Failed => "dial_failed",
            Self::Incomplete => "call_dropped",
            Self::AnsweringMachine => "machine_detected",
        }
    }

    /// Whether a person (or a voicemail box) picked up, so there is audio and a transcript.
    pub(crate) fn connected(self) -> bool {
        matches!(
            self,
            Self::Completed | Self::VoiceMail | Self::Incomplete | Self::AnsweringMachine
        )
    }
}

/// Where a call is at a given instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    Scheduled,
    InQueue,
    InProgress,
    Final,
}

impl Phase {
    /// The `call_status` of a non-final phase.
    pub(crate) fn status(self) -> Option<&'static str> {
        match self {
            Self::Scheduled => Some("scheduled"),
            Self::InQueue => Some("in-queue"),
            Self::InProgress => Some("in-progress"),
            Self::Final => None,
        }
    }
}

/// The fixed timeline of one call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Timeline {
    pub due_at: DateTime<Utc>,
    pub start_at: DateTime<Utc>,
    pub finished_at: DateTime<Utc>,
    pub outcome: Outcome,
    /// True for the cooperative version of a completed conversation.
    pub positive: bool,
    scheduled: bool,
}

impl Timeline {
    /// The timeline of `call`.
    pub(crate) fn of(call: &CallRecord) -> Self {
        let outcome = call
            .forced_outcome
            .unwrap_or_else(|| Outcome::for_call(&call.id));
        let h = hash64(&call.id, 43);
        let length = match outcome {
            Outcome::Completed => 30 + (h % 151) as i64,
            Outcome::VoiceMail | Outcome::AnsweringMachine => 30 + (h % 31) as i64,
            Outcome::Incomplete => 20 + (h % 40) as i64,
            Outcome::NoAnswer => 30 + (h % 16) as i64,
            Outcome::Busy | Outcome::Failed => 30,
        };
        let start_at = call.due_at + Duration::seconds(QUEUE_SECS);
        Self {
            due_at: call.due_at,
            start_at,
            finished_at: start_at + Duration::seconds(length),
            outcome,
            positive: !(h / 151).is_multiple_of(4),
            scheduled: call.scheduled,
        }
    }

    /// The phase at `now`.
    pub(crate) fn phase(&self, now: DateTime<Utc>) -> Phase {
        if now < self.due_at && self.scheduled {
            Phase::Scheduled
        } else if now < self.start_at {
            Phase::InQueue
        } else if now < self.finished_at {
            Phase::InProgress
        } else {
            Phase::Final
        }
    }

    /// Talk time reported in `duration`: zero when nobody picked up.
    pub(crate) fn duration_secs(&self) -> i64 {
        if self.outcome.connected() {
            (self.finished_at - self.start_at).num_seconds()
        } else {
            0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outcomes_are_deterministic_and_varied() {
        let outcomes: Vec<_> = (0..200)
            .map(|i| Outcome::for_call(&format!("call-{i}")))
            .collect();
        assert_eq!(Outcome::for_call("call-7"), outcomes[7]);
        for o in [
            Outcome::Completed,
            Outcome::NoAnswer,
            Outcome::Busy,
            Outcome::VoiceMail,
            Outcome::Failed,
        ] {
            assert!(outcomes.contains(&o), "{o:?} never picked");
            assert_eq!(Outcome::parse(o.status()), Some(o));
        }
    }
}
