// App-wide reactive state (Svelte 5 runes): status, preferences, the current screen, and the
// "Call again" hand-off from Recent calls to the Call screen.
import type { AppStatus, CallForm, Preferences } from "./api";
import { applyLocale } from "./i18n.svelte";

export type Route = "call" | "recent" | "campaigns" | "settings";

export const app = $state({
  status: null as AppStatus | null,
  prefs: null as Preferences | null,
  route: "call" as Route,
  /** Set by a campaign's "See its calls"; Recent calls starts filtered to it, once. */
  recentCampaign: null as string | null,
  /** Set by a click on a call's desktop notification; Recent calls opens its details, once. */
  openCall: null as string | null,
  /** Set by a click on a campaign's desktop notification; Campaigns opens it, once. */
  openCampaign: null as string | null,
  /** Set by "Call again"; the Call screen consumes it once. */
  prefill: null as CallForm | null,
  /** A confirmation for Settings that must outlive the remount a status change causes. */
  settingsNote: null as string | null,
  /** Bumped whenever the mode or key changes, so screens reload their lists. */
  generation: 0,
});

export function navigate(route: Route): void {
  // A performance mark per navigation: the benchmark times "click → first row painted" from it.
  performance.mark(`navigate:${route}`);
  app.route = route;
}

export { applyTheme } from "./theme";

export function setStatus(s: AppStatus): void {
  // Rust decided the language (saved choice or the system's): the whole UI follows it.
  if (s.locale) applyLocale(s.locale);
  app.status = s;
  app.generation += 1;
}
