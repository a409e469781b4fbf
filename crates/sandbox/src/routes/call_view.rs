//! Renders a stored call as the API's call object at a given simulated instant.

use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};

use crate::lifecycle::{Phase, Timeline};
use crate::model::{iso, Agent, CallRecord};
use crate::transcripts::{script, to_toon, Fill};

/// How the transcript is included, if at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Transcript {
    Omit,
    Json,
    Toon,
}

/// The call object for `call` at `now`.
pub(crate) fn render(
    call: &CallRecord,
    agent: Option<&Agent>,
    now: DateTime<Utc>,
    transcript: Transcript,
) -> Value {
    let timeline = Timeline::of(call);
    let phase = timeline.phase(now);
    let is_final = phase == Phase::Final;
    let outcome = timeline.outcome;
    let status = phase.status().unwrap_or(outcome.status());
    let started = matches!(phase, Phase::InProgress | Phase::Final);

    let first = call
        .contact
        .full_name
        .split_whitespace()
        .next()
        .unwrap_or("");
    let fill = Fill {
        first,
        agent: agent.map_or("", |a| a.person_name),
        company: agent.map_or("", |a| a.company),
        debt: call.debt.as_deref(),
    };
    let language = agent.map_or("en-US", |a| a.language);
    let turns: Vec<(String, String)> = if is_final {
        let s = script(language);
        let lines = match outcome {
            crate::lifecycle::Outcome::Completed if timeline.positive => s.positive,
            crate::lifecycle::Outcome::Completed => s.negative,
            // The line dropped: the first half of the conversation was recorded.
            crate::lifecycle::Outcome::Incomplete => &s.negative[..s.negative.len().div_ceil(2)],
            crate::lifecycle::Outcome::VoiceMail | crate::lifecycle::Outcome::AnsweringMachine => {
                s.voicemail
            }
            _ => &[],
        };
        lines
            .iter()
            .map(|(role, text)| ((*role).to_owned(), fill.render(text)))
            .collect()
    } else {
        Vec::new()
    };

    let analysis = is_final.then(|| {
        let s = script(language);
        let (summary, sentiment, successful) = match outcome {
            crate::lifecycle::Outcome::Completed if timeline.positive => {
                (s.summaries[0], "Positive", true)
            }
            crate::lifecycle::Outcome::Completed => (s.summaries[1], "Negative", false),
            crate::lifecycle::Outcome::Incomplete => (s.summaries[6], "Neutral", false),
            crate::lifecycle::Outcome::VoiceMail | crate::lifecycle::Outcome::AnsweringMachine => {
                (s.summaries[2], "Neutral", false)
            }
            crate::lifecycle::Outcome::NoAnswer => (s.summaries[3], "Neutral", false),
            crate::lifecycle::Outcome::Busy => (s.summaries[4], "Neutral", false),
            crate::lifecycle::Outcome::Failed => (s.summaries[5], "Neutral", false),
        };
        json!({
            "call_summary": fill.render(summary),
            "user_sentiment": sentiment,
            "call_successful": successful,
            "in_voicemail": matches!(
                outcome,
                crate::lifecycle::Outcome::VoiceMail | crate::lifecycle::Outcome::AnsweringMachine
            ),
        })
    });

    let mut obj = Map::new();
    let mut put = |k: &str, v: Value| {
        obj.insert(k.to_owned(), v);
    };
    put("id", json!(call.id));
    put("direction", json!("outbound"));
    put("from", json!(call.from_number));
    put(
        "call_record",
        if is_final && outcome.connected() {
            json!(format!(
                "https://recordings.sandbox.contactship.ai/recordings/{}.mp3",
                call.id
            ))
        } else {
            Value::Null
        },
    );
    put("call_status", json!(status));
    put(
        "call_result",
        if is_final {
            json!(outcome.result())
        } else {
            Value::Null
        },
    );
    put(
        "disconnection_reason",
        if is_final {
            json!(outcome.disconnection_reason(timeline.positive))
        } else {
            Value::Null
        },
    );
    put(
        "start_at",
        if started {
            json!(iso(timeline.start_at))
        } else {
            Value::Null
        },
    );
    put(
        "finished_at",
        if is_final {
            json!(iso(timeline.finished_at))
        } else {
            Value::Null
        },
    );
    put(
        "duration",
        if is_final {
            json!(timeline.duration_secs())
        } else {
            Value::Null
        },
    );
    put("call_analysis", analysis.unwrap_or(Value::Null));
    put("type", json!("ai_call"));
    put("created_at", json!(iso(call.created_at)));
    put(
        "scheduled_at",
        if call.scheduled {
            json!(iso(call.due_at))
        } else {
            Value::Null
        },
    );
    put("agent_id", json!(call.agent_id));
    put("campaign_id", json!(call.campaign_id));
    put(
        "contact",
        serde_json::to_value(&call.contact).unwrap_or(Value::Null),
    );
    put(
        "additional_data",
        Value::Array(
            call.additional_data
                .iter()
                .map(|(k, v)| json!({ "key": k, "value": v }))
                .collect(),
        ),
    );
    put(
        "metadata",
        call.metadata.clone().map_or(Value::Null, Value::Object),
    );
    match transcript {
        Transcript::Omit => {}
        Transcript::Json => {
            let history = turns
                .iter()
                .map(|(r, c)| json!({ "role": r, "content": c }))
                .collect();
            put("chat_history", Value::Array(history));
            put("transcript_format", json!("json"));
        }
        Transcript::Toon => {
            put("chat_history", json!(to_toon(&turns)));
            put("transcript_format", json!("toon"));
        }
    }
    Value::Object(obj)
}
