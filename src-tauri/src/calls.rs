//! The call flow behind the commands: form → validated request → placer → result panel.

use crate::error::{AppError, ErrorCode};
use crate::ipc::{CallEntry, CallForm, OutcomeKind, PlaceOutcome, RequestPreview};
use crate::state::AppState;
use crate::{views, when};
use callboard_core::draft::{curl_command, request_json, CallDraft, DraftError};
use callboard_core::export::{to_csv, CsvRow};
use callboard_core::journal::{CallLabels, Outcome};
use callboard_core::placement::PlacementResult;
use std::path::Path;
use uuid::Uuid;

/// A second call to the same contact with the same agent within this window asks first.
const DUPLICATE_WINDOW: std::time::Duration = std::time::Duration::from_secs(10 * 60);

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

/// Validates, checks for a recent duplicate, then places the call once.
pub async fn place_call(
    state: &AppState,
    form: CallForm,
    confirm_duplicate: bool,
) -> Result<PlaceOutcome, AppError> {
    let now = state.clock.now();
    let (request, _resolved) = draft(&form).to_request(now).map_err(draft_error)?;
    let placer = state.placer().await?;
    if !confirm_duplicate {
        if let Some(previous) =
            placer.recent_duplicate(&request.contact_id, &request.agent_id, DUPLICATE_WINDOW)
        {
            let minutes = (now - previous.created_at).num_minutes().max(0);
            let ago = if minutes == 0 {
                "less than a minute ago".to_owned()
            } else if minutes == 1 {
                "1 minute ago".to_owned()
            } else {
                format!("{minutes} minutes ago")
            };
            return Ok(PlaceOutcome {
                kind: OutcomeKind::NeedsConfirmation,
                message: format!(
                    "You called {} with {} {ago}. Call again?",
                    form.contact_label, form.agent_label
                ),
                next_step: None,
                field: None,
                entry: None,
                duplicate_of: Some(views::call_entry(&previous)),
            });
        }
    }
    let labels = CallLabels {
        contact_name: form.contact_label.clone(),
        contact_phone: String::new(),
        agent_name: form.agent_label.clone(),
        from_number: form.from_label.clone(),
        when_label: when_label(&form, now),
        callee_zone: form.callee_time_zone.clone(),
    };
    let result = placer.place(request, labels).await;
    let entry = result.request_id().and_then(|id| state.journal.entry(id));
    match (result, entry) {
        (_, Some(entry)) => Ok(outcome(views::call_entry(&entry))),
        // Nothing was recorded, so nothing was sent: local validation or an unwritable journal.
        (
            PlacementResult::NotSent {
                code,
                message,
                field,
                ..
            },
            None,
        ) => {
            let code = if code == "validation" {
                ErrorCode::Validation
            } else {
                ErrorCode::Storage
            };
            Err(AppError {
                code,
                message,
                field,
            })
        }
        (other, None) => Err(AppError::internal(format!(
            "placement result without journal entry: {}",
            other.code()
        ))),
    }
}

fn outcome(entry: CallEntry) -> PlaceOutcome {
    use crate::ipc::CallState as S;
    let (kind, message) = match entry.state {
        S::Rejected => (
            OutcomeKind::Rejected,
            entry
                .message
                .clone()
                .unwrap_or_else(|| "Contactship rejected the call.".into()),
        ),
        S::NotSent => (
            OutcomeKind::NotSent,
            entry
                .message
                .clone()
                .unwrap_or_else(|| "The call was not sent.".into()),
        ),
        S::OutcomeUnknown | S::Sending => (
            OutcomeKind::OutcomeUnknown,
            "We don't know whether this call was placed. Check before calling again.".into(),
        ),
        S::Scheduled => (
            OutcomeKind::Placed,
            format!("The call is scheduled for {}.", entry.when_label),
        ),
        _ => (
            OutcomeKind::Placed,
            format!("The call to {} was placed.", entry.contact_label),
        ),
    };
    PlaceOutcome {
        kind,
        message,
        next_step: entry.next_step.clone(),
        field: None,
        entry: Some(entry),
        duplicate_of: None,
    }
}

fn when_label(form: &CallForm, now: chrono::DateTime<chrono::Utc>) -> String {
    use crate::ipc::When;
    match &form.when {
        When::Now => "Now".into(),
        When::Delay { minutes } => format!("In {minutes} min"),
        When::At { .. } => {
            let hours = callboard_core::schedule::CallingHours::default();
            let p = when::preview(
                &form.when,
                form.callee_time_zone.as_deref(),
                Some(&form.contact_label),
                hours,
                now,
            );
            p.callee_label.unwrap_or(p.your_label)
        }
    }
}

/// Reconciles an unknown outcome, or refreshes a placed call's status.
pub async fn check_call(state: &AppState, request_id: &str) -> Result<CallEntry, AppError> {
    let id = parse_request_id(request_id)?;
    let entry = state.journal.entry(id).ok_or_else(unknown_call)?;
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

/// Writes the chosen rows to a CSV file in `dir`.
pub fn export_csv(
    state: &AppState,
    request_ids: &[String],
    dir: &Path,
) -> Result<String, AppError> {
    let rows: Vec<CsvRow> = request_ids
        .iter()
        .filter_map(|id| Uuid::parse_str(id).ok())
        .filter_map(|id| state.journal.entry(id))
        .map(|e| {
            let v = views::call_entry(&e);
            CsvRow {
                created_at: v.created_at,
                contact: v.contact_label,
                agent: v.agent_label,
                from_number: v.from_label,
                when: v.when_label,
                status: v.status_label,
                call_id: v.call_id.unwrap_or_default(),
                result: v.call_result.unwrap_or_default(),
                duration_seconds: v.duration_seconds,
                request_id: v.request_id,
            }
        })
        .collect();
    let name = format!(
        "callboard-calls-{}.csv",
        chrono::Local::now().format("%Y-%m-%d-%H%M%S")
    );
    let path = dir.join(name);
    std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(&path, to_csv(&rows)))
        .map_err(|e| {
            tracing::error!("CSV export failed: {e}");
            AppError::new(ErrorCode::Storage, format!("Callboard couldn't write the CSV file to {}. Check that the folder exists and you can write to it.", dir.display()))
        })?;
    Ok(path.display().to_string())
}

/// Parses a request id from the UI.
pub fn parse_request_id(raw: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(raw).map_err(|_| unknown_call())
}

/// The error for an id that isn't in the journal.
pub fn unknown_call() -> AppError {
    AppError::new(
        ErrorCode::NotFound,
        "That call isn't in your recent calls any more.",
    )
}
