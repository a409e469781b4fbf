//! Every row checked before anything is sent: the phone parsed by `phonenumber` against the
//! row's or the default country and kept in E.164, the callee's zone resolved (the row's zone
//! column, else what the country and phone imply, else the one zone the user gives for the
//! rest), duplicates merged and do-not-call numbers skipped. A bad row never stops the others:
//! it becomes a problem naming its row number and reason.

use super::columns::{ColumnUse, Field, Mapping};
use super::sheet::Sheet;
use crate::zones;
use chrono_tz::Tz;
use phonenumber::{country, Mode};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What the check needs besides the file.
#[derive(Clone, Copy)]
pub struct CheckOptions<'a> {
    /// ISO 3166 alpha-2 country for numbers written without `+` and a country code.
    pub default_country: Option<&'a str>,
    /// The zone the user chose once for every callee whose zone is otherwise unclear.
    pub fallback_zone: Option<Tz>,
    /// Why an E.164 number must not be called, when it is on the do-not-call list.
    pub do_not_call: &'a dyn Fn(&str) -> Option<String>,
}

/// One person to call, from one row (or several rows merged as the same phone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Callee {
    pub row: u32,
    pub name: Option<String>,
    /// E.164, when the row has a phone.
    pub phone: Option<String>,
    pub email: Option<String>,
    pub contact_id: Option<String>,
    /// ISO 3166 alpha-2, from the country column or the phone.
    pub country: Option<&'static str>,
    /// The IANA zone their calling window is read in; none until the user gives one.
    pub zone: Option<&'static str>,
    pub zone_from: ZoneSource,
    /// `additional_data` from the row's mapped columns, in column order (empty cells left out).
    pub data: Vec<(String, String)>,
}

/// Where a callee's zone came from, to show it beside the zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ZoneSource {
    /// The row's time-zone column.
    Column,
    /// The country (one zone, or one that covers nearly everyone).
    Country,
    /// The phone's area code within a country of several zones.
    AreaCode,
    /// The zone the user chose for the rest.
    Chosen,
    /// Not known yet: the user must choose one before the campaign starts.
    Unknown,
}

/// Why a row cannot be called.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum RowProblem {
    NoPhone,
    /// `hint` is already a sentence part in the language of the check (see [`e164`]).
    BadPhone {
        value: String,
        hint: String,
    },
    BadCountry {
        value: String,
    },
    BadZone {
        value: String,
    },
    BadEmail {
        value: String,
    },
    BadContactId {
        value: String,
    },
}

// Written by hand rather than with `thiserror` so the words come from the catalogue
// (`campaigns.ftl`) in the language chosen now.
impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            Self::NoPhone => crate::t!("row-problem-no-phone"),
            Self::BadPhone { value, hint } => {
                crate::t!("row-problem-bad-phone", value = value, hint = hint)
            }
            Self::BadCountry { value } => crate::t!("row-problem-bad-country", value = value),
            Self::BadZone { value } => crate::t!("row-problem-bad-zone", value = value),
            Self::BadEmail { value } => crate::t!("row-problem-bad-email", value = value),
            Self::BadContactId { value } => {
                crate::t!("row-problem-bad-contact-id", value = value)
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for RowProblem {}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowIssue {
    pub row: u32,
    #[serde(flatten)]
    pub problem: RowProblem,
    /// The problem as one sentence ("Row 7: …").
    pub reason: String,
}

impl RowIssue {
    /// The issue of row `row`, with its sentence ("Row 7: …") in the current language.
    pub fn new(row: u32, problem: RowProblem) -> Self {
        Self {
            row,
            reason: crate::t!("row-issue", row = row, problem = problem.to_string()),
            problem,
        }
    }
}

/// A row merged into an earlier one with the same phone (or contact id).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Duplicate {
    pub row: u32,
    pub same_as: u32,
}

/// A row skipped because its number is on the do-not-call list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DoNotCallSkip {
    pub row: u32,
    pub phone: String,
    pub reason: String,
}

/// The whole check: who will be called and why every other row will not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckedList {
    /// Data rows read (the header row is not one).
    pub rows: u32,
    pub callees: Vec<Callee>,
    pub invalid: Vec<RowIssue>,
    pub duplicates: Vec<Duplicate>,
    pub dnc: Vec<DoNotCallSkip>,
    /// Callees whose zone is unknown (the question to ask once).
    pub needs_zone: u32,
    /// The mapping's column headers, which a campaign keeps for its results export.
    #[serde(skip)]
    pub headers: Vec<String>,
}

/// Checks every data row of `sheet` under `mapping` (which must have passed `validate`).
pub fn check(sheet: &Sheet, mapping: &Mapping, options: CheckOptions<'_>) -> CheckedList {
    check_with_progress(sheet, mapping, options, &mut |_, _| {})
}

/// Rows checked between two progress reports.
pub const PROGRESS_EVERY: u32 = 5_000;

/// [`check`], telling `progress(done, total)` every [`PROGRESS_EVERY`] rows and at the end
/// (a 100,000-row list takes a couple of seconds).
pub fn check_with_progress(
    sheet: &Sheet,
    mapping: &Mapping,
    options: CheckOptions<'_>,
    progress: &mut dyn FnMut(u32, u32),
) -> CheckedList {
    let first_data = mapping.header_row.unwrap_or(0) as usize;
    let total = sheet.rows.iter().filter(|r| r.number > first_data).count() as u32;
    let data_rows = sheet.rows.iter().filter(|r| r.number > first_data);
    let mut out = CheckedList {
        rows: 0,
        callees: Vec::new(),
        invalid: Vec::new(),
        duplicates: Vec::new(),
        dnc: Vec::new(),
        needs_zone: 0,
        headers: mapping.headers.clone(),
    };
    let mut seen: HashMap<String, u32> = HashMap::new();
    for row in data_rows {
        out.rows += 1;
        if out.rows.is_multiple_of(PROGRESS_EVERY) {
            progress(out.rows, total);
        }
        let number = row.number as u32;
        let cell = |field: Field| {
            mapping
                .column_of(field)
                .and_then(|i| row.cells.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        };
        let callee = match callee(number, &cell, mapping, &row.cells, options) {
            Ok(callee) => callee,
            Err(problem) => {
                out.invalid.push(RowIssue::new(number, problem));
                continue;
            }
        };
        let identity = callee
            .phone
            .clone()
            .or_else(|| callee.contact_id.clone())
            .unwrap_or_default();
        if let Some(&same_as) = seen.get(&identity) {
            out.duplicates.push(Duplicate {
                row: number,
                same_as,
            });
            continue;
        }
        seen.insert(identity, number);
        if let Some(reason) = callee.phone.as_deref().and_then(options.do_not_call) {
            out.dnc.push(DoNotCallSkip {
                row: number,
                phone: callee.phone.clone().unwrap_or_default(),
                reason,
            });
            continue;
        }
        out.needs_zone += u32::from(callee.zone.is_none());
        out.callees.push(callee);
    }
    progress(out.rows, total);
    out
}

fn callee<'r>(
    row: u32,
    cell: &dyn Fn(Field) -> Option<&'r str>,
    mapping: &Mapping,
    cells: &[String],
    options: CheckOptions<'_>,
) -> Result<Callee, RowProblem> {
    let country = match cell(Field::Country) {
        Some(text) => Some(
            zones::country_code(text).ok_or_else(|| RowProblem::BadCountry {
                value: text.to_owned(),
            })?,
        ),
        None => None,
    };
    let contact_id = cell(Field::ContactId)
        .map(|id| {
            let ok = id.len() <= 100
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            ok.then(|| id.to_owned())
                .ok_or_else(|| RowProblem::BadContactId {
                    value: id.to_owned(),
                })
        })
        .transpose()?;
    let phone = match cell(Field::Phone) {
        Some(text) => Some(e164(text, country.or(options.default_country))?),
        None if contact_id.is_some() => None,
        None => return Err(RowProblem::NoPhone),
    };
    let email = cell(Field::Email)
        .map(|e| {
            is_email(e)
                .then(|| e.to_owned())
                .ok_or_else(|| RowProblem::BadEmail {
                    value: e.to_owned(),
                })
        })
        .transpose()?;
    // The row's country, else the one its E.164 phone belongs to.
    let guess = zones::zones_for_contact(country, phone.as_deref());
    let (zone, zone_from) = match cell(Field::TimeZone) {
        Some(text) => (
            Some(zone_named(text).ok_or_else(|| RowProblem::BadZone {
                value: text.to_owned(),
            })?),
            ZoneSource::Column,
        ),
        None => match (guess.implied, guess.hinted, options.fallback_zone) {
            (Some(zone), _, _) => (Some(zone), ZoneSource::Country),
            (None, true, _) => (guess.likely(), ZoneSource::AreaCode),
            (None, false, Some(tz)) => (Some(tz.name()), ZoneSource::Chosen),
            (None, false, None) => (None, ZoneSource::Unknown),
        },
    };
    let data = mapping
        .columns
        .iter()
        .zip(cells)
        .filter_map(|(use_, value)| match use_ {
            ColumnUse::Data { key } if !value.trim().is_empty() => {
                Some((key.trim().to_owned(), value.trim().to_owned()))
            }
            _ => None,
        })
        .collect();
    Ok(Callee {
        row,
        name: cell(Field::Name).map(str::to_owned),
        phone,
        email,
        contact_id,
        country: country.or(guess.country),
        zone,
        zone_from,
        data,
    })
}

/// `text` as E.164: international when it starts with `+` or `00`, else national in `country`.
/// A leading `'` (how our CSV exports keep a spreadsheet from reading `+57…` as a formula)
/// is not part of the number.
pub fn e164(text: &str, country: Option<&str>) -> Result<String, RowProblem> {
    let bad = |hint: String| RowProblem::BadPhone {
        value: text.to_owned(),
        hint,
    };
    let text = text.trim().strip_prefix('\'').unwrap_or(text.trim());
    let digits_only: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let international = digits_only.starts_with('+') || digits_only.starts_with("00");
    let id: Option<country::Id> = country.and_then(|c| c.parse().ok());
    if !international && id.is_none() {
        return Err(bad(crate::t!("row-problem-hint-country-code")));
    }
    let text_for_parse = match digits_only.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => text.to_owned(),
    };
    let number = phonenumber::parse(id, &text_for_parse).map_err(|_| bad(String::new()))?;
    if !phonenumber::is_valid(&number) {
        return Err(bad(match country {
            Some(c) if !international => crate::t!("row-problem-hint-for-country", country = c),
            _ => String::new(),
        }));
    }
    Ok(number.format().mode(Mode::E164).to_string())
}

fn is_email(text: &str) -> bool {
    let mut parts = text.splitn(2, '@');
    let (Some(local), Some(domain)) = (parts.next(), parts.next()) else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
}

/// An IANA zone by its name or its city, in any case ("america/bogota", "Mexico City").
fn zone_named(text: &str) -> Option<&'static str> {
    static BY_NAME: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
        let mut map = HashMap::new();
        for name in zones::all_time_zones() {
            map.entry(zones::zone_label(name).to_lowercase())
                .or_insert(name);
            map.insert(name.to_lowercase(), name);
        }
        map
    });
    BY_NAME.get(&text.trim().to_lowercase()).copied()
}

#[cfg(test)]
#[path = "check_tests.rs"]
mod tests;
