//! Kill a journal writer at random instants, hundreds of times, and check that every
//! acknowledged record survives and the journal always opens.
//!
//! The writer is this same test binary re-executed with an environment variable (no extra
//! binary to build): it appends records in a loop and prints `ack <kind> <n>` after each
//! `append` returns, i.e. after the record was fsynced. The parent reads a random number
//! of acknowledgements (sometimes none, sometimes stopping in the middle of a line),
//! SIGKILLs the writer, reads whatever the writer had already printed, reopens the journal
//! and checks every acknowledged record. The RNG is seeded, so a failure is reproducible
//! (`CALLBOARD_KILL_SEED` overrides the seed).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use callboard_core::clock::FixedClock;
use callboard_core::journal::{
    CallJournal, CallLabels, CallState, JournalOptions, JournalRecord, Outcome, RequestSummary,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use rand::{rngs::StdRng, Rng, SeedableRng};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use uuid::Uuid;

const WRITER_PATH_VAR: &str = "CALLBOARD_KILL_TEST_JOURNAL";
const WRITER_START_VAR: &str = "CALLBOARD_KILL_TEST_START";
const ITERATIONS: u64 = 220;
/// Request ids written by one writer run are `start .. start + SPAN`.
const SPAN: u64 = 100_000;
/// Each attempt is followed by this many "checked" records, which compaction drops, so
/// that writers are also killed in the middle of compactions.
const CHECKS_PER_ATTEMPT: i64 = 3;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap()
}

fn check_time(n: u64, k: i64) -> DateTime<Utc> {
    t0() + Duration::seconds(n as i64) + Duration::milliseconds(k)
}

fn writer_options() -> JournalOptions {
    JournalOptions {
        clock: Arc::new(FixedClock::new(t0())),
        compact_min_superseded: 40,
    }
}

/// What the parent learned from the writer's acknowledgements.
#[derive(Default)]
struct Acked {
    sending: Vec<u64>,
    outcome: Vec<u64>,
    /// Highest acknowledged check per attempt.
    checked: BTreeMap<u64, i64>,
}

impl Acked {
    fn take_line(&mut self, line: &str) {
        let mut parts = line.split_whitespace();
        if parts.next() != Some("ack") {
            return; // test-harness chatter
        }
        let kind = parts.next().unwrap();
        let n: u64 = parts.next().unwrap().parse().unwrap();
        match kind {
            "sending" => self.sending.push(n),
            "outcome" => self.outcome.push(n),
            "checked" => {
                let k: i64 = parts.next().unwrap().parse().unwrap();
                self.checked.insert(n, k);
            }
            other => panic!("unknown ack kind {other}"),
        }
    }

    fn count(&self) -> usize {
        self.sending.len() + self.outcome.len() + self.checked.len()
    }
}

#[test]
#[ignore = "runs only as the child process of the kill test"]
fn journal_writer_child_process() {
    let (Ok(path), Ok(start)) = (
        std::env::var(WRITER_PATH_VAR),
        std::env::var(WRITER_START_VAR),
    ) else {
        return;
    };
    let start: u64 = start.parse().unwrap();
    let (journal, _) = CallJournal::open_with(&path, writer_options()).unwrap();
    let stdout = std::io::stdout();
    for n in start..start + SPAN {
        let request_id = Uuid::from_u128(u128::from(n));
        journal
            .append(&JournalRecord::Sending {
                request_id,
                at: t0(),
                request: RequestSummary {
                    contact_id: format!("contact-{n}"),
                    agent_id: "agent-es".into(),
                    from_number_id: "pn-mx-1".into(),
                    body: serde_json::json!({"contact_id": format!("contact-{n}"),
                        "metadata": {"callboard_request_id": request_id}}),
                    labels: CallLabels::default(),
                    due_at: None,
                },
            })
            .unwrap();
        writeln!(stdout.lock(), "ack sending {n}").unwrap();
        let outcome = Outcome::Placed {
            call_id: format!("call-{n}"),
        };
        journal
            .append(&JournalRecord::Outcome {
                request_id,
                at: t0(),
                outcome,
            })
            .unwrap();
        writeln!(stdout.lock(), "ack outcome {n}").unwrap();
        for k in 0..CHECKS_PER_ATTEMPT {
            let at = check_time(n, k);
            journal
                .append(&JournalRecord::Checked { request_id, at })
                .unwrap();
            writeln!(stdout.lock(), "ack checked {n} {k}").unwrap();
        }
    }
}

fn verify(path: &std::path::Path, acked: &Acked, iteration: u64, seed: u64) -> usize {
    let ctx = format!("iteration {iteration}, seed {seed}");
    let (journal, report) =
        CallJournal::open(path).unwrap_or_else(|e| panic!("{ctx}: open failed: {e:?}"));
    // SIGKILL cannot damage a line that was completely written: only the tail may tear.
    assert_eq!(report.skipped, 0, "{ctx}: damaged lines {report:?}");
    for n in &acked.sending {
        let entry = journal
            .entry(Uuid::from_u128(u128::from(*n)))
            .unwrap_or_else(|| panic!("{ctx}: acknowledged attempt {n} lost"));
        assert!(
            matches!(entry.state, CallState::Placed | CallState::OutcomeUnknown),
            "{ctx}: attempt {n} is {:?}",
            entry.state
        );
    }
    for n in &acked.outcome {
        let entry = journal.entry(Uuid::from_u128(u128::from(*n))).unwrap();
        assert_eq!(entry.state, CallState::Placed, "{ctx}: outcome {n} lost");
        assert_eq!(entry.call_id, Some(format!("call-{n}")), "{ctx}");
    }
    for (n, k) in &acked.checked {
        let entry = journal.entry(Uuid::from_u128(u128::from(*n))).unwrap();
        assert!(
            entry.last_checked >= Some(check_time(*n, *k)),
            "{ctx}: check {n}/{k} lost"
        );
    }
    journal.len()
}

#[test]
fn killing_a_writer_at_random_instants_never_loses_an_acknowledged_record() {
    let seed: u64 = std::env::var("CALLBOARD_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x00C0_FFEE);
    let mut rng = StdRng::seed_from_u64(seed);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    let exe = std::env::current_exe().unwrap();
    let mut all = Acked::default();
    let (mut torn_seen, mut immediate_kills) = (0, 0);

    for iteration in 0..ITERATIONS {
        let mut child = Command::new(&exe)
            .args(["--exact", "journal_writer_child_process", "--ignored"])
            .args(["--nocapture", "--test-threads=1", "-q"])
            .env(WRITER_PATH_VAR, &path)
            .env(WRITER_START_VAR, (iteration * SPAN).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut acked = Acked::default();
        let mut partial = Vec::new();
        match rng.random_range(0..10) {
            // Kill at once: the writer may not even have opened the journal yet.
            0 | 1 => immediate_kills += 1,
            // Kill after a random number of acknowledgements, or in the middle of the
            // next line (a random byte offset into the writer's output).
            mode => {
                let wanted = rng.random_range(0..16);
                let mut line = String::new();
                while acked.count() < wanted {
                    line.clear();
                    if out.read_line(&mut line).unwrap() == 0 {
                        break;
                    }
                    acked.take_line(&line);
                }
                if mode >= 7 {
                    let mut bytes = vec![0; rng.random_range(1..14)];
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
        // Now and then, simulate a torn write (power loss mid-line) on top of the kill.
        if rng.random_range(0..8) == 0 {
            let mut f = std::fs::OpenOptions::new()
                .append(true)
                .open(&path)
                .unwrap();
            let torn = b"1234abcd {\"type\":\"outcome\",\"request_id\":\"0000";
            f.write_all(&torn[..rng.random_range(1..torn.len())])
                .unwrap();
            torn_seen += 1;
        }
        all.sending.extend(acked.sending);
        all.outcome.extend(acked.outcome);
        all.checked.extend(acked.checked);
        verify(&path, &all, iteration, seed);
    }
    let entries = verify(&path, &all, ITERATIONS, seed);
    assert!(all.outcome.len() > 100, "the writers made real progress");
    assert!(entries >= all.sending.len());
    assert!(torn_seen > 0 && immediate_kills > 0);
    eprintln!(
        "seed {seed}: {} attempts acknowledged, {} outcomes, {torn_seen} torn tails, {immediate_kills} immediate kills",
        all.sending.len(),
        all.outcome.len()
    );
}
