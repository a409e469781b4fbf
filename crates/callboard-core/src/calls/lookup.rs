//! What a reconciliation lookup searched, kept with its result so Callboard can say it
//! ("Looked through 712 calls by this agent from 3 Jan 10:00 to 3 Jan 10:30 UTC; none
//! matched.") instead of a bare "not found".

use chrono::{DateTime, Datelike, Utc};
use serde::{Deserialize, Serialize};

/// The calls a lookup read on Contactship.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LookupSummary {
    /// How many calls by the attempt's agent were read.
    pub calls_read: u32,
    /// Creation time of the oldest call read (the server's clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oldest: Option<DateTime<Utc>>,
    /// Creation time of the newest call read (the server's clock).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newest: Option<DateTime<Utc>>,
    /// The lookup stopped at its safety limit before reaching the attempt's time.
    #[serde(default)]
    pub stopped_at_limit: bool,
    /// The attempt's recorded time was not a usable date, so only the request id was
    /// looked for (a call to the same contact can't be matched by time).
    #[serde(default)]
    pub request_id_only: bool,
}

impl LookupSummary {
    /// A sentence saying what was searched and that nothing matched.
    pub fn nothing_found_message(&self) -> String {
        let n = self.calls_read;
        let span = match (self.oldest, self.newest) {
            (Some(oldest), Some(newest)) => {
                let with_year = oldest.year() != newest.year();
                crate::t!(
                    "lookup-span",
                    from = words(oldest, with_year),
                    to = words(newest, with_year)
                )
            }
            _ => String::new(),
        };
        let mut message = if n == 0 {
            crate::t!("lookup-none-read")
        } else {
            crate::t!("lookup-none-matched", count = n, span = span)
        };
        if self.request_id_only {
            message.push(' ');
            message.push_str(&crate::t!("lookup-request-id-only"));
        }
        if self.stopped_at_limit {
            message.push(' ');
            message.push_str(&crate::t!("lookup-stopped-at-limit"));
        }
        message
    }
}

fn words(t: DateTime<Utc>, with_year: bool) -> String {
    let format = if with_year {
        "%-d %b %Y %H:%M"
    } else {
        "%-d %b %H:%M"
    };
    t.format(format).to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_fruitless_lookup_says_how_many_calls_it_read_and_over_which_times() {
        let at = |h, m| Utc.with_ymd_and_hms(2026, 1, 3, h, m, 0).unwrap();
        let summary = LookupSummary {
            calls_read: 712,
            oldest: Some(at(10, 0)),
            newest: Some(at(10, 30)),
            stopped_at_limit: false,
            request_id_only: false,
        };
        assert_eq!(
            summary.nothing_found_message(),
            "Looked through 712 calls by this agent from 3 Jan 10:00 to 3 Jan 10:30 UTC; none matched."
        );
    }
}
