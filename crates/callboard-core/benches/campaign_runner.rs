//! The campaign runner's own time per call (target: ≤ 2 ms plus the durable write): one tick
//! hands over every row of a 1,000-row campaign on the in-process sandbox (manual clock, pace
//! and cap above the row count, so every row is due at once), timed and divided by the calls
//! handed over. Each call is a contact lookup and creation, three durable commits (the row's
//! contact, the attempt before its POST, the answer after it) and the POST.
//!
//! Twice: with the store on the real disk, and on tmpfs (`/dev/shm`), where an fsync costs
//! nothing, so the second is the runner's own time (plus the in-process sandbox answering
//! three loopback requests) and the difference is the durable writes.
//!
//! Run: `cargo bench -p callboard-core --bench campaign_runner -- --warm-up-time 1 --measurement-time 10`.
//! Criterion reports the time of one tick (1,000 rows less the list's bad and repeated ones)
//! and the calls per second; the time per call is the tick's time over the calls.

#![allow(clippy::expect_used)] // a benchmark without its data has nothing to measure

mod support;

use callboard_core::campaign::{Pace, Runner};
use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use support::Rig;

const ROWS: usize = 1_000;

/// Above any row count: the bench times the runner, not the pace.
const UNPACED: Pace = Pace {
    per_minute: 1_000_000,
    max_active: 1_000_000,
};

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().expect("a runtime");
    let rig = rt.block_on(Rig::start());
    let callees = {
        let dir = tempfile::tempdir().expect("a folder");
        rig.campaign(
            rig.placer(&dir.path().join("c.sqlite3")).store(),
            ROWS,
            UNPACED,
        )
        .1
    };
    let folders = [
        (
            "the real disk",
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../target")),
        ),
        ("tmpfs", PathBuf::from("/dev/shm")),
    ];
    let mut group = c.benchmark_group("campaign runner");
    // One tick takes seconds: a fixed number of ticks per sample, not criterion's ramp.
    group.sampling_mode(SamplingMode::Flat).sample_size(10);
    group.throughput(Throughput::Elements(callees as u64));
    for (label, folder) in folders {
        if !folder.is_dir() {
            eprintln!(
                "skipping the store on {label}: {} is not a folder",
                folder.display()
            );
            continue;
        }
        let name = format!("hand over a {ROWS}-row campaign in one tick, store on {label}");
        group.bench_function(name, |b| {
            b.iter_custom(|ticks| {
                let mut total = Duration::ZERO;
                for _ in 0..ticks {
                    // A fresh sandbox log and store each time: the same work in every tick.
                    rig.sandbox.reset();
                    let dir = tempfile::Builder::new()
                        .prefix("runner-bench")
                        .tempdir_in(&folder)
                        .expect("a folder");
                    let placer = rig.placer(&dir.path().join("calls.sqlite3"));
                    let (campaign, _) = rig.campaign(placer.store(), ROWS, UNPACED);
                    let mut runner = rt
                        .block_on(Runner::open(placer.clone(), campaign))
                        .expect("opened");
                    let start = Instant::now();
                    let tick = rt.block_on(runner.tick()).expect("a tick");
                    total += start.elapsed();
                    assert_eq!(tick.handed_over, callees, "every row in one tick");
                }
                total
            })
        });
    }
    group.finish();
}

criterion_group!(runner, bench);
criterion_main!(runner);
