//! The app's Sandbox mode keeps its organisation in a file (`SandboxOptions::state_file`): a
//! call created before a restart is still there after it, has moved on with the clock (it
//! ended while "the app was closed"), the fast-forward is kept, and a damaged file is moved
//! aside, never overwritten.

use crate::common::Harness;
use chrono::Duration;
use contactship_sandbox::{ClockMode, SandboxOptions};

fn options(file: &std::path::Path) -> SandboxOptions {
    SandboxOptions {
        clock: ClockMode::Realtime,
        state_file: Some(file.to_path_buf()),
        ..SandboxOptions::default()
    }
}

#[tokio::test]
async fn a_call_made_before_a_restart_has_ended_after_it_and_the_fast_forward_is_kept() {
    let dir = tempfile_dir();
    let file = dir.join("sandbox-state.json");
    let h = Harness::start_with_options(options(&file)).await;
    let body = h.contact_call_body().await;
    let created = h.post("/v1/calls/single-contact-call", &body).await;
    let id = created.json["call_id"]
        .as_str()
        .expect("a call id")
        .to_owned();
    let contact = h
        .post(
            "/v1/contacts",
            &serde_json::json!({"full_name": "Persona Nueva", "phone_number": "+525512345678"}),
        )
        .await;
    let before = h.sandbox.advance_clock(Duration::minutes(1));
    h.sandbox.clone().shutdown().await;

    // "The app was closed" for a while: on Contactship the call went on; here the skip ahead
    // stands in for it, taken before the restart.
    let again = Harness::start_with_options(options(&file)).await;
    assert!(again.sandbox.now() >= before, "the fast-forward is kept");
    again.sandbox.advance_clock(Duration::minutes(10));
    let call = again.get(&format!("/v1/calls/{id}")).await;
    assert_eq!(call.status, 200, "{}", call.text);
    let status = call.json["call_status"].as_str().unwrap_or_default();
    assert!(
        ["completed", "no-answer", "busy", "voice_mail", "failed"].contains(&status),
        "it ended while the app was closed: {}",
        call.text
    );
    let phone = again
        .get("/v1/contacts/+525512345678?identifierType=phone_number")
        .await;
    assert_eq!(
        phone.status, 200,
        "the contact made before the restart: {}",
        contact.text
    );
    // Ids never repeat across runs.
    let second = again.post("/v1/calls/single-contact-call", &body).await;
    assert_ne!(second.json["call_id"].as_str(), Some(id.as_str()));
}

#[tokio::test]
async fn a_damaged_state_file_is_moved_aside_and_the_sandbox_starts_fresh() {
    let dir = tempfile_dir();
    let file = dir.join("sandbox-state.json");
    std::fs::write(&file, b"{ not json").unwrap();
    let h = Harness::start_with_options(options(&file)).await;
    assert!(h.sandbox.notice().is_some_and(|n| n.contains("unreadable")));
    let aside: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1, "the damaged file is kept beside");
    assert_eq!(std::fs::read(aside[0].path()).unwrap(), b"{ not json");
    assert!(h.get("/v1/contacts").await.status.is_success());
}

#[tokio::test]
async fn an_any_number_call_is_kept_across_a_restart_with_its_callee() {
    let dir = tempfile_dir();
    let file = dir.join("sandbox-state.json");
    let h = Harness::start_with_options(options(&file)).await;
    let agent = h.agent("en-US").await;
    let (_, from) = h.outbound_number().await;
    let body = serde_json::json!({"from_number": from, "to_number": "+14155552678",
        "full_name": "Jane Smith", "agent_id": agent, "country": "United States"});
    let created = h.post("/v1/calls/single-phone-call", &body).await;
    let id = created.json["call_id"]
        .as_str()
        .expect("a call id")
        .to_owned();
    h.sandbox.clone().shutdown().await;

    let again = Harness::start_with_options(options(&file)).await;
    let call = again.get(&format!("/v1/calls/{id}")).await;
    assert_eq!(call.status, 200, "{}", call.text);
    assert_eq!(call.json["contact"]["full_name"], "Jane Smith");
    assert_eq!(call.json["contact"]["phone_number"], "+14155552678");
    assert_eq!(call.json["from"], from.as_str());
}

#[tokio::test]
async fn a_file_saved_before_the_docs_example_contact_gets_it_once_and_a_deletion_stays() {
    const DOCS: &str = "/v1/contacts/c1d2e3f4-a5b6-7890-cdef-123456789012";
    let dir = tempfile_dir();
    let file = dir.join("sandbox-state.json");
    let h = Harness::start_with_options(options(&file)).await;
    h.sandbox.clone().shutdown().await;
    // Rewrite it as an older build saved it: no marker, no example contact.
    let mut saved: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let obj = saved.as_object_mut().unwrap();
    assert_eq!(obj.remove("docs_examples"), Some(serde_json::json!(true)));
    let contacts = obj["contacts"].as_array_mut().unwrap();
    contacts.retain(|c| c["id"] != "c1d2e3f4-a5b6-7890-cdef-123456789012");
    std::fs::write(&file, serde_json::to_vec(&saved).unwrap()).unwrap();

    let old = Harness::start_with_options(options(&file)).await;
    assert_eq!(old.get(DOCS).await.status, 200, "added to the older file");
    assert_eq!(old.delete(DOCS).await.status, 204);
    old.sandbox.clone().shutdown().await;

    let later = Harness::start_with_options(options(&file)).await;
    assert_eq!(later.get(DOCS).await.status, 404, "a deletion is kept");
}

/// A fresh folder under the system's temp dir (the crate has no tempfile dependency).
fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("sandbox-state-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
