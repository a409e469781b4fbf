//! Following a placed call to its end: status snapshots, then the transcript once final.

use super::{CallPlacer, PlacementError};
use crate::journal::{CallEntry, JournalRecord, StatusSnapshot, TranscriptTurn};
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
            .journal
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
        self.journal.append(&record)?;
        self.journal
            .entry(request_id)
            .ok_or(PlacementError::UnknownRequest { request_id })
    }
}

/// The journal's view of a call, or `None` when the reply carries no status.
fn snapshot(call: &Call, at: DateTime<Utc>) -> Option<StatusSnapshot> {
    let mut s = StatusSnapshot::new(at, call.call_status.as_ref()?.as_str());
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
