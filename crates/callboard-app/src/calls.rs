//! The call flow behind the commands: form → validated request → placer → result panel.

use crate::error::{AppError, ErrorCode};
use crate::ipc::{
    CallEntry, CallForm, Confirmation, FieldProblem, OutcomeKind, PlaceOutcome, RequestPreview,
    When, WhenPreview,
};
use crate::state::AppState;
use crate::{views, when};
use callboard_core::calls::{CallLabels, Outcome};
use callboard_core::draft::{curl_command, request_json, CallDraft, DraftError};
use callboard_core::placement::duplicate_guard::ago_words;
use callboard_core::placement::PlacementResult;
use callboard_core::t;
use serde::{Deserialize, Serialize};
use specta::Type;
use uuid::Uuid;

fn draft(form: &CallForm) -> CallDraft {
    let rows = |v: &[crate::ipc::KeyValue]| {
        v.iter()
            .map(|kv| (kv.key.clone(), kv.value.clone()))
            .collect()
    };
    CallDraft {
        contact_id: form.contact_id.clone(),
        agent_id: form.agent_id.clone(),
        from_number_id: form.from_number_id.clone(),
        timing: when::timing(&form.when),
        additional_data: rows(&form.additional_data),
        metadata: rows(&form.metadata),
        phone: form
            .test_number
            .as_ref()
            .map(|number| callboard_core::draft::PhoneTarget {
                number: number.clone(),
                country: form.contact_country.clone(),
                full_name: form.contact_label.clone(),
                from_number: form.from_number.clone().unwrap_or_default(),
            }),
    }
}

fn draft_error(e: DraftError) -> AppError {
    let code = match e {
        DraftError::Schedule(_) => ErrorCode::Schedule,
        DraftError::Field { .. } => ErrorCode::Validation,
    };
    let field = e.field().map(str::to_owned);
    AppError {
        code,
        message: e.to_string(),
        field,
    }
}

/// Every problem with the form at once (empty when it can be placed), for marking fields.
pub fn check_call_form(state: &AppState, form: &CallForm) -> Vec<FieldProblem> {
    draft(form)
        .problems(state.clock.now())
        .into_iter()
        .map(|e| FieldProblem {
            field: e.field().unwrap_or("contact_id").to_owned(),
            message: e.to_string(),
        })
        .collect()
}

/// The body and cURL the form would send.
pub async fn preview_request(
    state: &AppState,
    form: &CallForm,
) -> Result<RequestPreview, AppError> {
    let (request, _) = draft(form)
        .to_request(state.clock.now())
        .map_err(draft_error)?;
    let base = state.client().await?.base_url().to_string();
    Ok(RequestPreview {
        json: request_json(&request),
        curl: curl_command(&base, &request),
    })
}

/// What the user already confirmed for this attempt (each question is asked once).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Confirmations {
    /// "You called them a few minutes ago. Call again?" — yes.
    pub duplicate: bool,
    /// "It's 10:30 PM for them, outside calling hours. Call anyway?" — yes.
    pub outside_calling_hours: bool,
    /// "They are on your do-not-call list (reason). Call anyway?" — yes.
    #[serde(default)]
    pub do_not_call: bool,
}

/// Validates, asks what must be asked (a number on the do-not-call list, a recent duplicate,
/// a time outside the callee's calling hours), then places the call once.
pub async fn place_call(
    state: &AppState,
    form: CallForm,
    confirm: Confirmations,
) -> Result<PlaceOutcome, AppError> {
    let now = state.clock.now();
    let (request, _resolved) = draft(&form).to_request(now).map_err(draft_error)?;
    let hours = crate::preferences::calling_hours(&state.prefs.get())?;
    let preview = when::preview(
        &form.when,
        form.callee_time_zone.as_deref(),
        Some(&form.contact_label),
        hours,
        now,
    );
    let placer = state.placer().await?;
    if !confirm.do_not_call {
        let listed = crate::do_not_call::reason_for(
            state,
            &form.contact_phone,
            form.contact_country.as_deref(),
        );
        if let Some(reason) = listed {
            return Ok(PlaceOutcome::ask(
                Confirmation::DoNotCall,
                t!(
                    "ask-do-not-call",
                    name = &form.contact_label,
                    reason = reason
                ),
                None,
            ));
        }
    }
    if !confirm.duplicate {
        if let Some(previous) = placer.recent_duplicate(&request.contact_key(), request.agent_id())
        {
            let ago = ago_words(previous.created_at, now);
            return Ok(PlaceOutcome::ask(
                Confirmation::Duplicate,
                t!(
                    "ask-duplicate",
                    name = &form.contact_label,
                    agent = &form.agent_label,
                    ago = ago
                ),
                Some(views::call_entry(&previous)),
            ));
        }
    }
    if !confirm.outside_calling_hours && preview.outside_calling_hours {
        let warning = preview.calling_hours_warning.clone().unwrap_or_default();
        return Ok(PlaceOutcome::ask(
            Confirmation::OutsideCallingHours,
            format!("{warning} Call anyway?"),
            None,
        ));
    }
    let labels = CallLabels {
        contact_name: form.contact_label.clone(),
        contact_phone: form.contact_phone.clone(),
        agent_name: form.agent_label.clone(),
        from_number: form.from_label.clone(),
        when_label: when_label(&form.when, &preview),
        callee_zone: form.callee_time_zone.clone(),
        contact_country: form.contact_country.clone(),
    };
    let result = placer.place(request, labels).await;
    let entry = result.request_id().and_then(|id| state.store.entry(id));
    match (result, entry) {
        (_, Some(entry)) => Ok(outcome(
            views::call_entry(&entry),
            !matches!(form.when, When::Now),
        )),
        // Nothing was recorded, so nothing was sent: local validation or an unwritable store.
        (
            PlacementResult::NotSent {
                error,
                message,
                field,
                ..
            },
            None,
        ) => Err(AppError {
            code: error,
            message,
            field,
        }),
        (other, None) => Err(AppError::internal(format!(
            "placement result without a stored attempt: {}",
            other.code()
        ))),
    }
}

/// The result panel for a recorded attempt; `later` when it rings after a delay or at a time.
fn outcome(entry: CallEntry, later: bool) -> PlaceOutcome {
    use crate::ipc::CallState as S;
    let (kind, message) = match entry.state {
        S::Rejected => (
            OutcomeKind::Rejected,
            entry
                .message
                .clone()
                .unwrap_or_else(|| t!("result-rejected")),
        ),
        S::NotSent => (
            OutcomeKind::NotSent,
            entry
                .message
                .clone()
                .unwrap_or_else(|| t!("result-not-sent")),
        ),
        S::OutcomeUnknown | S::Sending => (OutcomeKind::OutcomeUnknown, t!("result-unknown")),
        S::Scheduled | S::Placed if later => (
            OutcomeKind::Placed,
            t!(
                "result-scheduled",
                name = &entry.contact_label,
                when = &entry.when_label
            ),
        ),
        _ => (
            OutcomeKind::Placed,
            t!("result-placed", name = &entry.contact_label),
        ),
    };
    PlaceOutcome {
        kind,
        message,
        next_step: entry.next_step.clone(),
        field: None,
        confirm: None,
        entry: Some(entry),
        duplicate_of: None,
    }
}

/// The "When" column: "Now", or the absolute time in the callee's words (their zone, or
/// yours when theirs is unknown), never a relative "in 5 min" that goes stale.
fn when_label(when: &When, preview: &WhenPreview) -> String {
    match when {
        // Left empty: the view says "Now" in the language of the moment it is shown.
        When::Now => String::new(),
        When::Delay { .. } | When::At { .. } => preview
            .callee_label
            .clone()
            .unwrap_or_else(|| preview.your_label.clone()),
    }
}

/// Reconciles an unknown outcome, or refreshes a placed call's status.
pub async fn check_call(state: &AppState, request_id: &str) -> Result<CallEntry, AppError> {
    let id = parse_request_id(request_id)?;
    let entry = state.store.entry(id).ok_or_else(unknown_call)?;
    let placer = state.placer().await?;
    let updated = match (&entry.call_id, &entry.outcome) {
        (None, Some(Outcome::OutcomeUnknown { .. })) => {
            placer.reconcile(id).await.map_err(AppError::from)?
        }
        (Some(_), _) => placer.refresh_status(id).await.map_err(AppError::from)?,
        _ => entry,
    };
    Ok(views::call_entry(&updated))
}

/// Parses a request id from the UI.
pub fn parse_request_id(raw: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(raw).map_err(|_| unknown_call())
}

/// The error for an id that isn't in the store.
pub fn unknown_call() -> AppError {
    AppError::new(ErrorCode::NotFound, t!("unknown-call"))
}
