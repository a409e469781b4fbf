//! The seeded history of calls placed elsewhere, and `GET /v1/calls` paging and filters over it,
//! exactly as the API notes describe them (`limit` default 20, `offset`, `order`, `date_from` /
//! `date_to` as whole UTC days, `call_status`, `call_result`, `agent_id`, `campaign_id`,
//! camelCase `phoneNumber`), with `count` the total before paging.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeSet, HashSet};

use crate::common::Harness;
use chrono::{DateTime, Duration, Utc};
use serde_json::Value;

fn created(call: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(call["created_at"].as_str().unwrap())
        .unwrap()
        .to_utc()
}

fn text(call: &Value, field: &str) -> String {
    call[field].as_str().unwrap_or_default().to_owned()
}

/// Every call, in one request.
async fn everything(h: &Harness) -> Vec<Value> {
    let all = h.get("/v1/calls?limit=10000").await;
    assert_eq!(all.status, 200);
    all.json["data"].as_array().unwrap().clone()
}

fn ids(calls: &[Value]) -> Vec<String> {
    calls.iter().map(|c| text(c, "id")).collect()
}

async fn page(h: &Harness, query: &str) -> (Vec<Value>, u64) {
    let a = h.get(&format!("/v1/calls?{query}")).await;
    assert_eq!(a.status, 200, "{query}: {}", a.text);
    (
        a.json["data"].as_array().unwrap().clone(),
        a.json["count"].as_u64().unwrap(),
    )
}

#[tokio::test]
async fn the_history_spans_four_weeks_four_agents_and_every_status_and_result() {
    let h = Harness::with_history().await;
    let now = h.sandbox.now();
    let calls = everything(&h).await;
    assert_eq!(calls.len(), 240);
    let agents: HashSet<_> = calls.iter().map(|c| text(c, "agent_id")).collect();
    assert_eq!(agents.len(), 4, "every seeded agent has calls");
    let newest = calls.iter().map(created).max().unwrap();
    let oldest = calls.iter().map(created).min().unwrap();
    assert!(newest <= now - Duration::minutes(45), "{newest} vs {now}");
    assert!(oldest < now - Duration::days(27), "{oldest}");
    let statuses: BTreeSet<_> = calls.iter().map(|c| text(c, "call_status")).collect();
    let want: BTreeSet<String> = [
        "scheduled",
        "in-queue",
        "in-progress",
        "completed",
        "no-answer",
        "busy",
        "voice_mail",
        "failed",
        "incomplete",
        "answering-machine",
    ]
    .map(str::to_owned)
    .into();
    assert_eq!(statuses, want);
    let results: BTreeSet<_> = calls
        .iter()
        .filter_map(|c| c["call_result"].as_str().map(str::to_owned))
        .collect();
    let want: BTreeSet<String> = ["answered", "voicemail", "no_answer", "busy", "failed"]
        .map(str::to_owned)
        .into();
    assert_eq!(results, want);
    assert!(
        calls
            .iter()
            .all(|c| c["metadata"].get("callboard_request_id").is_none()),
        "no history call looks like one Callboard placed"
    );
    assert!(calls.iter().any(|c| c["campaign_id"].is_string()));
}

#[tokio::test]
async fn a_finished_history_call_has_its_transcript_recording_and_summary() {
    let h = Harness::with_history().await;
    let calls = everything(&h).await;
    let done = calls
        .iter()
        .find(|c| c["call_status"] == "completed")
        .unwrap();
    assert!(
        done.get("chat_history").is_none(),
        "the list leaves transcripts out by default"
    );
    let one = h.get(&format!("/v1/calls/{}", text(done, "id"))).await;
    assert_eq!(one.status, 200);
    assert!(!one.json["chat_history"].as_array().unwrap().is_empty());
    assert!(text(&one.json, "call_record").starts_with("https://"));
    assert!(!text(&one.json["call_analysis"], "call_summary").is_empty());
    assert!(one.json["duration"].as_i64().unwrap() > 0);
    let waiting = calls
        .iter()
        .find(|c| c["call_status"] == "scheduled")
        .unwrap();
    let one = h.get(&format!("/v1/calls/{}", text(waiting, "id"))).await;
    assert!(one.json["call_record"].is_null() && one.json["call_result"].is_null());
}

#[tokio::test]
async fn paging_walks_the_whole_log_once_newest_first_with_a_default_of_twenty() {
    let h = Harness::with_history().await;
    let all = everything(&h).await;
    let times: Vec<_> = all.iter().map(created).collect();
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "newest first");
    let (first, count) = page(&h, "").await;
    assert_eq!((first.len(), count), (20, 240));
    let mut walked = Vec::new();
    for offset in (0..300).step_by(50) {
        let (rows, count) = page(&h, &format!("limit=50&offset={offset}")).await;
        assert_eq!(count, 240, "count is the total, not the page");
        walked.extend(rows);
    }
    assert_eq!(ids(&walked), ids(&all), "every call once, in order");
    let (asc, _) = page(&h, "limit=5&order=asc").await;
    let oldest: Vec<_> = ids(&all).into_iter().rev().take(5).collect();
    assert_eq!(ids(&asc), oldest, "order=asc starts at the oldest");
    let (past, count) = page(&h, "offset=240").await;
    assert!(past.is_empty() && count == 240);
}

#[tokio::test]
async fn each_filter_keeps_exactly_the_matching_calls_and_counts_them() {
    let h = Harness::with_history().await;
    let all = everything(&h).await;
    let expect = |keep: &dyn Fn(&Value) -> bool| -> Vec<String> {
        all.iter()
            .filter(|c| keep(c))
            .map(|c| text(c, "id"))
            .collect()
    };
    let agent = text(&all[10], "agent_id");
    let campaign = all
        .iter()
        .find_map(|c| c["campaign_id"].as_str().map(str::to_owned))
        .unwrap();
    let phone = text(&all[20]["contact"], "phone_number");
    let day = created(&all[100]).format("%Y-%m-%d").to_string();
    let cases: Vec<(String, Vec<String>)> = vec![
        (
            "call_status=completed".into(),
            expect(&|c| c["call_status"] == "completed"),
        ),
        (
            "call_status=in-progress".into(),
            expect(&|c| c["call_status"] == "in-progress"),
        ),
        (
            "call_result=voicemail".into(),
            expect(&|c| c["call_result"] == "voicemail"),
        ),
        (
            format!("agent_id={agent}"),
            expect(&|c| text(c, "agent_id") == agent),
        ),
        (
            format!("campaign_id={campaign}"),
            expect(&|c| c["campaign_id"] == campaign.as_str()),
        ),
        (
            format!("phoneNumber={}", phone.replace('+', "%2B")),
            expect(&|c| text(&c["contact"], "phone_number") == phone),
        ),
        (
            format!("date_from={day}&date_to={day}"),
            expect(&|c| created(c).format("%Y-%m-%d").to_string() == day),
        ),
        (
            format!("agent_id={agent}&call_status=completed"),
            expect(&|c| text(c, "agent_id") == agent && c["call_status"] == "completed"),
        ),
    ];
    for (query, want) in cases {
        assert!(!want.is_empty(), "{query} matches something in the seed");
        let (rows, count) = page(&h, &format!("{query}&limit=1000")).await;
        assert_eq!(ids(&rows), want, "{query}");
        assert_eq!(count as usize, want.len(), "{query}");
        let (first, count) = page(&h, &format!("{query}&limit=2&offset=1")).await;
        assert_eq!(
            ids(&first),
            want.iter().skip(1).take(2).cloned().collect::<Vec<_>>()
        );
        assert_eq!(count as usize, want.len(), "{query}: count ignores paging");
    }
    assert_eq!(h.get("/v1/calls?date_from=yesterday").await.status, 400);
    assert_eq!(h.get("/v1/calls?limit=-1").await.status, 400);
}

#[tokio::test]
async fn the_history_is_the_same_after_a_reset_and_absent_unless_asked_for() {
    let h = Harness::with_history().await;
    let before = ids(&everything(&h).await);
    h.sandbox.advance_clock(Duration::hours(5));
    h.sandbox.reset();
    assert_eq!(ids(&everything(&h).await), before);
    let plain = Harness::start().await;
    assert!(everything(&plain).await.is_empty());
}
