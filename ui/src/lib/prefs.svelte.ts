//! Saving preferences from a Settings section: the one save path every section uses, so no
//! section can fail silently. Rust validates; its error lands next to the field it names when
//! that field belongs to the section, and under the section otherwise.
import { api, toAppError, type AppError, type PrefChange } from "./api";
import { app } from "./state.svelte";

/** Field path → sentence; `_` holds an error that names no field of the section. */
export type SectionErrors = Record<string, string>;

/**
 * Applies `changes` to the saved preferences (Rust merges them with what is saved now, so
 * saves from two screens never undo each other); resolves to null when saved, else the errors.
 */
export async function savePrefs(changes: PrefChange[], fields: readonly string[]): Promise<SectionErrors | null> {
  try {
    app.prefs = await api.updatePreferences(changes);
    return null;
  } catch (e) {
    const err = toAppError(e);
    return { [err.field && fields.includes(err.field) ? err.field : "_"]: err.message };
  }
}

/** An error in words that fit Settings (the person is already there: no "go to Settings"). */
export function inSettingsWords(e: AppError): string {
  return e.code === "invalid_api_key" ? "Contactship didn't accept the saved key. Use Replace to paste a new one." : e.message;
}
