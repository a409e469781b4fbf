//! The app's log: stderr as before, and once the data folder is known a file in its `logs/`
//! folder, one file a day (`callboard.2026-06-15.log`), the newest [`KEEP_FILES`] kept.
//!
//! # Why tracing-appender, not tauri-plugin-log
//! Callboard logs through `tracing`, with fields, from every crate (the core, the API client,
//! the sandbox) and from before the Tauri builder exists. tauri-plugin-log is a `log` backend
//! that installs its own global logger when the plugin is built: the events would have to be
//! bridged into `log` (their fields flattened), and the file would miss what happens before the
//! plugin starts. tracing-appender's rolling file is just another writer for the same
//! [`fmt_layer`] that writes stderr: the same events in the same format, so the file is exactly
//! as key-free as stderr. (The key itself never reaches a log line: `ApiKey`'s `Debug` prints
//! `ApiKey(<redacted>)`, and text a server sent is scrubbed by `contactship::redact` before
//! any error quotes it.)
//!
//! # Rotation
//! By day, because tracing-appender rotates by time only (no size rotation); it deletes the
//! oldest file when a new one would make more than [`KEEP_FILES`], so at most a week of days
//! the app ran is kept. Lines are written as they happen (no background writer), so a crash
//! keeps its last lines and the diagnostics report reads an up-to-date tail.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{reload, EnvFilter, Layer, Registry};

/// The log folder's name inside the data folder.
pub const LOG_DIR_NAME: &str = "logs";
/// Log files are `<prefix>.<yyyy-MM-dd>.<suffix>`.
const FILE_PREFIX: &str = "callboard";
const FILE_SUFFIX: &str = "log";
/// How many daily files are kept.
pub const KEEP_FILES: usize = 7;

/// The log folder of a data folder.
pub fn log_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_DIR_NAME)
}

/// The one format of every log line, for stderr and the file alike (`ansi` only on a terminal).
pub fn fmt_layer<S, W>(writer: W, ansi: bool) -> impl Layer<S> + Send + Sync
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    W: for<'w> tracing_subscriber::fmt::MakeWriter<'w> + Send + Sync + 'static,
{
    tracing_subscriber::fmt::layer()
        .with_writer(writer)
        .with_ansi(ansi)
}

/// The daily-rotating file writer for `dir` (created when missing).
pub fn file_writer(dir: &Path) -> Result<RollingFileAppender, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(FILE_PREFIX)
        .filename_suffix(FILE_SUFFIX)
        .max_log_files(KEEP_FILES)
        .build(dir)
        .map_err(|e| e.to_string())
}

/// The file layer, or nothing before the data folder is known.
type FileSlot = Option<Box<dyn Layer<Registry> + Send + Sync>>;

static FILE: OnceLock<reload::Handle<FileSlot, Registry>> = OnceLock::new();

/// Installs the process's logger: stderr now (`RUST_LOG` tunes it, `default_filter` when
/// unset), the file once [`write_file_in`] is called. A second call does nothing.
pub fn init(default_filter: &str) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    // Colour codes only on a terminal: the file never has them.
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let (file, handle) = reload::Layer::new(FileSlot::None);
    let installed = tracing_subscriber::registry()
        .with(file)
        .with(filter)
        .with(fmt_layer(std::io::stderr, ansi))
        .try_init();
    if installed.is_ok() {
        let _ = FILE.set(handle);
    }
}

/// From now on every log line also goes to the log folder of `data_dir`. Returns that folder.
pub fn write_file_in(data_dir: &Path) -> Result<PathBuf, String> {
    let dir = log_dir(data_dir);
    let writer = file_writer(&dir)?;
    let handle = FILE.get().ok_or("the logger was not installed")?;
    handle
        .reload(Some(fmt_layer(writer, false).boxed()))
        .map_err(|e| e.to_string())?;
    Ok(dir)
}

/// The log files in `dir`, newest first (their names sort by date).
pub fn log_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.starts_with(&format!("{FILE_PREFIX}.")) && n.ends_with(&format!(".{FILE_SUFFIX}"))
            })
        })
        .collect();
    files.sort();
    files.reverse();
    files
}

/// The last `n` lines logged in `dir`, oldest first, reading back through older files when
/// today's is short. Unreadable bytes are replaced, never an error.
pub fn tail(dir: &Path, n: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for file in log_files(dir) {
        if lines.len() >= n {
            break;
        }
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        let text = String::from_utf8_lossy(&bytes);
        let mut older: Vec<String> = text.lines().map(str::to_owned).collect();
        let keep = n - lines.len();
        if older.len() > keep {
            older.drain(..older.len() - keep);
        }
        older.append(&mut lines);
        lines = older;
    }
    lines
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use tracing_subscriber::layer::SubscriberExt;

    fn logged_to(dir: &Path, log: impl FnOnce()) -> String {
        let subscriber =
            tracing_subscriber::registry().with(fmt_layer(file_writer(dir).unwrap(), false));
        tracing::subscriber::with_default(subscriber, log);
        log_files(dir)
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect()
    }

    #[test]
    fn a_log_line_lands_in_a_dated_callboard_file_in_the_logs_folder_without_colour_codes() {
        let dir = tempfile::tempdir().unwrap();
        let logs = log_dir(dir.path());
        let text = logged_to(&logs, || tracing::warn!(row = 3, "the list has a bad row"));
        assert!(text.contains("WARN"), "{text}");
        assert!(text.contains("the list has a bad row row=3"), "{text}");
        assert!(!text.contains('\u{1b}'), "no ANSI escapes: {text:?}");
        let files = log_files(&logs);
        assert_eq!(files.len(), 1);
        let name = files[0].file_name().unwrap().to_str().unwrap().to_owned();
        let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
        assert_eq!(name, format!("callboard.{today}.log"));
    }

    #[test]
    fn the_key_logged_the_usual_way_is_no_more_in_the_file_than_on_stderr() {
        let dir = tempfile::tempdir().unwrap();
        let raw = "sk_live_f1le_l4yer_9f8e7d6c5b4a";
        let key = contactship::ApiKey::new(raw).unwrap();
        let text = logged_to(dir.path(), || {
            tracing::info!(?key, "connecting to Contactship");
            tracing::info!("using {key:?}");
        });
        assert!(text.contains("connecting to Contactship"), "{text}");
        assert!(!text.contains(raw), "{text}");
        assert!(!text.contains(&raw[..12]), "{text}");
    }

    #[test]
    fn a_new_day_keeps_the_newest_files_only() {
        let dir = tempfile::tempdir().unwrap();
        for day in 1..=9 {
            let name = format!("callboard.2026-01-{day:02}.log");
            std::fs::write(dir.path().join(name), "old\n").unwrap();
            // Pruning goes by creation time: make each file clearly newer than the last.
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        logged_to(dir.path(), || tracing::info!("today"));
        let files = log_files(dir.path());
        assert_eq!(files.len(), KEEP_FILES, "{files:?}");
        let names: Vec<String> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert!(
            !names.contains(&"callboard.2026-01-03.log".to_owned()),
            "{names:?}"
        );
        assert!(
            names.contains(&"callboard.2026-01-09.log".to_owned()),
            "{names:?}"
        );
    }

    #[test]
    fn the_tail_reads_back_through_older_files_and_keeps_the_newest_lines_in_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("callboard.2026-06-13.log"), "a1\na2\na3\n").unwrap();
        std::fs::write(dir.path().join("callboard.2026-06-14.log"), "b1\nb2\n").unwrap();
        std::fs::write(dir.path().join("notes.txt"), "not a log\n").unwrap();
        assert_eq!(tail(dir.path(), 3), ["a3", "b1", "b2"]);
        assert_eq!(tail(dir.path(), 10), ["a1", "a2", "a3", "b1", "b2"]);
        assert_eq!(tail(dir.path(), 1), ["b2"]);
        assert!(tail(&dir.path().join("missing"), 5).is_empty());
    }
}
