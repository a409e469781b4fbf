// The colour theme: the Appearance setting ("system", "light", "dark") resolved to the palette the
// page uses, written to <html data-theme="light|dark">. app.css has one dark palette, keyed on
// that attribute; "system" follows prefers-color-scheme through matchMedia, live.
import type { Theme } from "./api";

export type ResolvedTheme = "light" | "dark";

const DARK_QUERY = "(prefers-color-scheme: dark)";

/** The palette a setting means, given whether the system prefers dark. */
export function resolveTheme(theme: Theme, systemPrefersDark: boolean): ResolvedTheme {
  if (theme === "system") return systemPrefersDark ? "dark" : "light";
  return theme;
}

function systemPrefersDark(): boolean {
  return typeof matchMedia === "function" && matchMedia(DARK_QUERY).matches;
}

let chosen: Theme = "system";
let listening = false;

/**
 * Applies a theme setting: sets <html data-theme> to the resolved palette and, while the setting
 * is "system", follows the system's light/dark switch as it happens.
 */
export function applyTheme(theme: Theme): void {
  chosen = theme;
  document.documentElement.setAttribute("data-theme", resolveTheme(theme, systemPrefersDark()));
  if (!listening && typeof matchMedia === "function") {
    listening = true;
    matchMedia(DARK_QUERY).addEventListener?.("change", () => {
      if (chosen === "system") applyTheme("system");
    });
  }
}
