//! [`CreatedCall`], the reply to a create-call request, read so that only the call id can
//! make it fail.
//!
//! The id is what tells a placed call from an unknown outcome: a 2xx reply whose
//! `call_id` is missing, empty, blank or not a usable id (see [`crate::validate::id`]) is
//! refused, which the client reports as [`crate::Error::Decode`] — outcome unknown, since
//! the server may well have created the call. Every other field is auxiliary: a value of
//! an unexpected type or format becomes `None` instead of failing the reply. Timestamps are
//! read in any common encoding (see [`super::de::timestamp`]).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::de;

/// The reply to a create-call request. Both documented shapes are accepted (bare, or the
/// older `{statusCode, data: {...}}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Map<String, Value>")]
pub struct CreatedCall {
    /// The new call's id (never empty); poll `get_call` with it. A numeric id is kept as
    /// its decimal text; surrounding whitespace is removed.
    pub call_id: String,
    /// Agent handling the call.
    #[serde(default)]
    pub agent_id: Option<String>,
    /// Contact being called (may be null for any-number calls).
    #[serde(default)]
    pub contact_id: Option<String>,
    /// Creation time, when the reply has one in a readable encoding.
    #[serde(default)]
    pub created_at: Option<DateTime<Utc>>,
}

impl TryFrom<Map<String, Value>> for CreatedCall {
    type Error = String;

    fn try_from(m: Map<String, Value>) -> Result<Self, Self::Error> {
        let call_id = m
            .get("call_id")
            .and_then(de::text_of)
            .ok_or_else(|| "the reply has no call_id".to_owned())?;
        crate::validate::id("call_id", &call_id).map_err(|e| e.rule.to_owned())?;
        Ok(CreatedCall {
            call_id,
            agent_id: m.get("agent_id").and_then(de::text_of),
            contact_id: m.get("contact_id").and_then(de::text_of),
            created_at: m.get("created_at").and_then(de::timestamp),
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use crate::envelope::{one, Body};

    fn read(body: &str) -> Result<CreatedCall, crate::Error> {
        one::<CreatedCall>(&Body::json(body.as_bytes()))
    }

    #[test]
    fn a_2xx_without_a_usable_call_id_is_an_unknown_outcome_not_a_placed_call() {
        for body in [
            r#"{"call_id":""}"#,
            r#"{"call_id":"   "}"#,
            r#"{"call_id":"\u200b"}"#,
            r#"{"call_id":null,"agent_id":"a"}"#,
            r#"{"agent_id":"a","created_at":"2027-01-05T10:00:00Z"}"#,
            r#"{"call_id":{"id":"x"}}"#,
            r#"{"call_id":".."}"#,
            r#"{"statusCode":201,"data":{"call_id":""}}"#,
            r#"{"statusCode":201,"data":{"id":"rec-1","call_id":"  "}}"#,
            r#"{}"#,
        ] {
            let err = read(body).unwrap_err();
            assert_eq!(
                (err.code(), err.delivery()),
                ("decode_failed", crate::Delivery::Unknown),
                "{body}"
            );
        }
    }

    #[test]
    fn a_valid_call_id_is_enough_whatever_the_other_fields_hold() {
        let at = |s: &str| DateTime::parse_from_rfc3339(s).unwrap().to_utc();
        let cases: &[(&str, Option<DateTime<Utc>>)] = &[
            (
                r#""2027-01-05T10:00:00Z""#,
                Some(at("2027-01-05T10:00:00Z")),
            ),
            (
                r#""2027-01-05T10:00:00.123+01:00""#,
                Some(at("2027-01-05T09:00:00.123Z")),
            ),
            (r#""2027-01-05 10:00:00""#, Some(at("2027-01-05T10:00:00Z"))),
            (r#""2027-01-05T10:00:00""#, Some(at("2027-01-05T10:00:00Z"))),
            (
                r#""Tue, 05 Jan 2027 10:00:00 GMT""#,
                Some(at("2027-01-05T10:00:00Z")),
            ),
            (r#"1799143200"#, Some(at("2027-01-05T10:00:00Z"))),
            (r#"1799143200000"#, Some(at("2027-01-05T10:00:00Z"))),
            (r#""1799143200""#, Some(at("2027-01-05T10:00:00Z"))),
            (r#""1799143200000""#, Some(at("2027-01-05T10:00:00Z"))),
            (r#"1799143200.5"#, Some(at("2027-01-05T10:00:00.5Z"))),
            (r#""2027-01-05""#, Some(at("2027-01-05T00:00:00Z"))),
            (r#""yesterday""#, None),
            (r#""""#, None),
            (r#"-1e300"#, None),
            (r#"1e300"#, None),
            (r#"true"#, None),
            (r#"{"seconds":1}"#, None),
            (r#"null"#, None),
        ];
        for (created_at, want) in cases {
            let body = format!(
                r#"{{"call_id":" call-1 ","agent_id":7,"contact_id":{{"x":1}},"created_at":{created_at}}}"#
            );
            let got = read(&body).unwrap_or_else(|e| panic!("{body}: {e:?}"));
            assert_eq!(got.call_id, "call-1");
            assert_eq!(got.agent_id.as_deref(), Some("7"));
            assert_eq!(got.contact_id, None);
            assert_eq!(got.created_at, *want, "{created_at}");
        }
        let old = r#"{"statusCode":200,"data":{"id":"r","created_at":"x","provider_agent_id":"p","additional_data":{},"webhook_url":null,"call_id":12345,"contact_id":null}}"#;
        let got = read(old).unwrap();
        assert_eq!((got.call_id.as_str(), got.created_at), ("12345", None));
    }
}
