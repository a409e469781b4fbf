//! One writer per data folder: an OS-level exclusive lock on `<database>.lock` (and, during
//! the one-time import, on the old `calls.journal.lock`), held for as long as the
//! [`super::CallStore`] lives.
//!
//! SQLite would let two processes share the database safely, but not the app's decisions:
//! two instances could each pass the duplicate guard for the same contact, and each would
//! turn the other's in-flight "sending" attempts into "outcome unknown" when it starts. The
//! lock makes the second open fail instead, before it reads or writes anything. It is an
//! advisory `flock`/`LockFileEx` lock taken through `fs4`: the operating system drops it
//! when the process exits or crashes, so a stale lock file never keeps Callboard closed.
//! Each open takes its own file handle, so a second open in the same process is refused
//! too.

use fs4::fs_std::FileExt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

/// Who holds the lock, as far as the lock file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Holder {
    /// The process id the holder wrote into the lock file, when it could be read.
    pub pid: Option<u32>,
}

/// A held lock; released when dropped (the file handle closes).
#[derive(Debug)]
pub(crate) struct WriterLock {
    _file: File,
}

impl WriterLock {
    /// Takes the lock next to `file`, or reports who holds it.
    pub(crate) fn acquire(file: &Path) -> io::Result<Result<Self, Holder>> {
        let path = lock_path(file);
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        // Not truncated on open: the holder's pid must stay readable to the loser.
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)?;
        if !lock_within_grace(&file)? {
            return Ok(Err(Holder {
                pid: read_pid(&mut file),
            }));
        }
        // Best effort: the pid only makes the "already open" sentence more helpful.
        let _ = write_pid(&mut file);
        Ok(Ok(Self { _file: file }))
    }
}

/// How long a start waits for a predecessor that is still exiting: quitting and relaunching
/// at once is ordinary, and the kernel closes an exiting process's files (releasing its
/// lock) only after its window is already gone.
const EXIT_GRACE: std::time::Duration = std::time::Duration::from_secs(3);
const RETRY_EVERY: std::time::Duration = std::time::Duration::from_millis(50);

/// Tries the lock, and again for up to [`EXIT_GRACE`] before giving up.
fn lock_within_grace(file: &File) -> io::Result<bool> {
    let deadline = std::time::Instant::now() + EXIT_GRACE;
    loop {
        if FileExt::try_lock_exclusive(file)? {
            return Ok(true);
        }
        if std::time::Instant::now() >= deadline {
            return Ok(false);
        }
        std::thread::sleep(RETRY_EVERY);
    }
}

/// `<file name>.lock` in the same folder.
pub(crate) fn lock_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    file.with_file_name(name)
}

fn write_pid(file: &mut File) -> io::Result<()> {
    file.set_len(0)?;
    file.rewind()?;
    write!(file, "{}", std::process::id())?;
    file.flush()
}

fn read_pid(file: &mut File) -> Option<u32> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(32).read_to_string(&mut text).ok()?;
    text.trim().parse().ok()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_second_lock_on_one_file_reports_the_holders_pid_until_the_first_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let journal = dir.path().join("calls.sqlite3");
        let first = WriterLock::acquire(&journal).unwrap().unwrap();
        assert!(dir.path().join("calls.sqlite3.lock").exists());
        let holder = WriterLock::acquire(&journal).unwrap().unwrap_err();
        assert_eq!(holder.pid, Some(std::process::id()));
        drop(first);
        assert!(WriterLock::acquire(&journal).unwrap().is_ok());
    }
}
