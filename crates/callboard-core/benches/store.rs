//! Call store benchmarks at 1k, 10k and 100k attempts (with status history) on disk:
//! open + first page, a filtered page and its count, recording an attempt durably next to
//! one raw `fsync`, and importing an old journal of that many entries.
//!
//! The data is generated once per size (`examples/seed_data`) under
//! `target/store-bench/<size>/` and reused by later runs (delete the folder to regenerate).
//! Everything is on the disk under `target/`, so fsyncs are real.
//! Run: `cargo bench -p callboard-core --bench store -- --measurement-time 3 --warm-up-time 1`.

#[path = "../examples/seed_data/mod.rs"]
mod seed_data;

use callboard_core::call_query::{CallQuery, PageRequest, ShownState};
use callboard_core::calls::{JournalRecord, RequestSummary};
use callboard_core::store::import::import_journal;
use callboard_core::store::{CallStore, STORE_FILE_NAME};
use chrono::Duration;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::io::Write;
use std::path::{Path, PathBuf};
use uuid::Uuid;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn bench_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/store-bench")
}

/// `target/store-bench/<size>/` with `calls.sqlite3` and `calls.journal` of `size`
/// generated attempts, made once.
fn data_for(size: usize) -> PathBuf {
    let dir = bench_root().join(size.to_string());
    let done = dir.join("complete");
    if done.exists() {
        return dir;
    }
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let attempts = seed_data::generate(size, 42, 7);
    let mut journal = std::io::BufWriter::new(
        std::fs::File::create(dir.join("calls.journal")).unwrap_or_else(|e| panic!("{e}")),
    );
    for record in attempts.iter().flatten() {
        let _ = journal.write_all(seed_data::journal_line(record).as_bytes());
    }
    drop(journal);
    let (store, _) =
        CallStore::open_default(dir.join(STORE_FILE_NAME)).unwrap_or_else(|e| panic!("{e}"));
    for batch in attempts.chunks(2_000) {
        let records: Vec<JournalRecord> = batch.iter().flatten().cloned().collect();
        store.append_all(&records).unwrap_or_else(|e| panic!("{e}"));
    }
    drop(store);
    let _ = std::fs::write(done, b"");
    dir
}

/// Finished calls (either way) by one agent in the last two weeks whose text has "ana".
fn filter() -> CallQuery {
    CallQuery {
        states: vec![ShownState::Completed, ShownState::FailedCall],
        agent_id: Some("agent-max-en".into()),
        created_from: Some(seed_data::history_end() - Duration::days(14)),
        created_before: Some(seed_data::history_end()),
        text: "ana".into(),
        ..CallQuery::default()
    }
}

fn queries(c: &mut Criterion) {
    for size in SIZES {
        let dir = data_for(size);
        let db = dir.join(STORE_FILE_NAME);
        c.bench_function(&format!("open + first page of 50 ({size})"), |b| {
            b.iter(|| {
                let (store, _) = CallStore::open_default(&db).unwrap_or_else(|e| panic!("{e}"));
                let page = store
                    .page(&CallQuery::default(), PageRequest::new(0, 50))
                    .unwrap_or_else(|e| panic!("{e}"));
                assert_eq!(page.len(), 50);
            })
        });
        let (store, _) = CallStore::open_default(&db).unwrap_or_else(|e| panic!("{e}"));
        let q = filter();
        assert!(
            store.count(&q).unwrap_or(0) > 0,
            "the filter matches something"
        );
        c.bench_function(&format!("filtered page of 50 ({size})"), |b| {
            b.iter(|| store.page(&q, PageRequest::new(0, 50)).map(|p| p.len()))
        });
        c.bench_function(&format!("count for the filter ({size})"), |b| {
            b.iter(|| store.count(&q).ok())
        });
        c.bench_function(&format!("calls due for a status check ({size})"), |b| {
            b.iter(|| store.due_for_check(seed_data::history_end()).len())
        });
    }
}

fn durability(c: &mut Criterion) {
    let dir = bench_root().join("durable");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
    let (store, _) =
        CallStore::open_default(dir.join(STORE_FILE_NAME)).unwrap_or_else(|e| panic!("{e}"));
    let template = seed_data::generate(1, 1, 1).remove(0).remove(0);
    let JournalRecord::Sending { request, .. } = template else {
        panic!("the first record is a Sending")
    };
    let request: RequestSummary = request;
    let mut n = 0u64;
    c.bench_function("record an attempt durably (Sending, fsync)", |b| {
        b.iter(|| {
            n += 1;
            store
                .append(&JournalRecord::Sending {
                    request_id: Uuid::from_u64_pair(0xBE7C, n),
                    at: seed_data::history_end(),
                    request: request.clone(),
                })
                .unwrap_or_else(|e| panic!("{e}"))
        })
    });
    let mut raw = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("raw.bin"))
        .unwrap_or_else(|e| panic!("{e}"));
    let line = vec![b'x'; 600];
    c.bench_function("raw write + fsync of 600 bytes", |b| {
        b.iter(|| {
            raw.write_all(&line).unwrap_or_else(|e| panic!("{e}"));
            raw.sync_data().unwrap_or_else(|e| panic!("{e}"));
        })
    });
}

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    for size in SIZES {
        let source = data_for(size).join("calls.journal");
        group.bench_function(format!("import a {size}-entry journal"), |b| {
            b.iter_batched(
                || {
                    let dir = tempfile::tempdir_in(bench_root()).unwrap_or_else(|e| panic!("{e}"));
                    let journal = dir.path().join("calls.journal");
                    std::fs::copy(&source, &journal).unwrap_or_else(|e| panic!("{e}"));
                    let (store, _) = CallStore::open_default(dir.path().join(STORE_FILE_NAME))
                        .unwrap_or_else(|e| panic!("{e}"));
                    (dir, journal, store)
                },
                |(dir, journal, store)| {
                    let report = import_journal(&store, &journal).unwrap_or_else(|e| panic!("{e}"));
                    assert_eq!(report.map(|r| r.imported), Some(size));
                    (dir, store)
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, queries, durability, import);
criterion_main!(benches);
