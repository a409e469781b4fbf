//! The one set of stable error codes, from the API client up to the UI.
//!
//! Every typed error in the workspace maps to exactly one [`ErrorCode`]; what crosses IPC is
//! `{ code, message, field }` and the UI branches on `code` (exported to TypeScript as a
//! string union), never on message text. Only codes something builds are listed (GitButler's
//! rule: "only add variants if a consumer is actually using them").

use serde::{Deserialize, Serialize};

/// A stable snake_case code for each kind of failure a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// A field the user filled in is not acceptable; `field` names it.
    Validation,
    /// Contactship refused the API key (401/403).
    InvalidApiKey,
    /// The OS keychain can't be used (locked, missing, refused).
    KeychainUnavailable,
    /// Neither the sandbox nor an account is connected.
    NotConnected,
    /// The thing asked for doesn't exist (here or on Contactship).
    NotFound,
    /// Contactship says it already exists (409).
    Conflict,
    /// Contactship asked us to slow down (429).
    RateLimited,
    /// Contactship took too long to answer.
    Timeout,
    /// Contactship couldn't be reached at all.
    Offline,
    /// Contactship answered with something we can't use (5xx, odd status, bad body).
    Upstream,
    /// A local file couldn't be read or written.
    Storage,
    /// Another Callboard already has this data folder open.
    AlreadyOpen,
    /// A base URL that isn't a usable https address.
    BadUrl,
    /// The chosen call time can't be used (past, DST gap, unknown zone, …).
    Schedule,
    /// The system browser couldn't be opened for a link.
    BrowserUnavailable,
    /// A bug: the detail is logged, the person sees a generic sentence.
    Internal,
}

impl ErrorCode {
    /// The code for an API client error, decided by its variant (never by its text).
    pub fn of_api(err: &contactship::Error) -> Self {
        use contactship::Error as E;
        match err {
            E::Validation(_) | E::BadRequest { .. } => Self::Validation,
            E::Unauthorized { .. } => Self::InvalidApiKey,
            E::NotFound { .. } => Self::NotFound,
            E::Conflict { .. } => Self::Conflict,
            E::RateLimited { .. } => Self::RateLimited,
            E::Timeout => Self::Timeout,
            E::ConnectFailed { .. } | E::TlsFailed => Self::Offline,
            E::InvalidBaseUrl { .. } => Self::BadUrl,
            E::ClientInit { .. } => Self::Internal,
            E::Server { .. }
            | E::UnexpectedStatus { .. }
            | E::ConnectionLost
            | E::Decode { .. }
            | E::TooLarge { .. } => Self::Upstream,
            // The client's enum is non-exhaustive: a new kind of failure is Contactship's.
            _ => Self::Upstream,
        }
    }

    /// The snake_case text of the code, as stored in the journal and sent over IPC.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Validation => "validation",
            Self::InvalidApiKey => "invalid_api_key",
            Self::KeychainUnavailable => "keychain_unavailable",
            Self::NotConnected => "not_connected",
            Self::NotFound => "not_found",
            Self::Conflict => "conflict",
            Self::RateLimited => "rate_limited",
            Self::Timeout => "timeout",
            Self::Offline => "offline",
            Self::Upstream => "upstream",
            Self::Storage => "storage",
            Self::AlreadyOpen => "already_open",
            Self::BadUrl => "bad_url",
            Self::Schedule => "schedule",
            Self::BrowserUnavailable => "browser_unavailable",
            Self::Internal => "internal",
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn as_str_is_the_serialized_name_of_every_code() {
        let all = [
            ErrorCode::Validation,
            ErrorCode::InvalidApiKey,
            ErrorCode::KeychainUnavailable,
            ErrorCode::NotConnected,
            ErrorCode::NotFound,
            ErrorCode::Conflict,
            ErrorCode::RateLimited,
            ErrorCode::Timeout,
            ErrorCode::Offline,
            ErrorCode::Upstream,
            ErrorCode::Storage,
            ErrorCode::AlreadyOpen,
            ErrorCode::BadUrl,
            ErrorCode::Schedule,
            ErrorCode::BrowserUnavailable,
            ErrorCode::Internal,
        ];
        for code in all {
            assert_eq!(
                serde_json::to_string(&code).unwrap(),
                format!("\"{}\"", code.as_str())
            );
        }
    }
}
