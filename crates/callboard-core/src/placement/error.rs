//! Why a placement follow-up (reconcile, status refresh) could not be done.

use crate::store::StoreError;
use uuid::Uuid;

/// A failure of [`super::CallPlacer::reconcile`] or [`super::CallPlacer::refresh_status`].
#[derive(Debug, thiserror::Error)]
pub enum PlacementError {
    /// The store has no attempt with this request id.
    #[error("Callboard has no record of that call attempt.")]
    UnknownRequest {
        /// The request id asked about.
        request_id: Uuid,
    },
    /// The attempt has no call on the server (rejected, not sent, or still unresolved).
    #[error("This call was not placed, so there is no status to check.")]
    NotPlaced {
        /// The request id asked about.
        request_id: Uuid,
    },
    /// Contactship could not be asked.
    #[error(transparent)]
    Api(#[from] contactship::Error),
    /// The store could not record the answer.
    #[error(transparent)]
    Store(#[from] StoreError),
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
