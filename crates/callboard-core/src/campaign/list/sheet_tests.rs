use super::*;

/// Rows as (spreadsheet row number, cells).
type Rows<'a> = Vec<(usize, Vec<&'a str>)>;

fn cells(sheet: &Sheet) -> Rows<'_> {
    sheet
        .rows
        .iter()
        .map(|r| (r.number, r.cells.iter().map(String::as_str).collect()))
        .collect()
}

fn csv_format(sheet: &Sheet) -> (char, TextEncoding) {
    match sheet.format {
        SheetFormat::Csv {
            delimiter,
            encoding,
        } => (delimiter, encoding),
        SheetFormat::Xlsx => panic!("read as a workbook"),
    }
}

#[test]
fn csv_files_as_excel_and_other_tools_write_them() {
    // (what the file holds, the delimiter and encoding found, the rows a spreadsheet shows)
    let latin1_name = b"nombre;tel\xe9fono\r\nMar\xeda Pe\xf1a;+57 301 444 5709\r\n".to_vec();
    let utf16 = {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "name\tphone\nZoë\t+34 612 345 678\n".encode_utf16() {
            bytes.extend(unit.to_le_bytes());
        }
        bytes
    };
    let table: Vec<(Vec<u8>, (char, TextEncoding), Rows)> = vec![
        (
            b"name,phone\nAna,+573014445709\n".to_vec(),
            (',', TextEncoding::Utf8),
            vec![(1, vec!["name", "phone"]), (2, vec!["Ana", "+573014445709"])],
        ),
        (
            "\u{FEFF}nombre;teléfono\r\nJosé;301 444 5709\r\n".as_bytes().to_vec(),
            (';', TextEncoding::Utf8Bom),
            vec![(1, vec!["nombre", "teléfono"]), (2, vec!["José", "301 444 5709"])],
        ),
        (
            latin1_name,
            (';', TextEncoding::Windows1252),
            vec![
                (1, vec!["nombre", "teléfono"]),
                (2, vec!["María Peña", "+57 301 444 5709"]),
            ],
        ),
        (
            utf16,
            ('\t', TextEncoding::Utf16),
            vec![(1, vec!["name", "phone"]), (2, vec!["Zoë", "+34 612 345 678"])],
        ),
        (
            // A comma inside quotes is not a delimiter; the semicolon is.
            b"name;phone\n\"Rojas, Carolina\";+573001112233\n\"Mej\xc3\xada, Luis\";+573001112234\n"
                .to_vec(),
            (';', TextEncoding::Utf8),
            vec![
                (1, vec!["name", "phone"]),
                (2, vec!["Rojas, Carolina", "+573001112233"]),
                (3, vec!["Mejía, Luis", "+573001112234"]),
            ],
        ),
        (
            // A quoted cell spanning lines is one row; blank lines keep their row numbers.
            b"name,notes,phone\n\nAna,\"line one\nline two\r\nline three\",+573014445709\n\n\nLuis,,+573014445710\n"
                .to_vec(),
            (',', TextEncoding::Utf8),
            vec![
                (1, vec!["name", "notes", "phone"]),
                (3, vec!["Ana", "line one\nline two\r\nline three", "+573014445709"]),
                (6, vec!["Luis", "", "+573014445710"]),
            ],
        ),
        (
            // A formula typed into a CSV stays text; the check says the phone is not one.
            b"name|phone\nEva|=HYPERLINK(\"tel:1\")\n".to_vec(),
            ('|', TextEncoding::Utf8),
            vec![(1, vec!["name", "phone"]), (2, vec!["Eva", "=HYPERLINK(\"tel:1\")"])],
        ),
        (
            // Rows of only delimiters and spaces are blank.
            b"  phone  \n , , \n+573014445709\n".to_vec(),
            (',', TextEncoding::Utf8),
            vec![(1, vec!["phone"]), (3, vec!["+573014445709"])],
        ),
    ];
    for (i, (bytes, format, rows)) in table.into_iter().enumerate() {
        let sheet = read(&bytes).unwrap_or_else(|e| panic!("case {i}: {e}"));
        assert_eq!(csv_format(&sheet), format, "case {i}");
        assert_eq!(cells(&sheet), rows, "case {i}");
    }
}

#[test]
fn a_one_megabyte_cell_is_read_whole() {
    let big = "x".repeat(1 << 20);
    let text = format!("name,notes,phone\nAna,\"{big}\",+573014445709\n");
    let sheet = read(text.as_bytes()).unwrap();
    assert_eq!(sheet.rows[1].cells[1].len(), 1 << 20);
    assert_eq!(sheet.rows[1].cells[2], "+573014445709");
}

#[test]
fn nothing_to_read_is_said_so() {
    for bytes in [&b""[..], b"\n\n", b"\xEF\xBB\xBF", b" , ,\n"] {
        assert_eq!(read(bytes), Err(SheetError::Empty), "{bytes:?}");
    }
}

#[test]
fn a_broken_workbook_is_a_sentence_not_a_panic() {
    let err = read(b"PK\x03\x04 this is not really a zip").unwrap_err();
    assert!(matches!(err, SheetError::Workbook(_)), "{err:?}");
    assert!(err.to_string().contains("export it as CSV"), "{err}");
}

#[test]
fn workbooks_give_the_values_excel_saved_with_excel_row_numbers() {
    use rust_xlsxwriter::{Formula, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    // A title above the table, as people make them; the table starts in column B.
    sheet.write_string(0, 1, "Clientes diciembre").unwrap();
    sheet.write_string(2, 1, "Nombre").unwrap();
    sheet.write_string(2, 2, "Celular").unwrap();
    sheet.write_string(2, 3, "Deuda").unwrap();
    sheet.write_string(3, 1, "Ana Gómez").unwrap();
    sheet.write_number(3, 2, 573_014_445_709.0).unwrap();
    sheet.write_number(3, 3, 1405.5).unwrap();
    sheet.write_string(4, 1, "Luis").unwrap();
    sheet
        .write_formula(
            4,
            2,
            Formula::new("=573014445700+10").set_result("573014445710"),
        )
        .unwrap();
    let bytes = book.save_to_buffer().unwrap();
    let read = read(&bytes).unwrap();
    assert_eq!(read.format, SheetFormat::Xlsx);
    assert_eq!(
        cells(&read),
        vec![
            (1, vec!["", "Clientes diciembre"]),
            (3, vec!["", "Nombre", "Celular", "Deuda"]),
            (4, vec!["", "Ana Gómez", "573014445709", "1405.5"]),
            (5, vec!["", "Luis", "573014445710"]),
        ]
    );
}
