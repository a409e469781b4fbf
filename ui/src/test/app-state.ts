// Resets the shared app state between UI tests.
import { app } from "../lib/state.svelte";
import type { AppStatus, Preferences } from "../lib/api";
import * as s from "../dev/sample";

export function resetApp(status: AppStatus | null = s.status(), prefs: Preferences | null = s.prefs()): void {
  app.status = status;
  app.prefs = prefs;
  app.route = "call";
  app.prefill = null;
  app.openCall = null;
  app.openCampaign = null;
  app.settingsNote = null;
  app.generation = 0;
}
