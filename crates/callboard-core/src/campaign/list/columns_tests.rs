use super::*;
use crate::campaign::list::sheet::{read, SheetFormat, SheetRow};

fn sheet(rows: &[&[&str]]) -> Sheet {
    Sheet {
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, cells)| SheetRow {
                number: i + 1,
                cells: cells.iter().map(|c| c.to_string()).collect(),
            })
            .collect(),
        format: SheetFormat::Xlsx,
    }
}

fn field(field: Field) -> ColumnUse {
    ColumnUse::Field { field }
}

fn data(key: &str) -> ColumnUse {
    ColumnUse::Data { key: key.into() }
}

#[test]
fn headers_in_three_languages_name_their_fields() {
    let table: [(&[&str], Vec<ColumnUse>); 4] = [
        (
            &[
                "Name",
                "Phone",
                "E-mail",
                "Country",
                "Time zone",
                "Contact ID",
            ],
            Field::ALL.into_iter().map(field).collect(),
        ),
        (
            &[
                "Nombre completo",
                "Teléfono",
                "Correo electrónico",
                "País",
                "Zona horaria",
                "Monto deuda (COP)",
            ],
            vec![
                field(Field::Name),
                field(Field::Phone),
                field(Field::Email),
                field(Field::Country),
                field(Field::TimeZone),
                data("monto_deuda_cop"),
            ],
        ),
        (
            &["NOME", "Celular", "Fuso horário", "Plano"],
            vec![
                field(Field::Name),
                field(Field::Phone),
                field(Field::TimeZone),
                data("plano"),
            ],
        ),
        (
            // The second phone-like header is extra data; a header of symbols is ignored.
            &["cliente", "móvil", "teléfono fijo", "Número", "***"],
            vec![
                field(Field::Name),
                field(Field::Phone),
                data("telefono_fijo"),
                data("numero"),
                ColumnUse::Ignore,
            ],
        ),
    ];
    for (headers, want) in table {
        let m = guess(&sheet(&[headers, &vec!["x"; headers.len()]]));
        assert_eq!(m.header_row, Some(1), "{headers:?}");
        assert_eq!(m.columns, want, "{headers:?}");
        assert_eq!(m.validate(), Ok(()), "{headers:?}");
    }
}

#[test]
fn a_title_above_the_table_is_skipped_and_a_file_without_headers_is_found_by_its_values() {
    let titled = guess(&sheet(&[
        &["Clientes diciembre 2026-12-01"],
        &["Nombre", "Celular"],
        &[
            "Ana",
            "+57 301 444 5709",
            "a note in a column with no header",
        ],
    ]));
    assert_eq!(titled.header_row, Some(2));
    assert_eq!(
        titled.columns,
        vec![field(Field::Name), field(Field::Phone), ColumnUse::Ignore]
    );
    assert_eq!(titled.headers[2], "Column C");

    let bare = guess(&sheet(&[
        &["Ana", "2026-12-01", "+57 301 444 5709"],
        &["Luis", "2026-12-02", "(301) 444-5710"],
    ]));
    assert_eq!(bare.header_row, None);
    assert_eq!(bare.headers, vec!["Column A", "Column B", "Column C"]);
    assert_eq!(
        bare.columns,
        vec![ColumnUse::Ignore, ColumnUse::Ignore, field(Field::Phone)]
    );
    assert_eq!(bare.column_name(2), "C");
}

#[test]
fn a_mapping_that_cannot_place_calls_says_which_columns() {
    let base = guess(&sheet(&[
        &["Nombre", "Teléfono", "Notas"],
        &["Ana", "+573014445709", ""],
    ]));
    let mut no_phone = base.clone();
    no_phone.columns[1] = ColumnUse::Ignore;
    assert_eq!(no_phone.validate(), Err(MappingError::NoPhone));

    let mut twice = base.clone();
    twice.columns[2] = field(Field::Phone);
    let err = twice.validate().unwrap_err();
    assert_eq!(
        err.to_string(),
        "Columns B (Teléfono) and C (Notas) are both used as Phone; keep one."
    );

    let mut same_key = base.clone();
    same_key.columns[0] = data("notas");
    same_key.columns[2] = data(" notas ");
    assert!(same_key
        .validate()
        .unwrap_err()
        .to_string()
        .contains("\"notas\""));

    let mut empty_key = base;
    empty_key.columns[2] = data("  ");
    assert_eq!(
        empty_key.validate(),
        Err(MappingError::EmptyKey {
            column: "C (Notas)".into()
        })
    );
}

#[test]
fn column_letters_and_keys() {
    let letters: Vec<String> = [0, 1, 25, 26, 27, 51, 52, 701, 702]
        .map(column_letter)
        .into();
    assert_eq!(
        letters,
        ["A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]
    );
    assert_eq!(data_key("  Monto  Deuda (COP) "), "monto_deuda_cop");
    assert_eq!(header_key("Teléfono Móvil"), "telefonomovil");
}

#[test]
fn a_real_csv_with_a_semicolon_and_latin1_maps_end_to_end() {
    let bytes = b"Nombre;Tel\xe9fono;Pa\xeds\r\nMar\xeda;3014445709;Colombia\r\n";
    let m = guess(&read(bytes).unwrap());
    assert_eq!(
        m.columns,
        vec![
            field(Field::Name),
            field(Field::Phone),
            field(Field::Country)
        ]
    );
}

#[test]
fn a_mapping_problem_names_its_field_in_the_chosen_language() {
    use crate::i18n::{with_locale, Locale};
    for f in Field::ALL {
        // The catalogues select a field's words by this name; it must stay the serde one.
        assert_eq!(serde_json::to_value(f).unwrap(), f.as_str());
    }
    let err = MappingError::SameField {
        field: Field::TimeZone,
        first: "D (Zona)".into(),
        second: "E (TZ)".into(),
    };
    assert_eq!(
        with_locale(Locale::Es, || err.to_string()),
        "Las columnas D (Zona) y E (TZ) se usan ambas como Zona horaria; deje solo una."
    );
    let untitled = with_locale(Locale::PtBr, || guess(&sheet(&[&["+573014445709"]])));
    assert_eq!(untitled.headers, ["Coluna A"]);
}
