//! Following a placed call: a status Callboard doesn't know is followed (for a while) and
//! said, never taken as the end of the call; status times are the server's when it gives
//! them; and statuses are stored typed but read from today's store strings.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::fake_api::FakeApi;
use crate::placement_support::client_for;
use callboard_core::calls::{
    CallEntry, CallState, CallStatus, JournalRecord, Outcome, RequestSummary,
};
use callboard_core::clock::FixedClock;
use callboard_core::placement::CallPlacer;
use callboard_core::store::import::import_journal;
use callboard_core::store::{CallStore, StoreOptions};
use chrono::{DateTime, Duration, TimeZone, Utc};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use uuid::Uuid;

const ID: Uuid = Uuid::from_u128(0x51);

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 3, 10, 0, 0).unwrap()
}

struct Setup {
    placer: CallPlacer,
    store: Arc<CallStore>,
    clock: Arc<FixedClock>,
    /// What `GET /v1/calls/call-1` answers.
    reply: Arc<Mutex<Value>>,
    path: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

async fn setup(reply: Value) -> Setup {
    let reply = Arc::new(Mutex::new(reply));
    let served = reply.clone();
    let api = FakeApi::start(move |_| (200, served.lock().unwrap().to_string())).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    let clock = Arc::new(FixedClock::new(t0()));
    let options = StoreOptions {
        clock: clock.clone(),
        ..StoreOptions::default()
    };
    let (store, _) = CallStore::open(&path, options).unwrap();
    let store = Arc::new(store);
    store
        .append(&JournalRecord::Sending {
            request_id: ID,
            at: t0(),
            request: RequestSummary {
                contact_id: "contact-1".into(),
                agent_id: "agent-1".into(),
                from_number_id: "pn-1".into(),
                body: json!({}),
                labels: Default::default(),
                due_at: Some(t0()),
                campaign_id: None,
            },
        })
        .unwrap();
    let outcome = Outcome::Placed {
        call_id: "call-1".into(),
    };
    store
        .append(&JournalRecord::Outcome {
            request_id: ID,
            at: t0(),
            outcome,
        })
        .unwrap();
    let client = client_for(&api.base_url, "test-key", std::time::Duration::from_secs(5));
    let placer = CallPlacer::new(client, store.clone(), clock.clone());
    Setup {
        placer,
        store,
        clock,
        reply,
        path,
        _dir: dir,
    }
}

async fn refresh(s: &Setup) -> CallEntry {
    s.placer.refresh_status(ID).await.unwrap()
}

#[tokio::test]
async fn an_unknown_status_keeps_the_call_followed_and_says_so_until_the_limit() {
    let s = setup(json!({"id": "call-1", "call_status": "ringing"})).await;
    let entry = refresh(&s).await;
    let latest = entry.latest_status().unwrap();
    assert_eq!(latest.call_status, CallStatus::Unknown("ringing".into()));
    assert_eq!(
        entry.state,
        CallState::InProgress,
        "not taken as the end of the call"
    );
    assert!(!entry.is_settled(), "still polled");
    assert_eq!(
        entry.status_note().unwrap(),
        "Contactship reported a status Callboard doesn't know (\"ringing\"); still checking."
    );

    s.clock.advance(Duration::hours(5));
    assert!(
        !refresh(&s).await.is_settled(),
        "five hours in: still followed"
    );
    s.clock
        .advance(CallEntry::UNKNOWN_STATUS_FOLLOW_LIMIT - Duration::hours(5));
    let entry = refresh(&s).await;
    assert!(entry.is_settled(), "after the limit, polling stops");
    assert!(entry.status_note().unwrap().contains("stopped checking"));

    // The status is stored as its wire name and reads back typed.
    drop(s.placer);
    drop(s.store);
    let (store, _) = CallStore::open_default(&s.path).unwrap();
    let again = store.entry(ID).unwrap();
    assert_eq!(
        again.latest_status().unwrap().call_status,
        CallStatus::Unknown("ringing".into())
    );
    assert!(again.is_settled());
}

#[tokio::test]
async fn a_known_status_after_an_unknown_one_is_followed_as_usual() {
    let s = setup(json!({"id": "call-1", "call_status": "ringing"})).await;
    refresh(&s).await;
    *s.reply.lock().unwrap() = json!({"id": "call-1", "call_status": "in-progress"});
    let entry = refresh(&s).await;
    assert_eq!(entry.state, CallState::InProgress);
    assert_eq!(entry.status_note(), None);
    *s.reply.lock().unwrap() = json!({"id": "call-1", "call_status": "busy"});
    let entry = refresh(&s).await;
    assert_eq!(entry.state, CallState::Completed);
    assert!(entry.is_settled());
}

#[tokio::test]
async fn each_status_is_dated_when_the_server_says_it_happened_and_keeps_when_it_was_seen() {
    let call = |status: &str| {
        json!({"id": "call-1", "call_status": status,
               "created_at": "2026-01-03T10:00:05.000Z",
               "start_at": "2026-01-03T10:01:00+00:00",
               "finished_at": "2026-01-03T10:04:30Z"})
    };
    let s = setup(call("in-queue")).await;
    s.clock.set(t0() + Duration::minutes(30));
    refresh(&s).await;
    *s.reply.lock().unwrap() = call("in-progress");
    s.clock.advance(Duration::minutes(1));
    refresh(&s).await;
    *s.reply.lock().unwrap() = call("completed");
    s.clock.advance(Duration::minutes(1));
    let entry = refresh(&s).await;
    let times: Vec<_> = entry
        .status_history
        .iter()
        .map(|h| (h.at, h.seen_at))
        .collect();
    let at = |m, sec| t0() + Duration::minutes(m) + Duration::seconds(sec);
    assert_eq!(
        times,
        vec![
            (at(0, 5), Some(at(30, 0))),
            (at(1, 0), Some(at(31, 0))),
            (at(4, 30), Some(at(32, 0))),
        ]
    );
    assert_eq!(
        entry.last_checked,
        Some(at(32, 0)),
        "checks are our own clock"
    );
}

#[test]
fn status_strings_in_existing_journals_read_as_typed_statuses_and_are_stored_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.journal");
    let lines = [
        r#"{"sending":{"request_id":"00000000-0000-0000-0000-000000000051","at":"2026-01-03T10:00:00Z","request":{"contact_id":"c","agent_id":"a","from_number_id":"p","body":{}}}}"#,
        r#"{"outcome":{"request_id":"00000000-0000-0000-0000-000000000051","at":"2026-01-03T10:00:00Z","outcome":{"kind":"placed","call_id":"call-1"}}}"#,
        r#"{"status_update":{"request_id":"00000000-0000-0000-0000-000000000051","status":{"at":"2026-01-03T10:01:00Z","call_status":"in-progress"}}}"#,
        r#"{"status_update":{"request_id":"00000000-0000-0000-0000-000000000051","status":{"at":"2026-01-03T10:05:00Z","call_status":"voice_mail","call_result":"voicemail"}}}"#,
    ];
    let text: String = lines
        .iter()
        .map(|json| format!("{:08x} {json}\n", crc32fast::hash(json.as_bytes())))
        .collect();
    std::fs::write(&path, &text).unwrap();
    let db = dir.path().join("calls.sqlite3");
    let (store, _) = CallStore::open_default(&db).unwrap();
    let report = import_journal(&store, &path).unwrap().unwrap();
    assert_eq!(report.records, 4);
    let entry = store.entry(ID).unwrap();
    let statuses: Vec<_> = entry
        .status_history
        .iter()
        .map(|s| s.call_status.clone())
        .collect();
    assert_eq!(
        statuses,
        vec![CallStatus::InProgress, CallStatus::VoiceMail]
    );
    assert_eq!(entry.state, CallState::Completed);
    assert_eq!(entry.status_history[0].seen_at, None);
    assert_eq!(entry.last_checked, Some(t0() + Duration::minutes(5)));
    drop(store);
    // Stored as the wire names they arrived with.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = conn
        .prepare("SELECT call_status FROM status_history ORDER BY id")
        .unwrap();
    let stored: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(stored, ["in-progress", "voice_mail"]);
}
