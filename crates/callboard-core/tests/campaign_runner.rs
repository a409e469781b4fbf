//! The campaign runner against the sandbox on simulated clocks: each row called once, new
//! contacts created once, retries counted exactly, a 429 storm absorbed without losing or
//! counting a call, the pace held per minute.

use crate::campaign_support::*;
use crate::placement_support::Fixture;
use callboard_core::campaign::{Ending, Pace, RetryRules, Runner};
use callboard_core::store::{CampaignState, RowState};
use chrono::Duration;
use contactship_sandbox::{FaultAction, FaultRule};

fn no_retries() -> RetryRules {
    RetryRules {
        no_answer: false,
        busy: false,
        voicemail: false,
        after_minutes: 5,
        max_attempts: 1,
    }
}

#[tokio::test]
async fn a_campaign_calls_every_row_once_creates_new_contacts_once_and_ends_each_row() {
    let fx = Fixture::start().await;
    let csv = list(&fx, 3, 5).await;
    let pace = Pace {
        per_minute: 10,
        max_active: 3,
    };
    let settings = settings(&fx, pace, no_retries());
    let campaign = store(&fx, &csv, &settings);
    let mut runner = Runner::open(fx.placer.clone(), campaign).await.unwrap();
    run_to_end(&fx, &mut runner, Duration::seconds(20), 500).await;

    let rows = rows(&fx, campaign);
    assert_eq!(rows.len(), 8);
    assert_eq!(count(&rows, RowState::Done), 8, "{rows:#?}");
    assert!(rows.iter().all(|r| r.attempts == 1 && r.ending.is_some()));
    assert!(rows.iter().all(|r| r.callee.contact_id.is_some()));
    let posts = posts_by_row(&fx, campaign);
    assert_eq!(posts.len(), 8);
    assert!(posts.values().all(|n| *n == 1), "{posts:?}");
    // Only the five people the sandbox did not know were added to it.
    assert_eq!(contact_posts(&fx), 5);
    let summary = fx.store.find_campaign("prueba").unwrap();
    assert_eq!(summary.state, CampaignState::Finished);
    // Each call carries the campaign's data, the row's own and the campaign's metadata.
    let post = &fx.create_posts()[0];
    let body = post.body.as_ref().unwrap();
    let data = body["additional_data"].as_array().unwrap();
    assert!(data
        .iter()
        .any(|kv| kv["key"] == "campana" && kv["value"] == "diciembre"));
    assert!(data.iter().any(|kv| kv["key"] == "plan"));
    assert_eq!(body["metadata"]["source"], "test");
    // And each is in the call log, labelled with its campaign.
    let logged = fx.store.len();
    assert_eq!(logged, 8);
}

#[tokio::test]
async fn a_429_storm_slows_the_campaign_and_is_never_counted_as_an_attempt() {
    let fx = Fixture::start().await;
    let csv = list(&fx, 0, 6).await;
    let pace = Pace {
        per_minute: 30,
        max_active: 6,
    };
    let campaign = store(&fx, &csv, &settings(&fx, pace, no_retries()));
    fx.sandbox.add_fault(
        FaultRule::new(
            "POST",
            create_call_path(),
            FaultAction::RateLimited {
                retry_after_secs: 40,
            },
        )
        .times(9),
    );
    let mut runner = Runner::open(fx.placer.clone(), campaign).await.unwrap();
    let first = runner.tick().await.unwrap();
    // The first POST met the 429: nothing else was sent in that tick.
    assert_eq!(first.handed_over, 0);
    assert_eq!(fx.create_posts().len(), 1);
    run_to_end(&fx, &mut runner, Duration::seconds(10), 1000).await;

    let rows = rows(&fx, campaign);
    assert_eq!(count(&rows, RowState::Done), 6, "{rows:#?}");
    assert!(
        rows.iter().all(|r| r.attempts == 1),
        "a 429 was counted: {rows:#?}"
    );
    // Nine refused POSTs plus one accepted per row.
    assert_eq!(fx.create_posts().len(), 9 + 6);
    // After each 429 nothing was sent before its Retry-After.
    let posts = fx.create_posts();
    for pair in posts.windows(2).take(9) {
        assert!(pair[1].received_at - pair[0].received_at >= Duration::seconds(40));
    }
}

#[tokio::test]
async fn retries_follow_the_rules_exactly_and_answered_or_failed_calls_are_never_retried() {
    let fx = Fixture::start().await;
    let csv = list(&fx, 0, 20).await;
    let retry = RetryRules {
        no_answer: true,
        busy: true,
        voicemail: true,
        after_minutes: 5,
        max_attempts: 3,
    };
    let pace = Pace {
        per_minute: 20,
        max_active: 10,
    };
    let campaign = store(&fx, &csv, &settings(&fx, pace, retry));
    let mut runner = Runner::open(fx.placer.clone(), campaign).await.unwrap();
    run_to_end(&fx, &mut runner, Duration::seconds(30), 2000).await;

    let rows = rows(&fx, campaign);
    let posts = posts_by_row(&fx, campaign);
    assert_eq!(count(&rows, RowState::Done), 20, "{rows:#?}");
    for r in &rows {
        let sent = posts[&r.callee.row];
        assert_eq!(
            sent, r.attempts as usize,
            "row {} stored {} attempts",
            r.callee.row, r.attempts
        );
        assert!(r.attempts <= 3);
        match r.ending.unwrap() {
            // A final answer came before the last attempt: nothing more.
            Ending::Answered | Ending::Failed => {}
            // Retried until the attempts ran out.
            _ => assert_eq!(r.attempts, 3, "row {} ended {:?}", r.callee.row, r.ending),
        }
    }
    // The sandbox's outcomes vary by call, so some rows were retried.
    assert!(rows.iter().any(|r| r.attempts > 1));
}

#[tokio::test]
async fn the_pace_is_never_exceeded_in_any_minute_and_the_cap_on_active_calls_holds() {
    let fx = Fixture::start().await;
    let csv = list(&fx, 0, 12).await;
    let pace = Pace {
        per_minute: 4,
        max_active: 2,
    };
    let campaign = store(&fx, &csv, &settings(&fx, pace, no_retries()));
    let mut runner = Runner::open(fx.placer.clone(), campaign).await.unwrap();
    let mut most_active = 0;
    for _ in 0..2000 {
        let tick = runner.tick().await.unwrap();
        most_active = most_active.max(tick.active);
        if tick.finished {
            break;
        }
        advance(&fx, Duration::seconds(5));
    }
    assert!(most_active <= 2, "{most_active} calls were active at once");
    let posts = fx.create_posts();
    assert_eq!(posts.len(), 12);
    for (i, p) in posts.iter().enumerate() {
        let in_minute = posts[i..]
            .iter()
            .take_while(|q| q.received_at - p.received_at < Duration::seconds(60))
            .count();
        assert!(in_minute <= 4, "{in_minute} calls within a minute");
    }
}

#[tokio::test]
async fn a_key_refused_while_adding_a_contact_pauses_the_campaign_and_skips_no_one() {
    use callboard_core::campaign::RunnerError;
    let fx = Fixture::start().await;
    let csv = list(&fx, 0, 3).await;
    let pace = Pace {
        per_minute: 10,
        max_active: 3,
    };
    let campaign = store(&fx, &csv, &settings(&fx, pace, no_retries()));
    let mut runner = Runner::open(fx.placer.clone(), campaign).await.unwrap();
    // The key is revoked between the start and the first new contact.
    fx.sandbox.add_fault(FaultRule::new(
        "POST",
        "/v1/contacts",
        FaultAction::Status {
            status: 401,
            body: None,
            content_type: None,
        },
    ));
    let stopped = runner.tick().await;
    assert!(
        matches!(stopped, Err(RunnerError::Unauthorized)),
        "{stopped:?}"
    );
    assert_eq!(
        fx.store.find_campaign("prueba").unwrap().state,
        CampaignState::Paused
    );
    let rows = rows(&fx, campaign);
    assert_eq!(
        count(&rows, RowState::Waiting),
        3,
        "a refused key is not a reason to skip anyone: {rows:#?}"
    );
    assert!(fx.create_posts().is_empty());
}

#[tokio::test]
async fn each_ending_and_each_unknown_outcome_is_reported_by_exactly_one_tick() {
    let fx = Fixture::start().await;
    let csv = list(&fx, 0, 4).await;
    let pace = Pace {
        per_minute: 10,
        max_active: 4,
    };
    let campaign = store(&fx, &csv, &settings(&fx, pace, no_retries()));
    // The first POST is read and never answered: that row's outcome is unknown.
    fx.sandbox.add_fault(
        FaultRule::new("POST", create_call_path(), FaultAction::CloseAfterRead).times(1),
    );
    let mut runner = Runner::open(fx.placer.clone(), campaign).await.unwrap();
    let (mut ended, mut unknown) = (Vec::new(), Vec::new());
    for _ in 0..500 {
        let tick = runner.tick().await.unwrap();
        ended.extend(tick.ended.iter().map(|(id, _)| *id));
        unknown.extend(tick.unknown.iter().copied());
        if tick.finished {
            break;
        }
        advance(&fx, Duration::seconds(20));
    }
    assert_eq!(unknown.len(), 1, "the unanswered POST: {unknown:?}");
    let mut distinct = ended.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        ended.len(),
        "an ending told twice: {ended:?}"
    );
    let rows = rows(&fx, campaign);
    let with_ending = rows.iter().filter(|r| r.ending.is_some()).count();
    assert_eq!(ended.len(), with_ending, "{rows:#?}");
    assert!(with_ending >= 3, "the answered POSTs ended: {rows:#?}");
}
