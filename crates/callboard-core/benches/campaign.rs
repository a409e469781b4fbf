//! Campaign benchmarks: checking a list of 10,000 and 100,000 rows (read, map, validate
//! phones, resolve zones, merge duplicates) and storing a 10,000-row campaign on disk.
//! Run: `cargo bench -p callboard-core --bench campaign -- --measurement-time 5 --warm-up-time 1 --sample-size 10`.

#![allow(clippy::expect_used)] // a benchmark without its data has nothing to measure

use callboard_core::campaign::list::{self, CheckOptions};
use callboard_core::store::{CallStore, NewCampaign};
use chrono::Utc;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use uuid::Uuid;

/// A list as salespeople bring them: six countries, national and international numbers,
/// a few bad rows and duplicates, three extra columns.
fn list_csv(rows: usize) -> Vec<u8> {
    let mut text = String::from("Nombre;Teléfono;País;Plan;Monto;Notas\r\n");
    // (country, how its numbers are written from a serial number)
    type Writer = fn(usize) -> String;
    let countries: [(&str, Writer); 6] = [
        ("Colombia", |n| format!("30{:08}", n)),
        ("México", |n| format!("55 {:08}", n)),
        ("España", |n| format!("6{:08}", n)),
        ("Argentina", |n| format!("11 4{:07}", n)),
        ("Brasil", |n| format!("(11) 9{:08}", n)),
        // US exchange codes start with 2–9.
        ("United States", |n| {
            format!("+1 212 {} {:04}", 200 + n % 800, n / 800)
        }),
    ];
    for i in 0..rows {
        let (country, phone_of) = countries[i % countries.len()];
        let phone = match i % 50 {
            0 => "12".to_owned(),          // bad
            7 if i > 6 => phone_of(i - 6), // the same person as six rows before
            _ => phone_of(i),
        };
        text.push_str(&format!(
            "Persona {i};{phone};{country};plan {};{};\"nota, con coma\"\r\n",
            i % 3,
            i * 7 % 100_000
        ));
    }
    text.into_bytes()
}

fn check(bytes: &[u8]) -> list::CheckedList {
    let sheet = list::read(bytes).expect("a list");
    let mapping = list::guess(&sheet);
    let nobody = |_: &str| None;
    list::check(
        &sheet,
        &mapping,
        CheckOptions {
            default_country: None,
            fallback_zone: None,
            do_not_call: &nobody,
        },
    )
}

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
