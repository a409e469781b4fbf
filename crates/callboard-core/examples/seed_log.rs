//! Seeds a data folder with a large call log, for `scripts/bench-app.sh`:
//!
//! ```sh
//! cargo run -p callboard-core --example seed_log -- --attempts 100000 --out DIR
//! ```
//!
//! Every attempt was placed and ended (completed, no answer, busy, voicemail, failed), with a
//! summary and a short transcript, spread over several weeks, so the status loop has nothing
//! to poll and the app idles the way a busy user's would. The data is deterministic: the same
//! `--attempts` always writes the same log.
//!
//! What an attempt *is* ([`attempt`]) is kept apart from how the log stores it ([`LogWriter`],
//! today the journal's checksummed JSON lines, written without an fsync per line because only
//! the result matters). Moving the seed to the SQLite store means replacing `LogWriter` only.

use callboard_core::journal::{
    CallJournal, CallLabels, JournalRecord, Outcome, RequestSummary, StatusSnapshot, TranscriptTurn,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::io::Write;
use std::path::{Path, PathBuf};
use uuid::Uuid;

const AGENTS: [(&str, &str); 4] = [
    ("agent-es-1", "Sofía (Spanish)"),
    ("agent-en-1", "Grace (English)"),
    ("agent-pt-1", "Luiza (Portuguese)"),
    ("agent-fr-1", "Camille (French)"),
];
const NAMES: [&str; 6] = [
    "María Fernanda López",
    "James O'Connor",
    "Ana Beatriz Souza",
    "Léa Martin",
    "Carlos Ruiz",
    "Priya Natarajan",
];
const ENDINGS: [(&str, Option<&str>); 5] = [
    ("completed", Some("answered")),
    ("no-answer", Some("no_answer")),
    ("busy", Some("busy")),
    ("voice_mail", Some("voicemail")),
    ("failed", Some("failed")),
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (attempts, out) = parse_args()?;
    std::fs::create_dir_all(&out)?;
    let started = std::time::Instant::now();
    let mut log = LogWriter::create(&out)?;
    for n in 0..attempts {
        log.write(&attempt(n))?;
    }
    log.finish()?;
    // Opening it once proves the app will read every attempt, and leaves the file as the
    // app would after its own first open (any start-up compaction already done).
    let (journal, report) = CallJournal::open(log.path())?;
    if journal.len() != attempts as usize || report.skipped > 0 {
        return Err(format!("wrote {attempts} attempts, read back {}", journal.len()).into());
    }
    eprintln!(
        "seeded {attempts} attempts into {} in {:.1} s",
        log.path().display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn parse_args() -> Result<(u32, PathBuf), String> {
    let usage = "usage: seed_log --attempts N --out DIR";
    let mut args = std::env::args().skip(1);
    let (mut attempts, mut out) = (None, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--attempts" => attempts = args.next().and_then(|v| v.parse::<u32>().ok()),
            "--out" => out = args.next().map(PathBuf::from),
            _ => return Err(format!("unknown argument {arg:?}; {usage}")),
        }
    }
    Ok((attempts.ok_or(usage)?, out.ok_or(usage)?))
}

/// The records of attempt number `n`: sent, placed, then ended.
fn attempt(n: u32) -> Vec<JournalRecord> {
    let request_id = Uuid::from_u128(0x5eed_0000_0000_0000_0000_0000_0000_0000 | u128::from(n));
    // Newest last, one attempt every ~36 s going back from mid-June 2026.
    let at = start_of_history() + Duration::seconds(i64::from(n) * 36);
    let (agent_id, agent_name) = AGENTS[n as usize % AGENTS.len()];
    let contact_name = NAMES[n as usize % NAMES.len()];
    let contact_id = format!("c-{:06}", n % 5_000);
    let contact_phone = format!("+5255{:08}", 10_000_000 + n % 90_000_000);
    let call_id = format!("call-seed-{n:08}");
    let body = serde_json::json!({
        "contact_id": contact_id, "agent_id": agent_id, "from_number_id": "pn-mx-1",
        "additional_data": [{"key": "amount_debt", "value": format!("{}", 1_000 + n % 20_000)}],
        "metadata": {"callboard_request_id": request_id}
    });
    let (status, result) = ENDINGS[n as usize % ENDINGS.len()];
    let mut ended = StatusSnapshot::new(at + Duration::minutes(3), status);
    ended.call_result = result.map(str::to_owned);
    ended.duration = Some(f64::from(30 + n % 240));
    ended.summary = Some(format!(
        "{contact_name} asked about the balance and agreed to a follow-up."
    ));
    ended.finished_at = Some((at + Duration::minutes(3)).to_rfc3339());
    ended.transcript = Some(vec![
        turn("agent", "Hello, this is a call about your account."),
        turn("user", "Yes, I can talk now."),
        turn("agent", "Thank you. We'll send the details by message."),
    ]);
    vec![
        JournalRecord::Sending {
            request_id,
            at,
            request: RequestSummary {
                contact_id: contact_id.clone(),
                agent_id: agent_id.into(),
                from_number_id: "pn-mx-1".into(),
                body,
                labels: CallLabels {
                    contact_name: contact_name.into(),
                    contact_phone,
                    agent_name: agent_name.into(),
                    from_number: "+525598765432".into(),
                    when_label: "Now".into(),
                    callee_zone: Some("America/Mexico_City".into()),
                    contact_country: Some("MX".into()),
                },
                due_at: Some(at),
            },
        },
        JournalRecord::Outcome {
            request_id,
            at: at + Duration::seconds(1),
            outcome: Outcome::Placed { call_id },
        },
        JournalRecord::StatusUpdate {
            request_id,
            status: ended,
        },
    ]
}

fn turn(role: &str, content: &str) -> TranscriptTurn {
    TranscriptTurn {
        role: role.into(),
        content: content.into(),
    }
}

fn start_of_history() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 5, 1, 8, 0, 0)
        .single()
        .unwrap_or_default()
}

/// Writes attempts in the call log's on-disk format: `<crc32 as 8 hex digits> <JSON>\n`.
struct LogWriter {
    path: PathBuf,
    out: std::io::BufWriter<std::fs::File>,
}

impl LogWriter {
    /// A new, empty log in the data folder `dir` (an existing one is replaced).
    fn create(dir: &Path) -> std::io::Result<Self> {
        let path = dir.join("calls.journal");
        let out = std::io::BufWriter::new(std::fs::File::create(&path)?);
        Ok(Self { path, out })
    }

    fn write(&mut self, records: &[JournalRecord]) -> std::io::Result<()> {
        for record in records {
            let json = serde_json::to_vec(record)?;
            write!(self.out, "{:08x} ", crc32fast::hash(&json))?;
            self.out.write_all(&json)?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Flushes and fsyncs once, at the end.
    fn finish(&mut self) -> std::io::Result<()> {
        self.out.flush()?;
        self.out.get_ref().sync_all()
    }

    fn path(&self) -> &Path {
        &self.path
    }
}
