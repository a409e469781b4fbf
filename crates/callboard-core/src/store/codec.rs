//! How values are written into columns and read back: instants as fixed-width UTC text,
//! enums by their stable names.
//!
//! Instants are `YYYY-MM-DDTHH:MM:SS.nnnnnnnnnZ`: exact to the nanosecond (what the system
//! clock gives, and what old journals hold), readable in `sqlite3`, and for years 0–9999
//! their text order is their time order, so `ORDER BY created_at` and range filters are
//! plain comparisons. Years outside that (only ever seen in hand-edited files) keep chrono's
//! signed form (`+10000-…`), still exact, but sorted by text.

use crate::calls::{CallStatus, MatchedBy};
use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

/// An instant as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Instant(pub DateTime<Utc>);

/// The column text for `t`: RFC 3339 with nine fractional digits and `Z` is exactly the
/// fixed-width form (and chrono writes it without parsing a format string, which a bulk
/// import of 100,000 attempts noticed).
pub(crate) fn instant_text(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Nanos, true)
}

/// Parses the fixed-width form without chrono's format machinery (a page of rows reads
/// hundreds of these), falling back to it for signed years.
pub(crate) fn parse_instant(s: &str) -> Option<DateTime<Utc>> {
    fast_parse(s.as_bytes()).or_else(|| {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.fZ")
            .ok()
            .map(|n| n.and_utc())
    })
}

fn fast_parse(b: &[u8]) -> Option<DateTime<Utc>> {
    if b.len() != 30 || b[4] != b'-' || b[10] != b'T' || b[19] != b'.' || b[29] != b'Z' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |acc, c| {
            c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(num(0..4)?).ok()?;
    let date = NaiveDate::from_ymd_opt(year, num(5..7)?, num(8..10)?)?;
    let time =
        NaiveTime::from_hms_nano_opt(num(11..13)?, num(14..16)?, num(17..19)?, num(20..29)?)?;
    Some(date.and_time(time).and_utc())
}

impl ToSql for Instant {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(instant_text(self.0)))
    }
}

impl FromSql for Instant {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        parse_instant(text)
            .map(Instant)
            .ok_or_else(|| FromSqlError::Other(format!("not a stored instant: {text:?}").into()))
    }
}

/// An optional instant parameter.
pub(crate) fn opt(t: Option<DateTime<Utc>>) -> Option<Instant> {
    t.map(Instant)
}

pub(crate) fn matched_by_name(m: MatchedBy) -> &'static str {
    match m {
        MatchedBy::RequestId => "request_id",
        MatchedBy::ContactAndAgent => "contact_and_agent",
    }
}

pub(crate) fn matched_by_from(name: &str) -> Option<MatchedBy> {
    match name {
        "request_id" => Some(MatchedBy::RequestId),
        "contact_and_agent" => Some(MatchedBy::ContactAndAgent),
        _ => None,
    }
}

/// A status as its wire name.
pub(crate) fn status_from(wire: &str) -> CallStatus {
    CallStatus::from_wire(wire)
}

/// A JSON column read back; a value that doesn't parse is a damaged row.
pub(crate) fn json<T: serde::de::DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    #[test]
    fn instants_round_trip_to_the_nanosecond_and_sort_as_text_in_time_order() {
        let base = Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap();
        let times = [
            Utc.with_ymd_and_hms(1970, 1, 1, 0, 0, 0).unwrap(),
            base,
            base + Duration::nanoseconds(1),
            base + Duration::nanoseconds(123_456_789),
            Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59).unwrap(),
        ];
        let texts: Vec<String> = times.iter().map(|t| instant_text(*t)).collect();
        assert_eq!(texts[3], "2026-06-15T14:30:00.123456789Z");
        for (t, text) in times.iter().zip(&texts) {
            assert_eq!(parse_instant(text), Some(*t));
        }
        let mut sorted = texts.clone();
        sorted.sort();
        assert_eq!(sorted, texts);
    }

    #[test]
    fn absurd_years_still_round_trip() {
        for t in [
            DateTime::<Utc>::MIN_UTC,
            DateTime::<Utc>::MAX_UTC,
            Utc.with_ymd_and_hms(-200_000, 1, 1, 0, 0, 0).unwrap(),
        ] {
            assert_eq!(parse_instant(&instant_text(t)), Some(t), "{t:?}");
        }
    }
}
