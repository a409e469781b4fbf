//! The one error type that crosses IPC: a stable code for the program, a plain sentence for
//! the person, and optionally the form field to highlight (GitButler's shape).
//!
//! Technical detail (status codes, bodies, OS errors) goes to the log, never into `message`.

use serde::Serialize;
use specta::Type;

pub use callboard_core::error_code::ErrorCode;

/// What a failed command returns to the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Type)]
pub struct AppError {
    pub code: ErrorCode,
    pub message: String,
    pub field: Option<String>,
}

impl AppError {
    /// An error with no field.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self {
            code,
            message: message.into(),
            field: None,
        }
    }

    /// Attaches the form field the UI should highlight.
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// The user has neither chosen the sandbox nor connected an account.
    pub fn not_connected() -> Self {
        Self::new(ErrorCode::NotConnected, callboard_core::t!("not-connected"))
    }

    /// Something that should not happen; the detail is logged, not shown.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        tracing::error!("internal error: {detail}");
        Self::new(ErrorCode::Internal, callboard_core::t!("internal"))
    }
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for AppError {}

/// Maps the API client's stable codes onto the app's codes.
impl From<contactship::Error> for AppError {
    fn from(err: contactship::Error) -> Self {
        let code = ErrorCode::of_api(&err);
        tracing::warn!(code = err.code(), "API request failed: {err}");
        Self {
            code,
            message: callboard_core::words::api_error(&err),
            field: err.field().map(str::to_owned),
        }
    }
}

impl From<contactship::ValidationError> for AppError {
    fn from(err: contactship::ValidationError) -> Self {
        Self {
            code: ErrorCode::Validation,
            message: callboard_core::words::validation(&err, None),
            field: Some(err.field.clone()),
        }
    }
}

impl From<callboard_core::secrets::SecretError> for AppError {
    fn from(err: callboard_core::secrets::SecretError) -> Self {
        tracing::warn!(code = err.code(), "keychain: {err}");
        Self::new(ErrorCode::KeychainUnavailable, err.to_string())
    }
}

impl From<callboard_core::schedule::ScheduleError> for AppError {
    fn from(err: callboard_core::schedule::ScheduleError) -> Self {
        let field = err.field().map(str::to_owned);
        Self {
            code: ErrorCode::Schedule,
            message: err.to_string(),
            field,
        }
    }
}

impl From<callboard_core::store::StoreError> for AppError {
    fn from(err: callboard_core::store::StoreError) -> Self {
        // The detail (SQLite's words, the OS error) goes to the log; the person gets the
        // sentence.
        tracing::error!(source = ?std::error::Error::source(&err), "call store: {err}");
        Self::new(err.error_code(), err.to_string())
    }
}

impl From<callboard_core::placement::PlacementError> for AppError {
    fn from(err: callboard_core::placement::PlacementError) -> Self {
        use callboard_core::placement::PlacementError as P;
        match err {
            P::Api(e) => e.into(),
            P::Store(e) => e.into(),
            other => Self::new(ErrorCode::NotFound, other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_serializes_as_code_message_and_field() {
        let err =
            AppError::new(ErrorCode::Validation, "Choose who to call.").with_field("contact_id");
        let json = serde_json::to_string(&err).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"code":"validation","message":"Choose who to call.","field":"contact_id"}"#
        );
    }

    #[test]
    fn an_error_without_field_serializes_field_as_null() {
        let json = serde_json::to_string(&AppError::not_connected()).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"code":"not_connected","message":"Callboard isn't connected yet. Connect your Contactship account or try the sandbox.","field":null}"#
        );
    }
}
