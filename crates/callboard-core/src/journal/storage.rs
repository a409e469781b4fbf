//! File operations with the durability the journal promises: append + fsync, truncating a
//! torn tail, and atomic rewrite (temp file -> fsync -> rename -> fsync the folder).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Reads the whole journal; a missing file is an empty journal.
pub(crate) fn read_all(path: &Path) -> io::Result<Vec<u8>> {
    match fs::read(path) {
        Ok(bytes) => Ok(bytes),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Vec::new()),
        Err(e) => Err(e),
    }
}

/// Opens (creating it and its folders if needed) the journal for appending.
pub(crate) fn open_for_append(path: &Path) -> io::Result<File> {
    if let Some(dir) = parent_dir(path) {
        fs::create_dir_all(dir)?;
    }
    let existed = path.exists();
    let file = OpenOptions::new().create(true).append(true).open(path)?;
    if !existed {
        // The new file's name must survive a crash too, not only its contents.
        file.sync_all()?;
        sync_dir(path)?;
    }
    Ok(file)
}

/// Cuts the file back to `len` bytes and makes that durable.
pub(crate) fn truncate(file: &File, len: u64) -> io::Result<()> {
    file.set_len(len)?;
    file.sync_data()
}

/// Appends one complete line and waits until it is on disk. On failure the file is cut
/// back to `len_before`, so a half-written line cannot swallow the next record.
pub(crate) fn append_durably(mut file: &File, line: &[u8], len_before: u64) -> io::Result<()> {
    let result = file.write_all(line).and_then(|()| file.sync_data());
    if result.is_err() {
        // Best effort: if this fails too, the checksum still isolates the damage on load.
        let _ = truncate(file, len_before);
    }
    result
}

/// Replaces `path` with `lines`, atomically: readers see the old file or the new one.
pub(crate) fn rewrite_atomically<I>(path: &Path, lines: I) -> io::Result<u64>
where
    I: IntoIterator<Item = Vec<u8>>,
{
    let tmp = temp_path(path);
    let written = (|| {
        let mut out = io::BufWriter::new(File::create(&tmp)?);
        let mut len = 0u64;
        for line in lines {
            out.write_all(&line)?;
            len += line.len() as u64;
        }
        let file = out.into_inner().map_err(io::IntoInnerError::into_error)?;
        file.sync_all()?;
        Ok(len)
    })();
    let len = match written {
        Ok(len) => len,
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
    };
    fs::rename(&tmp, path)?;
    sync_dir(path)?;
    Ok(len)
}

/// Keeps a copy of the journal as it was (`<name>.<label>-<stamp>`) before a rewrite
/// drops something from it (damaged lines, another text encoding), so it can still be
/// inspected.
pub(crate) fn preserve_copy(path: &Path, label: &str, stamp: i64) -> io::Result<PathBuf> {
    let copy = free_sibling(path, label, stamp);
    fs::copy(path, &copy)?;
    sync_dir(path)?;
    Ok(copy)
}

/// Renames a file that is not a journal out of the way (`<name>.<label>-<stamp>`),
/// unchanged, so a new journal can start in its place without overwriting it.
pub(crate) fn move_aside(path: &Path, label: &str, stamp: i64) -> io::Result<PathBuf> {
    let aside = free_sibling(path, label, stamp);
    fs::rename(path, &aside)?;
    sync_dir(path)?;
    Ok(aside)
}

/// `<name>.<label>-<stamp>`, with `-2`, `-3`, ... appended while that name is taken, so an
/// earlier copy is never replaced.
fn free_sibling(path: &Path, label: &str, stamp: i64) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let mut candidate = path.with_file_name(format!("{name}.{label}-{stamp}"));
    let mut n = 2u32;
    while candidate.exists() {
        candidate = path.with_file_name(format!("{name}.{label}-{stamp}-{n}"));
        n += 1;
    }
    candidate
}

fn temp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".compact-tmp");
    path.with_file_name(name)
}

fn parent_dir(path: &Path) -> Option<&Path> {
    path.parent().filter(|p| !p.as_os_str().is_empty())
}

/// Flushes the folder entry so a create or rename survives power loss.
fn sync_dir(path: &Path) -> io::Result<()> {
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
