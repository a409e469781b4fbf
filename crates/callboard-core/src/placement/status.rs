//! Following a placed call to its end: status snapshots, then the transcript once final.
//!
//! Each snapshot keeps two times: `at`, when the change happened by the server's account
//! (`finished_at` for a final status, `start_at` once in progress, `created_at` while
//! queued or scheduled: `GET /v1/calls/{id}` has no `updated_at`), and `seen_at`, when
//! Callboard read it. A status without a usable server time is dated when it was seen.

use super::{CallPlacer, PlacementError};
use crate::calls::{CallEntry, CallStatus, JournalRecord, StatusSnapshot, TranscriptTurn};
use chrono::{DateTime, Utc};
use contactship::{Call, ChatHistory, GetCallOptions};
use uuid::Uuid;

impl CallPlacer {
    /// Reads the call's status (`GET /v1/calls/{id}` without transcript) and records it:
    /// a StatusUpdate when something changed, else a Checked. Once the call is final, the
    /// transcript and analysis are fetched once. A call already final with its transcript
    /// is returned without asking the server again.
    pub async fn refresh_status(&self, request_id: Uuid) -> Result<CallEntry, PlacementError> {
        let entry = self
            .store
            .entry(request_id)
            .ok_or(PlacementError::UnknownRequest { request_id })?;
        let call_id = entry
            .call_id
            .clone()
            .ok_or(PlacementError::NotPlaced { request_id })?;
        if entry
            .latest_status()
            .is_some_and(|s| s.is_final() && s.transcript.is_some())
        {
            return Ok(entry);
        }
        let now = self.clock.now();
        let call = self
            .client
            .get_call(&call_id, &GetCallOptions::status_only())
            .await?;
        let record = match snapshot(&call, now) {
            Some(mut status) => {
                if status.is_final() {
                    let full = self
                        .client
                        .get_call(&call_id, &GetCallOptions::default())
                        .await?;
                    status = snapshot(&full, now).unwrap_or(status);
                }
                match entry.latest_status() {
                    Some(last) if !last.differs_from(&status) => JournalRecord::Checked {
                        request_id,
                        at: now,
                    },
                    _ => JournalRecord::StatusUpdate { request_id, status },
                }
            }
            // No status in the reply: nothing new to say, but we did look.
            None => JournalRecord::Checked {
                request_id,
                at: now,
            },
        };
        self.record(record).await?;
        self.store
            .entry(request_id)
            .ok_or(PlacementError::UnknownRequest { request_id })
    }
}

/// The stored view of a call, or `None` when the reply carries no status.
fn snapshot(call: &Call, seen: DateTime<Utc>) -> Option<StatusSnapshot> {
    let status = CallStatus::from_wire(call.call_status.as_ref()?.as_str());
    let mut s = StatusSnapshot::new(changed_at(call, &status).unwrap_or(seen), status);
    s.seen_at = Some(seen);
    s.call_result = call.call_result.as_ref().map(|r| r.as_str().to_owned());
    s.duration = call.duration;
    s.summary = call.call_analysis.as_ref().and_then(|a| a.summary.clone());
    s.sentiment = call
        .call_analysis
        .as_ref()
        .and_then(|a| a.sentiment.clone());
    s.recording_url = call.call_record.clone();
    s.disconnection_reason = call.disconnection_reason.clone();
    s.finished_at = call.finished_at.clone();
    s.transcript = call.chat_history.as_ref().map(|history| match history {
        ChatHistory::Messages(messages) => messages
            .iter()
            .map(|m| TranscriptTurn {
                role: m.role.clone(),
                content: m.content.clone(),
            })
            .collect(),
        ChatHistory::Text(text) => vec![TranscriptTurn {
            role: "transcript".into(),
            content: text.clone(),
        }],
    });
    Some(s)
}

/// When the call reached `status`, by the server's own timestamps, when it says.
fn changed_at(call: &Call, status: &CallStatus) -> Option<DateTime<Utc>> {
    let field = match status {
        s if s.is_final() => call.finished_at.as_deref(),
        CallStatus::InProgress => call.start_at.as_deref(),
        CallStatus::Scheduled | CallStatus::InQueue => call.created_at.as_deref(),
        _ => None,
    }?;
    DateTime::parse_from_rfc3339(field.trim())
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn call(status: &str) -> Call {
        serde_json::from_value(serde_json::json!({
            "id": "call-1",
            "call_status": status,
            "created_at": "2026-01-03T10:00:00.000Z",
            "start_at": "2026-01-03T10:01:00+00:00",
            "finished_at": "2026-01-03T10:04:30Z",
        }))
        .unwrap()
    }

    #[test]
    fn a_status_is_dated_by_the_servers_time_for_it_and_keeps_when_it_was_seen() {
        let seen = Utc.with_ymd_and_hms(2026, 1, 3, 12, 0, 0).unwrap();
        let at = |status: &str| snapshot(&call(status), seen).unwrap().at;
        let utc = |h, m, s| Utc.with_ymd_and_hms(2026, 1, 3, h, m, s).unwrap();
        assert_eq!(at("in-queue"), utc(10, 0, 0));
        assert_eq!(at("in-progress"), utc(10, 1, 0));
        assert_eq!(at("completed"), utc(10, 4, 30));
        assert_eq!(at("ringing"), seen, "no server time for an unknown status");
        assert_eq!(snapshot(&call("busy"), seen).unwrap().seen_at, Some(seen));
    }

    #[test]
    fn a_status_whose_server_time_is_unreadable_is_dated_when_it_was_seen() {
        let seen = Utc.with_ymd_and_hms(2026, 1, 3, 12, 0, 0).unwrap();
        let mut c = call("completed");
        c.finished_at = Some("yesterday-ish".into());
        assert_eq!(snapshot(&c, seen).unwrap().at, seen);
        c.finished_at = None;
        assert_eq!(snapshot(&c, seen).unwrap().at, seen);
    }
}
