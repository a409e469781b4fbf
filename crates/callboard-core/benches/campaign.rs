//! Campaign benchmarks: checking a list of 10,000 and 100,000 rows (read, map, validate
//! phones, resolve zones, merge duplicates) and storing a 10,000-row campaign on disk.
//! Run: `cargo bench -p callboard-core --bench campaign -- --measurement-time 5 --warm-up-time 1 --sample-size 10`.

#![allow(clippy::expect_used)] // a benchmark without its data has nothing to measure

mod support;

use callboard_core::store::{CallStore, NewCampaign};
use chrono::Utc;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use support::{check, list_csv};
use uuid::Uuid;

fn benches(c: &mut Criterion) {
    for rows in [10_000, 100_000] {
        let bytes = list_csv(rows);
        let checked = check(&bytes);
        let valid = checked.callees.len();
        let some: Vec<&str> = checked
            .invalid
            .iter()
            .take(8)
            .map(|i| i.reason.as_str())
            .collect();
        assert!(valid > rows * 9 / 10, "{valid} valid of {rows}: {some:?}");
        c.bench_function(&format!("check a {rows}-row list"), |b| {
            b.iter(|| check(&bytes))
        });
    }

    let checked = check(&list_csv(10_000));
    let rows: Vec<_> = checked
        .callees
        .into_iter()
        .map(|c| (c, vec!["cell".to_owned(); 6]))
        .collect();
    let settings = serde_json::json!({"agent_id": "agent-1"});
    let dir = tempfile::Builder::new()
        .prefix("campaign-bench")
        .tempdir_in(concat!(env!("CARGO_MANIFEST_DIR"), "/../../target"))
        .expect("a folder on the real disk");
    let (store, _) = CallStore::open_default(dir.path().join("calls.sqlite3")).expect("a store");
    c.bench_function("store a 10000-row campaign", |b| {
        b.iter_batched(
            || (Uuid::new_v4(), Uuid::new_v4().to_string()),
            |(id, name)| {
                store
                    .create_campaign(&NewCampaign {
                        id,
                        name: &name,
                        created_at: Utc::now(),
                        source: "list.csv",
                        settings: &settings,
                        rows: &rows,
                    })
                    .expect("stored")
            },
            BatchSize::PerIteration,
        )
    });
}

criterion_group!(campaign, benches);
criterion_main!(campaign);
