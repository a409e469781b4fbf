//! A running campaign's bookkeeping, without the network: which rows to hand over now, and
//! what each answer does to its row. The app's runner records every change in the store
//! before acting on it (the attempt before its POST) and feeds the answers back here.
//!
//! Rules this enforces: a row is handed over only from `Waiting`; an answer that leaves the
//! outcome unknown parks the row in `Unknown` for reconciliation and it is never handed over
//! again from here; a 429 is not an attempt (the row waits again and the pace holds until the
//! `Retry-After`); a request that provably never left is not an attempt either; retries follow
//! [`RetryRules`] exactly.

use super::pace::{Due, Opening, Pacer};
use super::retry::{Ending, RetryRules};
use crate::store::RowState;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use std::collections::BTreeMap;

/// How the POST for a row's attempt ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handover {
    /// Contactship has the call.
    Placed,
    /// 429: slow down; nothing was created.
    RateLimited { retry_after: Duration },
    /// It provably never reached the server (no connection): try the row again later.
    NotSent,
    /// The call was refused (a 4xx other than 429, or a body Callboard would not send): the
    /// row is skipped with why, and, as nothing was created, it is not an attempt.
    Refused { reason: String },
    /// It may have reached the server: reconcile, never re-send.
    Unknown,
}

impl Handover {
    /// A 429 asking to wait `retry_after` (30 s when the server gave no `Retry-After`).
    pub fn rate_limited(retry_after: Option<std::time::Duration>) -> Self {
        Self::RateLimited {
            retry_after: retry_after
                .and_then(|d| Duration::from_std(d).ok())
                .unwrap_or(Duration::seconds(30)),
        }
    }
}

/// One row as the run tracks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProgress {
    pub zone: Tz,
    pub state: RowState,
    /// Calls handed over for this row (a 429 or a request that never left is not one).
    pub attempts: u32,
    pub ending: Option<Ending>,
    pub reason: Option<String>,
}

/// A row as the store last recorded it, to start or resume a run from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowRecord {
    pub row: u32,
    pub zone: Tz,
    pub state: RowState,
    pub attempts: u32,
    /// Not to be called before this.
    pub next_at: Option<DateTime<Utc>>,
}

/// What changed for a row, for the runner to record and show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub row: u32,
    pub state: RowState,
    pub attempts: u32,
    pub next_at: Option<DateTime<Utc>>,
}

/// The run: the rows' progress and the pacer.
pub struct Run {
    rows: BTreeMap<u32, RowProgress>,
    pacer: Pacer,
    retry: RetryRules,
    /// How long to wait before a row whose request never left is tried again.
    not_sent_wait: Duration,
}

impl Run {
    /// A run over `rows` as stored:
    /// waiting rows are queued for their next opening, `Placing` rows (a crash between the
    /// attempt and its answer) become `Unknown`, so they are reconciled and not re-sent.
    pub fn new(
        pacer: Pacer,
        retry: RetryRules,
        rows: impl IntoIterator<Item = RowRecord>,
        now: DateTime<Utc>,
    ) -> (Self, Vec<Change>) {
        let mut run = Run {
            rows: BTreeMap::new(),
            pacer,
            retry,
            not_sent_wait: Duration::minutes(1),
        };
        let mut changes = Vec::new();
        for RowRecord {
            row,
            zone,
            state,
            attempts,
            next_at,
        } in rows
        {
            let state = match state {
                RowState::Placing => {
                    changes.push(Change {
                        row,
                        state: RowState::Unknown,
                        attempts,
                        next_at: None,
                    });
                    RowState::Unknown
                }
                other => other,
            };
            run.rows.insert(
                row,
                RowProgress {
                    zone,
                    state,
                    attempts,
                    ending: None,
                    reason: None,
                },
            );
            if state == RowState::Waiting {
                let from = next_at.map_or(now, |t| t.max(now));
                changes.extend(run.queue(row, zone, from));
            }
        }
        (run, changes)
    }

    /// Queues a waiting row; a row that can no longer be reached is skipped (the change).
    fn queue(&mut self, row: u32, zone: Tz, from: DateTime<Utc>) -> Option<Change> {
        match self.pacer.enqueue(row, zone, from) {
            Opening::At(_) => None,
            Opening::AfterStop | Opening::Never => {
                Some(self.skip(row, &crate::t!("campaign-skip-window-closed")))
            }
        }
    }

    // The reason is stored as words in the language of the run that skipped the row: the
    // store keeps a sentence per row, not a code, so it reads as it was written then.
    fn skip(&mut self, row: u32, reason: &str) -> Change {
        let p = self.progress(row);
        p.state = RowState::Skipped;
        p.reason = Some(reason.to_owned());
        Change {
            row,
            state: RowState::Skipped,
            attempts: p.attempts,
            next_at: None,
        }
    }

    fn progress(&mut self, row: u32) -> &mut RowProgress {
        self.rows.entry(row).or_insert_with(|| RowProgress {
            zone: chrono_tz::UTC,
            state: RowState::Skipped,
            attempts: 0,
            ending: None,
            reason: None,
        })
    }

    /// Calls handed over and not final yet.
    pub fn active(&self) -> usize {
        self.rows
            .values()
            .filter(|p| matches!(p.state, RowState::Placing | RowState::Active))
            .count()
    }

    /// The rows to hand over now (each now `Placing`, its attempt counted), and rows that
    /// can no longer be called before the stop.
    pub fn due(&mut self, now: DateTime<Utc>) -> (Vec<u32>, Vec<Change>) {
        let Due { place, after_stop } = self.pacer.due(now, self.active());
        let mut changes: Vec<Change> = after_stop
            .into_iter()
            .map(|row| self.skip(row, &crate::t!("campaign-skip-stopped-before-window")))
            .collect();
        for &row in &place {
            let p = self.progress(row);
            p.state = RowState::Placing;
            p.attempts += 1;
            changes.push(Change {
                row,
                state: RowState::Placing,
                attempts: p.attempts,
                next_at: None,
            });
        }
        (place, changes)
    }

    /// When [`Run::due`] may next have something (none: only a call ending can make room).
    pub fn wake_at(&self) -> Option<DateTime<Utc>> {
        self.pacer.wake_at(self.active())
    }

    /// What the POST for `row`'s attempt came to.
    pub fn handed_over(&mut self, row: u32, answer: Handover, now: DateTime<Utc>) -> Change {
        let wait = self.not_sent_wait;
        let zone = self.progress(row).zone;
        match answer {
            Handover::Placed => {
                let p = self.progress(row);
                p.state = RowState::Active;
                Change {
                    row,
                    state: RowState::Active,
                    attempts: p.attempts,
                    next_at: None,
                }
            }
            Handover::RateLimited { retry_after } => {
                self.pacer.hold_until(now + retry_after);
                self.requeue_uncounted(row, zone, now)
            }
            Handover::NotSent => self.requeue_uncounted(row, zone, now + wait),
            Handover::Refused { reason } => {
                // Refused calls were never created: not an attempt either.
                let p = self.progress(row);
                p.attempts = p.attempts.saturating_sub(1);
                p.state = RowState::Skipped;
                p.reason = Some(reason);
                Change {
                    row,
                    state: RowState::Skipped,
                    attempts: p.attempts,
                    next_at: None,
                }
            }
            Handover::Unknown => {
                let p = self.progress(row);
                p.state = RowState::Unknown;
                Change {
                    row,
                    state: RowState::Unknown,
                    attempts: p.attempts,
                    next_at: None,
                }
            }
        }
    }

    /// A hand-over that created nothing: the attempt is not counted and the row waits again.
    fn requeue_uncounted(&mut self, row: u32, zone: Tz, from: DateTime<Utc>) -> Change {
        let p = self.progress(row);
        p.attempts = p.attempts.saturating_sub(1);
        p.state = RowState::Waiting;
        let attempts = p.attempts;
        self.queue(row, zone, from).unwrap_or(Change {
            row,
            state: RowState::Waiting,
            attempts,
            next_at: Some(from),
        })
    }

    /// `row`'s call ended as `ending` at `at`: retried per the rules, else done.
    pub fn ended(&mut self, row: u32, ending: Ending, at: DateTime<Utc>) -> Change {
        let retry = self.retry;
        let p = self.progress(row);
        let attempts = p.attempts;
        let zone = p.zone;
        match retry.next_attempt(ending, attempts, at) {
            Some(next) => {
                p.state = RowState::Waiting;
                p.ending = Some(ending);
                self.queue(row, zone, next).unwrap_or(Change {
                    row,
                    state: RowState::Waiting,
                    attempts,
                    next_at: Some(next),
                })
            }
            None => {
                p.state = RowState::Done;
                p.ending = Some(ending);
                Change {
                    row,
                    state: RowState::Done,
                    attempts,
                    next_at: None,
                }
            }
        }
    }

    /// A row [`Run::due`] handed out that is not handed over after all: it waits again,
    /// its attempt uncounted and its slot of the pace freed.
    pub fn put_back(&mut self, row: u32, now: DateTime<Utc>) -> Change {
        let p = self.progress(row);
        p.attempts = p.attempts.saturating_sub(1);
        p.state = RowState::Waiting;
        let (zone, attempts) = (p.zone, p.attempts);
        match self.pacer.give_back(row, zone, now) {
            Opening::At(_) => Change {
                row,
                state: RowState::Waiting,
                attempts,
                next_at: None,
            },
            Opening::AfterStop | Opening::Never => {
                self.skip(row, &crate::t!("campaign-skip-window-closed"))
            }
        }
    }

    /// Hand-overs made before this run existed (a resumed campaign), so the pace holds
    /// across a restart.
    pub fn handed_over_before(&mut self, at: impl IntoIterator<Item = DateTime<Utc>>) {
        for t in at {
            self.pacer.handed_over_at(t);
        }
    }

    /// An unknown row's call was found on the server: it is followed like any placed call.
    pub fn found(&mut self, row: u32) -> Option<Change> {
        let p = self.rows.get_mut(&row)?;
        (p.state == RowState::Unknown).then(|| {
            p.state = RowState::Active;
            Change {
                row,
                state: RowState::Active,
                attempts: p.attempts,
                next_at: None,
            }
        })
    }

    /// Rows that will still be handed over (waiting, or placing right now).
    pub fn to_hand_over(&self) -> usize {
        self.rows
            .values()
            .filter(|p| matches!(p.state, RowState::Waiting | RowState::Placing))
            .count()
    }

    /// Every row is done, skipped or unknown: nothing more will be handed over.
    pub fn is_finished(&self) -> bool {
        self.rows.values().all(|p| {
            matches!(
                p.state,
                RowState::Done | RowState::Skipped | RowState::Unknown
            )
        })
    }

    /// One row's progress.
    pub fn row(&self, row: u32) -> Option<&RowProgress> {
        self.rows.get(&row)
    }
}

#[cfg(test)]
#[path = "run_tests.rs"]
mod tests;
