//! The Campaigns screen's flows: bring a list ([`lists`]), check it, choose how to call
//! ([`form`]), start, pause, resume and cancel ([`runs`]), watch it ([`views`]) and export
//! the results. The engine is the core's (`callboard_core::campaign`), shared with
//! `callboard-cli`; this module only maps it to the screen.

pub mod form;
pub mod ipc;
pub mod lists;
pub mod runs;
pub mod views;

use crate::error::{AppError, ErrorCode};
use crate::host::Host;
use crate::state::AppState;
use callboard_core::campaign::{create_campaign, results};
use ipc::{CampaignDefaults, CampaignForm, ListCheckRequest, StartOutcome};
use std::sync::Arc;

/// What the app keeps for campaigns between commands.
#[derive(Default)]
pub struct Campaigns {
    pub lists: lists::Lists,
    pub runs: runs::Runs,
}

/// The form's starting values.
pub fn defaults(state: &AppState) -> Result<CampaignDefaults, AppError> {
    Ok(form::defaults(&crate::preferences::calling_hours(
        &state.prefs.get(),
    )?))
}

/// Checks the list and the form again, stores the campaign and starts running it. Every
/// problem with the form comes back at once, naming its field; nothing is stored then.
pub async fn start(
    state: &Arc<AppState>,
    host: Arc<dyn Host>,
    list: ListCheckRequest,
    form: CampaignForm,
) -> Result<StartOutcome, AppError> {
    let hours = crate::preferences::calling_hours(&state.prefs.get())?;
    let now = state.clock.now();
    let settings = match form::settings(&form, &hours, now) {
        Ok(s) => s,
        Err(problems) => return Ok(StartOutcome::Problems { problems }),
    };
    let (worker, owned) = (Arc::clone(state), list.clone());
    let checked =
        tokio::task::spawn_blocking(move || lists::check(&worker, &owned, &mut |_, _| {}))
            .await
            .map_err(AppError::internal)??;
    if checked.checked.callees.is_empty() {
        return Err(AppError::new(
            ErrorCode::Validation,
            callboard_core::t!("campaign-nobody-callable"),
        ));
    }
    if checked.checked.needs_zone > 0 {
        return Err(AppError::new(
            ErrorCode::Validation,
            callboard_core::t!("campaign-needs-zone"),
        )
        .with_field("fallback_zone"));
    }
    let id = create_campaign(
        &state.store,
        &settings,
        &checked.list.sheet,
        &checked.checked,
        &checked.list.file_name,
        now,
    )
    .map_err(|e| {
        let field = matches!(
            e,
            callboard_core::store::StoreError::CampaignNameTaken { .. }
        );
        let err = AppError::from(e);
        if field {
            err.with_field("name")
        } else {
            err
        }
    })?;
    runs::resume(state, host, id).await
}

/// Writes `campaign`'s results as CSV into the Downloads folder; returns the file's path.
pub fn export_results(state: &AppState, host: &dyn Host, id: &str) -> Result<String, AppError> {
    let campaign = views::parse_id(id)?;
    let summary = state.store.find_campaign(&campaign.to_string())?;
    let dir = host.downloads_dir().ok_or_else(|| {
        AppError::new(
            ErrorCode::Storage,
            callboard_core::t!("no-downloads-results"),
        )
    })?;
    let cannot = |e: &dyn std::fmt::Display| {
        tracing::warn!("campaign export failed: {e}");
        AppError::new(
            ErrorCode::Storage,
            callboard_core::t!("results-save-failed", path = dir.display().to_string()),
        )
    };
    std::fs::create_dir_all(&dir).map_err(|e| cannot(&e))?;
    let (file, path) =
        crate::recent::create_new(&dir, &file_stem(&summary.name)).map_err(|e| cannot(&e))?;
    if let Err(e) = results::write_results(&state.store, campaign, std::io::BufWriter::new(file)) {
        // A half-written file would look like the results.
        let _ = std::fs::remove_file(&path);
        return Err(cannot(&e));
    }
    Ok(path.display().to_string())
}

/// A file name from a campaign's name: letters, digits and dashes.
fn file_stem(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let trimmed = cleaned.trim_matches('-');
    format!(
        "callboard-campaign-{}",
        if trimmed.is_empty() {
            "results"
        } else {
            trimmed
        }
    )
}
