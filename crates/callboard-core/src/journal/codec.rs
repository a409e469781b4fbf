//! The line format: `<crc32 of the JSON, 8 lowercase hex digits> <JSON>\n`.
//!
//! The checksum catches a line that was half-written or damaged on disk; JSON keeps the
//! file readable with any text editor.

use super::record::JournalRecord;

/// Encodes one record as a complete line, newline included.
pub(crate) fn encode_line(record: &JournalRecord) -> Result<Vec<u8>, serde_json::Error> {
    let json = serde_json::to_vec(record)?;
    let crc = crc32fast::hash(&json);
    let mut line = Vec::with_capacity(json.len() + 10);
    line.extend_from_slice(format!("{crc:08x} ").as_bytes());
    line.extend_from_slice(&json);
    line.push(b'\n');
    Ok(line)
}

/// Decodes one line (without its newline). `None` when the checksum or the JSON is bad.
pub(crate) fn decode_line(line: &[u8]) -> Option<JournalRecord> {
    if line.len() < 10 || line[8] != b' ' {
        return None;
    }
    let hex = std::str::from_utf8(&line[..8]).ok()?;
    let expected = u32::from_str_radix(hex, 16).ok()?;
    let json = &line[9..];
    if crc32fast::hash(json) != expected {
        return None;
    }
    serde_json::from_slice(json).ok()
}

/// What reading a journal's bytes found.
pub(crate) struct Decoded {
    /// Good records.
    pub records: usize,
    /// Complete lines that failed the checksum or did not parse.
    pub skipped: usize,
    /// Length of the prefix made of complete lines; anything after it is a torn tail.
    pub complete_len: usize,
}

/// Splits `bytes` into lines and hands each good record to `sink`, in file order, without
/// collecting them (a 100,000-record journal is folded as it is read).
pub(crate) fn decode_all(bytes: &[u8], mut sink: impl FnMut(JournalRecord)) -> Decoded {
    let mut decoded = Decoded {
        records: 0,
        skipped: 0,
        complete_len: 0,
    };
    let mut start = 0;
    while let Some(offset) = bytes[start..].iter().position(|b| *b == b'\n') {
        let line = &bytes[start..start + offset];
        // Blank lines carry nothing; they are not corruption worth reporting.
        if !line.is_empty() {
            match decode_line(line) {
                Some(record) => {
                    decoded.records += 1;
                    sink(record);
                }
                None => decoded.skipped += 1,
            }
        }
        start += offset + 1;
    }
    decoded.complete_len = start;
    decoded
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
            at: Utc
                .with_ymd_and_hms(2026, 6, 15, 14, 30, 0)
                .single()
                .unwrap_or_default(),
        }
    }

    #[test]
    fn an_encoded_line_decodes_to_the_same_record() {
        let line = encode_line(&checked()).unwrap();
        assert_eq!(line.last(), Some(&b'\n'));
        assert_eq!(decode_line(&line[..line.len() - 1]), Some(checked()));
    }

    #[test]
    fn a_line_with_one_changed_byte_is_rejected() {
        let mut line = encode_line(&checked()).unwrap();
        let last = line.len() - 3;
        line[last] ^= 0x01;
        assert_eq!(decode_line(&line[..line.len() - 1]), None);
    }

    #[test]
    fn an_unterminated_last_line_is_left_out_of_the_complete_prefix() {
        let mut bytes = encode_line(&checked()).unwrap();
        let good = bytes.len();
        bytes.extend_from_slice(&encode_line(&checked()).unwrap()[..20]);
        let mut records = Vec::new();
        let decoded = decode_all(&bytes, |r| records.push(r));
        assert_eq!(records.len(), 1);
        assert_eq!(decoded.records, 1);
        assert_eq!(decoded.skipped, 0);
        assert_eq!(decoded.complete_len, good);
    }

    #[test]
    fn garbage_lines_are_counted_and_skipped() {
        let mut bytes = b"hello\n\n00000000 {}\n".to_vec();
        bytes.extend_from_slice(&encode_line(&checked()).unwrap());
        let mut records = Vec::new();
        let decoded = decode_all(&bytes, |r| records.push(r));
        assert_eq!(records, vec![checked()]);
        assert_eq!(decoded.skipped, 2);
        assert_eq!(decoded.complete_len, bytes.len());
    }
}
