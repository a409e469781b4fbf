use super::*;
use crate::calls::{CallLabels, JournalRecord, Outcome, RequestSummary, StatusSnapshot};
use chrono::TimeZone;
use uuid::Uuid;

fn at(h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, h, 0, 0)
        .single()
        .unwrap_or_default()
}

fn entry(name: &str, phone: &str, agent: &str, hour: u32) -> CallEntry {
    let request = RequestSummary {
        contact_id: format!("c-{name}"),
        agent_id: agent.to_owned(),
        from_number_id: "pn-1".into(),
        body: serde_json::json!({}),
        labels: CallLabels {
            contact_name: name.to_owned(),
            contact_phone: phone.to_owned(),
            agent_name: format!("Agent {agent}"),
            from_number: "+14155550100".into(),
            ..CallLabels::default()
        },
        due_at: None,
        campaign_id: None,
    };
    // Sequential ids, not random ones: the request id is searchable text, and a random one
    // made "+49" find a call now and then (its hex held "49").
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    CallEntry::new(Uuid::from_u64_pair(0, n), at(hour), request)
}

fn placed(mut e: CallEntry, call_id: &str) -> CallEntry {
    e.apply(JournalRecord::Outcome {
        request_id: e.request_id,
        at: e.created_at,
        outcome: Outcome::Placed {
            call_id: call_id.into(),
        },
    });
    e
}

fn with_status(mut e: CallEntry, status: &str) -> CallEntry {
    e.apply(JournalRecord::StatusUpdate {
        request_id: e.request_id,
        status: StatusSnapshot::new(e.created_at, status),
    });
    e
}

#[test]
fn shown_states_tell_queue_from_progress_and_completed_from_failed() {
    let e = placed(entry("Ana", "+5511987654321", "a1", 9), "call-1");
    assert_eq!(ShownState::of(&e), ShownState::Placed);
    assert_eq!(
        ShownState::of(&with_status(e.clone(), "in-queue")),
        ShownState::InQueue
    );
    assert_eq!(
        ShownState::of(&with_status(e.clone(), "in-progress")),
        ShownState::InProgress
    );
    assert_eq!(
        ShownState::of(&with_status(e.clone(), "completed")),
        ShownState::Completed
    );
    assert_eq!(
        ShownState::of(&with_status(e, "failed")),
        ShownState::FailedCall
    );
    assert_eq!(
        ShownState::of(&entry("Ana", "", "a1", 9)),
        ShownState::Sending
    );
}

#[test]
fn every_shown_state_has_its_serde_name() {
    for s in ShownState::ALL {
        assert_eq!(
            serde_json::to_value(s).ok(),
            Some(serde_json::json!(s.as_str()))
        );
    }
}

#[test]
fn text_search_ignores_case_and_accents_and_reads_phones_by_digits() {
    let e = placed(
        entry("María José Núñez", "+525512345678", "a1", 9),
        "CALL-77",
    );
    let q = |t: &str| CallQuery {
        text: t.into(),
        ..CallQuery::default()
    };
    for hit in [
        "maria",
        "NUÑEZ",
        "nunez",
        "+52 55",
        "52-55-1234",
        "5512345678",
        "call-77",
        "agent a1",
        "4155550100",
    ] {
        assert!(q(hit).matches(&e), "{hit:?} should find the call");
    }
    for miss in ["pedro", "+49", "call-78"] {
        assert!(!q(miss).matches(&e), "{miss:?} should not find the call");
    }
    assert!(q("   ").matches(&e), "blank text matches everything");
}

#[test]
fn filters_combine_and_the_date_range_is_half_open() {
    let early = placed(entry("Ana", "+5511987654321", "a1", 9), "c1");
    let late = with_status(
        placed(entry("Tom", "+4930123456", "a2", 15), "c2"),
        "completed",
    );
    let q = CallQuery {
        states: vec![ShownState::Completed],
        agent_id: Some("a2".into()),
        created_from: Some(at(15)),
        created_before: Some(at(16)),
        text: "tom".into(),
        ..CallQuery::default()
    };
    assert!(q.matches(&late));
    assert!(!q.matches(&early));
    let before = CallQuery {
        created_before: Some(at(15)),
        ..CallQuery::default()
    };
    assert!(
        before.matches(&early) && !before.matches(&late),
        "the end is exclusive"
    );
    let agent = CallQuery {
        agent_id: Some("a1".into()),
        ..CallQuery::default()
    };
    assert!(agent.matches(&early) && !agent.matches(&late));
}

#[test]
fn a_page_never_asks_for_the_whole_log() {
    assert_eq!(PageRequest::new(0, 100_000).limit, PageRequest::MAX_LIMIT);
    assert_eq!(PageRequest::new(40, 0).limit, 1);
}

#[test]
fn a_campaign_filter_lists_only_that_campaigns_attempts() {
    let single = entry("Ana", "+5511987654321", "a1", 9);
    let mut spring = entry("Tom", "+4930123456", "a1", 10);
    spring.request.campaign_id = Some("camp-spring".into());
    let q = |id: &str| CallQuery {
        campaign_id: Some(id.into()),
        ..CallQuery::default()
    };
    assert!(q("camp-spring").matches(&spring));
    assert!(
        !q("camp-spring").matches(&single),
        "a single call is in no campaign"
    );
    assert!(!q("camp-other").matches(&spring));
    assert!(CallQuery::default().matches(&spring) && CallQuery::default().matches(&single));
}
