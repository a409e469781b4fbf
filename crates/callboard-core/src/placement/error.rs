//! Why a placement follow-up (reconcile, status refresh) could not be done.

use crate::store::StoreError;
use uuid::Uuid;

/// A failure of [`super::CallPlacer::reconcile`] or [`super::CallPlacer::refresh_status`].
#[derive(Debug)]
pub enum PlacementError {
    /// The store has no attempt with this request id.
    UnknownRequest {
        /// The request id asked about.
        request_id: Uuid,
    },
    /// The attempt has no call on the server (rejected, not sent, or still unresolved).
    NotPlaced {
        /// The request id asked about.
        request_id: Uuid,
    },
    /// Contactship could not be asked.
    Api(contactship::Error),
    /// The store could not record the answer.
    Store(StoreError),
}

impl std::fmt::Display for PlacementError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownRequest { .. } => f.write_str(&crate::t!("placement-no-record")),
            Self::NotPlaced { .. } => f.write_str(&crate::t!("placement-not-placed")),
            Self::Api(e) => f.write_str(&crate::words::api_error(e)),
            Self::Store(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for PlacementError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Api(e) => Some(e),
            Self::Store(e) => Some(e),
            _ => None,
        }
    }
}

impl From<contactship::Error> for PlacementError {
    fn from(e: contactship::Error) -> Self {
        Self::Api(e)
    }
}

impl From<StoreError> for PlacementError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl PlacementError {
    /// Stable machine code (STYLE.md §3).
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownRequest { .. } => "not_found",
            Self::NotPlaced { .. } => "not_placed",
            Self::Api(e) => e.code(),
            Self::Store(e) => e.code(),
        }
    }

    /// The form field to highlight, when the error is about one.
    pub fn field(&self) -> Option<&str> {
        match self {
            Self::Api(e) => e.field(),
            _ => None,
        }
    }
}
