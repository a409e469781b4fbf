//! A list file as rows of text: CSV (any delimiter Excel writes, UTF-8 with or without a BOM,
//! UTF-16 as Excel's "Unicode text", else Windows-1252) or an Excel workbook's first sheet.
//!
//! Parsing is the `csv` crate's and `calamine`'s, decoding `encoding_rs`'s; this module only
//! decides which of their settings a file needs and numbers rows the way a spreadsheet shows
//! them, so a problem "on row 14" is row 14 when the user opens the file.

use calamine::{Data, Reader, Xlsx};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};
use std::io::Cursor;

/// One row of the file, with the number a spreadsheet shows for it (the first row is 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    pub number: usize,
    pub cells: Vec<String>,
}

/// Every non-empty row of a file, cells as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sheet {
    pub rows: Vec<SheetRow>,
    /// How the text was read, to say so in the preview.
    pub format: SheetFormat,
}

/// What kind of file it was and how it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SheetFormat {
    Csv {
        delimiter: char,
        encoding: TextEncoding,
    },
    Xlsx,
}

impl SheetFormat {
    /// How the file was read, for a person: "CSV separated by ';', Windows-1252 (Latin-1)".
    pub fn describe(self) -> String {
        match self {
            Self::Xlsx => crate::t!("sheet-format-xlsx"),
            Self::Csv {
                delimiter,
                encoding,
            } => {
                let separator = if delimiter == '\t' {
                    crate::t!("sheet-separator-tab")
                } else {
                    format!("'{delimiter}'")
                };
                crate::t!(
                    "sheet-format-csv",
                    separator = separator,
                    encoding = encoding.name()
                )
            }
        }
    }
}

impl TextEncoding {
    /// The encoding's usual name (only "with a byte order mark" has words to translate).
    pub fn name(self) -> String {
        match self {
            Self::Utf8 => "UTF-8".into(),
            Self::Utf8Bom => crate::t!("sheet-encoding-utf8-bom"),
            Self::Utf16 => "UTF-16".into(),
            Self::Windows1252 => "Windows-1252 (Latin-1)".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Utf16,
    /// Windows-1252, a superset of Latin-1, as Excel writes CSV on Windows in Spanish.
    Windows1252,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    Empty,
    /// What `calamine` said (it is in English; the sentence around it is translated).
    Workbook(String),
    Csv {
        row: usize,
        reason: String,
    },
}

// By hand rather than with `thiserror`: the words come from `campaigns.ftl`.
impl std::fmt::Display for SheetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::Empty => crate::t!("sheet-error-empty"),
            Self::Workbook(reason) => crate::t!("sheet-error-workbook", reason = reason),
            Self::Csv { row, reason } => {
                crate::t!("sheet-error-csv", row = *row, reason = reason)
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for SheetError {}

/// The delimiters Excel and other tools write, most common first (ties go to the first).
const DELIMITERS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// Reads `bytes` as a workbook when they are one (a zip), else as CSV.
pub fn read(bytes: &[u8]) -> Result<Sheet, SheetError> {
    if bytes.starts_with(b"PK\x03\x04") {
        read_xlsx(bytes)
    } else {
        read_csv(bytes)
    }
}

/// The first worksheet of an `.xlsx` workbook. Formulas come as the value Excel saved for
/// them; whole numbers lose the `.0` a float would print (a phone typed as a number).
pub fn read_xlsx(bytes: &[u8]) -> Result<Sheet, SheetError> {
    let mut book: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| SheetError::Workbook(e.to_string()))?;
    let name = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or(SheetError::Empty)?;
    let range = book
        .worksheet_range(&name)
        .map_err(|e| SheetError::Workbook(e.to_string()))?;
    let first_row = range.start().map_or(0, |(row, _)| row as usize);
    let first_col = range.start().map_or(0, |(_, col)| col as usize);
    let rows = range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            // Leading empty columns are kept so column letters stay what Excel shows;
            // trailing ones (the used range's width) are not in the row.
            let mut cells: Vec<String> = std::iter::repeat_n(String::new(), first_col)
                .chain(cells.iter().map(cell_text))
                .collect();
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            SheetRow {
                number: first_row + i + 1,
                cells,
            }
        })
        .filter(|row| !is_blank(&row.cells))
        .collect();
    non_empty(rows, SheetFormat::Xlsx)
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d
            .as_datetime()
            .map(|t| t.format("%Y-%m-%d %H:%M:%S").to_string())
            .unwrap_or_else(|| d.to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        // An error cell (#N/A, #REF!) holds nothing to call.
        Data::Error(_) => String::new(),
    }
}

/// A CSV file: its text decoded, its delimiter detected, its rows numbered as a spreadsheet
/// shows them (a quoted cell spanning lines is one row; a blank line is a row of its own).
pub fn read_csv(bytes: &[u8]) -> Result<Sheet, SheetError> {
    let (text, encoding) = decode(bytes);
    let delimiter = detect_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Rows are lines, less the line breaks inside quoted cells before them. Lines are
    // counted from byte offsets here (the csv crate's own line count skips some `\r\n`).
    let (mut lines, mut counted_to, mut inner_newlines) = (1usize, 0usize, 0usize);
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Csv {
            row: e
                .position()
                .map_or(0, |p| p.line() as usize)
                .saturating_sub(inner_newlines),
            reason: e.to_string(),
        })?;
        // A record's position is where reading it began, before the blank lines it skipped.
        let begun = record.position().map_or(counted_to, |p| p.byte() as usize);
        let start = begun
            + text.as_bytes()[begun.min(text.len())..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        lines += text.get(counted_to..start).map_or(0, newlines);
        counted_to = start;
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
        let number = lines - inner_newlines;
        inner_newlines += record.iter().map(newlines).sum::<usize>();
        if !is_blank(&cells) {
            rows.push(SheetRow { number, cells });
        }
    }
    non_empty(
        rows,
        SheetFormat::Csv {
            delimiter: char::from(delimiter),
            encoding,
        },
    )
}

/// Line breaks in a cell, `\r\n` counted once (as the csv crate counts lines).
fn newlines(cell: &str) -> usize {
    let bytes = cell.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

fn non_empty(rows: Vec<SheetRow>, format: SheetFormat) -> Result<Sheet, SheetError> {
    if rows.is_empty() {
        Err(SheetError::Empty)
    } else {
        Ok(Sheet { rows, format })
    }
}

fn is_blank(cells: &[String]) -> bool {
    cells.iter().all(|c| c.trim().is_empty())
}

/// The text of a CSV file and how it was encoded: a BOM decides; else valid UTF-8 is UTF-8;
/// else it is Windows-1252 (what Excel writes on Windows; every byte sequence decodes).
fn decode(bytes: &[u8]) -> (String, TextEncoding) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let kind = if encoding == UTF_8 {
            TextEncoding::Utf8Bom
        } else {
            debug_assert!(encoding == UTF_16LE || encoding == UTF_16BE);
            TextEncoding::Utf16
        };
        return (text.into_owned(), kind);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), TextEncoding::Utf8),
        Err(_) => {
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), TextEncoding::Windows1252)
        }
    }
}

/// The delimiter that splits the first rows into the same number of cells, more than one,
/// most often. Quoted cells are honoured (a comma inside quotes does not count).
fn detect_delimiter(text: &str) -> u8 {
    const SAMPLE_ROWS: usize = 50;
    let mut best = (DELIMITERS[0], 0usize);
    for delimiter in DELIMITERS {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(delimiter)
            .from_reader(text.as_bytes());
        let widths: Vec<usize> = reader
            .records()
            .take(SAMPLE_ROWS)
            .filter_map(Result::ok)
            .map(|r| r.len())
            .filter(|&n| n > 1)
            .collect();
        // Rows agreeing with the most common width (a ragged sample scores low).
        let score = widths
            .iter()
            .map(|w| widths.iter().filter(|x| *x == w).count())
            .max()
            .unwrap_or(0);
        if score > best.1 {
            best = (delimiter, score);
        }
    }
    best.0
}

#[cfg(test)]
#[path = "sheet_tests.rs"]
mod tests;
