//! A call's status as Callboard stores it: typed, with the one decision "is this status
//! final?" written here and nowhere else. Status comes from `GET /v1/calls/{id}`; the final
//! ones are those after which Contactship never changes the call again (completed, no
//! answer, busy, failed, voicemail, incomplete).
//!
//! Stored as the API's wire name (`"in-progress"`, `"voice_mail"`, ...), so every journal
//! written before this type existed reads unchanged, and a status Contactship adds later
//! is kept verbatim as [`CallStatus::Unknown`] instead of failing the record. The core keeps
//! its own type rather than the API client's so stored history does not move when the
//! client's enum does; [`CallStatus::from_wire`] converts from any wire name.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// `call_status` of a placed call.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CallStatus {
    /// Waiting for its scheduled time.
    Scheduled,
    /// Waiting to be dialed.
    InQueue,
    /// Being dialed or talking.
    InProgress,
    /// Finished normally.
    Completed,
    /// Nobody answered.
    NoAnswer,
    /// Could not be placed.
    Failed,
    /// Ended before completion.
    Incomplete,
    /// Line busy.
    Busy,
    /// An answering machine picked up.
    AnsweringMachine,
    /// Went to voice mail.
    VoiceMail,
    /// A status Callboard does not know (kept verbatim, e.g. `"ringing"`). Not treated as
    /// final: the call is still followed, for a limited time (see
    /// `CallEntry::UNKNOWN_STATUS_FOLLOW_LIMIT`).
    Unknown(String),
}

impl CallStatus {
    /// The status for a wire name; unknown names are kept as [`CallStatus::Unknown`].
    pub fn from_wire(wire: &str) -> Self {
        match wire {
            "scheduled" => Self::Scheduled,
            "in-queue" => Self::InQueue,
            "in-progress" => Self::InProgress,
            "completed" => Self::Completed,
            "no-answer" => Self::NoAnswer,
            "failed" => Self::Failed,
            "incomplete" => Self::Incomplete,
            "busy" => Self::Busy,
            "answering-machine" => Self::AnsweringMachine,
            "voice_mail" => Self::VoiceMail,
            other => Self::Unknown(other.to_owned()),
        }
    }

    /// The wire name.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "scheduled",
            Self::InQueue => "in-queue",
            Self::InProgress => "in-progress",
            Self::Completed => "completed",
            Self::NoAnswer => "no-answer",
            Self::Failed => "failed",
            Self::Incomplete => "incomplete",
            Self::Busy => "busy",
            Self::AnsweringMachine => "answering-machine",
            Self::VoiceMail => "voice_mail",
            Self::Unknown(wire) => wire,
        }
    }

    /// Whether the call will not change status again. The only place this is decided:
    /// `scheduled`, `in-queue` and `in-progress` are still moving, the other documented
    /// statuses are final, and an unknown status is *not* known to be final, so it is
    /// followed (within a limit) rather than taken as the end of the call.
    pub fn is_final(&self) -> bool {
        match self {
            Self::Scheduled | Self::InQueue | Self::InProgress | Self::Unknown(_) => false,
            Self::Completed
            | Self::NoAnswer
            | Self::Failed
            | Self::Incomplete
            | Self::Busy
            | Self::AnsweringMachine
            | Self::VoiceMail => true,
        }
    }

    /// Whether this is a status Callboard knows.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
}

impl From<&str> for CallStatus {
    fn from(wire: &str) -> Self {
        Self::from_wire(wire)
    }
}

impl std::fmt::Display for CallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallStatus {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let wire = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(Self::from_wire(&wire))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    const DOCUMENTED: [&str; 10] = [
        "in-progress",
        "completed",
        "no-answer",
        "failed",
        "in-queue",
        "incomplete",
        "busy",
        "answering-machine",
        "scheduled",
        "voice_mail",
    ];

    #[test]
    fn every_documented_status_round_trips_through_its_wire_name() {
        for wire in DOCUMENTED {
            let status = CallStatus::from_wire(wire);
            assert!(status.is_known(), "{wire}");
            assert_eq!(status.as_str(), wire);
            let json = serde_json::to_string(&status).unwrap();
            assert_eq!(json, format!("\"{wire}\""));
            assert_eq!(serde_json::from_str::<CallStatus>(&json).unwrap(), status);
        }
    }

    #[test]
    fn only_scheduled_in_queue_in_progress_and_unknown_statuses_are_not_final() {
        let moving: Vec<&str> = DOCUMENTED
            .into_iter()
            .filter(|w| !CallStatus::from_wire(w).is_final())
            .collect();
        assert_eq!(moving, ["in-progress", "in-queue", "scheduled"]);
        let ringing: CallStatus = serde_json::from_str("\"ringing\"").unwrap();
        assert_eq!(ringing, CallStatus::Unknown("ringing".into()));
        assert!(!ringing.is_final());
        assert_eq!(serde_json::to_string(&ringing).unwrap(), "\"ringing\"");
    }
}
