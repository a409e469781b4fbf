//! The kill test: a campaign's runner stopped dead at hundreds of random points (after a
//! contact is ready, after an attempt is recorded and before its POST, after the POST's
//! answer and before it is recorded, after a status check, after a lookup…), the store
//! closed and reopened each time as a restart would, sometimes after a while with the app
//! closed. Each restart resumes; at the end the sandbox's request log shows no row dialled
//! twice and every row is accounted for: done with exactly one call, or "outcome unknown"
//! after a lookup that found no call (its POST never left), never re-sent.
//!
//! The RNG is seeded, so a failure is reproducible (`CALLBOARD_KILL_SEED` overrides it).

use crate::campaign_support::*;
use crate::placement_support::Fixture;
use callboard_core::campaign::{CrashPoints, Pace, RetryRules, Runner, RunnerError};
use callboard_core::store::{CampaignState, RowState};
use chrono::Duration;
use rand::{rngs::StdRng, Rng, SeedableRng};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// Stops the runner at the `n`-th point it reaches, and remembers which point that was.
struct CrashAt {
    left: AtomicUsize,
    hit: Mutex<Option<&'static str>>,
}

impl CrashPoints for CrashAt {
    fn reached(&self, point: &'static str) -> bool {
        let crash = self.left.fetch_sub(1, Ordering::SeqCst) == 1;
        if crash {
            *self.hit.lock().unwrap() = Some(point);
        }
        crash
    }
}

#[tokio::test]
async fn a_runner_killed_at_hundreds_of_random_points_never_dials_a_row_twice_and_accounts_for_every_row(
) {
    let seed = std::env::var("CALLBOARD_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(20_261_202_u64);
    let mut rng = StdRng::seed_from_u64(seed);
    let mut fx = Fixture::start().await;
    let csv = list(&fx, 10, 90).await;
    let pace = Pace {
        per_minute: 12,
        max_active: 6,
    };
    let retry = RetryRules {
        no_answer: false,
        busy: false,
        voicemail: false,
        after_minutes: 5,
        max_attempts: 1,
    };
    let mut kills: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut campaigns = Vec::new();
    // One campaign of 100 rows is usually killed about 230 times; another runs if not.
    while kills.values().sum::<usize>() < 200 {
        let name = format!("Prueba {}", campaigns.len() + 1);
        let campaign = store(&fx, &csv, &named_settings(&fx, &name, pace, retry));
        run_killed(&mut fx, &mut rng, seed, campaign, &mut kills).await;
        campaigns.push(campaign);
    }
    for campaign in campaigns {
        check_accounted(&fx, campaign, seed);
    }
    assert_each_person_added_once(&fx);
    let killed: usize = kills.values().sum();
    for point in [
        "attempt recorded",
        "answer received",
        "answer recorded",
        "status checked",
    ] {
        assert!(
            kills.contains_key(point),
            "never killed at {point}: {kills:?}"
        );
    }
    eprintln!("kill test: {killed} kills: {kills:?}");
}

/// Runs `campaign` to its end, killing the runner at random points.
async fn run_killed(
    fx: &mut Fixture,
    rng: &mut StdRng,
    seed: u64,
    campaign: uuid::Uuid,
    kills: &mut BTreeMap<&'static str, usize>,
) {
    let mut restarts = 0;
    'campaign: loop {
        if restarts >= 2_000 {
            let states: BTreeMap<String, usize> =
                rows(fx, campaign).iter().fold(BTreeMap::new(), |mut m, r| {
                    *m.entry(format!("{:?}", r.state)).or_default() += 1;
                    m
                });
            panic!("the campaign never finished (seed {seed}): kills {kills:?}, rows {states:?}");
        }
        let crash = Arc::new(CrashAt {
            left: AtomicUsize::new(rng.random_range(1..=4)),
            hit: Mutex::new(None),
        });
        let mut runner = Runner::open(fx.placer.clone(), campaign)
            .await
            .unwrap()
            .with_crash_points(crash.clone());
        loop {
            match runner.tick().await {
                Ok(tick) if tick.finished => break 'campaign,
                Ok(_) => advance(fx, Duration::seconds(10)),
                Err(RunnerError::Crashed) => break,
                Err(e) => panic!("seed {seed}: {e}"),
            }
        }
        let point = crash.hit.lock().unwrap().unwrap();
        *kills.entry(point).or_default() += 1;
        drop(runner);
        fx.restart();
        restarts += 1;
        // A restart takes a while; sometimes the app stays closed longer, and calls end
        // meanwhile.
        let closed = if rng.random_bool(0.2) {
            rng.random_range(10..600)
        } else {
            10
        };
        advance(fx, Duration::seconds(closed));
    }
}

/// No row of `campaign` dialled twice; each done with one call or unknown with none.
fn check_accounted(fx: &Fixture, campaign: uuid::Uuid, seed: u64) {
    let posts = posts_by_row(fx, campaign);
    let twice: Vec<_> = posts.iter().filter(|(_, n)| **n > 1).collect();
    assert!(
        twice.is_empty(),
        "rows dialled twice (seed {seed}): {twice:?}"
    );
    let rows = rows(fx, campaign);
    assert_eq!(rows.len(), 100);
    for r in &rows {
        let sent = posts.get(&r.callee.row).copied().unwrap_or(0);
        match r.state {
            RowState::Done => assert_eq!(sent, 1, "row {} done without one call", r.callee.row),
            // Killed between recording the attempt and sending it: looked up, not found,
            // and not sent again.
            RowState::Unknown => assert_eq!(sent, 0, "row {} unknown with a call", r.callee.row),
            other => panic!("row {} ended {other:?} (seed {seed})", r.callee.row),
        }
    }
    let state = fx.store.find_campaign(&campaign.to_string()).unwrap().state;
    assert_eq!(state, CampaignState::Finished);
}

/// Each person the sandbox did not know was added once, however often it was killed.
fn assert_each_person_added_once(fx: &Fixture) {
    let mut contact_posts: BTreeMap<String, usize> = BTreeMap::new();
    for r in fx.sandbox.requests() {
        if r.method == "POST" && r.path == "/v1/contacts" {
            let phone = r.body.unwrap()["phone_number"].as_str().unwrap().to_owned();
            *contact_posts.entry(phone).or_default() += 1;
        }
    }
    assert!(contact_posts.values().all(|n| *n == 1), "{contact_posts:?}");
}
