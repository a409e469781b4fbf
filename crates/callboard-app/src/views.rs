//! Maps API and stored call types onto the screens' IPC views: labels in words, no raw JSON.

use crate::ipc::{
    Agent, CallDetails, CallEntry, CallForm, CallState, Contact, KeyValue, NumberKind, PhoneNumber,
    StatusChange, TranscriptLine, When,
};
use callboard_core::calls::{self, CallStatus, Outcome};
use callboard_core::display::{calling_code, language_label, phone_display};
use callboard_core::placement::REQUEST_ID_METADATA_KEY as REQUEST_ID_KEY;
use callboard_core::t;
use callboard_core::zones::zones_for_contact;
use chrono::{DateTime, Utc};

/// A contact for the picker.
pub fn contact(c: &contactship::Contact) -> Contact {
    let phone = c.phone_number.clone().unwrap_or_default();
    let guess = zones_for_contact(c.country.as_deref(), Some(&phone));
    Contact {
        id: c.id.clone(),
        full_name: c.full_name.clone().unwrap_or_else(|| phone.clone()),
        phone_display: phone_display(&phone),
        calling_code: calling_code(&phone),
        phone_number: phone,
        email: c.email.clone().filter(|e| !e.is_empty()),
        country: c.country.clone().filter(|e| !e.is_empty()),
        time_zones: guess.zones.iter().map(|z| (*z).to_owned()).collect(),
    }
}

/// An agent for the picker.
pub fn agent(a: &contactship::Agent) -> Agent {
    Agent {
        id: a.id.clone(),
        name: a.name.clone().unwrap_or_else(|| t!("view-unnamed-agent")),
        person_name: a.person_name.clone(),
        language_label: a
            .language
            .as_deref()
            .and_then(language_label)
            .map(str::to_owned),
        language: a.language.clone(),
        purpose: a.conversation_purpose.clone(),
    }
}

/// A phone number for the picker.
pub fn phone_number(n: &contactship::PhoneNumber) -> PhoneNumber {
    let e164 = n.phone_number.clone().unwrap_or_default();
    PhoneNumber {
        id: n.id.clone(),
        display: phone_display(&e164),
        calling_code: calling_code(&e164),
        phone_number: e164,
        kind: match n.kind {
            Some(contactship::PhoneNumberType::Outbound) => NumberKind::Outbound,
            Some(contactship::PhoneNumberType::Inbound) => NumberKind::Inbound,
            _ => NumberKind::Unknown,
        },
    }
}

/// Sort key: outbound numbers first.
pub fn number_rank(kind: NumberKind) -> u8 {
    match kind {
        NumberKind::Outbound => 0,
        NumberKind::Unknown => 1,
        NumberKind::Inbound => 2,
    }
}

/// A stored attempt as a Recent calls row. Rows from `CallStore::page` carry only their latest
/// status, so `history` then ends with that one; the details drawer reads the full entry.
pub fn call_entry(e: &calls::CallEntry) -> CallEntry {
    let latest = e.latest_status();
    let call_status = latest.map(|s| s.call_status.to_string());
    let state = state_of(e);
    let (message, next_step) = match &e.outcome {
        // A 429 rejected nothing in the request: its message already says when to retry.
        Some(Outcome::Rejected { code, message, .. }) if code == "rate_limited" => {
            (Some(message.clone()), Some(t!("view-next-wait")))
        }
        Some(Outcome::Rejected { message, .. }) => {
            (Some(message.clone()), Some(t!("view-next-fix")))
        }
        Some(Outcome::NotSent { message, .. }) => {
            (Some(message.clone()), Some(t!("view-next-connection")))
        }
        Some(Outcome::OutcomeUnknown { .. })
            if e.call_id.is_none() && e.reconciliation.is_some() =>
        {
            (
                Some(t!(
                    "view-not-found-on-contactship",
                    detail = e
                        .reconciliation
                        .as_ref()
                        .map(|r| r.message())
                        .unwrap_or_default()
                )),
                Some(t!("view-next-check-again")),
            )
        }
        Some(Outcome::OutcomeUnknown { message, .. }) if e.call_id.is_none() => {
            (Some(message.clone()), Some(t!("view-next-check-status")))
        }
        _ => (e.status_note(), None),
    };
    let mut history = vec![StatusChange {
        at: iso(e.created_at),
        label: t!("view-sent"),
    }];
    if let (Some(o), Some(at)) = (&e.outcome, e.outcome_at) {
        history.push(StatusChange {
            at: iso(at),
            label: outcome_label(o),
        });
    }
    if let Some(r) = &e.reconciliation {
        let label = match &r.call_id {
            Some(_) => t!("view-found"),
            None => t!("view-not-found-yet"),
        };
        history.push(StatusChange {
            at: iso(r.at),
            label,
        });
    }
    history.extend(e.status_history.iter().map(|s| StatusChange {
        at: iso(s.at),
        label: status_words(&s.call_status, s.call_result.as_deref()),
    }));
    CallEntry {
        request_id: e.request_id.to_string(),
        created_at: iso(e.created_at),
        state,
        status_label: status_label(e, state),
        contact_label: nonempty(&e.request.labels.contact_name, &t!("view-contact")),
        contact_phone: e.request.labels.contact_phone.clone(),
        campaign_id: e.request.campaign_id.clone(),
        agent_label: nonempty(&e.request.labels.agent_name, &t!("view-agent")),
        agent_id: e.request.agent_id.clone(),
        from_label: nonempty(&e.request.labels.from_number, ""),
        // "Now" is stored empty (and as English "Now" by earlier versions): shown in the
        // current language.
        when_label: match e.request.labels.when_label.trim() {
            "" | "Now" => t!("view-now"),
            label => label.to_owned(),
        },
        call_id: e.call_id.clone(),
        call_status,
        call_result: latest.and_then(|s| s.call_result.clone()),
        duration_seconds: latest.and_then(|s| s.duration),
        duration_label: latest.and_then(|s| s.duration).map(duration_words),
        message,
        next_step,
        // A reconciliation lookup is a check too.
        last_checked: e
            .last_checked
            .into_iter()
            .chain(e.reconciliation.as_ref().map(|r| r.at))
            .max()
            .map(iso),
        is_final: is_final(e),
        history,
        form: form_of(e),
    }
}

/// The details drawer.
pub fn call_details(e: &calls::CallEntry) -> CallDetails {
    let latest = e.latest_status();
    CallDetails {
        entry: call_entry(e),
        summary: latest.and_then(|s| s.summary.clone()),
        sentiment: latest.and_then(|s| s.sentiment.clone()),
        recording_url: latest
            .and_then(|s| s.recording_url.clone())
            .filter(|u| u.starts_with("https://")),
        transcript: e
            .status_history
            .iter()
            .rev()
            .find_map(|s| s.transcript.clone())
            .unwrap_or_default()
            .into_iter()
            .map(|t| TranscriptLine {
                role: t.role,
                content: t.content,
            })
            .collect(),
        request_json: serde_json::to_string_pretty(&e.request.body).unwrap_or_default(),
    }
}

fn state_of(e: &calls::CallEntry) -> CallState {
    CallState::of(e)
}

/// The core's one decision: settled calls are final (a final status, or an unknown one
/// followed past its limit).
fn is_final(e: &calls::CallEntry) -> bool {
    e.is_settled()
}

fn status_label(e: &calls::CallEntry, state: CallState) -> String {
    let latest = e.latest_status();
    match state {
        CallState::Sending => t!("state-sending"),
        CallState::Placed => t!("state-placed"),
        // The time is beside it (the When column, the drawer's When row): a chip that repeats
        // it doesn't fit a list row.
        CallState::Scheduled => t!("status-scheduled"),
        CallState::InQueue => t!("status-in-queue"),
        CallState::InProgress => t!("status-in-progress"),
        CallState::Completed | CallState::FailedCall => latest
            .map(|s| {
                let words = status_words(&s.call_status, s.call_result.as_deref());
                match s.duration {
                    Some(d) if d > 0.0 => t!(
                        "status-with-duration",
                        status = words,
                        duration = duration_words(d)
                    ),
                    _ => words,
                }
            })
            .unwrap_or_else(|| t!("state-finished")),
        CallState::Rejected => t!("state-rejected"),
        CallState::NotSent => t!("state-not-sent"),
        CallState::OutcomeUnknown if e.reconciliation.is_some() => {
            t!("state-unknown-not-found")
        }
        CallState::OutcomeUnknown => t!("state-unknown"),
    }
}

fn outcome_label(o: &Outcome) -> String {
    match o {
        Outcome::Placed { .. } => t!("outcome-accepted"),
        Outcome::Rejected { message, .. } => t!("outcome-rejected", message = message),
        Outcome::NotSent { .. } => t!("outcome-not-sent"),
        Outcome::OutcomeUnknown { .. } => t!("state-unknown"),
    }
}

/// A call status in words: "Completed — answered", "No answer".
pub fn status_words(status: &CallStatus, result: Option<&str>) -> String {
    let base = match status {
        CallStatus::Scheduled => t!("status-scheduled"),
        CallStatus::InQueue => t!("status-in-queue"),
        CallStatus::InProgress => t!("status-in-progress"),
        CallStatus::Completed => t!("status-completed"),
        CallStatus::NoAnswer => t!("status-no-answer"),
        CallStatus::Busy => t!("status-busy"),
        CallStatus::Failed => t!("status-failed"),
        CallStatus::VoiceMail | CallStatus::AnsweringMachine => t!("status-voicemail"),
        CallStatus::Incomplete => t!("status-incomplete"),
        CallStatus::Unknown(_) => t!("status-unknown"),
    };
    match (status, result) {
        (CallStatus::Completed, Some(r)) => t!(
            "status-with-result",
            status = base,
            result = result_words(r)
        ),
        _ => base,
    }
}

/// "45 s", "1 min 05 s": the one duration formatter (the UI shows `duration_label`).
pub fn duration_words(seconds: f64) -> String {
    let s = seconds.max(0.0).round() as u32;
    if s < 60 {
        t!("duration-seconds", seconds = s)
    } else {
        t!(
            "duration-minutes",
            minutes = s / 60,
            seconds = format!("{:02}", s % 60)
        )
    }
}

/// A `call_result` in words ("answered" → "answered" / "contestada"); unknown ones as sent.
fn result_words(result: &str) -> String {
    match result {
        "answered" => t!("result-answered"),
        "voicemail" => t!("result-voicemail"),
        "no_answer" => t!("result-no-answer"),
        "busy" => t!("result-busy"),
        "failed" => t!("result-failed"),
        other => other.replace('_', " "),
    }
}

/// Rebuilds the form that produced an entry, for "Call again" (timing resets to now).
fn form_of(e: &calls::CallEntry) -> CallForm {
    let pairs = |v: Option<&serde_json::Value>| -> Vec<KeyValue> {
        v.and_then(|v| v.as_array())
            .map(|rows| {
                rows.iter()
                    .map(|r| KeyValue {
                        key: r
                            .get("key")
                            .and_then(|k| k.as_str())
                            .unwrap_or_default()
                            .to_owned(),
                        value: r
                            .get("value")
                            .and_then(|k| k.as_str())
                            .unwrap_or_default()
                            .to_owned(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let metadata = e
        .request
        .body
        .get("metadata")
        .and_then(|m| m.as_object())
        .map(|m| {
            m.iter()
                .filter(|(k, _)| k.as_str() != REQUEST_ID_KEY)
                .map(|(k, v)| KeyValue {
                    key: k.clone(),
                    value: v
                        .as_str()
                        .map(str::to_owned)
                        .unwrap_or_else(|| v.to_string()),
                })
                .collect()
        })
        .unwrap_or_default();
    CallForm {
        contact_id: e.request.contact_id.clone(),
        agent_id: e.request.agent_id.clone(),
        from_number_id: e.request.from_number_id.clone(),
        when: When::Now,
        additional_data: pairs(e.request.body.get("additional_data")),
        metadata,
        callee_time_zone: e.request.labels.callee_zone.clone(),
        contact_phone: e.request.labels.contact_phone.clone(),
        contact_country: e.request.labels.contact_country.clone(),
        contact_label: e.request.labels.contact_name.clone(),
        agent_label: e.request.labels.agent_name.clone(),
        from_label: e.request.labels.from_number.clone(),
        // A call to a bare number ("Test this agent") is filed under `tel:` and its number;
        // its From is the E.164 number itself.
        test_number: e
            .request
            .contact_id
            .strip_prefix(callboard_core::placement::PHONE_KEY_PREFIX)
            .map(str::to_owned),
        from_number: e
            .request
            .contact_id
            .starts_with(callboard_core::placement::PHONE_KEY_PREFIX)
            .then(|| e.request.from_number_id.clone()),
    }
}

fn nonempty(s: &str, fallback: &str) -> String {
    if s.trim().is_empty() {
        fallback.to_owned()
    } else {
        s.to_owned()
    }
}

fn iso(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
