// The UI's language: Paraglide's message functions (`m.some_key()`, typed, compiled from
// ui/messages/<area>/<locale>.json) read the locale through `getLocale`, which is pointed here
// at a rune. Every template that shows a message therefore re-renders when the language
// changes, without a reload and without remounting anything (so nothing typed is lost).
//
// Which locale to use is decided in Rust (`AppStatus.locale`, from the saved preference and the
// system's language) so the core's own sentences (errors, notices) follow the same choice.
import { baseLocale, isLocale, locales, overwriteGetLocale, overwriteSetLocale, type Locale } from "../paraglide/runtime.js";

export { locales, type Locale };

const current = $state({ locale: baseLocale as Locale });

overwriteGetLocale(() => current.locale);
overwriteSetLocale((next) => applyLocale(next));

/** The locale every message and formatter uses now. */
export function locale(): Locale {
  return current.locale;
}

/** Switches the whole UI to `next` (anything else falls back to English). */
export function applyLocale(next: string): void {
  const l: Locale = isLocale(next) ? next : baseLocale;
  if (l === current.locale && document.documentElement.lang === l) return;
  current.locale = l;
  // Screen readers pick their voice from `lang`; axe checks it is valid.
  document.documentElement.lang = l;
}

/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Locale, string> = {
  en: "English",
  es: "Español",
  "pt-BR": "Português (Brasil)",
};
