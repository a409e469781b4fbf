//! What [`super::CallPlacer::place`] tells the caller, one case per row of STYLE.md §5.

use crate::error_code::ErrorCode;
use std::time::Duration;
use uuid::Uuid;

/// The result of trying to place one call.
#[derive(Debug, Clone, PartialEq)]
pub enum PlacementResult {
    /// Contactship created the call.
    Placed {
        /// Our request id (store key, and `metadata.callboard_request_id`).
        request_id: Uuid,
        /// The server's call id.
        call_id: String,
    },
    /// Contactship answered 4xx: nothing was dialed.
    Rejected {
        /// Our request id.
        request_id: Uuid,
        /// Stable code (`bad_request`, `not_found`, `unauthorized`, `rate_limited`, ...).
        code: String,
        /// A sentence for the user ("Contactship is busy; try again in 30 s.").
        message: String,
        /// The field to highlight, when the server named one.
        field: Option<String>,
        /// For 429: how long to wait before trying again.
        retry_after: Option<Duration>,
    },
    /// The request never reached Contactship (after automatic retries when they were
    /// safe), or failed local validation: nothing was dialed.
    NotSent {
        /// Our request id, or `None` when nothing was recorded (local validation failed,
        /// or the store could not be written so the request was never sent).
        request_id: Option<Uuid>,
        /// Stable code (`validation`, `connect_failed`, `storage`, ...).
        code: String,
        /// What kind of failure it was, for the UI (validation, storage, offline, …).
        error: ErrorCode,
        /// A sentence for the user.
        message: String,
        /// The field to highlight (validation).
        field: Option<String>,
        /// How many times sending was tried (0 when nothing was tried).
        attempts: u32,
    },
    /// The request may have created a call: check (reconcile) before calling again.
    OutcomeUnknown {
        /// Our request id.
        request_id: Uuid,
        /// Stable code (`server_error`, `timeout`, `connection_lost`, `decode_failed`, ...).
        code: String,
        /// A sentence for the user.
        message: String,
    },
}

impl PlacementResult {
    /// Our request id, when the attempt was recorded.
    pub fn request_id(&self) -> Option<Uuid> {
        match self {
            Self::Placed { request_id, .. }
            | Self::Rejected { request_id, .. }
            | Self::OutcomeUnknown { request_id, .. } => Some(*request_id),
            Self::NotSent { request_id, .. } => *request_id,
        }
    }

    /// Stable code: `placed`, or the failure's code.
    pub fn code(&self) -> &str {
        match self {
            Self::Placed { .. } => "placed",
            Self::Rejected { code, .. }
            | Self::NotSent { code, .. }
            | Self::OutcomeUnknown { code, .. } => code,
        }
    }
}
