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
 * Switches the palette in one step: buttons fade their colours on hover, and without this the
 * whole page would fade too, showing half-light, half-dark frames (unreadable for 120 ms).
 */
function setPalette(palette: ResolvedTheme): void {
  const root = document.documentElement;
  if (root.getAttribute("data-theme") === palette) return;
  root.classList.add("theme-switching");
  root.setAttribute("data-theme", palette);
  // Styles are recomputed with transitions off, then transitions come back two frames later.
  void getComputedStyle(root).color;
  const restore = () => root.classList.remove("theme-switching");
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => requestAnimationFrame(restore));
  else restore();
}

/**
 * Applies a theme setting: sets <html data-theme> to the resolved palette and, while the setting
 * is "system", follows the system's light/dark switch as it happens.
 */
export function applyTheme(theme: Theme): void {
  chosen = theme;
  setPalette(resolveTheme(theme, systemPrefersDark()));
  if (!listening && typeof matchMedia === "function") {
    listening = true;
    matchMedia(DARK_QUERY).addEventListener?.("change", () => {
      if (chosen === "system") applyTheme("system");
    });
  }
}
