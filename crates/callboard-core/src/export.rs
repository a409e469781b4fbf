//! CSV export of Recent calls: plain RFC 4180 text that spreadsheets open directly.

/// One exported row, already in words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CsvRow {
    pub created_at: String,
    pub contact: String,
    pub agent: String,
    pub from_number: String,
    pub when: String,
    pub status: String,
    pub call_id: String,
    pub result: String,
    pub duration_seconds: Option<f64>,
    pub request_id: String,
}

const HEADER: &str =
    "Created at,Contact,Agent,From number,When,Status,Call id,Result,Duration (s),Request id";

/// Renders rows as CSV with a header line and CRLF line ends.
pub fn to_csv(rows: &[CsvRow]) -> String {
    let mut out = String::with_capacity(64 * (rows.len() + 1));
    out.push_str(HEADER);
    out.push_str("\r\n");
    for r in rows {
        let duration = r
            .duration_seconds
            .map(|d| format!("{d:.0}"))
            .unwrap_or_default();
        let fields = [
            &r.created_at,
            &r.contact,
            &r.agent,
            &r.from_number,
            &r.when,
            &r.status,
            &r.call_id,
            &r.result,
            &duration,
            &r.request_id,
        ];
        let line: Vec<String> = fields.iter().map(|f| escape(f)).collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// Quotes a field when needed, and defuses spreadsheet formulas (`=`, `+`, `-`, `@` first).
fn escape(field: &str) -> String {
    let defused = if field.starts_with(['=', '@'])
        || (field.starts_with(['+', '-']) && !looks_numeric(field))
    {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

fn looks_numeric(field: &str) -> bool {
    field.len() > 1
        && field[1..]
            .chars()
            .all(|c| c.is_ascii_digit() || c == ' ' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_quoted_only_when_needed() {
        let csv = to_csv(&[CsvRow {
            contact: "Pérez, Juan".into(),
            status: "Completed — answered".into(),
            result: "say \"hi\"".into(),
            duration_seconds: Some(125.4),
            ..CsvRow::default()
        }]);
        let line = csv.lines().nth(1).unwrap_or_default();
        assert_eq!(
            line,
            ",\"Pérez, Juan\",,,,Completed — answered,,\"say \"\"hi\"\"\",125,"
        );
    }

    #[test]
    fn formulas_are_defused_but_phone_numbers_are_kept() {
        assert_eq!(escape("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(escape("+52 55 1234 5678"), "+52 55 1234 5678");
    }

    #[test]
    fn the_header_comes_first() {
        assert!(to_csv(&[]).starts_with("Created at,Contact"));
    }
}
