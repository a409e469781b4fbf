//! Saving preferences from a Settings section: the one save path every section uses, so no
//! section can fail silently. Rust validates; its error lands next to the field it names when
//! that field belongs to the section, and under the section otherwise.
import { api, toAppError, type AppError, type PrefChange } from "./api";
import { app } from "./state.svelte";
import { m } from "../paraglide/messages.js";

/** Field path → sentence; `_` holds an error that names no field of the section. */
export type SectionErrors = Record<string, string>;

// Saves go to Rust one at a time, in the order they were asked for. Each answer is the whole
// saved preferences, so with two saves in flight the answers could arrive in either order and an
// older one would put back a value the user had already changed (a theme radio unchecking
// itself). One at a time, the last answer is always the newest.
let queue: Promise<unknown> = Promise.resolve();

/** Sends `changes` after every save asked for before it; the saved preferences become `app.prefs`. */
export function updatePrefs(changes: PrefChange[]): Promise<void> {
  const run = queue.then(async () => {
    app.prefs = await api.updatePreferences(changes);
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Applies `changes` to the saved preferences (Rust merges them with what is saved now, so
 * saves from two screens never undo each other); resolves to null when saved, else the errors.
 */
export async function savePrefs(changes: PrefChange[], fields: readonly string[]): Promise<SectionErrors | null> {
  try {
    await updatePrefs(changes);
    return null;
  } catch (e) {
    const err = toAppError(e);
    return { [err.field && fields.includes(err.field) ? err.field : "_"]: err.message };
  }
}

/** An error in words that fit Settings (the person is already there: no "go to Settings"). */
export function inSettingsWords(e: AppError): string {
  return e.code === "invalid_api_key" ? m.saved_key_not_accepted() : e.message;
}
