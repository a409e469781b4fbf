//! CSV export of Recent calls: RFC 4180 text (written by the `csv` crate) that
//! spreadsheets open directly, and that can never make a spreadsheet run a formula.
//!
//! Choices, so that every cell reads the same way in Excel, LibreOffice and Sheets:
//! - **Every field is quoted**, so commas, quotes and line breaks inside a name never shift
//!   columns, and no cell is ever guessed differently from its neighbours.
//! - **Formula defusing (OWASP "CSV injection")**: a cell whose first character is a tab or
//!   a carriage return, or whose first visible character (after spaces, no-break spaces,
//!   zero-width characters or a byte-order mark) is `=`, `+`, `-`, `@` or their full-width
//!   forms `＝`, `＋`, `－`, `＠`, gets a `'` in front. The spreadsheet then shows the text
//!   as written (after the apostrophe) instead of evaluating it.
//! - **Phone numbers get the same treatment**: `+52 55 1234 5678` is written as
//!   `'+52 55 1234 5678`. A `+` in front is exactly what starts a formula, and without the
//!   apostrophe a spreadsheet turns `+525512345678` into the number 5.26E+11 and loses the
//!   `+`. One rule for every cell, with no "looks like a number" exception to get wrong.
//!   A name that happens to start with `-` or `@` is defused the same way.

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

/// The header line in the current language: whoever exports the file reads it.
fn header() -> [String; 10] {
    use crate::t;
    [
        t!("export-column-created-at"),
        t!("export-column-contact"),
        t!("export-column-agent"),
        t!("export-column-from-number"),
        t!("export-column-when"),
        t!("export-column-status"),
        t!("export-column-call-id"),
        t!("export-column-result"),
        t!("export-column-duration"),
        t!("export-column-request-id"),
    ]
}

/// Characters that start a formula in at least one spreadsheet.
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/// Renders rows as CSV with a header line and CRLF line ends, every field quoted and
/// every formula defused (see the module documentation).
pub fn to_csv(rows: &[CsvRow]) -> String {
    let mut bytes = Vec::with_capacity(96 * (rows.len() + 1));
    // Writing to memory cannot fail, and every record has the same ten fields.
    if let Err(e) = write_csv(&mut bytes, rows.iter().cloned()) {
        tracing::error!(error = %e, "CSV rendering failed");
    }
    // Every field came from a `&str`, so the bytes are UTF-8.
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Writes rows to `sink` one at a time (the header first), so an export of the whole log
/// never holds it in memory; returns how many rows were written.
pub fn write_csv<W: std::io::Write>(
    sink: W,
    rows: impl IntoIterator<Item = CsvRow>,
) -> csv::Result<usize> {
    let mut out = CsvWriter::new(sink)?;
    for r in rows {
        out.row(&r)?;
    }
    out.finish()
}

/// A CSV file being written row by row, for sources that push rows (a database cursor).
pub struct CsvWriter<W: std::io::Write> {
    out: csv::Writer<W>,
    rows: usize,
}

impl<W: std::io::Write> CsvWriter<W> {
    /// Starts the file with its header line.
    pub fn new(sink: W) -> csv::Result<Self> {
        let mut out = csv::WriterBuilder::new()
            .quote_style(csv::QuoteStyle::Always)
            .terminator(csv::Terminator::CRLF)
            .from_writer(sink);
        out.write_record(header())?;
        Ok(Self { out, rows: 0 })
    }

    /// Writes one row, every cell defused.
    pub fn row(&mut self, r: &CsvRow) -> csv::Result<()> {
        write_row(&mut self.out, r)?;
        self.rows += 1;
        Ok(())
    }

    /// Flushes; returns how many rows were written.
    pub fn finish(mut self) -> csv::Result<usize> {
        self.out.flush()?;
        Ok(self.rows)
    }
}

fn write_row<W: std::io::Write>(out: &mut csv::Writer<W>, r: &CsvRow) -> csv::Result<()> {
    let duration = r
        .duration_seconds
        .filter(|d| d.is_finite())
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
    out.write_record(fields.map(|f| defuse(f).into_owned()))?;
    Ok(())
}

/// The cell as a spreadsheet should show it: `'` in front when it would start a formula.
pub(crate) fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if starts_formula(cell) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

fn starts_formula(cell: &str) -> bool {
    if cell.starts_with(['\t', '\r', '\n']) {
        return true;
    }
    let invisible = |c: char| {
        c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
    };
    cell.trim_start_matches(invisible)
        .starts_with(FORMULA_STARTS)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn cell(contact: &str) -> String {
        let csv = to_csv(&[CsvRow {
            contact: contact.into(),
            ..CsvRow::default()
        }]);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        record[1].to_owned()
    }

    #[test]
    fn every_field_is_quoted_and_quotes_inside_are_doubled() {
        let csv = to_csv(&[CsvRow {
            contact: "Pérez, Juan".into(),
            status: "Completed — answered".into(),
            result: "say \"hi\"".into(),
            duration_seconds: Some(125.4),
            ..CsvRow::default()
        }]);
        let line = csv.split("\r\n").nth(1).unwrap();
        assert_eq!(
            line,
            r#""","Pérez, Juan","","","","Completed — answered","","say ""hi""","125","""#
        );
    }

    #[test]
    fn every_cell_a_spreadsheet_would_evaluate_gets_an_apostrophe_in_front() {
        let hostile = [
            "=HYPERLINK(\"http://x\",\"y\")",
            "+SUM(1,2)",
            "-2+3",
            "@SUM(A1)",
            "\tdata",
            "\r=1",
            "\n=1",
            "  =1+1",
            "\u{a0}=1",
            "\u{3000}+1",
            "\u{FEFF}=1",
            "\u{200B}@x",
            "＝1+1",
            "＋1",
            "－1",
            "＠SUM(A1)",
            "+52 55 1234 5678",
            "+525512345678",
        ];
        for text in hostile {
            assert_eq!(cell(text), format!("'{text}"), "{text:?}");
        }
    }

    #[test]
    fn ordinary_text_is_written_unchanged() {
        for text in [
            "Ana García",
            "a=b",
            "50%",
            "",
            "Voicemail · 2 min",
            "'quoted",
        ] {
            assert_eq!(cell(text), text, "{text:?}");
        }
    }

    #[test]
    fn the_header_comes_first_and_lines_end_with_crlf() {
        let csv = to_csv(&[CsvRow::default()]);
        assert!(csv.starts_with("\"Created at\",\"Contact\""));
        assert_eq!(csv.matches("\r\n").count(), 2);
    }

    #[test]
    fn the_header_is_in_the_language_of_the_person_exporting() {
        use crate::i18n::{with_locale, Locale};
        let es = with_locale(Locale::Es, || to_csv(&[]));
        assert!(
            es.starts_with("\"Creada el\",\"Contacto\",\"Agente\",\"Número de origen\""),
            "{es}"
        );
        let pt = with_locale(Locale::PtBr, || to_csv(&[]));
        assert!(pt.contains("\"ID da ligação\""), "{pt}");
    }
}
