//! What the Campaigns screen shows: each campaign with its rows counted by where they stand
//! (one grouped query, not a read of every row), an estimate of the time left, and pages of
//! rows with their attempts for the virtualised table.

use super::form::describe;
use super::ipc::{CampaignRowView, CampaignRowsPage, CampaignStateView, CampaignView, CountView};
use crate::error::{AppError, ErrorCode};
use crate::state::AppState;
use callboard_core::call_query::{CallQuery, ShownState};
use callboard_core::campaign::{CampaignSettings, Ending};
use callboard_core::store::{CampaignState, CampaignSummary, RowState, StoredRow, TallyCell};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use uuid::Uuid;

/// The counts, in the order the screen lists them: (key, label's message id).
pub const COUNT_KEYS: [(&str, &str); 11] = [
    ("waiting", "count-waiting"),
    ("due", "count-due"),
    ("placed", "state-placed"),
    ("in_progress", "status-in-progress"),
    ("answered", "count-answered"),
    ("no_answer", "status-no-answer"),
    ("voicemail", "status-voicemail"),
    ("busy", "status-busy"),
    ("failed", "status-failed"),
    ("skipped", "count-skipped"),
    ("unknown", "state-unknown"),
];

fn count_label(key_index: usize) -> String {
    callboard_core::i18n::message(COUNT_KEYS[key_index].1, &[])
}

/// Reads a campaign id the screen sent.
pub fn parse_id(id: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(id.trim())
        .map_err(|_| AppError::new(ErrorCode::NotFound, callboard_core::t!("campaign-gone")))
}

/// Every campaign, newest first.
pub async fn list(state: &AppState) -> Result<Vec<CampaignView>, AppError> {
    let sandbox = in_sandbox(state).await;
    let now = state.clock.now();
    state
        .store
        .campaigns()?
        .into_iter()
        .map(|c| view(state, c, now, sandbox))
        .collect()
}

/// One campaign.
pub async fn one(state: &AppState, id: &str) -> Result<CampaignView, AppError> {
    let summary = state.store.find_campaign(&parse_id(id)?.to_string())?;
    view(state, summary, state.clock.now(), in_sandbox(state).await)
}

async fn in_sandbox(state: &AppState) -> bool {
    state
        .connection
        .read()
        .await
        .as_ref()
        .is_some_and(|c| c.sandbox.is_some())
}

fn view(
    state: &AppState,
    c: CampaignSummary,
    now: DateTime<Utc>,
    sandbox: bool,
) -> Result<CampaignView, AppError> {
    let settings: Option<CampaignSettings> = serde_json::from_value(c.settings.clone()).ok();
    let tally = state.store.campaign_tally(c.id, now)?;
    let in_progress = state.store.count(&CallQuery {
        states: vec![ShownState::InProgress],
        campaign_id: Some(c.id.to_string()),
        ..CallQuery::default()
    })? as u32;
    let mut counts = counts(&tally, in_progress);
    // A call handed over may have ended while nothing drove the campaign (paused, or the app
    // closed): the status poller stored its result, the row learns it on resume. Shown now.
    for (_, request_id) in state.store.campaign_handed_over(c.id)? {
        let ending = state.store.entry(request_id).as_ref().and_then(ended);
        if let Some(ending) = ending {
            // An ended call is not "in progress" on Contactship, so it was counted as placed.
            move_one(
                &mut counts,
                "placed",
                key_of(RowState::Done, Some(ending), true),
            );
        }
    }
    let get = |key: &str| counts.iter().find(|k| k.key == key).map_or(0, |k| k.count);
    let total: u32 = tally.iter().map(|t| t.count).sum();
    let finished_rows: u32 = [
        "answered",
        "no_answer",
        "voicemail",
        "busy",
        "failed",
        "skipped",
    ]
    .iter()
    .map(|k| get(k))
    .sum();
    let running = state.campaigns.runs.is_running(c.id);
    let shown = shown_state(c.state, running);
    let eta = match (&settings, shown) {
        (Some(s), CampaignStateView::Running) => eta(s, get("waiting") + get("due")),
        _ => String::new(),
    };
    Ok(CampaignView {
        id: c.id.to_string(),
        name: c.name,
        source: c.source,
        created_at: c.created_at.to_rfc3339(),
        state: shown,
        state_label: state_label(shown),
        total,
        finished_rows,
        eta,
        how: settings.as_ref().map(describe).unwrap_or_default(),
        problem: state.campaigns.runs.problem(c.id),
        active: get("placed") + get("in_progress"),
        can_skip_ahead: sandbox && shown == CampaignStateView::Running,
        counts,
    })
}

/// The store says running, but no task drives it: it was interrupted and is paused.
fn shown_state(state: CampaignState, running: bool) -> CampaignStateView {
    match state {
        CampaignState::Ready => CampaignStateView::Ready,
        CampaignState::Running if running => CampaignStateView::Running,
        CampaignState::Running | CampaignState::Paused => CampaignStateView::Paused,
        CampaignState::Cancelled => CampaignStateView::Cancelled,
        CampaignState::Finished => CampaignStateView::Finished,
    }
}

fn state_label(s: CampaignStateView) -> String {
    match s {
        CampaignStateView::Ready => callboard_core::t!("campaign-ready"),
        CampaignStateView::Running => callboard_core::t!("campaign-running"),
        CampaignStateView::Paused => callboard_core::t!("campaign-paused"),
        CampaignStateView::Cancelled => callboard_core::t!("campaign-cancelled"),
        CampaignStateView::Finished => callboard_core::t!("campaign-finished"),
    }
}

/// The tally as the screen's counts; `in_progress` calls are taken out of "placed".
fn counts(tally: &[TallyCell], in_progress: u32) -> Vec<CountView> {
    let mut by_key = [0u32; COUNT_KEYS.len()];
    for cell in tally {
        by_key[key_index(key_of(cell.state, cell.ending, cell.due))] += cell.count;
    }
    let placed = key_index("placed");
    let moved = in_progress.min(by_key[placed]);
    by_key[placed] -= moved;
    by_key[key_index("in_progress")] += moved;
    COUNT_KEYS
        .iter()
        .zip(by_key)
        .enumerate()
        .map(|(i, ((key, _), count))| CountView {
            key: (*key).into(),
            label: count_label(i),
            count,
        })
        .collect()
}

/// How a call ended, once its latest status is final.
fn ended(entry: &callboard_core::calls::CallEntry) -> Option<Ending> {
    entry.latest_status().and_then(Ending::of)
}

/// One row counted under `to` instead of `from` (or "placed" when `from` has none left).
fn move_one(counts: &mut [CountView], from: &str, to: &str) {
    let source = [from, "placed", "in_progress"]
        .iter()
        .filter_map(|k| counts.iter().position(|c| c.key == *k))
        .find(|i| counts[*i].count > 0);
    if let (Some(i), Some(j)) = (source, counts.iter().position(|c| c.key == to)) {
        counts[i].count -= 1;
        counts[j].count += 1;
    }
}

fn key_index(key: &str) -> usize {
    COUNT_KEYS.iter().position(|(k, _)| *k == key).unwrap_or(0)
}

/// The count a row belongs to.
fn key_of(state: RowState, ending: Option<Ending>, due: bool) -> &'static str {
    match state {
        RowState::Waiting if due => "due",
        RowState::Waiting => "waiting",
        RowState::Placing | RowState::Active => "placed",
        RowState::Skipped => "skipped",
        RowState::Unknown => "unknown",
        RowState::Done => match ending {
            Some(Ending::Answered) => "answered",
            Some(Ending::NoAnswer) => "no_answer",
            Some(Ending::Voicemail) => "voicemail",
            Some(Ending::Busy) => "busy",
            Some(Ending::Failed) | None => "failed",
        },
    }
}

/// "About 4 minutes left at this pace" for the rows still to hand over (retries not counted).
fn eta(s: &CampaignSettings, left: u32) -> String {
    if left == 0 {
        return callboard_core::t!("eta-all-handed-over");
    }
    let minutes = left.div_ceil(s.pace.per_minute.max(1));
    let when = if minutes < 120 {
        callboard_core::t!("eta-minutes", count = minutes.max(1))
    } else {
        callboard_core::t!("eta-hours", count = minutes.div_ceil(60))
    };
    callboard_core::t!("eta-left", count = left, when = when)
}

/// Rows `offset..offset+limit` with their attempts.
pub fn rows(
    state: &AppState,
    id: &str,
    offset: u32,
    limit: u32,
) -> Result<CampaignRowsPage, AppError> {
    let campaign = parse_id(id)?;
    let total = state.store.campaign_len(campaign)?;
    let rows = state
        .store
        .campaign_rows(campaign, offset as usize, limit.min(500) as usize)?;
    let attempts = match (rows.first(), rows.last()) {
        (Some(first), Some(last)) => {
            state
                .store
                .campaign_row_attempts(campaign, first.callee.row, last.callee.row)?
        }
        _ => Vec::new(),
    };
    let now = state.clock.now();
    Ok(CampaignRowsPage {
        offset,
        total,
        rows: rows
            .iter()
            .map(|r| {
                let mine: Vec<_> = attempts
                    .iter()
                    .filter(|(row, _)| *row == r.callee.row)
                    .map(|(_, e)| e)
                    .collect();
                let ids = mine.iter().map(|e| e.request_id.to_string()).collect();
                row_view(r, mine.last().copied(), ids, now)
            })
            .collect(),
    })
}

fn row_view(
    r: &StoredRow,
    last: Option<&callboard_core::calls::CallEntry>,
    request_ids: Vec<String>,
    now: DateTime<Utc>,
) -> CampaignRowView {
    let due = r.next_at.is_none_or(|at| at <= now);
    // Its call ended while nothing drove the campaign: shown as it ended (see `view`).
    let key = match (r.state, last.and_then(ended)) {
        (RowState::Active | RowState::Placing, Some(ending)) => {
            key_of(RowState::Done, Some(ending), true)
        }
        _ => key_of(r.state, r.ending, due),
    };
    let zone: Option<Tz> = r.callee.zone.and_then(|z| z.parse().ok());
    let note = match (r.state, r.next_at, zone) {
        (RowState::Skipped, _, _) => r.reason.clone().unwrap_or_default(),
        (RowState::Unknown, _, _) => {
            callboard_core::t!("row-unknown-note")
        }
        (RowState::Waiting, Some(at), Some(z)) if at > now => {
            let local = at.with_timezone(&z);
            callboard_core::t!(
                "row-next-call",
                day = callboard_core::schedule::weekday_short(chrono::Datelike::weekday(&local)),
                time = local.format("%H:%M").to_string()
            )
        }
        _ => String::new(),
    };
    CampaignRowView {
        row: r.callee.row,
        name: r.callee.name.clone().unwrap_or_default(),
        phone: r
            .callee
            .phone
            .clone()
            .or_else(|| r.callee.contact_id.clone())
            .unwrap_or_default(),
        zone: r.callee.zone.unwrap_or_default().into(),
        key: key.into(),
        state_label: count_label(key_index(key)),
        attempts: r.attempts,
        note,
        request_ids,
    }
}
