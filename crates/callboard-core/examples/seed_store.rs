//! Writes a realistic `calls.sqlite3` for app benchmarks and end-to-end tests:
//!
//! ```sh
//! cargo run -p callboard-core --example seed_store -- --attempts 10000 --out <data-dir> [--days 42] [--seed 7]
//! ```
//!
//! The attempts (several agents, contacts in six countries, every kind of outcome, status
//! history and transcripts, spread over weeks) are appended through `CallStore::append_all`
//! in batches, so the file is exactly what the app writes. An existing store in `<data-dir>`
//! is added to; the generated request ids are fixed per seed, so seeding twice with one seed
//! fails on the first repeated attempt.

mod seed_data;

use callboard_core::store::{CallStore, STORE_FILE_NAME};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut attempts = 10_000usize;
    let mut days = 42i64;
    let mut seed = 7u64;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--attempts" => attempts = value()?.parse()?,
            "--days" => days = value()?.parse()?,
            "--seed" => seed = value()?.parse()?,
            "--out" => out = Some(value()?.into()),
            other => return Err(format!("unknown argument {other}; see the example's docs").into()),
        }
    }
    let dir = out.ok_or("--out <data-dir> is required")?;
    let started = std::time::Instant::now();
    let (store, _) = CallStore::open_default(dir.join(STORE_FILE_NAME))?;
    for batch in seed_data::generate(attempts, days, seed).chunks(1_000) {
        let records: Vec<_> = batch.iter().flatten().cloned().collect();
        store.append_all(&records)?;
    }
    println!(
        "{} attempts in {} ({:.1} s)",
        store.len(),
        store.path().display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
