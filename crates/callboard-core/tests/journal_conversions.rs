//! A journal that went through a common text-file conversion still reads as every call it
//! held, and keeps working; a file that is not a journal at all is moved aside unchanged.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use callboard_core::journal::{
    CallEntry, CallJournal, CallState, JournalRecord, Outcome, RequestSummary, StatusSnapshot,
    TextEncoding,
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::path::Path;
use uuid::Uuid;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap()
}

fn sending(n: u128) -> JournalRecord {
    JournalRecord::Sending {
        request_id: Uuid::from_u128(n),
        at: t0() + Duration::seconds(n as i64),
        request: RequestSummary {
            contact_id: format!("contact-{n}"),
            agent_id: "agent-1".into(),
            from_number_id: "pn-1".into(),
            body: serde_json::json!({"contact_id": format!("contact-{n}"), "note": "Pérez — ñ"}),
            labels: Default::default(),
            due_at: None,
        },
    }
}

/// Writes three placed calls with statuses and returns what they read as.
fn write_journal(path: &Path) -> Vec<CallEntry> {
    let (journal, _) = CallJournal::open(path).unwrap();
    for n in 1..=3u128 {
        journal.append(&sending(n)).unwrap();
        let outcome = Outcome::Placed {
            call_id: format!("call-{n}"),
        };
        let at = t0() + Duration::minutes(1);
        let request_id = Uuid::from_u128(n);
        journal
            .append(&JournalRecord::Outcome {
                request_id,
                at,
                outcome,
            })
            .unwrap();
        journal
            .append(&JournalRecord::StatusUpdate {
                request_id,
                status: StatusSnapshot::new(at, "completed"),
            })
            .unwrap();
    }
    journal.entries()
}

fn crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        let pair = if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

type Conversion = (&'static str, fn(&str) -> Vec<u8>);

const CONVERSIONS: [Conversion; 15] = [
    (
        "saved as Windows \"ANSI\" (code page 1252) with CRLF",
        |t| {
            let ansi = |c: char| match c {
                'é' => 0xE9,
                'ñ' => 0xF1,
                '—' => 0x97,
                c => u8::try_from(c).unwrap(),
            };
            crlf(t).chars().map(ansi).collect()
        },
    ),
    ("CR-only line ends (classic Mac)", |t| {
        t.replace('\n', "\r").into_bytes()
    }),
    ("UTF-16 LE without a byte-order mark", |t| {
        utf16(&crlf(t), true)[2..].to_vec()
    }),
    ("UTF-16 BE without a byte-order mark", |t| {
        utf16(t, false)[2..].to_vec()
    }),
    ("CRLF line ends (git autocrlf)", |t| crlf(t).into_bytes()),
    ("CRLF on only some lines", |t| {
        let lines: Vec<&str> = t.split_inclusive('\n').collect();
        let mixed: Vec<String> = lines
            .iter()
            .enumerate()
            .map(|(i, l)| if i % 2 == 0 { crlf(l) } else { (*l).to_owned() })
            .collect();
        mixed.concat().into_bytes()
    }),
    ("a UTF-8 byte-order mark", |t| {
        format!("\u{FEFF}{t}").into_bytes()
    }),
    ("a byte-order mark and CRLF", |t| {
        format!("\u{FEFF}{}", crlf(t)).into_bytes()
    }),
    ("trailing whitespace on every line", |t| {
        t.replace('\n', " \t \n").into_bytes()
    }),
    ("no newline after the last line", |t| {
        t.trim_end_matches('\n').as_bytes().to_vec()
    }),
    ("CRLF and no newline after the last line", |t| {
        crlf(t).trim_end_matches("\r\n").as_bytes().to_vec()
    }),
    ("blank lines between records", |t| {
        t.replace('\n', "\n\r\n\n").into_bytes()
    }),
    ("classic Mac CR before LF twice", |t| {
        t.replace('\n', "\r\r\n").into_bytes()
    }),
    ("UTF-16 LE with BOM and CRLF (Notepad \"Unicode\")", |t| {
        utf16(&crlf(t), true)
    }),
    ("UTF-16 BE with BOM", |t| utf16(t, false)),
];

#[test]
fn a_journal_after_any_common_text_conversion_reads_as_every_call_and_keeps_working() {
    for (name, convert) in CONVERSIONS {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("calls.jsonl");
        let original = write_journal(&path);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, convert(&text)).unwrap();

        let (journal, report) = CallJournal::open(&path).unwrap();
        assert_eq!(report.records, 9, "{name}: {report:?}");
        assert_eq!(report.skipped, 0, "{name}");
        assert!(!report.torn_tail, "{name}");
        assert_eq!(report.moved_aside, None, "{name}");
        assert_eq!(journal.entries(), original, "{name}");
        journal.append(&sending(4)).unwrap();
        drop(journal);

        let (journal, report) = CallJournal::open(&path).unwrap();
        assert_eq!((report.skipped, report.torn_tail), (0, false), "{name}");
        assert_eq!(journal.len(), 4, "{name}");
        assert_eq!(&journal.entries()[1..], &original[..], "{name}");
        let newest = journal.entry(Uuid::from_u128(4)).unwrap();
        assert_eq!(newest.state, CallState::OutcomeUnknown, "{name}");
    }
}

#[test]
fn a_utf16_journal_is_rewritten_as_utf8_and_the_original_is_kept_beside_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    write_journal(&path);
    let converted = utf16(&crlf(&std::fs::read_to_string(&path).unwrap()), true);
    std::fs::write(&path, &converted).unwrap();

    let (journal, report) = CallJournal::open(&path).unwrap();
    assert_eq!(report.encoding, TextEncoding::Utf16Le);
    let kept = report.preserved.clone().unwrap();
    assert_eq!(
        std::fs::read(&kept).unwrap(),
        converted,
        "original kept byte for byte"
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.lines().all(|l| l.as_bytes()[8] == b' '),
        "now plain UTF-8 lines"
    );
    assert!(report.notice().unwrap().contains("UTF-16"));
    assert_eq!(journal.len(), 3);
}

#[test]
fn a_file_that_is_not_a_journal_is_moved_aside_unchanged_and_a_new_journal_starts() {
    let foreign: [(&str, &[u8]); 5] = [
        ("a CSV export", b"Created at,Contact\r\n2026-01-01,Ana\r\n"),
        ("a PNG image", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0"),
        (
            "preferences JSON without a newline",
            b"{\"theme\":\"dark\"}",
        ),
        (
            "a binary blob without any newline",
            &[0u8, 159, 146, 150, 1, 2, 3],
        ),
        ("damaged lines only", b"0badc0de {\"sending\":{}}\nhello\n"),
    ];
    for (name, bytes) in foreign {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("calls.jsonl");
        std::fs::write(&path, bytes).unwrap();

        let (journal, report) = CallJournal::open(&path).unwrap();
        let aside = report
            .moved_aside
            .clone()
            .unwrap_or_else(|| panic!("{name}: {report:?}"));
        assert_eq!(
            std::fs::read(&aside).unwrap(),
            bytes,
            "{name}: kept unchanged"
        );
        assert_eq!(aside.parent(), path.parent(), "{name}");
        assert!(journal.is_empty(), "{name}");
        let notice = report.notice().unwrap();
        assert!(
            notice.contains("wasn't one Callboard can read"),
            "{name}: {notice}"
        );
        journal.append(&sending(1)).unwrap();
        drop(journal);
        let (journal, report) = CallJournal::open(&path).unwrap();
        assert_eq!((journal.len(), report.moved_aside), (1, None), "{name}");
        assert_eq!(
            std::fs::read(&aside).unwrap(),
            bytes,
            "{name}: still unchanged"
        );
    }
}

#[test]
fn a_journal_whose_first_append_was_torn_is_not_mistaken_for_a_foreign_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    std::fs::write(&path, b"1234abcd {\"sending\":{\"request_id\":\"00").unwrap();
    let (journal, report) = CallJournal::open(&path).unwrap();
    assert!(report.torn_tail);
    assert_eq!(report.moved_aside, None);
    assert!(journal.is_empty());
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
}

#[test]
fn a_long_unfinished_tail_is_kept_aside_before_it_is_cut_away() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("calls.jsonl");
    write_journal(&path);
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"1234abcd ");
    bytes.extend(std::iter::repeat_n(b'x', 100 * 1024));
    std::fs::write(&path, &bytes).unwrap();
    let (journal, report) = CallJournal::open(&path).unwrap();
    assert!(report.torn_tail);
    assert_eq!(journal.len(), 3);
    assert_eq!(std::fs::read(report.preserved.unwrap()).unwrap(), bytes);
}
