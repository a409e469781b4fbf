//! Who is called next: the campaign's queue of rows ordered by when each may next be rung
//! (its callee's window, the campaign's start, a retry's wait), handed out no faster than
//! the pace (new calls in any 60 seconds) and never above the cap on active calls.
//!
//! Time is whatever the caller says `now` is, so tests drive it with a simulated clock. A
//! row's opening is computed once, when it joins the queue; when it comes up, its window is
//! checked again at that `now` (the app may have been asleep past the window's close), and a
//! row whose window has closed waits for the next opening instead.

use super::window::CallingWindow;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

/// How fast a campaign hands calls over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Pace {
    /// New calls in any 60 seconds (at least 1).
    pub per_minute: u32,
    /// Calls handed over and not yet final, at most (at least 1).
    pub max_active: u32,
}

/// When a row may be rung, or why it never will be in this campaign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    At(DateTime<Utc>),
    /// The window never opens before the campaign's stop time.
    AfterStop,
    /// The window has no day in it.
    Never,
}

/// The queue and the pace's memory of recent hand-overs.
#[derive(Debug, Clone)]
pub struct Pacer {
    window: CallingWindow,
    start_at: Option<DateTime<Utc>>,
    stop_by: Option<DateTime<Utc>>,
    pace: Pace,
    /// (opening, row number, zone), soonest first; equal openings in row order.
    queue: BinaryHeap<Reverse<(DateTime<Utc>, u32, TzKey)>>,
    /// Hand-overs in the last minute, oldest first.
    recent: VecDeque<DateTime<Utc>>,
    /// No hand-over before this (the server asked us to slow down).
    held_until: Option<DateTime<Utc>>,
}

/// `Tz` ordered by name, so it can sit in the heap's tuple.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct TzKey(Tz);

impl PartialOrd for TzKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for TzKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.name().cmp(other.0.name())
    }
}

const MINUTE: Duration = Duration::seconds(60);

impl Pacer {
    pub fn new(
        window: CallingWindow,
        start_at: Option<DateTime<Utc>>,
        stop_by: Option<DateTime<Utc>>,
        pace: Pace,
    ) -> Self {
        Self {
            window,
            start_at,
            stop_by,
            pace: Pace {
                per_minute: pace.per_minute.max(1),
                max_active: pace.max_active.max(1),
            },
            queue: BinaryHeap::new(),
            recent: VecDeque::new(),
            held_until: None,
        }
    }

    /// When a callee in `zone` may be rung, not before `not_before`.
    pub fn opening(&self, zone: Tz, not_before: DateTime<Utc>) -> Opening {
        let from = self.start_at.map_or(not_before, |s| s.max(not_before));
        match self.window.next_open(from, zone) {
            None => Opening::Never,
            Some(at) if self.stop_by.is_some_and(|stop| at >= stop) => Opening::AfterStop,
            Some(at) => Opening::At(at),
        }
    }

    /// Queues `row` for its first opening at or after `not_before`; says when that is.
    pub fn enqueue(&mut self, row: u32, zone: Tz, not_before: DateTime<Utc>) -> Opening {
        let opening = self.opening(zone, not_before);
        if let Opening::At(at) = opening {
            self.queue.push(Reverse((at, row, TzKey(zone))));
        }
        opening
    }

    /// A hand-over made before this pacer existed (a resumed campaign), so the pace holds
    /// across a restart.
    pub fn handed_over_at(&mut self, at: DateTime<Utc>) {
        self.recent.push_back(at);
        self.recent.make_contiguous().sort_unstable();
    }

    /// A row `due` handed out that was not handed over after all (the server asked to slow
    /// down before its turn): its slot of the pace is freed and it is queued again.
    pub fn give_back(&mut self, row: u32, zone: Tz, not_before: DateTime<Utc>) -> Opening {
        self.recent.pop_back();
        self.enqueue(row, zone, not_before)
    }

    /// Nothing is handed over before `until` (a 429's `Retry-After`).
    pub fn hold_until(&mut self, until: DateTime<Utc>) {
        self.held_until = Some(self.held_until.map_or(until, |h| h.max(until)));
    }

    /// Rows to hand over at `now` with `active` calls not yet final, in order, and rows
    /// whose window closed while they waited (re-queued, or returned as `AfterStop`).
    pub fn due(&mut self, now: DateTime<Utc>, active: usize) -> Due {
        let mut due = Due::default();
        while self.recent.front().is_some_and(|t| *t + MINUTE <= now) {
            self.recent.pop_front();
        }
        if self.held_until.is_some_and(|h| now < h) {
            return due;
        }
        let mut room = (self.pace.max_active as usize)
            .saturating_sub(active)
            .min((self.pace.per_minute as usize).saturating_sub(self.recent.len()));
        while room > 0 {
            let Some(Reverse((at, row, zone))) = self.queue.peek().copied() else {
                break;
            };
            if at > now {
                break;
            }
            self.queue.pop();
            if self.stop_by.is_some_and(|stop| now >= stop) {
                due.after_stop.push(row);
            } else if self.window.contains(now, zone.0) {
                due.place.push(row);
                self.recent.push_back(now);
                room -= 1;
            } else if let Opening::AfterStop | Opening::Never = self.enqueue(row, zone.0, now) {
                due.after_stop.push(row);
            }
        }
        due
    }

    /// When `due` may next have something, with `active` calls not yet final: the next
    /// opening, or when the pace frees a slot if it is what holds rows back. None when the
    /// queue is empty or only a call finishing can make room.
    pub fn wake_at(&self, active: usize) -> Option<DateTime<Utc>> {
        let Reverse((next, _, _)) = self.queue.peek()?;
        if active >= self.pace.max_active as usize {
            return None;
        }
        let mut at = *next;
        if self.recent.len() >= self.pace.per_minute as usize {
            let frees = self.recent[self.recent.len() - self.pace.per_minute as usize] + MINUTE;
            at = at.max(frees);
        }
        Some(self.held_until.map_or(at, |h| at.max(h)))
    }

    /// Rows still queued.
    pub fn queued(&self) -> usize {
        self.queue.len()
    }

    /// Removes `row` from the queue (skipped or cancelled by the user); whether it was there.
    pub fn remove(&mut self, row: u32) -> bool {
        let before = self.queue.len();
        self.queue.retain(|Reverse((_, r, _))| *r != row);
        self.queue.len() != before
    }
}

/// What [`Pacer::due`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Due {
    /// Hand these over now, in this order.
    pub place: Vec<u32>,
    /// These can no longer be called before the campaign stops.
    pub after_stop: Vec<u32>,
}

#[cfg(test)]
#[path = "pace_tests.rs"]
mod tests;
