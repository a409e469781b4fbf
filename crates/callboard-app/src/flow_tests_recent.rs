//! Recent calls through the app's functions: pages with counts, filters answered by the log,
//! a typed date that is wrong named by its box, agents for the filter, CSV of every match.

use crate::flow_tests::{harness, Harness};
use crate::ipc::{CallListQuery, CallState};
use crate::recent;
use callboard_core::calls::{CallLabels, JournalRecord, Outcome, RequestSummary};
use chrono::{Duration, TimeZone, Utc};
use uuid::Uuid;

/// `n` placed calls, one a minute from 2026-12-01 12:00Z; odd ones with agent "a2".
fn seeded(n: usize) -> Harness {
    let h = harness(None);
    let start = Utc
        .with_ymd_and_hms(2026, 12, 1, 12, 0, 0)
        .single()
        .expect("time");
    for i in 0..n {
        let request_id = Uuid::new_v4();
        let at = start + Duration::minutes(i as i64);
        let agent = if i % 2 == 0 { "a1" } else { "a2" };
        let request = RequestSummary {
            contact_id: format!("c{i}"),
            agent_id: agent.into(),
            from_number_id: "pn-1".into(),
            body: serde_json::json!({}),
            labels: CallLabels {
                contact_name: format!("Contacto {i:03} Peña"),
                contact_phone: format!("+52551234{i:04}"),
                agent_name: format!("Agente {agent}"),
                from_number: "+14155550100".into(),
                when_label: "Now".into(),
                ..CallLabels::default()
            },
            due_at: None,
            campaign_id: None,
        };
        let sending = JournalRecord::Sending {
            request_id,
            at,
            request,
        };
        h.state.store.append(&sending).expect("recorded");
        let outcome = Outcome::Placed {
            call_id: format!("call-{i}"),
        };
        let placed = JournalRecord::Outcome {
            request_id,
            at,
            outcome,
        };
        h.state.store.append(&placed).expect("recorded");
    }
    h
}

fn query(offset: u32, limit: u32) -> CallListQuery {
    CallListQuery {
        offset,
        limit,
        ..CallListQuery::default()
    }
}

#[test]
fn pages_come_newest_first_with_the_counts() {
    let h = seeded(120);
    let first = recent::list_calls(&h.state, &query(0, 50)).expect("page");
    assert_eq!(
        (first.rows.len(), first.matching, first.total),
        (50, 120, 120)
    );
    assert_eq!(first.rows[0].contact_label, "Contacto 119 Peña");
    let last = recent::list_calls(&h.state, &query(100, 50)).expect("page");
    assert_eq!(last.rows.len(), 20);
    assert_eq!(last.offset, 100);
    assert_eq!(last.rows[19].contact_label, "Contacto 000 Peña");
    let huge = recent::list_calls(&h.state, &query(0, 1_000_000)).expect("page");
    assert!(huge.rows.len() <= 500, "a page is never the whole log");
}

#[test]
fn filters_narrow_the_list_and_the_count() {
    let h = seeded(40);
    let q = CallListQuery {
        agent_id: Some("a2".into()),
        text: "pena".into(),
        state: Some(CallState::Placed),
        ..query(0, 50)
    };
    let page = recent::list_calls(&h.state, &q).expect("page");
    assert_eq!((page.matching, page.total), (20, 40));
    assert!(page.rows.iter().all(|r| r.agent_id == "a2"));
    let digits = CallListQuery {
        text: "+52 55 1234 0007".into(),
        ..query(0, 50)
    };
    let page = recent::list_calls(&h.state, &digits).expect("page");
    assert_eq!(
        page.rows
            .iter()
            .map(|r| r.contact_label.as_str())
            .collect::<Vec<_>>(),
        ["Contacto 007 Peña"]
    );
    let none = CallListQuery {
        state: Some(CallState::Completed),
        ..query(0, 50)
    };
    assert_eq!(
        recent::list_calls(&h.state, &none).expect("page").matching,
        0
    );
}

#[test]
fn a_wrong_date_names_its_box_and_lists_nothing() {
    let h = seeded(3);
    let bad = CallListQuery {
        from: "2026-12-1".into(),
        ..query(0, 50)
    };
    let err = recent::list_calls(&h.state, &bad).expect_err("refused");
    assert_eq!(err.field.as_deref(), Some("from"));
    assert!(err.message.contains("year-month-day"), "{}", err.message);
    let reversed = CallListQuery {
        from: "2026-12-05".into(),
        to: "2026-12-01".into(),
        ..query(0, 50)
    };
    let err = recent::list_calls(&h.state, &reversed).expect_err("refused");
    assert_eq!(err.field.as_deref(), Some("to"));
}

#[test]
fn the_agent_filter_offers_each_agent_in_the_log_once() {
    let h = seeded(6);
    let agents = recent::agents(&h.state);
    let labels: Vec<_> = agents
        .iter()
        .map(|a| (a.id.as_str(), a.label.as_str()))
        .collect();
    assert_eq!(labels, [("a1", "Agente a1"), ("a2", "Agente a2")]);
}

#[test]
fn the_csv_holds_every_matching_call_not_just_a_page() {
    let h = seeded(700);
    let q = CallListQuery {
        agent_id: Some("a1".into()),
        ..query(0, 50)
    };
    let path = recent::export_csv(&h.state, &q, h.dir.path()).expect("csv");
    let text = std::fs::read_to_string(path).expect("file");
    assert_eq!(text.lines().count(), 1 + 350, "a header and every a1 call");
    assert!(!text.contains("Agente a2"));
}

#[test]
fn a_log_that_cannot_be_read_says_so_instead_of_looking_empty() {
    let h = seeded(5);
    h.state.store.simulate_damaged_file();
    let err = recent::list_calls(&h.state, &query(0, 50)).expect_err("not an empty page");
    assert_eq!(err.code, crate::error::ErrorCode::Storage);
    assert!(err.message.contains("call history"), "{}", err.message);
    let out = h.dir.path().join("out");
    let err = recent::export_csv(&h.state, &query(0, 50), &out).expect_err("no CSV");
    assert_eq!(err.code, crate::error::ErrorCode::Storage);
    assert!(err.message.contains("call history"), "{}", err.message);
    let left: Vec<_> = std::fs::read_dir(&out).expect("the folder").collect();
    assert!(
        left.is_empty(),
        "no half-written CSV is left behind: {left:?}"
    );
}

#[test]
fn two_exports_in_the_same_second_make_two_files() {
    let h = seeded(3);
    let a = recent::export_csv(&h.state, &query(0, 50), h.dir.path()).expect("csv");
    let b = recent::export_csv(&h.state, &query(0, 50), h.dir.path()).expect("csv");
    assert_ne!(a, b, "the second export doesn't overwrite the first");
    assert_eq!(
        std::fs::read_to_string(&a).expect("a"),
        std::fs::read_to_string(&b).expect("b")
    );
}
