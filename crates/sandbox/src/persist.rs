//! The app's Sandbox mode keeps its simulated organisation between runs: with a state file,
//! every change (a call or contact created, a contact edited, the clock moved) is written to
//! it, and the next start reads it back. So a call handed over before the app was quit has
//! moved on (or ended) on its own by the next start, as on Contactship, and a campaign
//! resumes against the same calls. Tests give no file and start fresh every time.
//!
//! The file is replaced atomically (written beside, then renamed). One that can't be read
//! (damaged, from a newer version) is moved aside, never overwritten, and the sandbox starts
//! fresh.

use crate::model::{CallRecord, Contact};
use crate::state::{lock, Shared, Store};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Bumped when the saved shape changes; an older build refuses (moves aside) a newer file.
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Saved {
    version: u32,
    id_seed: String,
    /// Total fast-forward, in seconds (realtime mode adds it to the wall clock).
    clock_offset_secs: i64,
    history_anchor: Option<DateTime<Utc>>,
    next_seq: u64,
    contacts: Vec<Contact>,
    calls: Vec<CallRecord>,
    /// Whether `contacts` started from a seed that had the documentation's example contact.
    /// Files written before it (where this is missing) get it added once on load; later
    /// files are taken as they are, so a deleted example contact stays deleted.
    #[serde(default)]
    docs_examples: bool,
}

/// What was found at start.
pub(crate) enum Loaded {
    Nothing,
    Restored(Box<Restored>),
    /// The file could not be read; it was moved to this name.
    MovedAside(String),
}

/// The parts of the state a saved file brings back.
pub(crate) struct Restored {
    pub id_seed: String,
    pub clock_offset_secs: i64,
    pub history_anchor: Option<DateTime<Utc>>,
    pub next_seq: u64,
    pub contacts: Vec<Contact>,
    pub calls: Vec<CallRecord>,
}

/// Reads `path`, if there is one.
pub(crate) fn load(path: &Path) -> Loaded {
    let Ok(bytes) = std::fs::read(path) else {
        return Loaded::Nothing;
    };
    match serde_json::from_slice::<Saved>(&bytes) {
        Ok(mut s) if s.version == VERSION => {
            if !s.docs_examples {
                add_docs_contact(&mut s.contacts);
            }
            Loaded::Restored(Box::new(Restored {
                id_seed: s.id_seed,
                clock_offset_secs: s.clock_offset_secs,
                history_anchor: s.history_anchor,
                next_seq: s.next_seq,
                contacts: s.contacts,
                calls: s.calls,
            }))
        }
        _ => {
            let aside = format!(
                "{}.unreadable-{}",
                path.display(),
                Utc::now().format("%Y%m%d-%H%M%S")
            );
            let _ = std::fs::rename(path, &aside);
            Loaded::MovedAside(aside)
        }
    }
}

/// Adds the documentation's example contact to contacts saved before the seed had it, unless
/// its id or phone number is already taken there.
fn add_docs_contact(contacts: &mut Vec<Contact>) {
    let docs = crate::seed::docs_examples::contact();
    if !contacts
        .iter()
        .any(|c| c.id == docs.id || c.phone_number == docs.phone_number)
    {
        contacts.push(docs);
    }
}

/// Writes the state to `path` (beside, then renamed over it). Failures are reported and the
/// sandbox goes on: losing the simulation's memory is not worth stopping a trial for.
pub(crate) fn save(shared: &Shared, path: &Path) {
    let saved = {
        let store: std::sync::MutexGuard<'_, Store> = lock(&shared.store);
        Saved {
            version: VERSION,
            id_seed: shared.id_seed.clone(),
            clock_offset_secs: lock(&shared.clock).offset().num_seconds(),
            history_anchor: shared.history_anchor,
            next_seq: store.next_seq(),
            contacts: store.contacts.clone(),
            calls: store.calls.clone(),
            docs_examples: true,
        }
    };
    let result = serde_json::to_vec(&saved)
        .map_err(std::io::Error::other)
        .and_then(|bytes| {
            let tmp = path.with_extension("json.tmp");
            std::fs::write(&tmp, bytes)?;
            std::fs::rename(&tmp, path)
        });
    if let Err(e) = result {
        eprintln!(
            "sandbox: could not save its state to {}: {e}",
            path.display()
        );
    }
}
