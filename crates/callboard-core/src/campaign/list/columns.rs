//! Which column holds what: the header row found, each column's use guessed from its header
//! (English, Spanish and Portuguese names) or, failing that, from its values, then confirmed
//! by the user. A mapping is checked here once, for the app and the CLI alike.

use super::sheet::Sheet;
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// What a column can be for a callee.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Name,
    Phone,
    Email,
    Country,
    TimeZone,
    ContactId,
}

impl Field {
    pub const ALL: [Field; 6] = [
        Field::Name,
        Field::Phone,
        Field::Email,
        Field::Country,
        Field::TimeZone,
        Field::ContactId,
    ];

    /// The field's serde name (`time_zone`), which the catalogues select its words by.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Phone => "phone",
            Field::Email => "email",
            Field::Country => "country",
            Field::TimeZone => "time_zone",
            Field::ContactId => "contact_id",
        }
    }

    /// Headers that name this field, normalized (see [`header_key`]).
    fn aliases(self) -> &'static [&'static str] {
        match self {
            Field::Name => &[
                "name",
                "fullname",
                "contactname",
                "contact",
                "customer",
                "client",
                "nombre",
                "nombres",
                "nombrecompleto",
                "contacto",
                "cliente",
                "nome",
                "nomecompleto",
            ],
            Field::Phone => &[
                "phone",
                "phonenumber",
                "mobile",
                "mobilephone",
                "cell",
                "cellphone",
                "tel",
                "telephone",
                "number",
                "whatsapp",
                "telefono",
                "celular",
                "movil",
                "numero",
                "numerotelefono",
                "numerodetelefono",
                "telefonomovil",
                "telefone",
                "numerodocelular",
            ],
            Field::Email => &[
                "email",
                "emailaddress",
                "mail",
                "correo",
                "correoelectronico",
                "emailcontacto",
            ],
            Field::Country => &["country", "countrycode", "pais", "codigopais"],
            Field::TimeZone => &[
                "timezone",
                "tz",
                "zone",
                "zonahoraria",
                "husohorario",
                "fusohorario",
                "zona",
            ],
            Field::ContactId => &["contactid", "idcontacto", "idcontato", "contactshipid"],
        }
    }
}

/// What one column is used for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "use", rename_all = "snake_case")]
pub enum ColumnUse {
    Field {
        field: Field,
    },
    /// Sent in `additional_data` under this key.
    Data {
        key: String,
    },
    Ignore,
}

/// The header row and every column's use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Mapping {
    /// The row number of the headers, none when the file starts with data.
    pub header_row: Option<u32>,
    /// Each column's header as written ("Column C" when there is none).
    pub headers: Vec<String>,
    pub columns: Vec<ColumnUse>,
}

/// Why a mapping cannot be used, naming the column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MappingError {
    NoPhone,
    SameField {
        field: Field,
        first: String,
        second: String,
    },
    EmptyKey {
        column: String,
    },
    SameKey {
        key: String,
        first: String,
        second: String,
    },
}

// By hand rather than with `thiserror`: the words come from `campaigns.ftl`.
impl std::fmt::Display for MappingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NoPhone => crate::t!("mapping-no-phone"),
            Self::SameField {
                field,
                first,
                second,
            } => crate::t!(
                "mapping-same-field",
                field = crate::t!("mapping-field-name", field = field.as_str()),
                first = first,
                second = second
            ),
            Self::EmptyKey { column } => crate::t!("mapping-empty-key", column = column),
            Self::SameKey { key, first, second } => crate::t!(
                "mapping-same-key",
                key = key,
                first = first,
                second = second
            ),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for MappingError {}

impl Mapping {
    /// The column used for `field`, if one is.
    pub fn column_of(&self, field: Field) -> Option<usize> {
        self.columns
            .iter()
            .position(|c| *c == ColumnUse::Field { field })
    }

    /// Checks the mapping can place calls: a phone or contact id column, no field or key twice.
    pub fn validate(&self) -> Result<(), MappingError> {
        let name = |i: usize| self.column_name(i);
        let mut fields: Vec<(Field, usize)> = Vec::new();
        let mut keys: Vec<(&str, usize)> = Vec::new();
        for (i, column) in self.columns.iter().enumerate() {
            match column {
                ColumnUse::Field { field } => {
                    if let Some((_, first)) = fields.iter().find(|(f, _)| f == field) {
                        return Err(MappingError::SameField {
                            field: *field,
                            first: name(*first),
                            second: name(i),
                        });
                    }
                    fields.push((*field, i));
                }
                ColumnUse::Data { key } if key.trim().is_empty() => {
                    return Err(MappingError::EmptyKey { column: name(i) })
                }
                ColumnUse::Data { key } => {
                    if let Some((_, first)) = keys.iter().find(|(k, _)| *k == key.trim()) {
                        return Err(MappingError::SameKey {
                            key: key.trim().to_owned(),
                            first: name(*first),
                            second: name(i),
                        });
                    }
                    keys.push((key.trim(), i));
                }
                ColumnUse::Ignore => {}
            }
        }
        if self.column_of(Field::Phone).is_none() && self.column_of(Field::ContactId).is_none() {
            return Err(MappingError::NoPhone);
        }
        Ok(())
    }

    /// "C (Celular)": the column's letter, with its header when it has one.
    pub fn column_name(&self, i: usize) -> String {
        let letter = column_letter(i);
        match self.header_row {
            Some(_) => format!("{letter} ({})", self.headers[i]),
            None => letter,
        }
    }
}

/// Excel's letters for a zero-based column: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(mut i: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// A header as compared with the aliases: lowercase ASCII letters and digits only, accents
/// dropped ("Teléfono móvil" → "telefonomovil").
pub fn header_key(header: &str) -> String {
    header
        .nfd()
        .filter(char::is_ascii_alphanumeric)
        .flat_map(|c| c.to_lowercase())
        .collect()
}

/// An `additional_data` key from a header: lowercase words joined by `_`, accents dropped
/// ("Monto deuda (COP)" → "monto_deuda_cop").
pub fn data_key(header: &str) -> String {
    let ascii: String = header
        .nfd()
        .filter(|c| c.is_ascii())
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    ascii.split_whitespace().collect::<Vec<_>>().join("_")
}

/// Rows looked at to find the header row and to guess columns by their values.
const LOOK_AHEAD: usize = 20;

/// The header row (the first of the opening rows naming a known field, unless the first row
/// already holds a phone number) and a guess for every column.
pub fn guess(sheet: &Sheet) -> Mapping {
    let opening = &sheet.rows[..sheet.rows.len().min(LOOK_AHEAD)];
    let header = opening
        .iter()
        .take_while(|row| !row.cells.iter().any(|c| looks_like_phone(c)))
        .position(|row| row.cells.iter().any(|c| field_for(c).is_some()));
    let width = sheet.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let written: Vec<String> = (0..width)
        .map(|i| match header {
            Some(h) => opening[h].cells.get(i).cloned().unwrap_or_default(),
            None => String::new(),
        })
        .map(|h| h.trim().to_owned())
        .collect();
    let headers: Vec<String> = written
        .iter()
        .cloned()
        .enumerate()
        .map(|(i, h)| {
            if h.is_empty() {
                crate::t!("column-untitled", letter = column_letter(i))
            } else {
                h
            }
        })
        .collect();
    let data_from = header.map_or(0, |h| h + 1);
    let samples = &sheet.rows[data_from.min(sheet.rows.len())..];
    let samples = &samples[..samples.len().min(LOOK_AHEAD)];
    // Headers first, each field to its first column; then, when no header named the phone,
    // the first column whose values are mostly phone numbers.
    let mut fields: Vec<Option<Field>> = Vec::with_capacity(width);
    for name in &headers {
        let field = header.and_then(|_| field_for(name));
        fields.push(field.filter(|f| !fields.contains(&Some(*f))));
    }
    if !fields.contains(&Some(Field::Phone)) {
        let phone_column = (0..width).find(|&i| {
            let values: Vec<&str> = samples
                .iter()
                .filter_map(|r| r.cells.get(i).map(String::as_str))
                .filter(|v| !v.is_empty())
                .collect();
            let phones = values.iter().filter(|v| looks_like_phone(v)).count();
            fields[i].is_none() && !values.is_empty() && phones * 2 > values.len()
        });
        if let Some(i) = phone_column {
            fields[i] = Some(Field::Phone);
        }
    }
    let columns = fields
        .into_iter()
        .zip(&written)
        .map(|(field, name)| match field {
            Some(field) => ColumnUse::Field { field },
            // No header (or one of symbols only): nothing to name the data by.
            None if data_key(name).is_empty() => ColumnUse::Ignore,
            None => ColumnUse::Data {
                key: data_key(name),
            },
        })
        .collect();
    Mapping {
        header_row: header.map(|h| opening[h].number as u32),
        headers,
        columns,
    }
}

fn field_for(header: &str) -> Option<Field> {
    let key = header_key(header);
    Field::ALL
        .into_iter()
        .find(|f| f.aliases().contains(&key.as_str()))
}

/// Seven to fifteen digits, optionally led by `+`, in the usual punctuation, and not a date.
fn looks_like_phone(value: &str) -> bool {
    let value = value.trim();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let groups: Vec<usize> = value
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .map(str::len)
        .collect();
    let date = !value.starts_with('+')
        && matches!(groups.as_slice(), [4, 1..=2, 1..=2] | [1..=2, 1..=2, 2 | 4]);
    (7..=15).contains(&digits)
        && !date
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +-.()/".contains(c))
}

#[cfg(test)]
#[path = "columns_tests.rs"]
mod tests;
