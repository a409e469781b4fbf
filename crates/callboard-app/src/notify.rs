//! Desktop notifications about calls that ended while the person was doing something else:
//! which endings deserve one, and how a campaign's are grouped. Decided here, so `cargo test`
//! checks it; the shell only shows what [`deliver`] hands to [`Host::notify`].
//!
//! What gets a notification:
//! - a single **scheduled** call (a delay or a date, not "Now") reaching a final status: one
//!   notification with the contact's name and the outcome in words. A "Now" call gets none:
//!   it was placed seconds earlier from the Call screen, whose result panel follows it to its
//!   end, so a notification would repeat what the person is looking at.
//! - campaign calls ending: grouped per campaign, at most one notification per campaign per
//!   [`GROUP_EVERY`] ("Campaign Diciembre: 5 calls ended — 3 answered, 2 no answer"). The
//!   first ending of a quiet campaign is told at once; later ones wait until a minute has
//!   passed since the last notification of that campaign.
//! - a campaign call whose outcome became unknown: always its own notification, at once. (A
//!   single call's unknown outcome shows on the Call screen the moment it happens.)
//!
//! Nothing when the `notifications` preference is off; what was waiting is dropped. Each call
//! is told at most once: the status poller and a campaign's runner may both see one ending.

use crate::host::Host;
use crate::state::{lock, AppState};
use callboard_core::calls::{CallEntry, CallState};
use callboard_core::campaign::{Ending, Tick};
use chrono::{DateTime, TimeDelta, Utc};
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use uuid::Uuid;

/// The shortest time between two notifications about one campaign's endings.
pub const GROUP_EVERY: TimeDelta = TimeDelta::seconds(60);

/// A call due at least this long after it was placed was scheduled (not "Now").
const SCHEDULED_AFTER: TimeDelta = TimeDelta::seconds(30);

/// What a click on a notification should open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotificationTarget {
    /// The call attempt with this request id (Recent calls, its details).
    Call(String),
    /// The campaign with this id (Campaigns).
    Campaign(String),
}

/// One notification, in the person's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub title: String,
    pub body: String,
    pub target: NotificationTarget,
}

/// The endings of one campaign not told yet, counted by how they ended.
#[derive(Debug, Default)]
struct Group {
    /// The campaign's name, when the runner told it (else read when told).
    name: Option<String>,
    counts: [u32; ENDINGS.len()],
}

/// The endings in the order a grouped notification lists them.
const ENDINGS: [Ending; 5] = [
    Ending::Answered,
    Ending::NoAnswer,
    Ending::Voicemail,
    Ending::Busy,
    Ending::Failed,
];

#[derive(Debug, Default)]
struct Inner {
    /// Attempts whose ending was already told (or grouped).
    ended: HashSet<Uuid>,
    /// Attempts whose unknown outcome was already told.
    unknown: HashSet<Uuid>,
    /// Notifications to show at the next delivery.
    ready: Vec<Notification>,
    /// Campaign endings waiting for their minute.
    groups: HashMap<Uuid, Group>,
    /// When each campaign's last grouped notification went out.
    last_sent: HashMap<Uuid, DateTime<Utc>>,
}

/// What is waiting to be told, for this run of the app (nothing is stored).
#[derive(Debug, Default)]
pub struct Notifier {
    inner: Mutex<Inner>,
}

impl Notifier {
    /// The status poller refreshed a call from `before` to `after`.
    pub fn call_refreshed(&self, on: bool, before: &CallEntry, after: &CallEntry) {
        if !on || before.state == CallState::Completed || after.state != CallState::Completed {
            return;
        }
        let ending = after
            .latest_status()
            .and_then(Ending::of)
            .unwrap_or(Ending::Failed);
        let mut inner = lock(&self.inner);
        match after.request.campaign_id.as_deref().map(Uuid::parse_str) {
            Some(Ok(campaign)) => inner.group(campaign, None, after.request_id, ending),
            Some(Err(_)) => {}
            // `insert` last: a "Now" call is not marked as told (nothing was).
            None if is_scheduled(after) && inner.ended.insert(after.request_id) => {
                inner.ready.push(single_ended(after, ending));
            }
            None => {}
        }
    }

    /// A campaign's runner finished a tick; `entry` reads an attempt for its contact's name.
    pub fn campaign_tick(
        &self,
        on: bool,
        campaign: (Uuid, &str),
        tick: &Tick,
        entry: impl Fn(Uuid) -> Option<CallEntry>,
    ) {
        if !on {
            return;
        }
        let mut inner = lock(&self.inner);
        for (request_id, ending) in &tick.ended {
            inner.group(campaign.0, Some(campaign.1), *request_id, *ending);
        }
        for request_id in &tick.unknown {
            if inner.unknown.insert(*request_id) {
                let who = entry(*request_id).map_or_else(String::new, |e| contact_name(&e));
                inner.ready.push(Notification {
                    title: callboard_core::t!("notify-unknown-title", name = who),
                    body: callboard_core::t!("notify-unknown-body", campaign = campaign.1),
                    target: NotificationTarget::Call(request_id.to_string()),
                });
            }
        }
    }

    /// What should be shown at `now`, each at most once; `name` gives a campaign's name.
    /// With the preference off, everything waiting is dropped.
    pub fn take_due(
        &self,
        on: bool,
        now: DateTime<Utc>,
        name: impl Fn(Uuid) -> Option<String>,
    ) -> Vec<Notification> {
        let mut inner = lock(&self.inner);
        if !on {
            inner.ready.clear();
            inner.groups.clear();
            return Vec::new();
        }
        let mut out = std::mem::take(&mut inner.ready);
        let due: Vec<Uuid> = inner
            .groups
            .keys()
            .filter(|c| {
                inner
                    .last_sent
                    .get(c)
                    .is_none_or(|at| now.signed_duration_since(*at) >= GROUP_EVERY)
            })
            .copied()
            .collect();
        for campaign in due {
            if let Some(group) = inner.groups.remove(&campaign) {
                inner.last_sent.insert(campaign, now);
                let name = group
                    .name
                    .clone()
                    .or_else(|| name(campaign))
                    .unwrap_or_default();
                out.push(group.notification(campaign, &name));
            }
        }
        out
    }
}

impl Inner {
    fn group(&mut self, campaign: Uuid, name: Option<&str>, request_id: Uuid, ending: Ending) {
        if !self.ended.insert(request_id) {
            return;
        }
        let slot = ENDINGS.iter().position(|e| *e == ending).unwrap_or(4);
        let group = self.groups.entry(campaign).or_default();
        group.counts[slot] += 1;
        if let Some(name) = name {
            group.name = Some(name.to_owned());
        }
    }
}

impl Group {
    fn notification(&self, campaign: Uuid, name: &str) -> Notification {
        let total: u32 = self.counts.iter().sum();
        let parts: Vec<String> = ENDINGS
            .iter()
            .zip(self.counts)
            .filter(|(_, n)| *n > 0)
            .map(|(ending, n)| count_words(*ending, n))
            .collect();
        Notification {
            title: callboard_core::t!("notify-campaign-title", name = name),
            body: callboard_core::t!(
                "notify-campaign-ended",
                count = total,
                summary = parts.join(", ")
            ),
            target: NotificationTarget::Campaign(campaign.to_string()),
        }
    }
}

/// "3 answered", in the person's language.
fn count_words(ending: Ending, count: u32) -> String {
    match ending {
        Ending::Answered => callboard_core::t!("notify-count-answered", count = count),
        Ending::NoAnswer => callboard_core::t!("notify-count-no-answer", count = count),
        Ending::Voicemail => callboard_core::t!("notify-count-voicemail", count = count),
        Ending::Busy => callboard_core::t!("notify-count-busy", count = count),
        Ending::Failed => callboard_core::t!("notify-count-failed", count = count),
    }
}

/// How a call ended, as a whole sentence.
fn outcome_words(ending: Ending) -> String {
    match ending {
        Ending::Answered => callboard_core::t!("notify-outcome-answered"),
        Ending::NoAnswer => callboard_core::t!("notify-outcome-no-answer"),
        Ending::Voicemail => callboard_core::t!("notify-outcome-voicemail"),
        Ending::Busy => callboard_core::t!("notify-outcome-busy"),
        Ending::Failed => callboard_core::t!("notify-outcome-failed"),
    }
}

fn single_ended(entry: &CallEntry, ending: Ending) -> Notification {
    Notification {
        title: callboard_core::t!("notify-call-ended-title", name = contact_name(entry)),
        body: outcome_words(ending),
        target: NotificationTarget::Call(entry.request_id.to_string()),
    }
}

fn contact_name(entry: &CallEntry) -> String {
    let labels = &entry.request.labels;
    if labels.contact_name.trim().is_empty() {
        labels.contact_phone.clone()
    } else {
        labels.contact_name.clone()
    }
}

/// Whether a single call was scheduled for later (a delay or a date) rather than "Now".
fn is_scheduled(entry: &CallEntry) -> bool {
    entry
        .request
        .due_at
        .is_some_and(|due| due.signed_duration_since(entry.created_at) >= SCHEDULED_AFTER)
}

/// Whether the person wants notifications (the preference, read each time).
pub fn enabled(state: &AppState) -> bool {
    state.prefs.get().notifications
}

/// Shows what is due now through the host.
pub fn deliver(state: &AppState, host: &dyn Host) {
    let name = |campaign: Uuid| {
        state
            .store
            .find_campaign(&campaign.to_string())
            .ok()
            .map(|c| c.name)
    };
    for n in state
        .notifier
        .take_due(enabled(state), state.clock.now(), name)
    {
        host.notify(n);
    }
}
