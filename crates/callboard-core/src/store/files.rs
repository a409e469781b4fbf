//! File moves with the durability the store promises: a file that is not ours is renamed
//! out of the way (never overwritten, never deleted) and the folder entry is flushed.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

/// Reads a whole file; a missing file reads as empty.
pub(crate) fn read_all(path: &Path) -> io::Result<Vec<u8>> {
    match fs::read(path) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// Renames `path` to `<name>.<label>-<stamp>` (or `<name>.<label>` when `stamp` is
/// `None`), choosing a free name, and flushes the folder; returns the new path.
pub(crate) fn move_aside(path: &Path, label: &str, stamp: Option<i64>) -> io::Result<PathBuf> {
    let aside = free_sibling(path, label, stamp);
    fs::rename(path, &aside)?;
    sync_dir(path)?;
    Ok(aside)
}

/// `<name>.<label>[-<stamp>]`, with `-2`, `-3`, ... appended while that name is taken, so
/// an earlier copy is never replaced.
fn free_sibling(path: &Path, label: &str, stamp: Option<i64>) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let base = match stamp {
        Some(stamp) => format!("{name}.{label}-{stamp}"),
        None => format!("{name}.{label}"),
    };
    let mut candidate = path.with_file_name(&base);
    let mut n = 2u32;
    while candidate.exists() {
        candidate = path.with_file_name(format!("{base}-{n}"));
        n += 1;
    }
    candidate
}

/// `path` with `suffix` appended to its file name (`calls.sqlite3` → `calls.sqlite3-wal`).
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn parent_dir(path: &Path) -> Option<&Path> {
    path.parent().filter(|p| !p.as_os_str().is_empty())
}

/// Flushes the folder entry so a create or rename survives power loss.
pub(crate) fn sync_dir(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        let dir = parent_dir(path).unwrap_or(Path::new("."));
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        // Windows cannot open a directory as a file; NTFS journals renames itself.
        let _ = path;
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn moving_aside_never_replaces_an_earlier_copy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("calls.sqlite3");
        std::fs::write(&path, "one").unwrap();
        let first = move_aside(&path, "damaged", Some(7)).unwrap();
        std::fs::write(&path, "two").unwrap();
        let second = move_aside(&path, "damaged", Some(7)).unwrap();
        assert_eq!(first.file_name().unwrap(), "calls.sqlite3.damaged-7");
        assert_eq!(second.file_name().unwrap(), "calls.sqlite3.damaged-7-2");
        assert_eq!(std::fs::read_to_string(first).unwrap(), "one");
        assert!(!path.exists());
    }
}
