//! Why the journal could not do what was asked.

use uuid::Uuid;

/// A failure of the call journal. The message is for the user; the source (logged, never
/// shown) carries the operating-system detail.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// The journal file or its folder could not be opened or created.
    #[error("Callboard couldn't open its call history on this computer. Check that the disk is available and that you have permission to write to your user folder.")]
    Open {
        /// The underlying failure.
        #[source]
        source: std::io::Error,
    },
    /// Another Callboard (another process, or another journal object in this one) holds
    /// the data folder's writer lock.
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
    /// A record could not be written and flushed to disk.
    #[error("Callboard couldn't save the call history on this computer, so nothing was sent. Check that the disk isn't full and try again.")]
    Write {
        /// The underlying failure.
        #[source]
        source: std::io::Error,
    },
    /// The history could not be rewritten in compact form (the old file is untouched).
    #[error("Callboard couldn't tidy up its call history file. Your history is safe; check that the disk isn't full.")]
    Compact {
        /// The underlying failure.
        #[source]
        source: std::io::Error,
    },
    /// A record refers to a call attempt the journal has never seen.
    #[error("Callboard has no record of that call attempt.")]
    UnknownRequest {
        /// The request id that was not found.
        request_id: Uuid,
    },
    /// A reconciliation named a server call that another attempt already owns.
    #[error("That call on Contactship already belongs to another call in your history, so it was not linked to this one.")]
    CallAlreadyClaimed {
        /// The attempt the reconciliation was for.
        request_id: Uuid,
        /// The attempt that owns the call.
        owner: Uuid,
    },
    /// A second "sending" record for the same request id.
    #[error("That call attempt was already recorded.")]
    DuplicateRequest {
        /// The repeated request id.
        request_id: Uuid,
    },
}

impl JournalError {
    /// Stable machine code (STYLE.md §3).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Open { .. } | Self::Write { .. } | Self::Compact { .. } => "storage",
            Self::AlreadyOpen { .. } => "already_open",
            Self::UnknownRequest { .. } => "not_found",
            Self::DuplicateRequest { .. } | Self::CallAlreadyClaimed { .. } => "conflict",
        }
    }

    /// The form field to highlight: journal errors never concern a field.
    pub fn field(&self) -> Option<&str> {
        None
    }
}
