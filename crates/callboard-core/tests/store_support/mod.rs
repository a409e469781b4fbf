//! Shared set-up for the store tests: records for numbered attempts and a pinned clock.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use callboard_core::calls::{CallLabels, JournalRecord, Outcome, RequestSummary};
use callboard_core::clock::FixedClock;
use callboard_core::store::StoreOptions;
use chrono::{DateTime, TimeZone, Utc};
use std::sync::Arc;
use uuid::Uuid;

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 15, 14, 30, 0).unwrap()
}

pub fn sending(n: u128, at: DateTime<Utc>) -> JournalRecord {
    JournalRecord::Sending {
        request_id: Uuid::from_u128(n),
        at,
        request: RequestSummary {
            contact_id: format!("contact-{n}"),
            agent_id: "agent-1".into(),
            from_number_id: "pn-1".into(),
            body: serde_json::json!({"contact_id": format!("contact-{n}"), "agent_id": "agent-1",
                "from_number_id": "pn-1", "metadata": {"callboard_request_id": Uuid::from_u128(n)}}),
            labels: CallLabels {
                contact_name: "Ana García".into(),
                ..CallLabels::default()
            },
            due_at: None,
            campaign_id: None,
        },
    }
}

pub fn placed(n: u128, at: DateTime<Utc>) -> JournalRecord {
    JournalRecord::Outcome {
        request_id: Uuid::from_u128(n),
        at,
        outcome: Outcome::Placed {
            call_id: format!("call-{n}"),
        },
    }
}

pub fn options(now: DateTime<Utc>) -> StoreOptions {
    StoreOptions {
        clock: Arc::new(FixedClock::new(now)),
        ..StoreOptions::default()
    }
}
