//! Why the call store could not do what was asked. Every message is a sentence a person can
//! act on; the SQLite or operating-system detail travels as the `source` (logged, never
//! shown) and no message is SQL text or a bare path.

use crate::error_code::ErrorCode;
use uuid::Uuid;

/// The underlying failure, kept for the log.
pub type Source = Box<dyn std::error::Error + Send + Sync>;

/// A failure of the call store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database or its folder could not be opened, created or read.
    #[error("Callboard couldn't open its call history on this computer. Check that the disk is available and that you have permission to write to your user folder.")]
    Open {
        /// The underlying failure.
        #[source]
        source: Source,
    },
    /// Another Callboard (another process, or another store object in this one) holds the
    /// data folder's writer lock.
    #[error(
        "Callboard is already open on this computer ({holder}). Close the other window first."
    )]
    AlreadyOpen {
        /// Who holds the lock, in words ("another Callboard window, process 4242, is
        /// using this call history").
        holder: String,
        /// The lock file.
        lock_path: std::path::PathBuf,
    },
    /// The database was written by a newer Callboard, whose changes this one can't read.
    #[error("Your call history was saved by a newer version of Callboard. Install the latest Callboard to open it; nothing was changed.")]
    NewerVersion {
        /// The schema version found in the file.
        found: usize,
        /// The newest version this build knows.
        supported: usize,
    },
    /// The disk (or the store's size limit) is full: nothing was written.
    #[error("Callboard couldn't save the call history because the disk is full, so nothing was sent. Free some disk space and try again.")]
    DiskFull {
        /// The underlying failure.
        #[source]
        source: Source,
    },
    /// A change could not be written and flushed to disk for another reason (read-only
    /// file, I/O error, damaged database): nothing was written.
    #[error("Callboard couldn't save the call history on this computer, so nothing was sent. Check that the disk is working and that you can write to your user folder, then try again.")]
    Write {
        /// The underlying failure.
        #[source]
        source: Source,
    },
    /// The history could not be read back.
    #[error("Callboard couldn't read its call history on this computer. Restart Callboard; if this keeps happening, the history file may be damaged.")]
    Read {
        /// The underlying failure.
        #[source]
        source: Source,
    },
    /// The old journal could not be read for the one-time import (it is left in place).
    #[error("Callboard couldn't bring over the call history saved by its earlier version. It was left unchanged and Callboard will try again at the next start.")]
    Import {
        /// The underlying failure.
        #[source]
        source: Source,
    },
    /// A record refers to a call attempt the store has never seen.
    #[error("Callboard has no record of that call attempt.")]
    UnknownRequest {
        /// The request id that was not found.
        request_id: Uuid,
    },
    /// A server call that another attempt already owns was named for this attempt.
    #[error("That call on Contactship already belongs to another call in your history, so it was not linked to this one.")]
    CallAlreadyClaimed {
        /// The attempt the record was for.
        request_id: Uuid,
        /// The attempt that owns the call.
        owner: Uuid,
    },
    /// A campaign by that name exists (names are compared without letter case).
    #[error("A campaign called \"{name}\" already exists. Choose another name.")]
    CampaignNameTaken {
        /// The name as given.
        name: String,
    },
    /// No campaign has that name (or id).
    #[error("There is no campaign called \"{name}\". Check the name with `campaign status`, or start it with `campaign run`.")]
    NoSuchCampaign {
        /// The name (or id) as given.
        name: String,
    },
    /// A second "sending" record for the same request id.
    #[error("That call attempt was already recorded.")]
    DuplicateRequest {
        /// The repeated request id.
        request_id: Uuid,
    },
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
}
