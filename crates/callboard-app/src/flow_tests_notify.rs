//! Desktop notifications through the app's delivery, with a host that records them: a
//! scheduled call's ending told once with its outcome, a "Now" call's not at all, campaign
//! endings grouped at most once a minute, an unknown outcome always on its own, and nothing
//! with the preference off.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::flow_tests::{harness, Harness};
use crate::host::Host;
use crate::ipc::PrefChange;
use crate::notify::{self, Notification, NotificationTarget};
use crate::preferences;
use crate::state::lock;
use callboard_core::calls::{CallEntry, CallLabels, CallState, RequestSummary, StatusSnapshot};
use callboard_core::campaign::{Ending, Tick};
use callboard_core::clock::{Clock, FixedClock};
use chrono::{DateTime, TimeDelta, Utc};
use std::sync::{Arc, Mutex};
use uuid::Uuid;

/// Keeps every notification the app shows.
#[derive(Default)]
struct Recorder(Mutex<Vec<Notification>>);

impl Host for Recorder {
    fn calls_changed(&self, _: Vec<String>) {}
    fn campaign_changed(&self, _: String) {}
    fn open_url(&self, _: &str) -> Result<(), String> {
        Ok(())
    }
    fn downloads_dir(&self) -> Option<std::path::PathBuf> {
        None
    }
    fn show_in_folder(&self, _: &std::path::Path) -> Result<(), String> {
        Ok(())
    }
    fn notify(&self, notification: Notification) {
        lock(&self.0).push(notification);
    }
}

impl Recorder {
    fn take(&self) -> Vec<Notification> {
        std::mem::take(&mut *lock(&self.0))
    }
}

fn start() -> (Harness, Arc<FixedClock>, Recorder) {
    let mut h = harness(None);
    let clock = Arc::new(FixedClock::new(
        DateTime::parse_from_rfc3339("2026-06-15T18:00:00Z")
            .unwrap()
            .with_timezone(&Utc),
    ));
    h.state.clock = clock.clone();
    (h, clock, Recorder::default())
}

/// A call to `name` placed at `at`, due `due_in` later, still waiting to ring.
fn waiting(name: &str, at: DateTime<Utc>, due_in: TimeDelta, campaign: Option<Uuid>) -> CallEntry {
    CallEntry {
        request_id: Uuid::new_v4(),
        state: CallState::Scheduled,
        request: RequestSummary {
            contact_id: "c-1".into(),
            agent_id: "a-1".into(),
            from_number_id: "n-1".into(),
            body: serde_json::json!({}),
            labels: CallLabels {
                contact_name: name.into(),
                contact_phone: "+525512345678".into(),
                ..CallLabels::default()
            },
            due_at: Some(at + due_in),
            campaign_id: campaign.map(|c| c.to_string()),
        },
        created_at: at,
        updated_at: at,
        outcome: None,
        outcome_at: None,
        call_id: Some("call-1".into()),
        reconciliation: None,
        status_history: vec![StatusSnapshot::new(at, "scheduled")],
        last_checked: Some(at),
    }
}

/// `before`, ended with `status` (and `result`).
fn ended(before: &CallEntry, status: &str, result: Option<&str>) -> CallEntry {
    let mut after = before.clone();
    let mut last = StatusSnapshot::new(before.updated_at + TimeDelta::minutes(20), status);
    last.call_result = result.map(str::to_owned);
    after.status_history.push(last);
    after.state = CallState::Completed;
    after
}

fn tick(ended: &[(Uuid, Ending)], unknown: &[Uuid]) -> Tick {
    Tick {
        ended: ended.to_vec(),
        unknown: unknown.to_vec(),
        ..Tick::default()
    }
}

#[test]
fn a_scheduled_call_ending_is_told_once_with_the_name_and_outcome_and_a_now_call_not_at_all() {
    let (h, clock, host) = start();
    let now = clock.now();
    let scheduled = waiting("Ana Pérez", now, TimeDelta::minutes(30), None);
    let done = ended(&scheduled, "no-answer", None);
    h.state.notifier.call_refreshed(true, &scheduled, &done);
    // The poller seeing it again (a later check of the same final call) tells nothing more.
    h.state.notifier.call_refreshed(true, &scheduled, &done);
    let right_away = waiting("Luis Gómez", now, TimeDelta::zero(), None);
    let answered = ended(&right_away, "completed", Some("answered"));
    h.state
        .notifier
        .call_refreshed(true, &right_away, &answered);
    notify::deliver(&h.state, &host);
    let told = host.take();
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].title, "Call with Ana Pérez ended");
    assert_eq!(told[0].body, "No answer.");
    assert_eq!(
        told[0].target,
        NotificationTarget::Call(scheduled.request_id.to_string())
    );
    notify::deliver(&h.state, &host);
    assert!(host.take().is_empty(), "told once");
}

#[test]
fn campaign_endings_are_grouped_into_at_most_one_notification_a_minute_per_campaign() {
    let (h, clock, host) = start();
    let (diciembre, enero) = (Uuid::new_v4(), Uuid::new_v4());
    let ends = |n: usize, how: Ending| -> Vec<(Uuid, Ending)> {
        (0..n).map(|_| (Uuid::new_v4(), how)).collect()
    };
    let first = ends(1, Ending::Answered);
    h.state
        .notifier
        .campaign_tick(true, (diciembre, "Diciembre"), &tick(&first, &[]), |_| None);
    notify::deliver(&h.state, &host);
    let told = host.take();
    assert_eq!(
        told.len(),
        1,
        "the first ending of a quiet campaign at once"
    );
    assert_eq!(told[0].title, "Campaign Diciembre");
    assert_eq!(told[0].body, "1 call ended — 1 answered");
    assert_eq!(
        told[0].target,
        NotificationTarget::Campaign(diciembre.to_string())
    );

    // Within the minute: five more end in two ticks, and another campaign's first one.
    clock.advance(TimeDelta::seconds(20));
    let mut more = ends(3, Ending::Answered);
    more.extend(ends(1, Ending::NoAnswer));
    h.state
        .notifier
        .campaign_tick(true, (diciembre, "Diciembre"), &tick(&more, &[]), |_| None);
    notify::deliver(&h.state, &host);
    clock.advance(TimeDelta::seconds(20));
    let last = ends(1, Ending::NoAnswer);
    h.state
        .notifier
        .campaign_tick(true, (diciembre, "Diciembre"), &tick(&last, &[]), |_| None);
    let other = ends(2, Ending::Busy);
    h.state
        .notifier
        .campaign_tick(true, (enero, "Enero"), &tick(&other, &[]), |_| None);
    // A tick repeating endings already counted (the poller saw them too) adds nothing.
    h.state
        .notifier
        .campaign_tick(true, (diciembre, "Diciembre"), &tick(&more, &[]), |_| None);
    notify::deliver(&h.state, &host);
    let told = host.take();
    assert_eq!(told.len(), 1, "Diciembre waits for its minute: {told:?}");
    assert_eq!(
        (told[0].title.as_str(), told[0].body.as_str()),
        ("Campaign Enero", "2 calls ended — 2 busy")
    );

    clock.advance(TimeDelta::seconds(20));
    notify::deliver(&h.state, &host);
    let told = host.take();
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].title, "Campaign Diciembre");
    assert_eq!(told[0].body, "5 calls ended — 3 answered, 2 no answer");
    notify::deliver(&h.state, &host);
    assert!(host.take().is_empty());
}

#[test]
fn a_campaign_call_ending_seen_by_the_poller_joins_its_campaign_group_and_is_counted_once() {
    let (h, clock, host) = start();
    let campaign = Uuid::new_v4();
    let call = waiting("Ana Pérez", clock.now(), TimeDelta::zero(), Some(campaign));
    let done = ended(&call, "completed", Some("voicemail"));
    h.state.notifier.call_refreshed(true, &call, &done);
    let again = [(call.request_id, Ending::Voicemail)];
    h.state
        .notifier
        .campaign_tick(true, (campaign, "Diciembre"), &tick(&again, &[]), |_| None);
    notify::deliver(&h.state, &host);
    let told = host.take();
    assert_eq!(
        told.len(),
        1,
        "grouped, not a single-call notification: {told:?}"
    );
    assert_eq!(told[0].body, "1 call ended — 1 voicemail");
}

#[test]
fn an_unknown_outcome_is_always_its_own_notification_at_once() {
    let (h, clock, host) = start();
    let campaign = Uuid::new_v4();
    let first = [(Uuid::new_v4(), Ending::Answered)];
    h.state
        .notifier
        .campaign_tick(true, (campaign, "Diciembre"), &tick(&first, &[]), |_| None);
    notify::deliver(&h.state, &host);
    assert_eq!(host.take().len(), 1);
    // Seconds later, inside the campaign's minute: two unknowns and one more ending.
    clock.advance(TimeDelta::seconds(5));
    let lost = waiting("Marta Ruiz", clock.now(), TimeDelta::zero(), Some(campaign));
    let lost_too = waiting("Pedro Sol", clock.now(), TimeDelta::zero(), Some(campaign));
    let entries = [lost.clone(), lost_too.clone()];
    let find = |id: Uuid| entries.iter().find(|e| e.request_id == id).cloned();
    let later = [(Uuid::new_v4(), Ending::Failed)];
    let t = tick(&later, &[lost.request_id, lost_too.request_id]);
    h.state
        .notifier
        .campaign_tick(true, (campaign, "Diciembre"), &t, find);
    h.state
        .notifier
        .campaign_tick(true, (campaign, "Diciembre"), &t, find);
    notify::deliver(&h.state, &host);
    let told = host.take();
    assert_eq!(
        told.len(),
        2,
        "one each, the ending still waiting: {told:?}"
    );
    assert_eq!(told[0].title, "Outcome unknown: Marta Ruiz");
    assert!(
        told[0].body.contains("Campaign Diciembre"),
        "{}",
        told[0].body
    );
    assert!(
        told[0].body.contains("check before calling again"),
        "{}",
        told[0].body
    );
    assert_eq!(
        told[0].target,
        NotificationTarget::Call(lost.request_id.to_string())
    );
    assert_eq!(told[1].title, "Outcome unknown: Pedro Sol");
}

#[test]
fn with_the_preference_off_nothing_is_told_and_what_was_waiting_is_dropped() {
    let (h, clock, host) = start();
    assert!(preferences::get(&h.state).notifications, "on by default");
    let campaign = Uuid::new_v4();
    let first = [(Uuid::new_v4(), Ending::Answered)];
    h.state
        .notifier
        .campaign_tick(true, (campaign, "Diciembre"), &tick(&first, &[]), |_| None);
    notify::deliver(&h.state, &host);
    assert_eq!(host.take().len(), 1);
    let waiting_group = [(Uuid::new_v4(), Ending::Busy)];
    h.state.notifier.campaign_tick(
        true,
        (campaign, "Diciembre"),
        &tick(&waiting_group, &[]),
        |_| None,
    );

    preferences::update(&h.state, vec![PrefChange::Notifications(false)]).expect("saved");
    let on = notify::enabled(&h.state);
    let scheduled = waiting("Ana Pérez", clock.now(), TimeDelta::hours(1), None);
    h.state
        .notifier
        .call_refreshed(on, &scheduled, &ended(&scheduled, "busy", None));
    let unknown = [Uuid::new_v4()];
    h.state
        .notifier
        .campaign_tick(on, (campaign, "Diciembre"), &tick(&[], &unknown), |_| None);
    clock.advance(TimeDelta::minutes(5));
    notify::deliver(&h.state, &host);
    assert!(host.take().is_empty());

    preferences::update(&h.state, vec![PrefChange::Notifications(true)]).expect("saved");
    notify::deliver(&h.state, &host);
    assert!(host.take().is_empty(), "nothing saved up while off");
}

#[test]
fn preferences_saved_before_notifications_existed_load_with_them_on() {
    let old = r#"{"base_url":null,"default_agent_id":null,"default_from_number_id":null,
        "calling_hours_start":"08:00","calling_hours_end":"21:00","theme":"dark",
        "last_agent_id":null,"last_from_number_id":null,"last_time_zone":null}"#;
    let prefs: crate::ipc::Preferences = serde_json::from_str(old).expect("an old file loads");
    assert!(prefs.notifications);
}

#[test]
fn notifications_speak_the_chosen_language() {
    let (h, clock, host) = start();
    let campaign = Uuid::new_v4();
    let three = [
        (Uuid::new_v4(), Ending::Answered),
        (Uuid::new_v4(), Ending::Answered),
        (Uuid::new_v4(), Ending::NoAnswer),
    ];
    callboard_core::i18n::with_locale(callboard_core::i18n::Locale::Es, || {
        h.state
            .notifier
            .campaign_tick(true, (campaign, "Diciembre"), &tick(&three, &[]), |_| None);
        notify::deliver(&h.state, &host);
    });
    let _ = clock;
    let told = host.take();
    assert_eq!(told[0].title, "Campaña Diciembre");
    assert_eq!(
        told[0].body,
        "Terminaron 3 llamadas — 2 contestadas, 1 sin respuesta"
    );
}
