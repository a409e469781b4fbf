//! Why a run stopped before its campaign was done, in a sentence from `campaigns.ftl`.

use crate::store::StoreError;

/// Why a run stopped before its campaign was done.
#[derive(Debug)]
pub enum RunnerError {
    /// The store could not be read or written: nothing more is sent until it can.
    Store(StoreError),
    /// The campaign's settings as stored can't be read by this version.
    Settings,
    /// Contactship refused the API key: every other call would be refused too.
    Unauthorized,
    /// A test's simulated crash (see [`super::CrashPoints`]).
    Crashed,
}

// By hand rather than with `thiserror` so the words come from the catalogue; a store error
// is shown (and chained) as itself, as `#[error(transparent)]` did.
impl std::fmt::Display for RunnerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Store(e) => e.fmt(f),
            Self::Settings => f.write_str(&crate::t!("runner-settings-unreadable")),
            Self::Unauthorized => f.write_str(&crate::t!("runner-unauthorized")),
            Self::Crashed => f.write_str(&crate::t!("runner-crashed")),
        }
    }
}

impl std::error::Error for RunnerError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Store(e) => std::error::Error::source(e),
            _ => None,
        }
    }
}

impl From<StoreError> for RunnerError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}
