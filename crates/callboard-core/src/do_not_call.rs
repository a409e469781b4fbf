//! The do-not-call list as a file: read from any CSV or Excel list with a phone column (and,
//! when there is one, a reason column), written as CSV. The list itself lives in the store
//! ([`crate::store::DoNotCallEntry`]).

use crate::campaign::list::check::e164;
use crate::campaign::list::columns::header_key;
use crate::campaign::list::{self, Field, RowIssue, SheetError};
use crate::store::DoNotCallEntry;

/// Headers that name the reason column (normalized as the campaign columns are).
const REASON_HEADERS: [&str; 8] = [
    "reason",
    "motivo",
    "razon",
    "note",
    "notes",
    "nota",
    "notas",
    "comentario",
];

/// Numbers read from a file, and the rows that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListFile {
    /// (E.164, reason), in file order, each number once.
    pub entries: Vec<(String, String)>,
    pub invalid: Vec<RowIssue>,
}

/// Reads a list of numbers never to call; a row without a reason gets `default_reason`.
pub fn read_list(
    bytes: &[u8],
    default_country: Option<&str>,
    default_reason: &str,
) -> Result<ListFile, SheetError> {
    let sheet = list::read(bytes)?;
    let mapping = list::guess(&sheet);
    let phone = mapping.column_of(Field::Phone);
    let reason = mapping.header_row.and_then(|_| {
        mapping
            .headers
            .iter()
            .position(|h| REASON_HEADERS.contains(&header_key(h).as_str()))
    });
    let first_data = mapping.header_row.unwrap_or(0) as usize;
    let mut out = ListFile {
        entries: Vec::new(),
        invalid: Vec::new(),
    };
    for row in sheet.rows.iter().filter(|r| r.number > first_data) {
        let number = row.number as u32;
        let cell = |i: Option<usize>| {
            i.and_then(|i| row.cells.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        };
        let problem = match cell(phone) {
            None => list::RowProblem::NoPhone,
            Some(text) => match e164(text, default_country) {
                Ok(phone) => {
                    if !out.entries.iter().any(|(p, _)| *p == phone) {
                        let why = cell(reason).unwrap_or(default_reason);
                        out.entries.push((phone, why.to_owned()));
                    }
                    continue;
                }
                Err(problem) => problem,
            },
        };
        out.invalid.push(RowIssue::new(number, problem));
    }
    Ok(out)
}

/// The list as CSV (`phone,reason,added_at` in English, each header in the current language,
/// UTF-8 with a BOM so Excel reads accents), every cell a spreadsheet would evaluate defused
/// with a leading `'` (which [`read_list`] drops). Every language's headers are ones
/// [`read_list`] recognizes, so an exported list can be read back in any of them.
pub fn to_csv(entries: &[DoNotCallEntry]) -> String {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut write = || -> csv::Result<()> {
        out.write_record([
            crate::t!("dnc-column-phone"),
            crate::t!("dnc-column-reason"),
            crate::t!("dnc-column-added-at"),
        ])?;
        for e in entries {
            let added = e.added_at.format("%Y-%m-%d %H:%M:%S UTC").to_string();
            out.write_record([
                crate::export::defuse(&e.phone).as_ref(),
                crate::export::defuse(&e.reason).as_ref(),
                added.as_str(),
            ])?;
        }
        out.flush()?;
        Ok(())
    };
    // Writing to memory cannot fail; an error here would be a bug in csv.
    let _ = write();
    let bytes = out.into_inner().unwrap_or_default();
    format!("\u{FEFF}{}", String::from_utf8_lossy(&bytes))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_list_is_read_with_its_reasons_each_number_once_and_bad_rows_named() {
        let file = "Teléfono;Motivo\n301 444 5709;Pidió no llamar\n+57 301 444 5709;otra vez\n12;\n+52 55 1234 5678;\n";
        let list = read_list(file.as_bytes(), Some("CO"), "Added from a file").unwrap();
        assert_eq!(
            list.entries,
            vec![
                ("+573014445709".to_owned(), "Pidió no llamar".to_owned()),
                ("+525512345678".to_owned(), "Added from a file".to_owned()),
            ]
        );
        assert_eq!(list.invalid.len(), 1);
        assert_eq!(
            list.invalid[0].reason,
            "Row 4: \"12\" is not a phone number for country CO."
        );
    }

    #[test]
    fn what_is_exported_reads_back_the_same_and_opens_safely_in_a_spreadsheet() {
        let at = Utc.with_ymd_and_hms(2026, 12, 2, 15, 0, 0).unwrap();
        let entries = vec![
            DoNotCallEntry {
                phone: "+573014445709".into(),
                reason: "=HYPERLINK(\"x\")".into(),
                added_at: at,
            },
            DoNotCallEntry {
                phone: "+34612345678".into(),
                reason: "Número equivocado, dijo".into(),
                added_at: at,
            },
        ];
        let csv = to_csv(&entries);
        assert!(csv.starts_with("\u{FEFF}phone,reason,added_at\r\n'+573014445709,\"'=HYPERLINK(\"\"x\"\")\",2026-12-02 15:00:00 UTC\r\n"), "{csv}");
        let back = read_list(csv.as_bytes(), None, "?").unwrap();
        assert_eq!(back.invalid, vec![]);
        let phones: Vec<&str> = back.entries.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(phones, ["+573014445709", "+34612345678"]);
        assert_eq!(back.entries[1].1, "Número equivocado, dijo");
    }

    #[test]
    fn a_list_exported_in_spanish_or_portuguese_reads_back_with_its_reasons() {
        use crate::i18n::{with_locale, Locale};
        let entries = vec![DoNotCallEntry {
            phone: "+573014445709".into(),
            reason: "Pidió no llamar".into(),
            added_at: Utc.with_ymd_and_hms(2026, 12, 2, 15, 0, 0).unwrap(),
        }];
        for locale in [Locale::Es, Locale::PtBr] {
            let csv = with_locale(locale, || to_csv(&entries));
            let back = read_list(csv.as_bytes(), None, "?").unwrap();
            assert_eq!(
                back.entries,
                [("+573014445709".to_owned(), "Pidió no llamar".to_owned())],
                "{csv}"
            );
        }
        let es = with_locale(Locale::Es, || to_csv(&entries));
        assert!(
            es.starts_with("\u{FEFF}teléfono,motivo,agregado_el\r\n"),
            "{es}"
        );
        let bad = with_locale(Locale::Es, || {
            read_list(b"telefono\n12\n", Some("CO"), "?").unwrap()
        });
        assert_eq!(
            bad.invalid[0].reason,
            "Fila 2: \"12\" no es un número de teléfono para el país CO."
        );
    }
}
