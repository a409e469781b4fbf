//! Bringing a list in: a file the person chose in the native dialog (or dropped on the
//! window), or the shipped sample, read on the Rust side and kept there under a token;
//! the screen gets the guessed mapping and a few values per column, then asks for the check.

use super::ipc::{CalleePreview, ListCheck, ListCheckRequest, OpenedList, RowNote};
use crate::error::{AppError, ErrorCode};
use crate::host::Host;
use crate::state::{lock, AppState};
use callboard_core::campaign::list::{self, CheckOptions, CheckedList, Mapping, Sheet, ZoneSource};
use callboard_core::campaign::sample;
use callboard_core::zones;
use chrono_tz::Tz;
use std::path::Path;
use std::sync::Arc;

/// Lists kept at once: a person compares two or three files, not dozens.
const KEPT: usize = 4;
/// Values shown per column in the mapping step.
const SAMPLES: usize = 3;
/// People shown in the preview.
const PREVIEW: usize = 8;
/// Larger files are refused before reading (a spreadsheet of 100,000 rows is ≈ 10 MB).
const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;

/// A list read and kept for the steps that follow.
#[derive(Debug)]
pub struct LoadedList {
    pub token: String,
    pub file_name: String,
    pub sheet: Sheet,
}

/// The lists read in this session, newest last.
#[derive(Debug, Default)]
pub struct Lists(std::sync::Mutex<Vec<Arc<LoadedList>>>);

impl Lists {
    fn keep(&self, list: LoadedList) -> Arc<LoadedList> {
        let list = Arc::new(list);
        let mut kept = lock(&self.0);
        kept.push(Arc::clone(&list));
        let extra = kept.len().saturating_sub(KEPT);
        kept.drain(..extra);
        list
    }

    /// The list behind `token`, or a sentence asking to open it again.
    pub fn get(&self, token: &str) -> Result<Arc<LoadedList>, AppError> {
        lock(&self.0)
            .iter()
            .find(|l| l.token == token)
            .cloned()
            .ok_or_else(|| AppError::new(ErrorCode::NotFound, callboard_core::t!("list-gone")))
    }
}

/// Opens the shipped sample list ("Try with 50 sample contacts").
pub fn open_sample(state: &AppState) -> Result<OpenedList, AppError> {
    opened(
        state,
        sample::SAMPLE_FILE_NAME.to_owned(),
        sample::SAMPLE_CSV,
    )
}

/// Reads the file at `path` (chosen in the dialog or dropped), off the async threads.
pub async fn open_file(state: &AppState, path: &Path) -> Result<OpenedList, AppError> {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "list".into());
    let owned = path.to_path_buf();
    let bytes = tokio::task::spawn_blocking(move || read_bytes(&owned))
        .await
        .map_err(AppError::internal)??;
    opened(state, file_name, &bytes)
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, AppError> {
    let unreadable = |e: std::io::Error| {
        tracing::info!("list file could not be read: {e}");
        AppError::new(
            ErrorCode::Validation,
            format!(
                "{} could not be opened ({}). Check that the file still exists and is not open in another program.",
                display_name(path),
                e.kind()
            ),
        )
    };
    let size = std::fs::metadata(path).map_err(unreadable)?.len();
    if size > MAX_FILE_BYTES {
        return Err(AppError::new(
            ErrorCode::Validation,
            format!(
                "{} is larger than 100 MB. Split it into smaller lists.",
                display_name(path)
            ),
        ));
    }
    std::fs::read(path).map_err(unreadable)
}

fn display_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| callboard_core::t!("the-file"))
}

fn opened(state: &AppState, file_name: String, bytes: &[u8]) -> Result<OpenedList, AppError> {
    let sheet = list::read(bytes).map_err(|e| {
        AppError::new(ErrorCode::Validation, format!("{file_name}: {e}")).with_field("file")
    })?;
    let mapping = list::guess(&sheet);
    let first_data = mapping.header_row.unwrap_or(0) as usize;
    let data: Vec<_> = sheet
        .rows
        .iter()
        .filter(|r| r.number > first_data)
        .collect();
    let samples = (0..mapping.columns.len())
        .map(|i| {
            data.iter()
                .filter_map(|r| r.cells.get(i).filter(|c| !c.trim().is_empty()).cloned())
                .take(SAMPLES)
                .collect()
        })
        .collect();
    let rows = u32::try_from(data.len()).unwrap_or(u32::MAX);
    let list = state.campaigns.lists.keep(LoadedList {
        token: uuid::Uuid::new_v4().to_string(),
        file_name,
        sheet,
    });
    Ok(OpenedList {
        token: list.token.clone(),
        file_name: list.file_name.clone(),
        format: list.sheet.format.describe(),
        rows,
        mapping,
        samples,
    })
}

/// The answers that make a check; the one shape [`check_list`] and starting share.
pub struct Checked {
    pub list: Arc<LoadedList>,
    pub mapping: Mapping,
    pub checked: CheckedList,
}

/// Checks the list under the confirmed mapping (nothing is sent but contact lookups), off the
/// async threads, telling `host` how far it has got.
pub async fn check_list(
    state: &Arc<AppState>,
    host: Arc<dyn Host>,
    req: &ListCheckRequest,
) -> Result<ListCheck, AppError> {
    let (worker, owned) = (Arc::clone(state), req.clone());
    let done = tokio::task::spawn_blocking(move || {
        check(&worker, &owned, &mut |d, t| {
            host.check_progress(&owned.token, d, t)
        })
    })
    .await
    .map_err(AppError::internal)??;
    let new_contacts = match state.client().await {
        Ok(client) => list::count_new_contacts(&client, &done.checked.callees).await,
        Err(_) => None,
    };
    Ok(view(&done.checked, new_contacts))
}

/// Reads the mapping and options of `req` and checks the list (no network), telling
/// `progress(done, total)` as it goes.
pub fn check(
    state: &AppState,
    req: &ListCheckRequest,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<Checked, AppError> {
    let list = state.campaigns.lists.get(&req.token)?;
    req.mapping
        .validate()
        .map_err(|e| AppError::new(ErrorCode::Validation, e.to_string()).with_field("mapping"))?;
    let country = req
        .default_country
        .as_deref()
        .filter(|c| !c.trim().is_empty())
        .map(|c| {
            zones::country_code(c).ok_or_else(|| {
                AppError::new(
                    ErrorCode::Validation,
                    format!("\"{c}\" is not a country Callboard knows; choose one from the list."),
                )
                .with_field("default_country")
            })
        })
        .transpose()?;
    let zone = req
        .fallback_zone
        .as_deref()
        .filter(|z| !z.trim().is_empty())
        .map(|z| {
            z.parse::<Tz>().map_err(|_| {
                AppError::new(
                    ErrorCode::Validation,
                    format!("\"{z}\" is not a time zone; choose one from the list."),
                )
                .with_field("fallback_zone")
            })
        })
        .transpose()?;
    let listed = state.store.do_not_call_reasons()?;
    let on_list = |phone: &str| listed.get(phone).cloned();
    let checked = list::check_with_progress(
        &list.sheet,
        &req.mapping,
        CheckOptions {
            default_country: country,
            fallback_zone: zone,
            do_not_call: &on_list,
        },
        progress,
    );
    Ok(Checked {
        list,
        mapping: req.mapping.clone(),
        checked,
    })
}

fn view(c: &CheckedList, new_contacts: Option<u32>) -> ListCheck {
    let now = chrono::Utc::now();
    ListCheck {
        rows: c.rows,
        valid: u32::try_from(c.callees.len()).unwrap_or(u32::MAX),
        invalid: c
            .invalid
            .iter()
            .map(|i| note(i.row, i.problem.to_string()))
            .collect(),
        duplicates: c
            .duplicates
            .iter()
            .map(|d| {
                note(
                    d.row,
                    format!("same phone as row {}: called once", d.same_as),
                )
            })
            .collect(),
        dnc: c
            .dnc
            .iter()
            .map(|d| note(d.row, format!("on the do-not-call list ({})", d.reason)))
            .collect(),
        needs_zone: c.needs_zone,
        new_contacts,
        preview: c
            .callees
            .iter()
            .take(PREVIEW)
            .map(|p| {
                let zone: Option<Tz> = p.zone.and_then(|z| z.parse().ok());
                CalleePreview {
                    row: p.row,
                    name: p.name.clone().unwrap_or_default(),
                    phone: p
                        .phone
                        .clone()
                        .or_else(|| p.contact_id.clone())
                        .unwrap_or_default(),
                    zone: p.zone.unwrap_or_default().to_owned(),
                    zone_from: zone_from(p.zone_from).to_owned(),
                    local_time: zone
                        .map(|z| now.with_timezone(&z).format("%a %H:%M").to_string())
                        .unwrap_or_default(),
                }
            })
            .collect(),
    }
}

/// A sentence starting with a capital.
fn note(row: u32, reason: String) -> RowNote {
    let mut chars = reason.chars();
    let reason = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => reason,
    };
    RowNote { row, reason }
}

fn zone_from(source: ZoneSource) -> &'static str {
    match source {
        ZoneSource::Column => "from the list",
        ZoneSource::Country => "from the country",
        ZoneSource::AreaCode => "from the area code",
        ZoneSource::Chosen => "chosen by you",
        ZoneSource::Unknown => "unknown",
    }
}
