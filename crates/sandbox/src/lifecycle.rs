//! How a created call lives: `scheduled` until it is due, `in-queue` for ten seconds,
//! `in-progress` for its duration (30–180 s), then a final status. Everything is derived from
//! the call record and the simulated clock, so reading a call never changes it.
//!
//! The final status is `metadata.sandbox_outcome` when the request forces one; otherwise it is
//! picked from a hash of the call id over the [`OutcomeShares`] of the call's agent (each
//! seeded agent has its own, listed in `seed/catalog.rs`), so the same call always ends the
//! same way and a campaign's results look like that kind of calling.

use chrono::{DateTime, Duration, Utc};

use crate::ids::hash64;
use crate::model::CallRecord;

/// Seconds a due call waits in the queue before dialing starts.
pub(crate) const QUEUE_SECS: i64 = 10;

/// A call's final outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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

    /// Picks the outcome of call `id` over `shares`: deterministic, and spread like them.
    pub(crate) fn for_call(id: &str, shares: OutcomeShares) -> Self {
        shares.pick(hash64(id, 41) % u64::from(OutcomeShares::PARTS))
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

/// How an agent's calls end when nothing forces an outcome, in twentieths (5 % steps) of
/// its calls. Twentieths because the pick has always been the call id's hash modulo 20: with
/// [`OutcomeShares::REFERENCE`] every call ends exactly as it did before agents had shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct OutcomeShares {
    completed: u8,
    no_answer: u8,
    voice_mail: u8,
    busy: u8,
    failed: u8,
}

impl OutcomeShares {
    /// What the shares of one agent add up to.
    pub(crate) const PARTS: u8 = 20;

    /// Half completed, the rest spread over the failures: the shares of the collections agent
    /// and of any call whose agent has none.
    pub(crate) const REFERENCE: Self = Self::new(10, 3, 3, 2, 2);

    /// Shares in twentieths, in the order completed, no-answer, voice mail, busy, failed. A
    /// `const` that does not add up to twenty fails to compile.
    pub(crate) const fn new(
        completed: u8,
        no_answer: u8,
        voice_mail: u8,
        busy: u8,
        failed: u8,
    ) -> Self {
        assert!(completed + no_answer + voice_mail + busy + failed == Self::PARTS);
        Self {
            completed,
            no_answer,
            voice_mail,
            busy,
            failed,
        }
    }

    /// Each natural outcome with its share, in the order the buckets are laid out.
    pub(crate) fn shares(self) -> [(Outcome, u8); 5] {
        [
            (Outcome::Completed, self.completed),
            (Outcome::NoAnswer, self.no_answer),
            (Outcome::VoiceMail, self.voice_mail),
            (Outcome::Busy, self.busy),
            (Outcome::Failed, self.failed),
        ]
    }

    /// The outcome of bucket `bucket` (0–19).
    fn pick(self, bucket: u64) -> Outcome {
        let mut upper = 0u64;
        for (outcome, share) in self.shares() {
            upper += u64::from(share);
            if bucket < upper {
                return outcome;
            }
        }
        Outcome::Failed
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
            .unwrap_or_else(|| Outcome::for_call(&call.id, call.outcome_shares));
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
    use crate::seed;

    const NATURAL: [Outcome; 5] = [
        Outcome::Completed,
        Outcome::NoAnswer,
        Outcome::VoiceMail,
        Outcome::Busy,
        Outcome::Failed,
    ];

    #[test]
    fn outcomes_are_deterministic_and_varied() {
        let outcomes: Vec<_> = (0..200)
            .map(|i| Outcome::for_call(&format!("call-{i}"), OutcomeShares::REFERENCE))
            .collect();
        assert_eq!(
            Outcome::for_call("call-7", OutcomeShares::REFERENCE),
            outcomes[7]
        );
        for o in NATURAL {
            assert!(outcomes.contains(&o), "{o:?} never picked");
            assert_eq!(Outcome::parse(o.status()), Some(o));
        }
    }

    #[test]
    fn the_reference_shares_end_every_call_as_before_agents_had_shares() {
        // The pick before per-agent shares, kept here to pin the reference mapping.
        let before = |id: &str| match hash64(id, 41) % 20 {
            0..=9 => Outcome::Completed,
            10..=12 => Outcome::NoAnswer,
            13..=15 => Outcome::VoiceMail,
            16..=17 => Outcome::Busy,
            _ => Outcome::Failed,
        };
        for i in 0..2_000 {
            let id = crate::ids::stable_uuid(&format!("manual/call/{i}"));
            assert_eq!(
                Outcome::for_call(&id, OutcomeShares::REFERENCE),
                before(&id)
            );
        }
    }

    #[test]
    fn each_seeded_agents_calls_end_within_three_points_of_its_shares() {
        for agent in seed::agents() {
            let n = 2_000;
            let picked: Vec<Outcome> = (0..n)
                .map(|i| {
                    let id = crate::ids::stable_uuid(&format!("{}/call/{i}", agent.id));
                    Outcome::for_call(&id, agent.outcome_shares)
                })
                .collect();
            for (outcome, share) in agent.outcome_shares.shares() {
                let want = f64::from(share) * 100.0 / f64::from(OutcomeShares::PARTS);
                let got =
                    picked.iter().filter(|o| **o == outcome).count() as f64 * 100.0 / n as f64;
                assert!(
                    (got - want).abs() <= 3.0,
                    "{}: {outcome:?} is {got:.1} %, documented {want} %",
                    agent.name
                );
            }
        }
    }

    #[test]
    fn a_sales_follow_up_reaches_fewer_people_than_a_clinic_confirming_appointments() {
        let agents = seed::agents();
        let completed = |language: &str| {
            let agent = agents.iter().find(|a| a.language == language);
            agent.map(|a| a.outcome_shares.shares()[0].1)
        };
        assert!(completed("en-US") < completed("es-419"));
        assert!(completed("es-419") < completed("pt-BR"));
        assert!(completed("pt-BR") < completed("es-ES"));
    }
}
