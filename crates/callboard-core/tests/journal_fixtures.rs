//! Writes the journal fixtures in `tests/fixtures/journal/` with the journal writer as it
//! is at this commit, so that the SQLite store's import can be tested against files that
//! today's code really produced (see the README in that folder).
//!
//! Run once, by hand: `cargo test -p callboard-core --test journal_fixtures -- --ignored`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use callboard_core::clock::FixedClock;
use callboard_core::journal::{
    CallJournal, CallLabels, JournalOptions, JournalRecord, LookupSummary, MatchedBy, Outcome,
    RequestSummary, StatusSnapshot, TranscriptTurn,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::path::Path;
use std::sync::Arc;
use uuid::Uuid;

/// When the fixture attempts start; sub-second parts are on purpose (real journals have
/// nanoseconds from the system clock).
fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap() + Duration::nanoseconds(123_456_789)
}

/// The instant the fixtures are "opened" at: what interrupted attempts are dated with.
pub fn opened_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 20, 9, 0, 0).unwrap()
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(0xCA11_0000_0000_0000_0000_0000_0000_0000 | n)
}

fn labels(name: &str, phone: &str, agent: &str, when: &str) -> CallLabels {
    CallLabels {
        contact_name: name.into(),
        contact_phone: phone.into(),
        agent_name: agent.into(),
        from_number: "+525598765432".into(),
        when_label: when.into(),
        callee_zone: Some("America/Mexico_City".into()),
        contact_country: Some("MX".into()),
    }
}

fn sending(n: u128, at: DateTime<Utc>, agent: &str, labels: CallLabels) -> JournalRecord {
    let request_id = id(n);
    JournalRecord::Sending {
        request_id,
        at,
        request: RequestSummary {
            contact_id: format!("contact-{n}"),
            agent_id: agent.into(),
            from_number_id: "pn-mx-1".into(),
            body: serde_json::json!({
                "contact_id": format!("contact-{n}"), "agent_id": agent,
                "from_number_id": "pn-mx-1",
                "additional_data": [{"key": "amount_debt", "value": "14058"}],
                "metadata": {"callboard_request_id": request_id}
            }),
            labels,
            due_at: Some(at),
        },
    }
}

fn outcome(n: u128, at: DateTime<Utc>, outcome: Outcome) -> JournalRecord {
    JournalRecord::Outcome {
        request_id: id(n),
        at,
        outcome,
    }
}

fn placed(n: u128, at: DateTime<Utc>) -> JournalRecord {
    outcome(
        n,
        at,
        Outcome::Placed {
            call_id: format!("call-{n:04}"),
        },
    )
}

fn status(n: u128, at: DateTime<Utc>, wire: &str) -> JournalRecord {
    let mut s = StatusSnapshot::new(at, wire);
    s.seen_at = Some(at + Duration::milliseconds(1_500));
    JournalRecord::StatusUpdate {
        request_id: id(n),
        status: s,
    }
}

/// Every kind of entry the journal can hold, in the order a real session would write them.
fn records() -> Vec<JournalRecord> {
    let t = |mins: i64| t0() + Duration::minutes(mins);
    let mut r = Vec::new();
    // 1. Placed, never polled.
    r.push(sending(
        1,
        t(0),
        "agent-es",
        labels(
            "María José Pérez",
            "+525512345678",
            "Sofía (Spanish)",
            "Now",
        ),
    ));
    r.push(placed(1, t(0) + Duration::milliseconds(420)));
    // 2. Scheduled: the body carries a schedule, the status says so.
    let mut scheduled = sending(
        2,
        t(1),
        "agent-es",
        labels(
            "Jürgen Groß",
            "+4915112345678",
            "Sofía (Spanish)",
            "Tue 16 Jun, 10:00 (America/Mexico_City)",
        ),
    );
    if let JournalRecord::Sending { request, .. } = &mut scheduled {
        request.body["schedule"] = serde_json::json!({
            "scheduled_call_time": "2026-06-16 10:00:00", "timezone": "America/Mexico_City"});
        request.due_at = Some(Utc.with_ymd_and_hms(2026, 6, 16, 15, 0, 0).unwrap());
        request.labels.callee_zone = Some("Europe/Berlin".into());
        request.labels.contact_country = None;
    }
    r.push(scheduled);
    r.push(placed(2, t(1) + Duration::milliseconds(300)));
    r.push(status(2, t(1) + Duration::seconds(5), "scheduled"));
    // 3. Completed with transcript, after queue and progress; then checked once more.
    r.push(sending(
        3,
        t(2),
        "agent-en",
        labels(
            "Ana O'Neil",
            "+14155550123",
            "Max (English)",
            "In 15 minutes",
        ),
    ));
    r.push(placed(3, t(2) + Duration::milliseconds(250)));
    r.push(status(3, t(17), "in-queue"));
    r.push(status(3, t(18), "in-progress"));
    let mut done = StatusSnapshot::new(t(21), "completed");
    done.seen_at = Some(t(21) + Duration::seconds(4));
    done.call_result = Some("answered".into());
    done.duration = Some(187.5);
    done.summary = Some("The customer agreed to pay on Friday. \"Gracias\" — she said.".into());
    done.sentiment = Some("positive".into());
    done.recording_url = Some("https://recordings.contactship.ai/call-0003.mp3".into());
    done.disconnection_reason = Some("agent_hangup".into());
    done.finished_at = Some("2026-06-15T14:51:00.000Z".into());
    done.transcript = Some(vec![
        TranscriptTurn {
            role: "agent".into(),
            content: "Hola, ¿hablo con Ana?".into(),
        },
        TranscriptTurn {
            role: "user".into(),
            content: "Yes, speaking.\nWho is this?".into(),
        },
    ]);
    r.push(JournalRecord::StatusUpdate {
        request_id: id(3),
        status: done,
    });
    r.push(JournalRecord::Checked {
        request_id: id(3),
        at: t(22),
    });
    // 4. Rejected by a 429 with the wait; 5. rejected by a 400 naming a field.
    r.push(sending(
        4,
        t(3),
        "agent-en",
        labels("Li Wei", "+8613800138000", "Max (English)", "Now"),
    ));
    r.push(outcome(
        4,
        t(3) + Duration::milliseconds(90),
        Outcome::Rejected {
            code: "rate_limited".into(),
            message: "Contactship is busy; try again in 30 s.".into(),
            field: None,
            retry_after_secs: Some(30),
        },
    ));
    r.push(sending(5, t(4), "agent-es", labels("", "", "", "")));
    r.push(outcome(
        5,
        t(4) + Duration::milliseconds(80),
        Outcome::Rejected {
            code: "bad_request".into(),
            message: "Contactship rejected the contact.".into(),
            field: Some("contact_id".into()),
            retry_after_secs: None,
        },
    ));
    // 6. Not sent: the connection was refused three times.
    r.push(sending(
        6,
        t(5),
        "agent-fr",
        labels("Zoë Lefèvre", "+33612345678", "Claire (French)", "Now"),
    ));
    r.push(outcome(
        6,
        t(5) + Duration::seconds(2),
        Outcome::NotSent {
            code: "connect_failed".into(),
            message: "Couldn't reach Contactship. Check your internet connection.".into(),
        },
    ));
    // 7. Outcome unknown, then found by request id and followed to the end.
    r.push(sending(
        7,
        t(6),
        "agent-fr",
        labels("Émile Zola", "+33698765432", "Claire (French)", "Now"),
    ));
    r.push(outcome(
        7,
        t(6) + Duration::seconds(30),
        Outcome::OutcomeUnknown {
            code: "server_error".into(),
            message:
                "Outcome unknown — check before calling again. Contactship had a problem (500)."
                    .into(),
        },
    ));
    r.push(JournalRecord::Reconciled {
        request_id: id(7),
        at: t(8),
        call_id: Some("call-0007".into()),
        matched_by: Some(MatchedBy::RequestId),
        searched: Some(LookupSummary {
            calls_read: 3,
            oldest: Some(t(6)),
            newest: Some(t(7)),
            stopped_at_limit: false,
            request_id_only: false,
        }),
    });
    let mut voicemail = StatusSnapshot::new(t(9), "voice_mail");
    voicemail.call_result = Some("voicemail".into());
    // An old-style snapshot: no seen_at.
    r.push(JournalRecord::StatusUpdate {
        request_id: id(7),
        status: voicemail,
    });
    // 8. Outcome unknown, looked up, nothing found (what was read is kept).
    r.push(sending(
        8,
        t(7),
        "agent-en",
        labels("Nobody Home", "+14155550199", "Max (English)", "Now"),
    ));
    r.push(outcome(
        8,
        t(7) + Duration::seconds(30),
        Outcome::OutcomeUnknown {
            code: "timeout".into(),
            message: "Outcome unknown — check before calling again. Contactship took too long."
                .into(),
        },
    ));
    r.push(JournalRecord::Reconciled {
        request_id: id(8),
        at: t(10),
        call_id: None,
        matched_by: None,
        searched: Some(LookupSummary {
            calls_read: 712,
            oldest: Some(t(1)),
            newest: Some(t(9)),
            stopped_at_limit: true,
            request_id_only: false,
        }),
    });
    // 9. Outcome unknown, found by contact and agent (an old record without `searched`).
    r.push(sending(
        9,
        t(8),
        "agent-es",
        labels("Ana García", "+525511112222", "Sofía (Spanish)", "Now"),
    ));
    r.push(outcome(
        9,
        t(8) + Duration::seconds(30),
        Outcome::OutcomeUnknown {
            code: "connection_lost".into(),
            message: "Outcome unknown — check before calling again.".into(),
        },
    ));
    r.push(JournalRecord::Reconciled {
        request_id: id(9),
        at: t(11),
        call_id: Some("call-0009".into()),
        matched_by: Some(MatchedBy::ContactAndAgent),
        searched: None,
    });
    // 10. In progress with a status Callboard doesn't know, checked since.
    r.push(sending(
        10,
        t(9),
        "agent-en",
        labels("Ringo Starr", "+447700900123", "Max (English)", "Now"),
    ));
    r.push(placed(10, t(9) + Duration::milliseconds(500)));
    r.push(status(10, t(10), "ringing"));
    r.push(JournalRecord::Checked {
        request_id: id(10),
        at: t(12),
    });
    r.push(JournalRecord::Checked {
        request_id: id(10),
        at: t(13),
    });
    // 11. Interrupted while sending: no outcome (becomes "outcome unknown" when opened).
    r.push(sending(
        11,
        t(12),
        "agent-es",
        labels(
            "Interrumpida Ruiz",
            "+525533334444",
            "Sofía (Spanish)",
            "Now",
        ),
    ));
    // 12. A Checked record and a status on the same attempt as the first, later on.
    r.push(JournalRecord::Checked {
        request_id: id(1),
        at: t(14),
    });
    r
}

fn write_journal(path: &Path) {
    let _ = std::fs::remove_file(path);
    let options = JournalOptions {
        clock: Arc::new(FixedClock::new(t0())),
        ..JournalOptions::default()
    };
    let (journal, _) = CallJournal::open_with(path, options).unwrap();
    for record in records() {
        journal.append(&record).unwrap();
    }
}

/// The entries as today's journal reads them when opened at [`opened_at`], as JSON (every
/// field of `CallEntry`), newest first.
fn expected_json(journal: &Path, out: &Path) {
    let copy = out.with_extension("tmp");
    std::fs::copy(journal, &copy).unwrap();
    let options = JournalOptions {
        clock: Arc::new(FixedClock::new(opened_at())),
        ..JournalOptions::default()
    };
    let (opened, report) = CallJournal::open_with(&copy, options).unwrap();
    let mut json = serde_json::to_string_pretty(&serde_json::json!({
        "records": report.records,
        "skipped": report.skipped,
        "torn_tail": report.torn_tail,
        "interrupted": report.interrupted,
        "entries": opened.entries(),
    }))
    .unwrap();
    json.push('\n');
    drop(opened);
    std::fs::write(out, json).unwrap();
    let _ = std::fs::remove_file(&copy);
    let _ = std::fs::remove_file(copy.with_extension("tmp.lock"));
}

/// The clean journal with damage a disk or an editor could do: one line with a flipped
/// byte, one line of garbage, and a last line torn in the middle.
fn damage(clean: &[u8]) -> Vec<u8> {
    let mut lines: Vec<Vec<u8>> = clean
        .split_inclusive(|b| *b == b'\n')
        .map(<[u8]>::to_vec)
        .collect();
    // Line 3 (attempt 2's outcome): one byte changed inside its JSON.
    let line = &mut lines[3];
    let at = line.len() - 5;
    line[at] ^= 0x04;
    // A line that is not a record at all.
    lines.insert(6, b"this line was typed by hand\n".to_vec());
    // The last record (the Checked of attempt 1) torn halfway through.
    let last = lines.pop().unwrap();
    lines.push(last[..last.len() / 2].to_vec());
    lines.concat()
}

#[test]
#[ignore = "writes the committed fixtures; run by hand with --ignored"]
fn write_journal_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/journal");
    std::fs::create_dir_all(&dir).unwrap();
    let clean = dir.join("clean.journal");
    write_journal(&clean);
    let _ = std::fs::remove_file(dir.join("clean.journal.lock"));
    expected_json(&clean, &dir.join("clean.expected.json"));
    let damaged = dir.join("damaged.journal");
    std::fs::write(&damaged, damage(&std::fs::read(&clean).unwrap())).unwrap();
    expected_json(&damaged, &dir.join("damaged.expected.json"));
}
