//! Query options for listing and reading calls ([`CallListQuery`], [`GetCallOptions`]).

use super::{CallResult, CallStatus};

/// Sort order by creation date (`order`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// Oldest first.
    Asc,
    /// Newest first (the server default).
    #[default]
    Desc,
}

impl SortOrder {
    /// The value as sent on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            SortOrder::Asc => "asc",
            SortOrder::Desc => "desc",
        }
    }
}

/// Transcript rendering (`transcript_format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum TranscriptFormat {
    /// An array of `{role, content}` (default).
    #[default]
    Json,
    /// A compact string.
    Toon,
}

impl TranscriptFormat {
    /// The value as sent on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            TranscriptFormat::Json => "json",
            TranscriptFormat::Toon => "toon",
        }
    }
}

/// Filters and paging for `GET /v1/calls`. Unset fields are not sent (server defaults:
/// limit 20, offset 0, newest first, no transcript).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CallListQuery {
    /// Page size.
    pub limit: Option<u32>,
    /// Items to skip.
    pub offset: Option<u32>,
    /// Sort by creation date.
    pub order: Option<SortOrder>,
    /// Created on/after this ISO 8601 date (`2026-01-01`).
    pub date_from: Option<String>,
    /// Created on/before this ISO 8601 date.
    pub date_to: Option<String>,
    /// Only calls with this status.
    pub call_status: Option<CallStatus>,
    /// Only calls with this result.
    pub call_result: Option<CallResult>,
    /// Only calls by this agent.
    pub agent_id: Option<String>,
    /// Only calls in this campaign.
    pub campaign_id: Option<String>,
    /// Only calls with this E.164 number (sent as `phoneNumber`).
    pub phone_number: Option<String>,
    /// Include `chat_history`.
    pub include_transcript: Option<bool>,
    /// Include per-word timings.
    pub include_words: Option<bool>,
    /// Include `chat_history_with_tools`.
    pub include_tools: Option<bool>,
    /// Transcript rendering.
    pub transcript_format: Option<TranscriptFormat>,
}

impl CallListQuery {
    /// The query as `(name, value)` pairs, in a stable order.
    pub(crate) fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        let mut put = |k: &'static str, v: Option<String>| {
            if let Some(v) = v {
                q.push((k, v));
            }
        };
        put("limit", self.limit.map(|v| v.to_string()));
        put("offset", self.offset.map(|v| v.to_string()));
        put("order", self.order.map(|o| o.as_str().to_owned()));
        put("date_from", self.date_from.clone());
        put("date_to", self.date_to.clone());
        put(
            "call_status",
            self.call_status.as_ref().map(|s| s.as_str().to_owned()),
        );
        put(
            "call_result",
            self.call_result.as_ref().map(|s| s.as_str().to_owned()),
        );
        put("agent_id", self.agent_id.clone());
        put("campaign_id", self.campaign_id.clone());
        put("phoneNumber", self.phone_number.clone());
        put(
            "include_transcript",
            self.include_transcript.map(|b| b.to_string()),
        );
        put("include_words", self.include_words.map(|b| b.to_string()));
        put("include_tools", self.include_tools.map(|b| b.to_string()));
        put(
            "transcript_format",
            self.transcript_format.map(|f| f.as_str().to_owned()),
        );
        q
    }
}

/// Options for `GET /v1/calls/{id}`. Unset fields are not sent (server defaults:
/// transcript included, no words, no tools, `json`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GetCallOptions {
    /// Include `chat_history` (server default true; pass `Some(false)` when polling).
    pub include_transcript: Option<bool>,
    /// Include per-word timings.
    pub include_words: Option<bool>,
    /// Include `chat_history_with_tools`.
    pub include_tools: Option<bool>,
    /// Transcript rendering.
    pub transcript_format: Option<TranscriptFormat>,
}

impl GetCallOptions {
    /// Options for status polling: no transcript.
    pub fn status_only() -> Self {
        GetCallOptions {
            include_transcript: Some(false),
            ..Self::default()
        }
    }

    pub(crate) fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if let Some(b) = self.include_transcript {
            q.push(("include_transcript", b.to_string()));
        }
        if let Some(b) = self.include_words {
            q.push(("include_words", b.to_string()));
        }
        if let Some(b) = self.include_tools {
            q.push(("include_tools", b.to_string()));
        }
        if let Some(f) = self.transcript_format {
            q.push(("transcript_format", f.as_str().to_owned()));
        }
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_call_list_query_sends_nothing_so_the_server_defaults_apply() {
        assert!(CallListQuery::default().pairs().is_empty());
    }

    #[test]
    fn every_documented_list_filter_is_sent_under_its_wire_name_in_a_stable_order() {
        let q = CallListQuery {
            limit: Some(50),
            offset: Some(100),
            order: Some(SortOrder::Desc),
            date_from: Some("2026-11-01".into()),
            date_to: Some("2026-11-30".into()),
            call_status: Some(CallStatus::VoiceMail),
            call_result: Some(CallResult::NoAnswer),
            agent_id: Some("agent-1".into()),
            campaign_id: Some("camp-1".into()),
            phone_number: Some("+525512345678".into()),
            include_transcript: Some(false),
            include_words: None,
            include_tools: None,
            transcript_format: None,
        };
        let sent = q.pairs();
        let pairs: Vec<(&str, &str)> = sent.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(
            pairs,
            vec![
                ("limit", "50"),
                ("offset", "100"),
                ("order", "desc"),
                ("date_from", "2026-11-01"),
                ("date_to", "2026-11-30"),
                ("call_status", "voice_mail"),
                ("call_result", "no_answer"),
                ("agent_id", "agent-1"),
                ("campaign_id", "camp-1"),
                ("phoneNumber", "+525512345678"),
                ("include_transcript", "false"),
            ]
        );
    }
}
