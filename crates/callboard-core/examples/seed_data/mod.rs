//! Realistic generated call history for benches, the seeding tool and app tests: contacts
//! in six countries, four agents, six numbers, weeks of history, every kind of outcome, and
//! status history (with transcripts for finished calls). Deterministic for a given seed.
#![allow(dead_code)]

use callboard_core::calls::{
    CallLabels, JournalRecord, LookupSummary, MatchedBy, Outcome, RequestSummary, StatusSnapshot,
    TranscriptTurn,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use rand::{rngs::StdRng, Rng, SeedableRng};
use uuid::Uuid;

const FIRST: [&str; 16] = [
    "María", "José", "Ana", "Lucía", "Jürgen", "Sofía", "Émile", "Zoë", "Liam", "Olivia", "Mateo",
    "Camila", "João", "Beatriz", "Noah", "Chloé",
];
const LAST: [&str; 16] = [
    "García",
    "Pérez",
    "López",
    "Groß",
    "Müller",
    "Lefèvre",
    "Martin",
    "Smith",
    "O'Neil",
    "Silva",
    "Santos",
    "Hernández",
    "Rossi",
    "Dubois",
    "Johnson",
    "Fernández",
];
/// (calling code, zone, country) of the sandbox's six countries.
const COUNTRIES: [(&str, &str, &str); 6] = [
    ("+52", "America/Mexico_City", "MX"),
    ("+34", "Europe/Madrid", "ES"),
    ("+1", "America/New_York", "US"),
    ("+49", "Europe/Berlin", "DE"),
    ("+33", "Europe/Paris", "FR"),
    ("+55", "America/Sao_Paulo", "BR"),
];
const AGENTS: [(&str, &str); 4] = [
    ("agent-sofia-es", "Sofía (Spanish)"),
    ("agent-max-en", "Max (English)"),
    ("agent-claire-fr", "Claire (French)"),
    ("agent-lena-de", "Lena (German)"),
];
const NUMBERS: [(&str, &str); 6] = [
    ("pn-mx-1", "+525598765432"),
    ("pn-es-1", "+34910000001"),
    ("pn-us-1", "+12125550100"),
    ("pn-de-1", "+4930123456"),
    ("pn-fr-1", "+33140000001"),
    ("pn-br-1", "+551130000001"),
];

/// When the generated history ends (its newest attempt is about this old).
pub fn history_end() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 18, 0, 0)
        .single()
        .unwrap_or_default()
}

/// The records of `attempts` attempts spread over `days` days before [`history_end`],
/// oldest first, grouped per attempt.
pub fn generate(attempts: usize, days: i64, seed: u64) -> Vec<Vec<JournalRecord>> {
    let mut rng = StdRng::seed_from_u64(seed);
    let span = (days * 24 * 60 * 60).max(1);
    let start = history_end() - Duration::seconds(span);
    let mut times: Vec<i64> = (0..attempts).map(|_| rng.random_range(0..span)).collect();
    times.sort_unstable();
    times
        .into_iter()
        .enumerate()
        .map(|(n, secs)| attempt(&mut rng, n, start + Duration::seconds(secs)))
        .collect()
}

fn attempt(rng: &mut StdRng, n: usize, at: DateTime<Utc>) -> Vec<JournalRecord> {
    let request_id = Uuid::from_u64_pair(0xCA11_B0A2_D000_0000, n as u64);
    let contact = rng.random_range(0..5_000u32);
    let (code, zone, country) = COUNTRIES[contact as usize % COUNTRIES.len()];
    let (agent_id, agent_name) = AGENTS[rng.random_range(0..AGENTS.len())];
    let (number_id, number) = NUMBERS[contact as usize % NUMBERS.len()];
    let name = format!(
        "{} {}",
        FIRST[contact as usize % FIRST.len()],
        LAST[(contact as usize / FIRST.len()) % LAST.len()]
    );
    let phone = format!("{code}55{:08}", contact * 7919 % 100_000_000);
    let contact_id = format!("contact-{contact:05}");
    let body = serde_json::json!({
        "contact_id": contact_id, "agent_id": agent_id, "from_number_id": number_id,
        "additional_data": [{"key": "amount_debt", "value": format!("{}", contact * 13 % 20_000)}],
        "metadata": {"callboard_request_id": request_id},
    });
    let mut records = vec![JournalRecord::Sending {
        request_id,
        at,
        request: RequestSummary {
            contact_id,
            agent_id: agent_id.into(),
            from_number_id: number_id.into(),
            body,
            labels: CallLabels {
                contact_name: name,
                contact_phone: phone,
                agent_name: agent_name.into(),
                from_number: number.into(),
                when_label: "Now".into(),
                callee_zone: Some(zone.into()),
                contact_country: Some(country.into()),
            },
            due_at: Some(at),
            campaign_id: None,
        },
    }];
    let t = |secs: i64| at + Duration::seconds(secs);
    let call_id = format!("call-{n:08}");
    let roll = rng.random_range(0..100);
    let outcome = match roll {
        0..=4 => Outcome::Rejected {
            code: "bad_request".into(),
            message: "Contactship rejected the contact.".into(),
            field: Some("contact_id".into()),
            retry_after_secs: None,
        },
        5..=7 => Outcome::NotSent {
            code: "connect_failed".into(),
            message: "Couldn't reach Contactship. Check your internet connection.".into(),
        },
        8..=12 => Outcome::OutcomeUnknown {
            code: "server_error".into(),
            message: "Outcome unknown — check before calling again.".into(),
        },
        _ => Outcome::Placed {
            call_id: call_id.clone(),
        },
    };
    let placed = matches!(outcome, Outcome::Placed { .. });
    records.push(JournalRecord::Outcome {
        request_id,
        at: t(1),
        outcome,
    });
    if (8..=10).contains(&roll) {
        let found = roll < 10;
        records.push(JournalRecord::Reconciled {
            request_id,
            at: t(120),
            call_id: found.then(|| call_id.clone()),
            matched_by: found.then_some(MatchedBy::RequestId),
            searched: Some(LookupSummary {
                calls_read: rng.random_range(1..800),
                oldest: Some(t(-3600)),
                newest: Some(t(60)),
                stopped_at_limit: false,
                request_id_only: false,
            }),
        });
    }
    if placed || (8..=9).contains(&roll) {
        let steps: &[&str] = match rng.random_range(0..10) {
            0 => &["scheduled"],
            1 => &["in-queue", "in-progress"],
            2 => &["in-queue", "in-progress", "no-answer"],
            3 => &["in-queue", "in-progress", "voice_mail"],
            4 => &["in-queue", "busy"],
            _ => &["in-queue", "in-progress", "completed"],
        };
        for (k, wire) in steps.iter().enumerate() {
            let mut s = StatusSnapshot::new(t(30 + 40 * k as i64), *wire);
            s.seen_at = Some(t(32 + 40 * k as i64));
            if s.is_final() {
                s.call_result = Some(
                    if *wire == "completed" {
                        "answered"
                    } else {
                        "no_answer"
                    }
                    .into(),
                );
                s.duration = Some(f64::from(rng.random_range(5..400u32)));
                s.recording_url = Some(format!("https://recordings.example.invalid/{call_id}.mp3"));
            }
            if *wire == "completed" {
                s.summary = Some("The customer agreed to pay the balance on Friday.".into());
                s.sentiment = Some("positive".into());
                s.transcript = Some(vec![
                    TranscriptTurn {
                        role: "agent".into(),
                        content: "Hola, ¿hablo con la titular de la cuenta?".into(),
                    },
                    TranscriptTurn {
                        role: "user".into(),
                        content: "Sí, soy yo. ¿Qué necesita?".into(),
                    },
                    TranscriptTurn {
                        role: "agent".into(),
                        content: "Le llamo por el saldo pendiente; ¿podría pagarlo esta semana?"
                            .into(),
                    },
                    TranscriptTurn {
                        role: "user".into(),
                        content: "El viernes, sin falta.".into(),
                    },
                ]);
            }
            records.push(JournalRecord::StatusUpdate {
                request_id,
                status: s,
            });
        }
    }
    records
}

/// One journal line as the old journal wrote it: `<crc32 hex> <json>\n`.
pub fn journal_line(record: &JournalRecord) -> String {
    let json = serde_json::to_string(record).unwrap_or_default();
    format!("{:08x} {json}\n", crc32fast::hash(json.as_bytes()))
}
