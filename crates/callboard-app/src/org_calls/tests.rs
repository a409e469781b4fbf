//! "All calls" against the simulator with its seeded history: paging to the end, filters,
//! agent names, the local match, details, hostile pages and plain errors.

use super::*;
use crate::calls::{self, Confirmations};
use crate::connection;
use crate::flow_tests::{first_ids, form, harness, Harness};
use crate::ipc::{CallState, When};
use contactship_sandbox::{FaultAction, FaultRule, Sandbox, SandboxOptions};

async fn connected() -> (Harness, Sandbox) {
    let sandbox = Sandbox::start(SandboxOptions {
        history: true,
        ..SandboxOptions::default()
    })
    .await
    .expect("simulator");
    let h = harness(Some(sandbox.base_url()));
    connection::connect_account(&h.state, sandbox.api_key().to_owned(), true)
        .await
        .expect("connected");
    (h, sandbox)
}

fn page(offset: u32) -> OrgCallQuery {
    OrgCallQuery {
        offset,
        limit: PAGE_SIZE,
        ..OrgCallQuery::default()
    }
}

fn requests(sandbox: &Sandbox, path: &str) -> usize {
    sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "GET" && r.path == path)
        .count()
}

#[test]
fn every_filter_is_sent_as_the_api_names_it_and_a_typed_phone_becomes_e164() {
    let q = api_query(&OrgCallQuery {
        status: Some(OrgStatusFilter::VoiceMail),
        result: Some(OrgResultFilter::NoAnswer),
        agent_id: Some(" agent-1 ".into()),
        campaign_id: Some(String::new()),
        date_from: Some("2026-11-01".into()),
        date_to: Some("2026-11-30".into()),
        phone: Some("+52 (55) 1234-5678".into()),
        offset: 100,
        limit: 5_000,
    })
    .expect("valid");
    assert_eq!(q.call_status, Some(contactship::CallStatus::VoiceMail));
    assert_eq!(q.call_result, Some(contactship::CallResult::NoAnswer));
    assert_eq!(q.agent_id.as_deref(), Some("agent-1"));
    assert_eq!(q.campaign_id, None, "a blank filter is not sent");
    assert_eq!(q.date_from.as_deref(), Some("2026-11-01"));
    assert_eq!(q.phone_number.as_deref(), Some("+525512345678"));
    assert_eq!((q.offset, q.limit), (Some(100), Some(MAX_PAGE_SIZE)));
    assert_eq!(
        q.include_transcript,
        Some(false),
        "the list never carries transcripts"
    );
}

#[test]
fn a_filter_that_cannot_be_sent_names_its_field_in_a_plain_sentence() {
    let bad = |q: OrgCallQuery| api_query(&q).expect_err("refused");
    let e = bad(OrgCallQuery {
        date_from: Some("3/12/2026".into()),
        ..page(0)
    });
    assert_eq!(
        (e.code, e.field.as_deref()),
        (ErrorCode::Validation, Some("date_from"))
    );
    assert_eq!(
        e.message,
        "Write the From date as year-month-day, e.g. 2026-12-03."
    );
    let e = bad(OrgCallQuery {
        date_from: Some("2026-12-03".into()),
        date_to: Some("2026-12-01".into()),
        ..page(0)
    });
    assert_eq!(e.message, "The From date is after the To date.");
    for typed in ["5255", "call me", "+52 55 1234 5678 9999 1"] {
        let e = bad(OrgCallQuery {
            phone: Some(typed.into()),
            ..page(0)
        });
        assert_eq!(e.field.as_deref(), Some("phone"), "{typed}");
    }
}

#[tokio::test]
async fn pages_walk_every_call_of_the_organisation_once_with_agent_names() {
    let (h, sandbox) = connected().await;
    let first = list_org_calls(&h.state, page(0)).await.expect("page");
    assert_eq!((first.rows.len(), first.total), (50, Some(240)));
    assert!(first.has_more && first.next_offset == 50);
    let mut all = first.rows;
    let mut offset = first.next_offset;
    loop {
        let next = list_org_calls(&h.state, page(offset)).await.expect("page");
        all.extend(next.rows);
        offset = next.next_offset;
        if !next.has_more {
            break;
        }
    }
    assert_eq!(all.len(), 240);
    let ids: HashSet<_> = all.iter().map(|r| r.call_id.clone()).collect();
    assert_eq!(ids.len(), 240, "no call twice");
    assert!(all
        .iter()
        .all(|r| r.agent_label != unknown_agent() && !r.agent_label.is_empty()));
    assert!(
        all.iter().all(|r| r.local_request_id.is_none()),
        "none placed here"
    );
    assert_eq!(
        requests(&sandbox, "/v1/agents"),
        1 + 1,
        "connect, then one read for the names"
    );
    let done = all
        .iter()
        .find(|r| r.state == CallState::Completed)
        .expect("a completed call");
    assert!(done.is_final && done.duration_label.is_some(), "{done:?}");
    assert!(
        done.status_label.starts_with("Completed — answered ·"),
        "{}",
        done.status_label
    );
    assert!(all
        .iter()
        .any(|r| r.state == CallState::Scheduled && !r.is_final));
    h.state.set_connection(None).await;
}

#[tokio::test]
async fn filters_reach_the_server_and_only_matching_calls_come_back() {
    let (h, _sandbox) = connected().await;
    let everything = list_org_calls(
        &h.state,
        OrgCallQuery {
            limit: 100,
            ..page(0)
        },
    )
    .await
    .expect("page");
    let agent = everything.rows[3].agent_id.clone().expect("agent");
    let q = OrgCallQuery {
        status: Some(OrgStatusFilter::Completed),
        agent_id: Some(agent.clone()),
        ..page(0)
    };
    let some = list_org_calls(&h.state, q).await.expect("filtered");
    assert!(!some.rows.is_empty() && some.total < everything.total);
    assert!(some
        .rows
        .iter()
        .all(|r| r.state == CallState::Completed && r.agent_id.as_deref() == Some(agent.as_str())));
    let phone = everything.rows[7].contact_phone.clone();
    let by_phone = list_org_calls(
        &h.state,
        OrgCallQuery {
            phone: Some(everything.rows[7].phone_display.clone()),
            ..page(0)
        },
    )
    .await
    .expect("by phone");
    assert!(by_phone.rows.iter().all(|r| r.contact_phone == phone));
    assert!(by_phone
        .rows
        .iter()
        .any(|r| r.call_id == everything.rows[7].call_id));
    h.state.set_connection(None).await;
}

#[tokio::test]
async fn a_call_placed_on_this_computer_is_listed_once_and_points_at_its_attempt() {
    let (h, _sandbox) = connected().await;
    let (contact, name, agent, from) = first_ids(&h.state).await;
    let yes = Confirmations {
        outside_calling_hours: true,
        ..Confirmations::default()
    };
    let placed = calls::place_call(
        &h.state,
        form(&contact, &name, &agent, &from, When::Now),
        yes,
    )
    .await
    .expect("placed");
    let entry = placed.entry.expect("an attempt");
    let call_id = entry.call_id.clone().expect("a call id");
    let first = list_org_calls(&h.state, page(0)).await.expect("page");
    assert_eq!(first.total, Some(241));
    let mine: Vec<_> = first.rows.iter().filter(|r| r.call_id == call_id).collect();
    assert_eq!(mine.len(), 1, "shown once");
    assert_eq!(
        mine[0].local_request_id.as_deref(),
        Some(entry.request_id.as_str())
    );
    assert_eq!(first.rows[0].call_id, call_id, "newest first");
    assert_eq!(
        first
            .rows
            .iter()
            .filter(|r| r.local_request_id.is_some())
            .count(),
        1
    );
    h.state.set_connection(None).await;
}

#[tokio::test]
async fn details_carry_the_transcript_recording_and_analysis_and_a_missing_call_says_so() {
    let (h, sandbox) = connected().await;
    let rows = list_org_calls(
        &h.state,
        OrgCallQuery {
            limit: 100,
            ..page(0)
        },
    )
    .await
    .expect("page")
    .rows;
    let done = rows
        .iter()
        .find(|r| r.state == CallState::Completed)
        .expect("completed");
    let d = org_call_details(&h.state, &done.call_id)
        .await
        .expect("details");
    assert_eq!(d.row.call_id, done.call_id);
    assert!(!d.transcript.is_empty());
    assert!(d
        .recording_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://")));
    assert!(d.summary.is_some() && d.sentiment.is_some() && d.successful.is_some());
    assert!(d.ended_because.as_deref().is_some_and(|r| !r.contains('_')));
    let last = sandbox.requests().pop().expect("a request");
    assert!(last
        .query
        .unwrap_or_default()
        .contains("include_transcript=true"));

    let e = org_call_details(&h.state, "no-such-call")
        .await
        .expect_err("missing");
    assert_eq!(e.code, ErrorCode::NotFound);
    assert!(
        !e.message.contains('{') && !e.message.contains(sandbox.api_key()),
        "{}",
        e.message
    );
    h.state.set_connection(None).await;
}

#[tokio::test]
async fn a_server_that_repeats_calls_and_misstates_its_count_still_gives_each_call_once() {
    let (h, sandbox) = connected().await;
    let call = r#"{"id":"dup-1","call_status":"completed","call_result":"answered","duration":"61",
        "agent_id":"gone-agent","created_at":"2026-11-02T10:00:00Z","contact":{"full_name":null,"phone_number":"+525512345678"}}"#;
    let body = format!(r#"{{"data":[{call},{call}],"count":"9999"}}"#);
    let status = |body: String| FaultAction::Status {
        status: 200,
        body: Some(body),
        content_type: None,
    };
    sandbox.add_fault(FaultRule::new("GET", "/v1/calls", status(body)));
    let p = list_org_calls(&h.state, page(0)).await.expect("page");
    assert_eq!(p.rows.len(), 1, "{:?}", p.rows);
    let r = &p.rows[0];
    assert_eq!(
        (r.agent_label.as_str(), r.contact_label.as_str()),
        (unknown_agent().as_str(), "+52 55 1234 5678")
    );
    assert_eq!(r.duration_label.as_deref(), Some("1 min 01 s"));
    assert!(p.has_more, "the count says there is more");
    sandbox.add_fault(FaultRule::new(
        "GET",
        "/v1/calls",
        status(r#"{"data":[],"count":9999}"#.into()),
    ));
    let empty = list_org_calls(&h.state, page(2)).await.expect("page");
    assert!(
        !empty.has_more,
        "an empty page ends the list whatever the count says"
    );
    h.state.set_connection(None).await;
}

#[tokio::test]
async fn without_a_connection_the_list_says_how_to_connect() {
    let h = harness(None);
    let e = list_org_calls(&h.state, page(0))
        .await
        .expect_err("not connected");
    assert_eq!(e.code, ErrorCode::NotConnected);
}
