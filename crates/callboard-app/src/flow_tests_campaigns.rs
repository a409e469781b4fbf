//! The Campaigns screen's flows without a window: a list with bad rows checked, a form with
//! problems refused, a campaign started on the sandbox, paused, resumed, run to its end
//! (the sandbox clock skipped ahead, as the screen's button does) and exported.

use crate::campaigns::ipc::{
    CampaignForm, CampaignStateView, ListCheckRequest, OpenedList, StartOutcome,
};
use crate::campaigns::{self, lists, runs, views};
use crate::connection;
use crate::flow_tests::{first_ids, harness};
use crate::host::Host;
use crate::ipc::KeyValue;
use crate::state::AppState;
use callboard_core::store::CampaignState;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::sync::mpsc;

/// Records what a run tells the screen.
struct TestHost {
    changed: mpsc::UnboundedSender<String>,
    downloads: PathBuf,
    progress: std::sync::Mutex<Vec<(u32, u32)>>,
    notified: std::sync::Mutex<Vec<crate::notify::Notification>>,
}

impl Host for TestHost {
    fn calls_changed(&self, _: Vec<String>) {}
    fn campaign_changed(&self, campaign_id: String) {
        let _ = self.changed.send(campaign_id);
    }
    fn check_progress(&self, _: &str, done: u32, total: u32) {
        crate::state::lock(&self.progress).push((done, total));
    }
    fn open_url(&self, _: &str) -> Result<(), String> {
        Ok(())
    }
    fn downloads_dir(&self) -> Option<PathBuf> {
        Some(self.downloads.clone())
    }
    fn show_in_folder(&self, _: &std::path::Path) -> Result<(), String> {
        Ok(())
    }
    fn notify(&self, notification: crate::notify::Notification) {
        crate::state::lock(&self.notified).push(notification);
    }
}

async fn opened_list(state: &AppState, dir: &std::path::Path) -> OpenedList {
    let client = state.client().await.expect("connected");
    let contacts = client
        .list_contacts(&Default::default())
        .await
        .expect("contacts");
    let mut csv = String::from("nombre;teléfono;plan\n");
    for c in contacts.iter().take(6) {
        let name = c.full_name.clone().unwrap_or_default();
        let phone = c.phone_number.clone().unwrap_or_default();
        csv.push_str(&format!("{name};{phone};oro\n"));
    }
    csv.push_str("Sin Número;;plata\nMal Número;12;plata\nPersona Nueva;+52 55 1234 5678;plata\n");
    let path = dir.join("lista.csv");
    std::fs::write(&path, csv).expect("list written");
    lists::open_file(state, &path).await.expect("list opens")
}

fn form(agent: &str, from: &str) -> CampaignForm {
    CampaignForm {
        name: "Diciembre".into(),
        agent_id: agent.into(),
        from_number_ids: vec![from.into()],
        days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
            .map(String::from)
            .to_vec(),
        hours_start: "00:00".into(),
        hours_end: "23:59".into(),
        outside_hours_confirmed: true,
        per_minute: 60,
        max_active: 3,
        retry_no_answer: true,
        retry_busy: true,
        retry_voicemail: false,
        retry_after_minutes: 30,
        max_attempts: 2,
        additional_data: vec![KeyValue {
            key: "campana".into(),
            value: "diciembre".into(),
        }],
        metadata: vec![],
    }
}

#[tokio::test]
async fn a_list_with_bad_rows_is_checked_started_paused_resumed_finished_and_exported() {
    let h = harness(None);
    connection::start_sandbox(&h.state).await.expect("sandbox");
    let (_, _, agent, from) = first_ids(&h.state).await;
    let opened = opened_list(&h.state, h.dir.path()).await;
    assert_eq!(opened.rows, 9);
    assert!(opened.format.contains("';'"), "{}", opened.format);
    let request = ListCheckRequest {
        token: opened.token.clone(),
        mapping: opened.mapping.clone(),
        default_country: Some("MX".into()),
        fallback_zone: None,
    };
    let state = Arc::new(h.state);
    let (tx, mut changed) = mpsc::unbounded_channel();
    let test_host = Arc::new(TestHost {
        changed: tx,
        downloads: h.dir.path().join("Downloads"),
        progress: Default::default(),
        notified: Default::default(),
    });
    let host: Arc<dyn Host> = test_host.clone();
    let check = lists::check_list(&state, Arc::clone(&host), &request)
        .await
        .expect("checked");
    assert_eq!((check.rows, check.valid), (9, 7));
    let bad: Vec<u32> = check.invalid.iter().map(|n| n.row).collect();
    assert_eq!(bad, vec![8, 9], "{:?}", check.invalid);
    assert_eq!(
        check.new_contacts,
        Some(1),
        "one person is new to the sandbox"
    );

    assert_eq!(
        *crate::state::lock(&test_host.progress),
        vec![(9, 9)],
        "the screen hears how far the check got"
    );
    let mut wrong = form(&agent, &from);
    wrong.per_minute = 0;
    wrong.days.clear();
    let refused = campaigns::start(&state, Arc::clone(&host), request.clone(), wrong)
        .await
        .expect("answered");
    let StartOutcome::Problems { problems } = refused else {
        panic!("a form with problems must not start: {refused:?}");
    };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, vec!["window.days", "pace.per_minute"]);
    assert!(
        state.store.campaigns().expect("campaigns").is_empty(),
        "nothing stored"
    );

    let started = campaigns::start(&state, Arc::clone(&host), request, form(&agent, &from))
        .await
        .expect("started");
    let StartOutcome::Started { campaign_id } = started else {
        panic!("{started:?}");
    };
    let id = views::parse_id(&campaign_id).expect("an id");
    // Until the first calls are handed over (each tick that changes rows tells the screen).
    while state
        .store
        .campaign_handed_over(id)
        .expect("read")
        .is_empty()
    {
        changed.recv().await.expect("the screen hears of it");
    }
    runs::stop(&state, host.as_ref(), id, false).expect("paused");
    while state.campaigns.runs.is_running(id) {
        changed.recv().await.expect("the run ends");
    }
    let paused = views::one(&state, &campaign_id).await.expect("view");
    assert_eq!(paused.state, CampaignStateView::Paused);
    assert!(paused.active > 0, "calls were handed over before the pause");

    // Paused, the calls already handed over end; the status poller stores their results
    // (done here by hand: the poller reads the app's clock, the runs the simulator's).
    let sandbox_now = state
        .connection
        .read()
        .await
        .as_ref()
        .and_then(|c| c.sandbox.clone())
        .expect("sandbox");
    sandbox_now.advance_clock(chrono::Duration::minutes(20));
    let placer = state.placer().await.expect("placer");
    for (_, request_id) in state.store.campaign_handed_over(id).expect("handed over") {
        placer.refresh_status(request_id).await.expect("refreshed");
    }
    let collected = views::one(&state, &campaign_id).await.expect("view");
    assert_eq!(
        collected.active, 0,
        "their endings show while paused: {:?}",
        collected.counts
    );
    assert_eq!(
        collected.finished_rows,
        paused.finished_rows + paused.active
    );

    runs::resume(&state, Arc::clone(&host), id)
        .await
        .expect("resumed");
    let sandbox = state
        .connection
        .read()
        .await
        .as_ref()
        .and_then(|c| c.sandbox.clone())
        .expect("sandbox");
    // Each skip ahead lets the calls end and the retries come due; bounded, never a sleep.
    for _ in 0..60 {
        if !state.campaigns.runs.is_running(id) {
            break;
        }
        sandbox.advance_clock(chrono::Duration::minutes(20));
        state.campaigns.runs.wake_all();
        let _ = tokio::time::timeout(std::time::Duration::from_secs(10), changed.recv()).await;
    }
    let done = views::one(&state, &campaign_id).await.expect("view");
    assert_eq!(done.state, CampaignStateView::Finished, "{done:?}");
    assert_eq!(
        (done.total, done.finished_rows),
        (7, 7),
        "{:?}",
        done.counts
    );
    let posts = sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.path.ends_with("/calls/single-contact-call"))
        .count();
    let attempts: u32 = views::rows(&state, &campaign_id, 0, 100)
        .expect("rows")
        .rows
        .iter()
        .map(|r| r.attempts)
        .sum();
    assert_eq!(
        posts as u32, attempts,
        "one POST per attempt, none repeated"
    );

    // The app's clock never moved: the first ending was told at once, the rest wait for
    // their minute (grouped, never one notification per call).
    let told = crate::state::lock(&test_host.notified).clone();
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].title, "Campaign Diciembre");
    assert!(told[0].body.contains("ended —"), "{}", told[0].body);
    assert_eq!(
        told[0].target,
        crate::notify::NotificationTarget::Campaign(campaign_id.clone())
    );

    let path = campaigns::export_results(&state, host.as_ref(), &campaign_id).expect("exported");
    let text = std::fs::read_to_string(&path).expect("export readable");
    let mut lines = text.lines();
    assert!(lines
        .next()
        .is_some_and(|h| h.starts_with("nombre,teléfono,plan,Row,Callboard state,Outcome")));
    assert_eq!(lines.count(), 7, "one line per person called");
}

#[tokio::test]
async fn a_campaign_running_when_the_app_closed_is_paused_with_a_notice_to_resume_it() {
    let h = harness(None);
    connection::start_sandbox(&h.state).await.expect("sandbox");
    let opened = lists::open_sample(&h.state).expect("the sample opens");
    assert!(opened.rows > 0);
    let (_, _, agent, from) = first_ids(&h.state).await;
    let request = ListCheckRequest {
        token: opened.token,
        mapping: opened.mapping,
        default_country: Some("MX".into()),
        fallback_zone: Some("America/Mexico_City".into()),
    };
    let checked = lists::check(&h.state, &request, &mut |_, _| {}).expect("checked");
    let settings = crate::campaigns::form::settings(
        &form(&agent, &from),
        &callboard_core::schedule::CallingHours::default(),
        h.state.clock.now(),
    )
    .expect("settings");
    let id = callboard_core::campaign::create_campaign(
        &h.state.store,
        &settings,
        &checked.list.sheet,
        &checked.checked,
        "sample",
        h.state.clock.now(),
    )
    .expect("stored");
    h.state
        .store
        .set_campaign_state(id, CampaignState::Running, h.state.clock.now())
        .expect("running");
    runs::pause_interrupted(&h.state).expect("looked at");
    let shown = views::one(&h.state, &id.to_string()).await.expect("view");
    assert_eq!(shown.state, CampaignStateView::Paused);
    assert!(h
        .state
        .notices()
        .iter()
        .any(|n| n.contains("open Campaigns to resume")));
}
