//! Kill a writer process at random instants, hundreds of times, and check that every
//! acknowledged attempt survives, the store always opens, and no attempt is ever both
//! "not sent" and on the server.
//!
//! The writer is this same test binary re-executed with environment variables (no extra
//! binary to build). It places real calls with `CallPlacer` against a sandbox that runs in
//! the parent (so the sandbox's request log outlives the writer and tells which POSTs
//! reached the "server"); every third call (the second of each run) goes to a port nobody listens on and ends as
//! "not sent". After each `place` returns it prints `ack placed <request id> <state>`, and
//! after each extra Checked record `ack checked <request id> <k>`. The parent reads a
//! random number of acknowledgements (sometimes none, sometimes stopping in the middle of a
//! line), SIGKILLs the writer, reads whatever the writer had already printed, sometimes
//! appends garbage to the write-ahead log (a torn write), reopens the store and checks:
//! - every acknowledged attempt is there in the acknowledged state, every acknowledged
//!   check is there;
//! - every POST the sandbox received belongs to an attempt in the store (the Sending row
//!   was durable before the POST left), and none of those is "not sent";
//! - nothing is left "sending" after the open.
//!
//! The RNG is seeded, so a failure is reproducible (`CALLBOARD_KILL_SEED` overrides it).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::placement_support::{client_for, CREATE_CALL_PATH};
use crate::store_support::t0;
use callboard_core::call_query::{CallQuery, PageRequest};
use callboard_core::calls::{CallLabels, CallState, JournalRecord};
use callboard_core::clock::FixedClock;
use callboard_core::placement::{CallPlacer, NoDelay};
use callboard_core::store::{CallStore, StoreOptions};
use chrono::Duration;
use contactship::{ContactCallRequest, ContactFilter, PhoneNumberType};
use contactship_sandbox::{Sandbox, SandboxOptions};
use rand::{rngs::StdRng, Rng, SeedableRng};
use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use uuid::Uuid;

const ITERATIONS: u64 = 220;
const CHECKS_PER_ATTEMPT: i64 = 2;
/// Passed to the writer: `<store path>|<sandbox url>|<key>|<contact>|<agent>|<number>|<dead url>`.
const WRITER_VAR: &str = "CALLBOARD_KILL_TEST_WRITER";

fn check_time(k: i64) -> chrono::DateTime<chrono::Utc> {
    t0() + Duration::seconds(k + 1)
}

/// What the parent learned from the writer's acknowledgements.
#[derive(Default)]
struct Acked {
    placed: BTreeMap<Uuid, String>,
    /// Highest acknowledged check per attempt.
    checked: BTreeMap<Uuid, i64>,
    lines: usize,
}

impl Acked {
    fn take_line(&mut self, line: &str) {
        let mut parts = line.split_whitespace();
        if parts.next() != Some("ack") {
            return; // test-harness chatter
        }
        let kind = parts.next().unwrap();
        let id = Uuid::parse_str(parts.next().unwrap()).unwrap();
        let last = parts.next().unwrap();
        match kind {
            "placed" => {
                self.placed.insert(id, last.to_owned());
            }
            "checked" => {
                self.checked.insert(id, last.parse().unwrap());
            }
            other => panic!("unknown ack kind {other}"),
        }
        self.lines += 1;
    }
}

#[test]
#[ignore = "runs only as the child process of the kill test"]
fn store_writer_child_process() {
    let Ok(spec) = std::env::var(WRITER_VAR) else {
        return;
    };
    let p: Vec<&str> = spec.split('|').collect();
    let options = StoreOptions {
        clock: Arc::new(FixedClock::new(t0())),
        ..StoreOptions::default()
    };
    let (store, _) = CallStore::open(p[0], options).unwrap();
    let store = Arc::new(store);
    let clock = Arc::new(FixedClock::new(t0()));
    let timeout = std::time::Duration::from_secs(5);
    let live = CallPlacer::new(
        client_for(p[1], p[2], timeout),
        store.clone(),
        clock.clone(),
    )
    .with_retry_delay(Arc::new(NoDelay));
    let dead = CallPlacer::new(client_for(p[6], p[2], timeout), store.clone(), clock)
        .with_retry_delay(Arc::new(NoDelay));
    let request = ContactCallRequest {
        contact_id: p[3].into(),
        agent_id: p[4].into(),
        from_number_id: p[5].into(),
        ..ContactCallRequest::default()
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let stdout = std::io::stdout();
    for n in 0u64.. {
        let placer = if n % 3 == 1 { &dead } else { &live };
        let result = rt.block_on(placer.place(request.clone(), CallLabels::default()));
        let request_id = result.request_id().unwrap();
        let state = store.entry(request_id).unwrap().state;
        writeln!(stdout.lock(), "ack placed {request_id} {}", state.as_str()).unwrap();
        for k in 0..CHECKS_PER_ATTEMPT {
            store
                .append(&JournalRecord::Checked {
                    request_id,
                    at: check_time(k),
                })
                .unwrap();
            writeln!(stdout.lock(), "ack checked {request_id} {k}").unwrap();
        }
    }
}

/// Request ids of the create-call POSTs the sandbox received.
fn posted(sandbox: &Sandbox) -> BTreeSet<Uuid> {
    sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST" && r.path == CREATE_CALL_PATH)
        .map(|r| {
            let id = r.body.unwrap()["metadata"]["callboard_request_id"].clone();
            Uuid::parse_str(id.as_str().unwrap()).unwrap()
        })
        .collect()
}

fn verify(path: &Path, acked: &Acked, on_server: &BTreeSet<Uuid>, ctx: &str) -> usize {
    let (store, report) = CallStore::open(path, crate::store_support::options(t0()))
        .unwrap_or_else(|e| panic!("{ctx}: open failed: {e:?}"));
    assert_eq!(report.moved_aside, None, "{ctx}: the store was not usable");
    for (id, state) in &acked.placed {
        let entry = store
            .entry(*id)
            .unwrap_or_else(|| panic!("{ctx}: acknowledged attempt {id} lost"));
        assert_eq!(entry.state.as_str(), state, "{ctx}: attempt {id}");
    }
    for (id, k) in &acked.checked {
        let entry = store.entry(*id).unwrap();
        assert!(
            entry.last_checked >= Some(check_time(*k)),
            "{ctx}: check {id}/{k} lost"
        );
    }
    for id in on_server {
        let entry = store
            .entry(*id)
            .unwrap_or_else(|| panic!("{ctx}: {id} reached the server but is not recorded"));
        assert_ne!(
            entry.state,
            CallState::NotSent,
            "{ctx}: {id} is on the server"
        );
    }
    let all = store
        .page(
            &CallQuery::default(),
            PageRequest::new(0, PageRequest::MAX_LIMIT),
        )
        .expect("a page");
    let mut n = 0;
    let mut offset = 0;
    let mut page = all;
    while !page.is_empty() {
        for e in &page {
            assert_ne!(
                e.state,
                CallState::Sending,
                "{ctx}: {} left sending",
                e.request_id
            );
            if e.state == CallState::NotSent {
                assert!(
                    !on_server.contains(&e.request_id),
                    "{ctx}: not sent, yet on the server"
                );
            }
            n += 1;
        }
        offset += page.len();
        page = store
            .page(
                &CallQuery::default(),
                PageRequest::new(offset, PageRequest::MAX_LIMIT),
            )
            .expect("a page");
    }
    n
}

#[test]
fn killing_a_writer_at_random_instants_never_loses_an_acknowledged_attempt() {
    let seed: u64 = std::env::var("CALLBOARD_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x00C0_FFEE);
    let mut rng = StdRng::seed_from_u64(seed);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let sandbox = rt
        .block_on(Sandbox::start(SandboxOptions::default()))
        .unwrap();
    let client = client_for(
        &sandbox.base_url(),
        sandbox.api_key(),
        std::time::Duration::from_secs(5),
    );
    let (contact, agent, number) = rt.block_on(async {
        let contacts = client
            .list_contacts(&ContactFilter::default())
            .await
            .unwrap();
        let agents = client.list_agents().await.unwrap();
        let numbers = client
            .list_phone_numbers(Some(PhoneNumberType::Outbound))
            .await
            .unwrap();
        (
            contacts[0].id.clone(),
            agents[0].id.clone(),
            numbers[0].id.clone(),
        )
    });
    let dead_port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.sqlite3");
    let wal = dir.path().join("calls.sqlite3-wal");
    let spec = format!(
        "{}|{}|{}|{contact}|{agent}|{number}|http://127.0.0.1:{dead_port}/v1",
        path.display(),
        sandbox.base_url(),
        sandbox.api_key()
    );
    let exe = std::env::current_exe().unwrap();
    let mut all = Acked::default();
    let (mut torn_seen, mut immediate_kills) = (0, 0);

    for iteration in 0..ITERATIONS {
        let mut child = Command::new(&exe)
            .args([
                "--exact",
                "store_kill::store_writer_child_process",
                "--ignored",
            ])
            .args(["--nocapture", "--test-threads=1", "-q"])
            .env(WRITER_VAR, &spec)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut acked = Acked::default();
        let mut partial = Vec::new();
        match rng.random_range(0..10) {
            // Kill at once: the writer may not even have opened the store yet.
            0 | 1 => immediate_kills += 1,
            // Kill after a random number of acknowledgements, or in the middle of the
            // next line (a random byte offset into the writer's output).
            mode => {
                let wanted = rng.random_range(0..10);
                let mut line = String::new();
                while acked.lines < wanted {
                    line.clear();
                    if out.read_line(&mut line).unwrap() == 0 {
                        break;
                    }
                    acked.take_line(&line);
                }
                if mode >= 7 {
                    let mut bytes = vec![0; rng.random_range(1..40)];
                    let _ = out.read(&mut bytes).unwrap();
                    partial = bytes;
                }
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
        // Whatever the writer printed before dying was acknowledged too.
        let mut rest = partial;
        out.read_to_end(&mut rest).unwrap();
        for line in String::from_utf8_lossy(&rest).split_inclusive('\n') {
            if line.ends_with('\n') {
                acked.take_line(line);
            }
        }
        // Now and then, simulate a torn write (power loss mid-frame) on top of the kill.
        if wal.exists() && rng.random_range(0..8) == 0 {
            let mut f = std::fs::OpenOptions::new().append(true).open(&wal).unwrap();
            let garbage: Vec<u8> = (0..rng.random_range(1..5000))
                .map(|_| rng.random())
                .collect();
            f.write_all(&garbage).unwrap();
            torn_seen += 1;
        }
        all.placed.extend(acked.placed);
        all.checked.extend(acked.checked);
        let ctx = format!("iteration {iteration}, seed {seed}");
        verify(&path, &all, &posted(&sandbox), &ctx);
    }
    let on_server = posted(&sandbox);
    let entries = verify(&path, &all, &on_server, "at the end");
    let not_sent = all.placed.values().filter(|s| *s == "not_sent").count();
    assert!(all.placed.len() > 100, "the writers made real progress");
    assert!(not_sent > 10, "some attempts were not sent");
    assert!(entries >= all.placed.len());
    assert!(torn_seen > 0 && immediate_kills > 0);
    eprintln!(
        "seed {seed}: {} attempts acknowledged ({not_sent} not sent), {} POSTs on the server, {entries} attempts stored, {torn_seen} torn WAL tails, {immediate_kills} immediate kills",
        all.placed.len(),
        on_server.len(),
    );
}
