//! `page` and `count` mean exactly what `CallQuery::matches` means: a few hundred random
//! attempts (seeded), a few hundred random queries, each answered by SQL and by filtering
//! the full entries in memory with `matches`, compared row for row.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::store_support::{options, t0};
use callboard_core::call_query::{CallQuery, PageRequest, ShownState};
use callboard_core::calls::{
    CallEntry, CallLabels, JournalRecord, Outcome, RequestSummary, StatusSnapshot,
};
use callboard_core::store::CallStore;
use chrono::Duration;
use rand::{rngs::StdRng, Rng, SeedableRng};
use uuid::Uuid;

const NAMES: [&str; 8] = [
    "María José Pérez",
    "Jürgen Groß",
    "Ana O'Neil",
    "Zoë Lefèvre",
    "Li Wei",
    "Ana García",
    "Émile Zola",
    "100% Real_Name",
];
const AGENTS: [(&str, &str); 3] = [
    ("agent-es", "Sofía (Spanish)"),
    ("agent-en", "Max (English)"),
    ("agent-fr", "Claire (French)"),
];
const STATUSES: [&str; 7] = [
    "scheduled",
    "in-queue",
    "in-progress",
    "completed",
    "no-answer",
    "busy",
    "ringing",
];
/// Most attempts are single calls; the rest belong to one of two campaigns.
const CAMPAIGNS: [Option<&str>; 4] = [None, None, Some("camp-spring"), Some("camp-renewals")];
const NEEDLES: [&str; 14] = [
    "ana", "ANA", "maria", "Pérez", "zoe", "+52 55", "5255", "call-1", "sofia", "%", "_", "gross",
    "0000", "  li ",
];

fn records_for(n: u128, rng: &mut StdRng) -> Vec<JournalRecord> {
    let request_id = Uuid::from_u128(n);
    let (agent, agent_name) = AGENTS[rng.random_range(0..AGENTS.len())];
    let at = t0() + Duration::minutes(rng.random_range(0..60 * 24 * 20));
    let phone = format!("+52 55 {:04} {:04}", rng.random_range(0..10_000), n);
    let mut records = vec![JournalRecord::Sending {
        request_id,
        at,
        request: RequestSummary {
            contact_id: format!("contact-{}", n % 40),
            agent_id: agent.into(),
            from_number_id: "pn-1".into(),
            body: serde_json::json!({}),
            labels: CallLabels {
                contact_name: NAMES[rng.random_range(0..NAMES.len())].into(),
                contact_phone: phone,
                agent_name: agent_name.into(),
                from_number: "+525598765432".into(),
                ..CallLabels::default()
            },
            due_at: None,
            campaign_id: CAMPAIGNS[rng.random_range(0..CAMPAIGNS.len())].map(str::to_owned),
        },
    }];
    let later = |m: i64| at + Duration::minutes(m);
    let outcome = match rng.random_range(0..6) {
        0 => return records, // left sending
        1 => Outcome::Rejected {
            code: "bad_request".into(),
            message: "no".into(),
            field: None,
            retry_after_secs: None,
        },
        2 => Outcome::NotSent {
            code: "connect_failed".into(),
            message: "no".into(),
        },
        3 => Outcome::OutcomeUnknown {
            code: "timeout".into(),
            message: "?".into(),
        },
        _ => Outcome::Placed {
            call_id: format!("call-{n}"),
        },
    };
    let placed = matches!(outcome, Outcome::Placed { .. });
    let unknown = matches!(outcome, Outcome::OutcomeUnknown { .. });
    records.push(JournalRecord::Outcome {
        request_id,
        at: later(0),
        outcome,
    });
    if unknown && rng.random_bool(0.5) {
        records.push(JournalRecord::Reconciled {
            request_id,
            at: later(1),
            call_id: rng.random_bool(0.5).then(|| format!("call-{n}")),
            matched_by: None,
            searched: None,
        });
    }
    if placed {
        for k in 0..rng.random_range(0..4) {
            let wire = STATUSES[rng.random_range(0..STATUSES.len())];
            records.push(JournalRecord::StatusUpdate {
                request_id,
                status: StatusSnapshot::new(later(k + 1), wire),
            });
        }
    }
    records
}

fn random_query(rng: &mut StdRng) -> CallQuery {
    let mut q = CallQuery::default();
    if rng.random_bool(0.5) {
        q.states = ShownState::ALL
            .into_iter()
            .filter(|_| rng.random_bool(0.3))
            .collect();
    }
    if rng.random_bool(0.4) {
        q.agent_id = Some(AGENTS[rng.random_range(0..AGENTS.len())].0.into());
    }
    if rng.random_bool(0.3) {
        // Now and then a campaign no attempt belongs to.
        q.campaign_id = Some(
            CAMPAIGNS[rng.random_range(0..CAMPAIGNS.len())]
                .unwrap_or("camp-none")
                .into(),
        );
    }
    if rng.random_bool(0.4) {
        q.created_from = Some(t0() + Duration::minutes(rng.random_range(0..60 * 24 * 20)));
    }
    if rng.random_bool(0.4) {
        q.created_before = Some(t0() + Duration::minutes(rng.random_range(0..60 * 24 * 20)));
    }
    if rng.random_bool(0.5) {
        q.text = NEEDLES[rng.random_range(0..NEEDLES.len())].into();
    }
    q
}

#[test]
fn pages_and_counts_agree_with_filtering_in_memory_with_matches() {
    let mut rng = StdRng::seed_from_u64(0x51_7E57);
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = CallStore::open(dir.path().join("calls.sqlite3"), options(t0())).unwrap();
    let n_entries = 400u128;
    for n in 0..n_entries {
        store.append_all(&records_for(n, &mut rng)).unwrap();
    }
    // The reference: every entry in full, newest first, as the journal kept them (equal
    // times in the order they were recorded).
    let mut all: Vec<(usize, CallEntry)> = (0..n_entries)
        .map(|n| (n as usize, store.entry(Uuid::from_u128(n)).unwrap()))
        .collect();
    all.sort_by(|(ia, a), (ib, b)| b.created_at.cmp(&a.created_at).then(ib.cmp(ia)));
    let mut non_empty = 0;
    for i in 0..300 {
        let q = random_query(&mut rng);
        let want: Vec<Uuid> = all
            .iter()
            .filter(|(_, e)| q.matches(e))
            .map(|(_, e)| e.request_id)
            .collect();
        assert_eq!(
            store.count(&q).expect("a count"),
            want.len(),
            "query {i}: {q:?}"
        );
        let offset = rng.random_range(0..=want.len().min(30));
        let limit = rng.random_range(1..60);
        let got: Vec<Uuid> = store
            .page(&q, PageRequest::new(offset, limit))
            .expect("a page")
            .iter()
            .map(|e| e.request_id)
            .collect();
        let window: Vec<Uuid> = want.iter().skip(offset).take(limit).copied().collect();
        assert_eq!(
            got, window,
            "query {i}: {q:?} offset {offset} limit {limit}"
        );
        let mut streamed = Vec::new();
        store
            .for_each_matching(&q, |e| streamed.push(e.request_id))
            .unwrap();
        assert_eq!(streamed, want, "query {i} streamed");
        non_empty += usize::from(!want.is_empty() && want.len() < all.len());
    }
    assert!(non_empty > 100, "the queries really filtered: {non_empty}");
}

#[test]
fn page_rows_carry_the_latest_status_without_transcript_and_entry_the_whole_history() {
    let dir = tempfile::tempdir().unwrap();
    let (store, _) = CallStore::open(dir.path().join("calls.sqlite3"), options(t0())).unwrap();
    let mut rng = StdRng::seed_from_u64(1);
    let mut records = records_for(7, &mut rng);
    records.truncate(1);
    let id = Uuid::from_u128(7);
    records.push(JournalRecord::Outcome {
        request_id: id,
        at: t0(),
        outcome: Outcome::Placed {
            call_id: "call-7".into(),
        },
    });
    records.push(JournalRecord::StatusUpdate {
        request_id: id,
        status: StatusSnapshot::new(t0(), "in-progress"),
    });
    let mut done = StatusSnapshot::new(t0() + Duration::minutes(3), "completed");
    done.transcript = Some(vec![]);
    done.summary = Some("Paid".into());
    records.push(JournalRecord::StatusUpdate {
        request_id: id,
        status: done,
    });
    store.append_all(&records).unwrap();
    let row = &store
        .page(&CallQuery::default(), PageRequest::new(0, 10))
        .expect("a page")[0];
    assert_eq!(row.status_history.len(), 1);
    assert_eq!(
        row.latest_status().unwrap().summary.as_deref(),
        Some("Paid")
    );
    assert_eq!(row.latest_status().unwrap().transcript, None);
    let full = store.entry(id).unwrap();
    assert_eq!(full.status_history.len(), 2);
    assert_eq!(full.latest_status().unwrap().transcript, Some(vec![]));
    assert_eq!(ShownState::of(row), ShownState::of(&full));
}

#[test]
fn the_count_of_the_whole_log_stays_exact_through_appends_refusals_and_reopening() {
    use crate::store_support::{placed, sending};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    let everything = CallQuery::default();
    let (store, _) = CallStore::open(&path, options(t0())).unwrap();
    assert_eq!(store.count(&everything).unwrap(), 0);
    store.append(&sending(1, t0())).unwrap();
    store
        .append_all(&[placed(1, t0()), sending(2, t0()), sending(3, t0())])
        .unwrap();
    assert_eq!(store.count(&everything).unwrap(), 3);
    // Refused writes change nothing: a second Sending, and a batch whose last record fails.
    assert!(store.append(&sending(2, t0())).is_err());
    assert!(store
        .append_all(&[sending(4, t0()), placed(99, t0())])
        .is_err());
    assert_eq!(store.count(&everything).unwrap(), 3);
    assert_eq!(store.len(), 3);
    // A filtered count is never the whole log's.
    let one_agent = CallQuery {
        agent_id: Some("nobody".into()),
        ..CallQuery::default()
    };
    assert_eq!(store.count(&one_agent).unwrap(), 0);
    drop(store);
    let (store, _) = CallStore::open(&path, options(t0())).unwrap();
    assert_eq!(
        store.count(&everything).unwrap(),
        3,
        "counted again after reopening"
    );
    store.append(&sending(5, t0())).unwrap();
    assert_eq!(store.count(&everything).unwrap(), 4);
}
