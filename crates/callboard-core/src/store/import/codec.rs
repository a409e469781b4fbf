//! The line format: `<crc32 of the JSON, 8 lowercase hex digits> <JSON>\n`.
//!
//! The checksum catches a line that was half-written or damaged on disk; JSON keeps the
//! file readable with any text editor.

use crate::calls::JournalRecord;

/// Encodes one record as a complete line, newline included (as the journal wrote them;
/// only tests write journals now).
#[cfg(test)]
pub(crate) fn encode_line(record: &JournalRecord) -> Result<Vec<u8>, serde_json::Error> {
    let json = serde_json::to_vec(record)?;
    let crc = crc32fast::hash(&json);
    let mut line = Vec::with_capacity(json.len() + 10);
    line.extend_from_slice(format!("{crc:08x} ").as_bytes());
    line.extend_from_slice(&json);
    line.push(b'\n');
    Ok(line)
}

/// A UTF-8 byte-order mark, which Notepad and some editors put at the start of a file (or,
/// after files are concatenated, at the start of any line).
const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// The canonical form of a line as read back: without a byte-order mark and without the
/// whitespace a text-file conversion adds around it (`\r` from CRLF line ends, trailing
/// spaces or tabs). Our own lines never start or end with whitespace (compact JSON ends
/// with `}`), so trimming cannot change a line we wrote.
pub(crate) fn canonical_line(line: &[u8]) -> &[u8] {
    let line = line.strip_prefix(UTF8_BOM).unwrap_or(line);
    line.trim_ascii()
}

/// Decodes one line (without its newline). `None` when the checksum or the JSON is bad.
/// The checksum is checked over the canonical line, so CRLF line ends, a byte-order mark
/// or trailing whitespace do not make a good record read as damaged.
pub(crate) fn decode_line(line: &[u8]) -> Option<JournalRecord> {
    let line = canonical_line(line);
    if line.len() < 10 || line[8] != b' ' {
        return None;
    }
    let hex = std::str::from_utf8(&line[..8]).ok()?;
    let expected = u32::from_str_radix(hex, 16).ok()?;
    let json = &line[9..];
    if crc32fast::hash(json) == expected {
        return serde_json::from_slice(json).ok();
    }
    // Not UTF-8 at all: an editor may have saved the file as Windows "ANSI" (code page
    // 1252). Read it back as UTF-8 and check again; a real bit flip still fails.
    if std::str::from_utf8(json).is_ok() {
        return None;
    }
    let json = from_windows_1252(json);
    if crc32fast::hash(json.as_bytes()) != expected {
        return None;
    }
    serde_json::from_str(&json).ok()
}

/// Code page 1252 text as a `String` (0x80-0x9F per WHATWG; the rest is Latin-1).
fn from_windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Whether `fragment` (an unterminated last line) could be the start of a line we wrote:
/// up to 8 hex digits, then a space and anything. A crash mid-append leaves such a
/// fragment; anything else is not ours.
pub(crate) fn looks_like_torn_line(fragment: &[u8]) -> bool {
    let fragment = canonical_line(fragment);
    let hex = fragment
        .iter()
        .take(8)
        .take_while(|b| b.is_ascii_hexdigit())
        .count();
    hex == fragment.len().min(8) && (fragment.len() <= 8 || fragment[8] == b' ')
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
    fn crlf_a_byte_order_mark_and_trailing_whitespace_do_not_break_the_checksum() {
        let line = encode_line(&checked()).unwrap();
        let bare = &line[..line.len() - 1];
        let mut converted = b"\xEF\xBB\xBF".to_vec();
        converted.extend_from_slice(bare);
        converted.extend_from_slice(b" \t\r");
        assert_eq!(decode_line(&converted), Some(checked()));
    }

    #[test]
    fn a_line_saved_as_windows_1252_still_passes_its_checksum() {
        let record = JournalRecord::Checked {
            request_id: Uuid::from_u128(7),
            at: Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap(),
        };
        let mut line = encode_line(&record).unwrap();
        line.pop();
        // Put "Pérez — “ok”" inside the JSON (an unknown field is ignored on read).
        let text = String::from_utf8(line).unwrap();
        let json = text[9..].replacen(
            "{\"checked\":{",
            "{\"checked\":{\"note\":\"Pérez — “ok”\",",
            1,
        );
        let utf8 = format!("{:08x} {json}", crc32fast::hash(json.as_bytes()));
        let ansi: Vec<u8> = utf8
            .chars()
            .map(|c| match c {
                'é' => 0xE9,
                '—' => 0x97,
                '“' => 0x93,
                '”' => 0x94,
                c => c as u8,
            })
            .collect();
        assert!(std::str::from_utf8(&ansi).is_err());
        assert_eq!(decode_line(utf8.as_bytes()), decode_line(&ansi));
        assert!(decode_line(&ansi).is_some());
    }

    #[test]
    fn only_hex_digits_then_a_space_look_like_a_torn_line_of_ours() {
        assert!(looks_like_torn_line(b"1234ab"));
        assert!(looks_like_torn_line(b"1234abcd {\"sending"));
        assert!(!looks_like_torn_line(b"PK\x03\x04"));
        assert!(!looks_like_torn_line(b"1234abcdX"));
    }
}
