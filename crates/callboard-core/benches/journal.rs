//! Journal benchmarks: appending 10,000 records (each fsynced) and loading a
//! 100,000-record journal.
//!
//! Appends are measured twice: on the disk under `target/` (real fsync cost, the number
//! that matters) and, when present, on `/dev/shm` (tmpfs, where fsync is free, so the
//! difference is the price of durability).

use callboard_core::clock::FixedClock;
use callboard_core::journal::{
    CallJournal, CallLabels, JournalOptions, JournalRecord, Outcome, RequestSummary,
};
use chrono::{DateTime, TimeZone, Utc};
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use uuid::Uuid;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0)
        .single()
        .unwrap_or_default()
}

fn sending(n: u128) -> JournalRecord {
    let request_id = Uuid::from_u128(n);
    JournalRecord::Sending {
        request_id,
        at: t0(),
        request: RequestSummary {
            contact_id: format!("c-{n:08}"),
            agent_id: "agent-es-1".into(),
            from_number_id: "pn-mx-1".into(),
            body: serde_json::json!({
                "contact_id": format!("c-{n:08}"), "agent_id": "agent-es-1",
                "from_number_id": "pn-mx-1",
                "additional_data": [{"key": "amount_debt", "value": "14058"}],
                "schedule": {"scheduled_call_time": "2026-06-16 10:00:00",
                             "timezone": "America/Mexico_City"},
                "metadata": {"callboard_request_id": request_id}
            }),
            labels: CallLabels {
                contact_name: "María Fernanda López".into(),
                contact_phone: "+525512345678".into(),
                agent_name: "Sofía (Spanish)".into(),
                from_number: "+525598765432".into(),
                when_label: "Tue 16 Jun, 10:00 (America/Mexico_City)".into(),
                callee_zone: Some("America/Mexico_City".into()),
                contact_country: Some("MX".into()),
            },
            due_at: None,
        },
    }
}

fn placed(n: u128) -> JournalRecord {
    JournalRecord::Outcome {
        request_id: Uuid::from_u128(n),
        at: t0(),
        outcome: Outcome::Placed {
            call_id: format!("call-{n:08}"),
        },
    }
}

fn options() -> JournalOptions {
    JournalOptions {
        clock: Arc::new(FixedClock::new(t0())),
        ..JournalOptions::default()
    }
}

/// 5,000 attempts, each a Sending and an Outcome record.
fn append_10k(dir: &Path) {
    let (journal, _) = match CallJournal::open_with(dir.join("calls.jsonl"), options()) {
        Ok(opened) => opened,
        Err(e) => panic!("open failed: {e}"),
    };
    for n in 0..5_000u128 {
        for record in [sending(n), placed(n)] {
            if let Err(e) = journal.append(&record) {
                panic!("append failed: {e}");
            }
        }
    }
}

/// Writes a 100,000-record journal (50,000 placed attempts) in the documented line format,
/// without fsyncing each line: only the load is measured.
fn write_100k(path: &Path) {
    let mut out = match std::fs::File::create(path) {
        Ok(f) => std::io::BufWriter::new(f),
        Err(e) => panic!("create failed: {e}"),
    };
    for n in 0..50_000u128 {
        for record in [sending(n), placed(n)] {
            let json = serde_json::to_vec(&record).unwrap_or_default();
            let crc = crc32fast::hash(&json);
            let ok = write!(out, "{crc:08x} ")
                .and_then(|()| out.write_all(&json))
                .and_then(|()| out.write_all(b"\n"));
            if let Err(e) = ok {
                panic!("write failed: {e}");
            }
        }
    }
    if let Err(e) = out.flush() {
        panic!("flush failed: {e}");
    }
}

fn tempdir_in(base: &str) -> tempfile::TempDir {
    match tempfile::tempdir_in(base) {
        Ok(d) => d,
        Err(e) => panic!("tempdir in {base} failed: {e}"),
    }
}

fn bench_append(c: &mut Criterion) {
    let mut group = c.benchmark_group("journal");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    group.warm_up_time(Duration::from_millis(500));
    group.bench_function("append 10,000 journal records (disk, fsync each)", |b| {
        b.iter_batched(
            || tempdir_in(env!("CARGO_TARGET_TMPDIR")),
            |dir| append_10k(dir.path()),
            BatchSize::PerIteration,
        )
    });
    if Path::new("/dev/shm").is_dir() {
        group.bench_function("append 10,000 journal records (tmpfs, fsync each)", |b| {
            b.iter_batched(
                || tempdir_in("/dev/shm"),
                |dir| append_10k(dir.path()),
                BatchSize::PerIteration,
            )
        });
    }
    group.finish();
}

fn bench_load(c: &mut Criterion) {
    let dir = tempdir_in(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.path().join("calls.jsonl");
    write_100k(&path);
    let mut group = c.benchmark_group("journal");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("load a 100,000-record journal", |b| {
        b.iter(|| match CallJournal::open_with(&path, options()) {
            Ok((journal, report)) => {
                assert_eq!(report.records, 100_000);
                journal
            }
            Err(e) => panic!("open failed: {e}"),
        })
    });
    group.finish();
}

criterion_group!(benches, bench_append, bench_load);
criterion_main!(benches);
