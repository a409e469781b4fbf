//! Journal recovery: reading whatever is on disk at start-up into records, never losing a
//! good one and never overwriting something that is not ours.
//!
//! What a file may have gone through, and what happens:
//! - a crash mid-append: the unfinished last line is cut away (it was never acknowledged);
//! - damaged lines (bad checksum or JSON): skipped and counted, and a copy of the file is
//!   kept (`.damaged-<stamp>`) before a compaction drops them;
//! - a text-file conversion (git `autocrlf`, an editor "Save as"): CRLF or mixed line ends,
//!   a UTF-8 byte-order mark, trailing whitespace and a last line without its newline all
//!   read as the same records (the checksum is over the canonical line, see `codec`);
//!   UTF-16 with a byte-order mark (Notepad's "Unicode") is decoded, and the file is
//!   rewritten as UTF-8 after a copy of the original is kept (`.utf16-<stamp>`), since
//!   our appends are UTF-8;
//! - a file that is not a journal at all (no good record, and not a torn first line): moved
//!   aside unchanged (`.not-callboard-<stamp>`) and a new journal is started;
//! - attempts still "sending" (the app stopped between the Sending record and the outcome):
//!   recorded as "outcome unknown" (see [`CallJournal::mark_interrupted`]).

use super::codec;
use super::index::Index;
use super::record::{JournalRecord, Outcome};
use super::{storage, CallJournal, JournalError};
use crate::clock::Clock;
use serde::Serialize;
use std::borrow::Cow;
use std::fs::File;
use std::path::{Path, PathBuf};

/// The message recorded for attempts that were interrupted while sending.
const INTERRUPTED_MESSAGE: &str =
    "Callboard stopped while this call was being sent, so it may or may not have been placed. Check before calling again.";

/// An unfinished last line longer than this is copied aside before it is cut away: one
/// torn append is a single line, so anything bigger may be something worth keeping.
const MAX_PLAIN_TORN_TAIL: usize = 64 * 1024;

/// The text encoding the journal file was found in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    /// UTF-8, as Callboard writes it.
    #[default]
    Utf8,
    /// UTF-8 with a byte-order mark in front (read as is; appends stay UTF-8).
    Utf8WithBom,
    /// UTF-16 little-endian (Windows Notepad's "Unicode"), with or without a byte-order
    /// mark.
    Utf16Le,
    /// UTF-16 big-endian, with or without a byte-order mark.
    Utf16Be,
}

impl TextEncoding {
    /// Whether the bytes had to be decoded into a different buffer (offsets in the decoded
    /// text are not offsets in the file, so the file must be rewritten, never truncated).
    fn is_reencoded(self) -> bool {
        matches!(self, Self::Utf16Le | Self::Utf16Be)
    }
}

/// What opening the journal found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Good records read.
    pub records: usize,
    /// Damaged lines skipped (bad checksum or JSON).
    pub skipped: usize,
    /// Whether an unfinished last line was found and cut away.
    pub torn_tail: bool,
    /// Good records naming an attempt with no Sending record (left over from damage); ignored.
    pub orphaned: usize,
    /// Attempts that were still "sending" and are now "outcome unknown".
    pub interrupted: usize,
    /// Whether the file was compacted while opening.
    pub compacted: bool,
    /// The text encoding the file was found in (rewritten as UTF-8 when it was UTF-16).
    pub encoding: TextEncoding,
    /// Where a copy of the file as found was kept before a rewrite dropped damaged lines
    /// or changed its encoding.
    pub preserved: Option<PathBuf>,
    /// Where a file that was not a call journal at all was moved (unchanged); a new,
    /// empty journal was started in its place.
    pub moved_aside: Option<PathBuf>,
}

impl LoadReport {
    /// A sentence for the person when something unusual was done to the file, if anything.
    pub fn notice(&self) -> Option<String> {
        let name = |p: &Path| {
            p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        };
        if let Some(aside) = &self.moved_aside {
            return Some(format!(
                "The call history file wasn't one Callboard can read, so it was left unchanged as “{}” in the same folder and a new, empty history was started.",
                name(aside)
            ));
        }
        match (&self.preserved, self.encoding) {
            (Some(copy), TextEncoding::Utf16Le | TextEncoding::Utf16Be) => Some(format!(
                "The call history had been saved as UTF-16 text by another program. Callboard read all of it, saved it back as UTF-8, and kept the original as “{}”.",
                name(copy)
            )),
            _ => None,
        }
    }
}

/// What opening found, before interrupted attempts are marked.
pub(super) struct Loaded {
    pub file: File,
    pub len: u64,
    pub file_records: usize,
    pub index: Index,
    pub report: LoadReport,
    /// The file must be rewritten in canonical form before anything is appended.
    pub needs_rewrite: bool,
}

/// Reads the journal at `path` (the caller holds the writer lock) and repairs what a crash
/// or a text conversion left, as the module documentation lists.
pub(super) fn load(path: &Path, clock: &dyn Clock) -> Result<Loaded, JournalError> {
    let open = |source| JournalError::Open { source };
    let bytes = storage::read_all(path).map_err(open)?;
    let (text, encoding) = to_utf8(&bytes);
    let mut index = Index::default();
    let mut scan = scan(&text, |record| {
        index.apply(record);
    });
    let mut report = LoadReport {
        records: scan.records,
        skipped: scan.skipped,
        orphaned: index.orphans,
        encoding,
        ..LoadReport::default()
    };
    if is_foreign(&text, &scan) {
        let stamp = clock.now().timestamp();
        let aside = storage::move_aside(path, "not-callboard", stamp).map_err(open)?;
        tracing::warn!(aside = %aside.display(), "the call journal was not a journal; moved it aside");
        report = LoadReport {
            moved_aside: Some(aside),
            ..LoadReport::default()
        };
        index = Index::default();
        scan = Scan::default();
    }
    let file = storage::open_for_append(path).map_err(open)?;
    let mut len = scan.complete_len as u64;
    let needs_rewrite = report.encoding.is_reencoded();
    if !needs_rewrite {
        if scan.complete_len < text.len() {
            // A crash tears at most one line; a longer tail is kept aside before it goes.
            if scan.tail > MAX_PLAIN_TORN_TAIL {
                let stamp = clock.now().timestamp();
                let copy = storage::preserve_copy(path, "torn", stamp).map_err(open)?;
                report.preserved = Some(copy);
            }
            storage::truncate(&file, len).map_err(open)?;
            report.torn_tail = true;
        }
        if scan.unterminated_record {
            // A good last line that lost its newline: end it, so the next append does not
            // join it.
            storage::append_durably(&file, b"\n", len).map_err(open)?;
            len += 1;
        }
    } else {
        report.torn_tail = scan.complete_len < text.len();
    }
    Ok(Loaded {
        file,
        len,
        file_records: scan.records + scan.skipped,
        index,
        report,
        needs_rewrite,
    })
}

/// Reads a journal without locking or changing it (a second view for inspection).
pub(super) fn read_only(path: &Path) -> Result<Index, JournalError> {
    let bytes = storage::read_all(path).map_err(|source| JournalError::Open { source })?;
    let (text, _) = to_utf8(&bytes);
    let mut index = Index::default();
    scan(&text, |record| {
        index.apply(record);
    });
    Ok(index)
}

impl CallJournal {
    /// Turns every attempt still "sending" into "outcome unknown": the process stopped
    /// between writing the Sending record and recording what the server said.
    pub(super) fn mark_interrupted(&self) -> Result<usize, JournalError> {
        let mut inner = self.lock();
        let pending = inner.index.still_sending();
        let at = self.options.clock.now();
        for request_id in &pending {
            let record = JournalRecord::Outcome {
                request_id: *request_id,
                at,
                outcome: Outcome::OutcomeUnknown {
                    code: "interrupted".into(),
                    message: INTERRUPTED_MESSAGE.into(),
                },
            };
            Self::append_locked(&mut inner, &record)?;
        }
        Ok(pending.len())
    }
}

/// The file's bytes as UTF-8 text, decoding UTF-16 when a byte-order mark (or the zero
/// bytes of BOM-less UTF-16 around a line's first hex digits) says so.
pub(super) fn to_utf8(bytes: &[u8]) -> (Cow<'_, [u8]>, TextEncoding) {
    let utf16 = |rest: &[u8], from: fn([u8; 2]) -> u16| {
        let units = rest.chunks_exact(2).map(|p| from([p[0], p[1]]));
        let text: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect();
        Cow::Owned(text.into_bytes())
    };
    match bytes {
        [0xFF, 0xFE, rest @ ..] => (utf16(rest, u16::from_le_bytes), TextEncoding::Utf16Le),
        [0xFE, 0xFF, rest @ ..] => (utf16(rest, u16::from_be_bytes), TextEncoding::Utf16Be),
        // No mark, but every other byte is zero where a line of ours starts with hex
        // digits: UTF-16 saved without a byte-order mark.
        [a, 0, b, 0, ..] if a.is_ascii_hexdigit() && b.is_ascii_hexdigit() => {
            (utf16(bytes, u16::from_le_bytes), TextEncoding::Utf16Le)
        }
        [0, a, 0, b, ..] if a.is_ascii_hexdigit() && b.is_ascii_hexdigit() => {
            (utf16(bytes, u16::from_be_bytes), TextEncoding::Utf16Be)
        }
        // The mark is stripped line by line (`codec::canonical_line`), so offsets stay
        // offsets in the file.
        [0xEF, 0xBB, 0xBF, ..] => (Cow::Borrowed(bytes), TextEncoding::Utf8WithBom),
        _ => (Cow::Borrowed(bytes), TextEncoding::Utf8),
    }
}

/// What scanning a journal's text found.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Scan {
    /// Good records.
    pub records: usize,
    /// Non-blank lines that failed the checksum or did not parse.
    pub skipped: usize,
    /// Length of the prefix worth keeping; anything after it is a torn tail.
    pub complete_len: usize,
    /// The last line had no newline but is a good record (kept; counted in `records`).
    pub unterminated_record: bool,
    /// The bytes after the last newline, when they are not a good record.
    pub tail: usize,
}

/// Splits `bytes` into lines and hands each good record to `sink`, in file order, without
/// collecting them (a 100,000-record journal is folded as it is read).
pub(super) fn scan(bytes: &[u8], mut sink: impl FnMut(JournalRecord)) -> Scan {
    let mut out = Scan::default();
    let mut start = 0;
    // A lone `\r` ends a line too (classic Mac line ends): our JSON never holds a raw
    // `\r` or `\n` (serde escapes them), so either byte can only be a line end.
    while let Some(offset) = bytes[start..]
        .iter()
        .position(|b| matches!(b, b'\n' | b'\r'))
    {
        let line = &bytes[start..start + offset];
        // Blank lines (or a lone `\r`) carry nothing; they are not corruption.
        if !codec::canonical_line(line).is_empty() {
            match codec::decode_line(line) {
                Some(record) => {
                    out.records += 1;
                    sink(record);
                }
                None => out.skipped += 1,
            }
        }
        start += offset + 1;
    }
    out.complete_len = start;
    let tail = &bytes[start..];
    if codec::canonical_line(tail).is_empty() {
        // Trailing spaces after the last newline: nothing to keep, nothing torn.
        out.complete_len = bytes.len();
    } else if let Some(record) = codec::decode_line(tail) {
        out.records += 1;
        out.unterminated_record = true;
        out.complete_len = bytes.len();
        sink(record);
    } else {
        out.tail = tail.len();
    }
    out
}

/// A file is not ours when it holds no good record and is more than the torn first line
/// of a journal whose first append was interrupted.
fn is_foreign(text: &[u8], scan: &Scan) -> bool {
    if scan.records > 0 {
        return false;
    }
    let torn_first_line = scan.skipped == 0
        && (scan.tail == 0 || codec::looks_like_torn_line(&text[scan.complete_len..]));
    !torn_first_line
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use uuid::Uuid;

    fn checked() -> JournalRecord {
        JournalRecord::Checked {
            request_id: Uuid::from_u128(7),
            at: Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap(),
        }
    }

    #[test]
    fn an_unterminated_torn_last_line_is_left_out_of_the_complete_prefix() {
        let mut bytes = codec::encode_line(&checked()).unwrap();
        let good = bytes.len();
        bytes.extend_from_slice(&codec::encode_line(&checked()).unwrap()[..20]);
        let mut records = Vec::new();
        let found = scan(&bytes, |r| records.push(r));
        assert_eq!((records.len(), found.records, found.skipped), (1, 1, 0));
        assert_eq!(found.complete_len, good);
        assert!(!found.unterminated_record);
    }

    #[test]
    fn a_good_last_line_without_its_newline_is_kept() {
        let mut bytes = codec::encode_line(&checked()).unwrap();
        bytes.extend_from_slice(&codec::encode_line(&checked()).unwrap());
        bytes.pop();
        let found = scan(&bytes, |_| {});
        assert_eq!(found.records, 2);
        assert!(found.unterminated_record);
        assert_eq!(found.complete_len, bytes.len());
    }

    #[test]
    fn garbage_lines_are_counted_and_skipped() {
        let mut bytes = b"hello\n\n\r\n00000000 {}\n".to_vec();
        bytes.extend_from_slice(&codec::encode_line(&checked()).unwrap());
        let mut records = Vec::new();
        let found = scan(&bytes, |r| records.push(r));
        assert_eq!(records, vec![checked()]);
        assert_eq!(found.skipped, 2);
        assert_eq!(found.complete_len, bytes.len());
    }

    #[test]
    fn utf16_with_a_byte_order_mark_decodes_to_the_same_text() {
        let text = "1234abcd {}\r\n";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for unit in text.encode_utf16() {
            le.extend_from_slice(&unit.to_le_bytes());
            be.extend_from_slice(&unit.to_be_bytes());
        }
        assert_eq!(
            to_utf8(&le),
            (Cow::Borrowed(text.as_bytes()), TextEncoding::Utf16Le)
        );
        assert_eq!(to_utf8(&be).0.as_ref(), text.as_bytes());
    }

    #[test]
    fn a_file_with_no_good_record_is_foreign_unless_it_is_one_torn_journal_line() {
        let foreign = |bytes: &[u8]| is_foreign(bytes, &scan(bytes, |_| {}));
        assert!(foreign(b"name,phone\nAna,+52\n"));
        assert!(foreign(b"\x89PNG\r\n\x1a\n\0\0"));
        assert!(foreign(b"{\"theme\":\"dark\"}"));
        assert!(!foreign(b""));
        assert!(!foreign(b"\n  \n"));
        assert!(!foreign(b"1234abcd {\"sending\":{\"req"));
    }
}
