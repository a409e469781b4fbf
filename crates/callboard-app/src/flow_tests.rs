//! The shell's flows end to end without a window: a real call store on disk, an in-memory
//! keychain and preferences, and the API simulator on loopback. Every value a command would
//! return is serialized as the UI would receive it and searched for the API key.

use crate::calls::{self, Confirmations};
use crate::connection;
use crate::error::ErrorCode;
use crate::ipc::{CallForm, KeyValue, Mode, OutcomeKind, Preferences, When};
use crate::prefs::PreferenceStore;
use crate::state::{lock, AppState};
use crate::views;
use callboard_core::call_query::{CallQuery, PageRequest};
use callboard_core::clock::FixedClock;
use callboard_core::secrets::{MemoryStore, SecretStore};
use callboard_core::store::CallStore;
use contactship_sandbox::{FaultAction, FaultRule, Sandbox, SandboxOptions};
use std::sync::{Arc, Mutex};

/// Preferences kept in memory, so tests can read back exactly what would be saved.
#[derive(Default)]
struct MemoryPrefs {
    prefs: Mutex<Option<Preferences>>,
    mode: Mutex<Option<Mode>>,
}

impl PreferenceStore for MemoryPrefs {
    fn get(&self) -> Preferences {
        lock(&self.prefs).clone().unwrap_or_default()
    }
    fn set(&self, prefs: &Preferences) -> Result<(), crate::error::AppError> {
        *lock(&self.prefs) = Some(prefs.clone());
        Ok(())
    }
    fn mode(&self) -> Option<Mode> {
        *lock(&self.mode)
    }
    fn set_mode(&self, mode: Option<Mode>) -> Result<(), crate::error::AppError> {
        *lock(&self.mode) = mode;
        Ok(())
    }
}

pub(crate) struct Harness {
    pub(crate) state: AppState,
    pub(crate) keychain: Arc<MemoryStore>,
    pub(crate) dir: tempfile::TempDir,
}

pub(crate) fn harness(api_url: Option<String>) -> Harness {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, _) = CallStore::open_default(dir.path().join("calls.sqlite3")).expect("store");
    let keychain = Arc::new(MemoryStore::new());
    let mut state = AppState::new(
        dir.path().to_path_buf(),
        Arc::new(store),
        Box::new(MemoryPrefs::default()),
        Ok(keychain.clone() as Arc<dyn SecretStore>),
        Vec::new(),
    );
    state.api_url_override = api_url;
    // Calling hours are checked against the app's clock, so a test on the real clock would
    // pass or fail with the hour CI happens to run at (it did: a call "now" at 02:00 UTC is
    // outside Mexico City's hours and asks first). 18:00 UTC is noon in Mexico City.
    state.clock = Arc::new(FixedClock::new(
        chrono::DateTime::parse_from_rfc3339("2026-06-15T18:00:00Z")
            .expect("an RFC 3339 instant")
            .with_timezone(&chrono::Utc),
    ));
    Harness {
        state,
        keychain,
        dir,
    }
}

pub(crate) async fn first_ids(state: &AppState) -> (String, String, String, String) {
    let client = state.client().await.expect("connected");
    let contact = client
        .list_contacts(&Default::default())
        .await
        .expect("contacts")
        .remove(0);
    let agent = client.list_agents().await.expect("agents").remove(0);
    let numbers = client.list_phone_numbers(None).await.expect("numbers");
    let from = numbers
        .iter()
        .find(|n| matches!(n.kind, Some(contactship::PhoneNumberType::Outbound)))
        .expect("an outbound number")
        .id
        .clone();
    (
        contact.id,
        contact.full_name.unwrap_or_default(),
        agent.id,
        from,
    )
}

pub(crate) fn form(contact: &str, name: &str, agent: &str, from: &str, when: When) -> CallForm {
    CallForm {
        contact_id: contact.into(),
        agent_id: agent.into(),
        from_number_id: from.into(),
        when,
        additional_data: vec![KeyValue {
            key: "amount_debt".into(),
            value: "14058".into(),
        }],
        metadata: vec![],
        callee_time_zone: Some("America/Mexico_City".into()),
        contact_phone: "+525512345678".into(),
        contact_country: Some("MX".into()),
        contact_label: name.into(),
        agent_label: "Agent".into(),
        from_label: "+1 646-555-0100".into(),
        test_number: None,
        from_number: None,
    }
}

#[tokio::test]
async fn a_first_launch_has_no_mode_and_the_sandbox_connects_in_one_step() {
    let h = harness(None);
    let status = connection::status(&h.state).await;
    assert_eq!(status.mode, None, "first launch shows onboarding");
    connection::start_sandbox(&h.state)
        .await
        .expect("sandbox starts");
    let status = connection::status(&h.state).await;
    assert_eq!(status.mode, Some(Mode::Sandbox));
    assert!(status
        .sandbox_url
        .unwrap_or_default()
        .starts_with("http://127.0.0.1:"));
    assert_eq!(
        h.state.prefs.mode(),
        Some(Mode::Sandbox),
        "the choice is remembered"
    );
    let (contact, name, agent, from) = first_ids(&h.state).await;
    let outcome = calls::place_call(
        &h.state,
        form(&contact, &name, &agent, &from, When::Now),
        Confirmations::default(),
    )
    .await
    .expect("placed");
    assert_eq!(outcome.kind, OutcomeKind::Placed, "{}", outcome.message);
    let again = calls::place_call(
        &h.state,
        form(&contact, &name, &agent, &from, When::Now),
        Confirmations::default(),
    )
    .await
    .expect("answered");
    assert_eq!(
        again.kind,
        OutcomeKind::NeedsConfirmation,
        "a second call within 10 minutes asks first"
    );
    assert!(again.message.contains(&name), "{}", again.message);
    let confirmed = calls::place_call(
        &h.state,
        form(&contact, &name, &agent, &from, When::Now),
        Confirmations {
            duplicate: true,
            ..Confirmations::default()
        },
    )
    .await
    .expect("placed");
    assert_eq!(confirmed.kind, OutcomeKind::Placed);
    assert_eq!(
        h.state.store.len(),
        2,
        "the unconfirmed attempt sent nothing"
    );
    h.state.set_connection(None).await;
}

#[tokio::test]
async fn connecting_stores_the_trimmed_key_and_no_response_or_file_contains_it() {
    let key = format!("cs-live-{}", uuid::Uuid::new_v4().simple());
    let sandbox = Sandbox::start(SandboxOptions {
        api_key: key.clone(),
        ..Default::default()
    })
    .await
    .expect("simulator");
    let h = harness(Some(sandbox.base_url()));

    let wrong = connection::connect_account(&h.state, "not-the-key".into(), false)
        .await
        .expect_err("rejected");
    assert_eq!(wrong.code, ErrorCode::InvalidApiKey);
    assert_eq!(wrong.field.as_deref(), Some("api_key"));
    assert!(
        h.keychain.get().expect("readable").is_none(),
        "a rejected key is not saved"
    );

    connection::connect_account(&h.state, format!("  {key} \n"), false)
        .await
        .expect("connected");
    let saved = h.keychain.get().expect("readable").expect("saved");
    assert_eq!(saved.expose(), key, "saved without the pasted whitespace");

    let mut responses = Vec::new();
    let status = connection::status(&h.state).await;
    assert_eq!(status.key.last4.as_deref(), Some(&key[key.len() - 4..]));
    responses.push(serde_json::to_string(&status).expect("json"));
    let (contact, name, agent, from) = first_ids(&h.state).await;
    let f = form(
        &contact,
        &name,
        &agent,
        &from,
        When::Delay {
            minutes: "30".into(),
        },
    );
    let preview = calls::preview_request(&h.state, &f).await.expect("preview");
    assert!(preview.curl.contains("$CONTACTSHIP_API_KEY"));
    responses.push(serde_json::to_string(&preview).expect("json"));
    let placed = calls::place_call(&h.state, f, Confirmations::default())
        .await
        .expect("placed");
    responses.push(serde_json::to_string(&placed).expect("json"));
    let request_id = placed.entry.as_ref().expect("entry").request_id.clone();
    responses.push(
        serde_json::to_string(
            &calls::check_call(&h.state, &request_id)
                .await
                .expect("checked"),
        )
        .expect("json"),
    );
    for e in h
        .state
        .store
        .page(
            &CallQuery::default(),
            PageRequest::new(0, PageRequest::MAX_LIMIT),
        )
        .expect("a page")
    {
        let full = h.state.store.entry(e.request_id).expect("stored");
        responses.push(serde_json::to_string(&views::call_details(&full)).expect("json"));
    }
    responses.push(serde_json::to_string(&h.state.prefs.get()).expect("json"));
    let everything = crate::ipc::CallListQuery::default();
    let csv = crate::recent::export_csv(&h.state, &everything, h.dir.path()).expect("csv");
    responses.push(std::fs::read_to_string(&csv).expect("the CSV file"));
    let page = crate::recent::list_calls(&h.state, &everything).expect("a page");
    responses.push(serde_json::to_string(&page).expect("json"));

    for r in &responses {
        assert!(!r.contains(&key), "a response leaked the key: {r}");
    }
    for entry in walk(h.dir.path()) {
        let bytes = std::fs::read(&entry).expect("readable");
        assert!(
            !String::from_utf8_lossy(&bytes).contains(&key),
            "{} contains the key",
            entry.display()
        );
    }
    // The sweep reads real answers: the key's last four characters (shown in Settings) are
    // in them, so a search for the whole key would have found it there.
    assert!(
        responses[0].contains(&key[key.len() - 4..]),
        "the status answer was read: {}",
        responses[0]
    );
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}

#[tokio::test]
async fn a_server_error_is_outcome_unknown_after_exactly_one_post_and_checking_never_resends() {
    let sandbox = Sandbox::start(SandboxOptions::default())
        .await
        .expect("simulator");
    let h = harness(Some(sandbox.base_url()));
    connection::connect_account(&h.state, sandbox.api_key().to_owned(), true)
        .await
        .expect("connected");
    assert_eq!(
        connection::key_status(&h.state).await.store,
        crate::ipc::KeyStore::SessionOnly
    );
    assert!(
        h.keychain.get().expect("readable").is_none(),
        "session-only keys stay out of the keychain"
    );
    let (contact, name, agent, from) = first_ids(&h.state).await;
    let path = "/v1/calls/single-contact-call";
    sandbox.add_fault(FaultRule::new(
        "POST",
        path,
        FaultAction::Status {
            status: 500,
            body: None,
            content_type: None,
        },
    ));

    let outcome = calls::place_call(
        &h.state,
        form(&contact, &name, &agent, &from, When::Now),
        Confirmations::default(),
    )
    .await
    .expect("answered");
    assert_eq!(outcome.kind, OutcomeKind::OutcomeUnknown);
    assert!(outcome
        .next_step
        .unwrap_or_default()
        .contains("Check status"));
    let posts = || {
        sandbox
            .requests()
            .iter()
            .filter(|r| r.method == "POST" && r.path == path)
            .count()
    };
    assert_eq!(posts(), 1);

    let id = outcome.entry.expect("entry").request_id;
    let checked = calls::check_call(&h.state, &id).await.expect("looked up");
    assert_eq!(
        checked.state,
        crate::ipc::CallState::OutcomeUnknown,
        "nothing was created, so still unknown"
    );
    assert_eq!(
        posts(),
        1,
        "checking looks the call up; it never sends it again"
    );
    h.state.set_connection(None).await;
    sandbox.shutdown().await;
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}
