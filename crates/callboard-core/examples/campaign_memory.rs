//! Memory of a running 100,000-row campaign (target: ≤ 60 MB above idle):
//!
//! ```sh
//! cargo run --release -p callboard-core --example campaign_memory [-- --rows 100000]
//! ```
//!
//! First it stores a campaign of that many rows (the benches' list; about 96 % of the rows
//! are callees) in a store under `target/`. Then it starts itself again to measure, so the
//! memory the list's check and the store's creation used is not counted: the second process
//! starts the in-process sandbox and opens the store, as an idle app in Sandbox mode has them
//! (VmRSS "idle"), then opens the campaign with `Runner::open` and runs two ticks a minute
//! apart at the app's pace, 30 calls a minute with 10 at once (VmRSS "running"). Both values
//! are read from /proc/self/status (Linux), with the peak (VmHWM).

#![allow(clippy::expect_used)] // a measurement without its data has nothing to measure

#[path = "../benches/support/mod.rs"]
mod support;

use callboard_core::campaign::{Pace, Runner};
use std::path::{Path, PathBuf};
use std::process::Command;
use support::Rig;
use uuid::Uuid;

const APP_PACE: Pace = Pace {
    per_minute: 30,
    max_active: 10,
};

fn main() {
    let mut args = std::env::args().skip(1);
    let mut rows = 100_000usize;
    let mut measure: Option<(PathBuf, Uuid)> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rows" => rows = args.next().and_then(|r| r.parse().ok()).expect("--rows N"),
            "--measure" => {
                let path = args.next().expect("a store path").into();
                let id = args.next().and_then(|i| i.parse().ok()).expect("an id");
                measure = Some((path, id));
            }
            other => panic!("unknown argument {other}"),
        }
    }
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    match measure {
        Some((path, campaign)) => rt.block_on(run(&path, campaign)),
        None => prepare(&rt, rows),
    }
}

/// Stores the campaign, then measures it in a fresh process.
fn prepare(rt: &tokio::runtime::Runtime, rows: usize) {
    let dir = tempfile::Builder::new()
        .prefix("campaign-memory")
        .tempdir_in(concat!(env!("CARGO_MANIFEST_DIR"), "/../../target"))
        .expect("a folder on the real disk");
    let path = dir.path().join("calls.sqlite3");
    let (campaign, callees) = rt.block_on(async {
        let rig = Rig::start().await;
        let placer = rig.placer(&path);
        rig.campaign(placer.store(), rows, APP_PACE)
    });
    println!("stored a campaign of {rows} rows ({callees} callees)");
    let status = Command::new(std::env::current_exe().expect("this program"))
        .arg("--measure")
        .arg(&path)
        .arg(campaign.to_string())
        .status()
        .expect("the measuring run starts");
    assert!(status.success(), "the measuring run failed");
}

async fn run(path: &Path, campaign: Uuid) {
    let rig = Rig::start().await;
    let placer = rig.placer(path);
    let idle = kib("VmRSS");
    let mut runner = Runner::open(placer, campaign).await.expect("opened");
    let first = runner.tick().await.expect("a tick");
    rig.clock.advance(chrono::Duration::seconds(60));
    rig.sandbox.advance_clock(chrono::Duration::seconds(60));
    let second = runner.tick().await.expect("a tick");
    let running = kib("VmRSS");
    println!(
        "ticks handed over {} and {} calls ({} active)",
        first.handed_over, second.handed_over, second.active
    );
    println!(
        "VmRSS idle (sandbox started, store open): {:.1} MB",
        mb(idle)
    );
    println!(
        "VmRSS running (campaign open, two ticks): {:.1} MB",
        mb(running)
    );
    println!(
        "above idle: {:.1} MB (target ≤ 60 MB); peak VmHWM {:.1} MB",
        mb(running.saturating_sub(idle)),
        mb(kib("VmHWM"))
    );
}

/// A `/proc/self/status` value in KiB.
fn kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status (Linux)");
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .expect("the field")
}

fn mb(kib: u64) -> f64 {
    kib as f64 * 1024.0 / 1_000_000.0
}
