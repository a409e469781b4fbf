//! Reading the old journal's text: whatever a crash or a text conversion left, record by
//! record, never failing on content.
//!
//! What a journal file may have gone through, and what the import reads:
//! - a crash mid-append: the unfinished last line is left out (it was never acknowledged);
//! - damaged lines (bad checksum or JSON): skipped and counted;
//! - a text-file conversion (git `autocrlf`, an editor "Save as"): CRLF or mixed line ends,
//!   a UTF-8 byte-order mark, trailing whitespace and a last line without its newline all
//!   read as the same records (the checksum is over the canonical line, see `codec`);
//!   UTF-16 with or without a byte-order mark (Notepad's "Unicode") is decoded;
//! - a file that is not a journal at all (no good record, and not a torn first line):
//!   nothing is imported and the file is moved aside unchanged.

use super::codec;
use crate::calls::JournalRecord;
use serde::Serialize;
use std::borrow::Cow;

/// The text encoding the journal file was found in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    /// UTF-8, as Callboard writes it.
    #[default]
    Utf8,
    /// UTF-8 with a byte-order mark in front.
    Utf8WithBom,
    /// UTF-16 little-endian (Windows Notepad's "Unicode"), with or without a byte-order
    /// mark.
    Utf16Le,
    /// UTF-16 big-endian, with or without a byte-order mark.
    Utf16Be,
}

/// The file's bytes as UTF-8 text, decoding UTF-16 when a byte-order mark (or the zero
/// bytes of BOM-less UTF-16 around a line's first hex digits) says so.
pub(crate) fn to_utf8(bytes: &[u8]) -> (Cow<'_, [u8]>, TextEncoding) {
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
pub(crate) struct Scan {
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

/// Lines decoded together: enough to keep every core busy, few enough that only a small
/// part of the journal is held as records at once (the fold keeps what matters).
const BATCH: usize = 4096;

/// Splits `bytes` into lines and hands each good record to `sink`, in file order, without
/// collecting them all (a 100,000-entry journal is folded as it is read). Lines are decoded
/// (checksum and JSON, a quarter of a big import's time) a batch at a time on every core.
pub(crate) fn scan(bytes: &[u8], mut sink: impl FnMut(JournalRecord)) -> Scan {
    let mut out = Scan::default();
    let mut start = 0;
    let mut batch: Vec<&[u8]> = Vec::with_capacity(BATCH);
    // A lone `\r` ends a line too (classic Mac line ends): our JSON never holds a raw
    // `\r` or `\n` (serde escapes them), so either byte can only be a line end.
    while let Some(offset) = bytes[start..]
        .iter()
        .position(|b| matches!(b, b'\n' | b'\r'))
    {
        let line = &bytes[start..start + offset];
        // Blank lines (or a lone `\r`) carry nothing; they are not corruption.
        if !codec::canonical_line(line).is_empty() {
            batch.push(line);
            if batch.len() == BATCH {
                decode_batch(&mut batch, &mut out, &mut sink);
            }
        }
        start += offset + 1;
    }
    decode_batch(&mut batch, &mut out, &mut sink);
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

/// Decodes the batch's lines (split across the cores, each part in order) and hands the
/// good records to `sink` in file order; empties the batch.
fn decode_batch(batch: &mut Vec<&[u8]>, out: &mut Scan, sink: &mut impl FnMut(JournalRecord)) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let part = batch.len().div_ceil(cores).max(256);
    let decode = |lines: &[&[u8]]| -> Vec<Option<JournalRecord>> {
        lines.iter().map(|line| codec::decode_line(line)).collect()
    };
    let decoded: Vec<Option<JournalRecord>> = std::thread::scope(|s| {
        let mut parts = batch.chunks(part);
        let first = parts.next().unwrap_or_default();
        let others: Vec<_> = parts.map(|lines| s.spawn(move || decode(lines))).collect();
        let mut all = decode(first);
        for other in others {
            all.extend(
                other
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p)),
            );
        }
        all
    });
    for record in decoded {
        match record {
            Some(record) => {
                out.records += 1;
                sink(record);
            }
            None => out.skipped += 1,
        }
    }
    batch.clear();
}

/// A file is not ours when it holds no good record and is more than the torn first line
/// of a journal whose first append was interrupted.
pub(crate) fn is_foreign(text: &[u8], scan: &Scan) -> bool {
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
    fn a_journal_of_many_batches_comes_out_in_file_order_with_its_damage_counted() {
        let at = Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap();
        let record = |n: u128| JournalRecord::Checked {
            request_id: Uuid::from_u128(n),
            at,
        };
        let mut bytes = Vec::new();
        let mut want = Vec::new();
        for n in 0..(BATCH as u128 * 2 + 777) {
            if n % 1000 == 999 {
                bytes.extend_from_slice(b"0badc0de {\"not\":\"a record\"}\n");
            } else {
                bytes.extend_from_slice(&codec::encode_line(&record(n)).unwrap());
                want.push(record(n));
            }
        }
        let mut got = Vec::new();
        let found = scan(&bytes, |r| got.push(r));
        assert_eq!(found.skipped, 8);
        assert_eq!(found.records, want.len());
        assert!(got == want, "every record, in the order of the file");
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
