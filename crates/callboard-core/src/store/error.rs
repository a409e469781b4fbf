//! Why the call store could not do what was asked. Every message is a sentence a person can
//! act on; the SQLite or operating-system detail travels as the `source` (logged, never
//! shown) and no message is SQL text or a bare path.

use crate::error_code::ErrorCode;
use uuid::Uuid;

/// The underlying failure, kept for the log.
pub type Source = Box<dyn std::error::Error + Send + Sync>;

/// A failure of the call store.
#[derive(Debug)]
pub enum StoreError {
    /// The database or its folder could not be opened, created or read.
    Open {
        /// The underlying failure.
        source: Source,
    },
    /// Another Callboard (another process, or another store object in this one) holds the
    /// data folder's writer lock.
    AlreadyOpen {
        /// Who holds the lock, in words ("another Callboard window, process 4242, is
        /// using this call history").
        holder: String,
        /// The lock file.
        lock_path: std::path::PathBuf,
    },
    /// The database was written by a newer Callboard, whose changes this one can't read.
    NewerVersion {
        /// The schema version found in the file.
        found: usize,
        /// The newest version this build knows.
        supported: usize,
    },
    /// The disk (or the store's size limit) is full: nothing was written.
    DiskFull {
        /// The underlying failure.
        source: Source,
    },
    /// A change could not be written and flushed to disk for another reason (read-only
    /// file, I/O error, damaged database): nothing was written.
    Write {
        /// The underlying failure.
        source: Source,
    },
    /// The history could not be read back.
    Read {
        /// The underlying failure.
        source: Source,
    },
    /// The old journal could not be read for the one-time import (it is left in place).
    Import {
        /// The underlying failure.
        source: Source,
    },
    /// A record refers to a call attempt the store has never seen.
    UnknownRequest {
        /// The request id that was not found.
        request_id: Uuid,
    },
    /// A server call that another attempt already owns was named for this attempt.
    CallAlreadyClaimed {
        /// The attempt the record was for.
        request_id: Uuid,
        /// The attempt that owns the call.
        owner: Uuid,
    },
    /// A campaign by that name exists (names are compared without letter case).
    CampaignNameTaken {
        /// The name as given.
        name: String,
    },
    /// No campaign has that name (or id).
    NoSuchCampaign {
        /// The name (or id) as given.
        name: String,
    },
    /// A second "sending" record for the same request id.
    DuplicateRequest {
        /// The repeated request id.
        request_id: Uuid,
    },
}

// By hand rather than with `thiserror` so each sentence comes from `store.ftl` in the
// language chosen now; `source` keeps the technical detail for the log, as `#[source]` did.
impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            Self::Open { .. } => t!("store-open"),
            Self::AlreadyOpen { holder, .. } => t!("store-already-open", holder = holder),
            Self::NewerVersion { .. } => t!("store-newer-version"),
            Self::DiskFull { .. } => t!("store-disk-full"),
            Self::Write { .. } => t!("store-write"),
            Self::Read { .. } => t!("store-read"),
            Self::Import { .. } => t!("store-import"),
            Self::UnknownRequest { .. } => t!("store-unknown-request"),
            Self::CallAlreadyClaimed { .. } => t!("store-call-already-claimed"),
            Self::CampaignNameTaken { name } => t!("store-campaign-name-taken", name = name),
            Self::NoSuchCampaign { name } => t!("store-no-such-campaign", name = name),
            Self::DuplicateRequest { .. } => t!("store-duplicate-request"),
        };
        f.write_str(&text)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Open { source }
            | Self::DiskFull { source }
            | Self::Write { source }
            | Self::Read { source }
            | Self::Import { source } => Some(source.as_ref()),
            _ => None,
        }
    }
}

impl StoreError {
    /// Stable machine code (STYLE.md §3), as recorded in an attempt's outcome.
    pub fn code(&self) -> &'static str {
        self.error_code().as_str()
    }

    /// The code that crosses IPC.
    pub fn error_code(&self) -> ErrorCode {
        match self {
            Self::Open { .. }
            | Self::NewerVersion { .. }
            | Self::DiskFull { .. }
            | Self::Write { .. }
            | Self::Read { .. }
            | Self::Import { .. } => ErrorCode::Storage,
            Self::AlreadyOpen { .. } => ErrorCode::AlreadyOpen,
            Self::UnknownRequest { .. } | Self::NoSuchCampaign { .. } => ErrorCode::NotFound,
            Self::DuplicateRequest { .. }
            | Self::CallAlreadyClaimed { .. }
            | Self::CampaignNameTaken { .. } => ErrorCode::Conflict,
        }
    }

    /// The form field to highlight: only a campaign's name is one.
    pub fn field(&self) -> Option<&str> {
        matches!(self, Self::CampaignNameTaken { .. }).then_some("name")
    }

    /// A failed write, told apart by what SQLite said: a full disk has its own sentence.
    pub(crate) fn write(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Self::DiskFull {
                source: Box::new(err),
            },
            _ => Self::Write {
                source: Box::new(err),
            },
        }
    }

    pub(crate) fn read(err: rusqlite::Error) -> Self {
        Self::Read {
            source: Box::new(err),
        }
    }

    pub(crate) fn open(err: impl Into<Source>) -> Self {
        Self::Open { source: err.into() }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_full_disk_is_told_apart_from_other_write_failures_and_both_are_storage_errors() {
        let full = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            None,
        );
        let io = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR),
            None,
        );
        let (full, io) = (StoreError::write(full), StoreError::write(io));
        assert!(matches!(full, StoreError::DiskFull { .. }));
        assert!(full
            .to_string()
            .contains("disk is full, so nothing was sent"));
        assert!(matches!(io, StoreError::Write { .. }));
        assert_eq!((full.code(), io.code()), ("storage", "storage"));
    }

    #[test]
    fn store_errors_speak_the_chosen_language() {
        use crate::i18n::{with_locale, Locale};
        let taken = StoreError::CampaignNameTaken {
            name: "Cobranza".into(),
        };
        assert_eq!(
            with_locale(Locale::Es, || taken.to_string()),
            "Ya existe una campaña llamada \"Cobranza\". Elija otro nombre."
        );
        assert_eq!(
            with_locale(Locale::PtBr, || taken.to_string()),
            "Já existe uma campanha chamada \"Cobranza\". Escolha outro nome."
        );
        assert_eq!(
            taken.to_string(),
            "A campaign called \"Cobranza\" already exists. Choose another name."
        );
    }
}
