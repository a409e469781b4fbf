// Zero axe-core violations on every screen and state, in the light and the dark theme: Call
// (empty, with errors, filled with the request shown, result, the duplicate dialog, outcome
// unknown), Recent calls (list, details drawer, no match), Settings (and its remove-key dialog)
// and onboarding. One app session walks the shell in both themes; onboarding needs a first
// launch, so the last step moves preferences.json aside and restarts. The same walk takes the
// README pictures (docs/screenshots/, 1440×900, one at 800×600: the app's minimum size), and
// checks Recent calls' rows keep their contact and status chip with the details drawer open.

import assert from "node:assert/strict";
import { rename } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { type App, dumpState, screenshot, startApp, stopApp } from "../lib/app.ts";
import {
  clickSelector,
  clickTestId,
  typeInto,
  waitForAttribute,
  waitForTestId,
} from "../lib/dom.ts";
import { e2eEnv } from "../lib/env.ts";
import { assertRecentRowsFit, setWindow } from "../lib/layout.ts";
import { addFault, clearFaults } from "../lib/sandbox.ts";
import { assertAccessible, auditScreen, chooseTheme, setPalette, type ThemeName } from "../lib/screens.ts";
import { COMMAND_MS, TEST_MS, withTimeout } from "../lib/timeouts.ts";
import { connectIfNeeded, firstOptionValue, goTo, pickContact, setField, callableSlot } from "../lib/ui.ts";

const CREATE = "/v1/calls/single-contact-call";
const OUTCOMES = ["placed", "rejected", "not_sent", "outcome_unknown"];
// Colombian contacts (one time zone) that no other spec calls, one per theme, so the first
// Place call of each pass is not a duplicate.
const CONTACTS: Record<ThemeName, { query: string; name: string }> = {
  light: { query: "Carolina Ro", name: "Carolina Rojas Mejía" },
  dark: { query: "Natalia Mu", name: "Natalia Muñoz Zapata" },
};

describe("accessibility: no axe-core violations, light and dark", { timeout: TEST_MS * 6 }, () => {
  let app: App;
  let failed = false;

  before(async () => {
    app = await startApp();
    await withTimeout("raising the script timeout", COMMAND_MS, app.setTimeout({ script: 90_000 }));
    await setWindow(app, 1440, 900);
    await connectIfNeeded(app);
  });

  after(async () => {
    await clearFaults().catch(() => undefined);
    await stopApp(app);
  });

  const step = (name: string, body: () => Promise<void>) =>
    it(name, { timeout: TEST_MS }, async () => {
      try {
        await body();
      } catch (error) {
        // Save the window and page at the first failing step; later steps start from here.
        if (!failed) await dumpState(app, "accessibility").catch(() => undefined);
        failed = true;
        throw error;
      }
    });

  for (const theme of ["light", "dark"] as const) {
    step(`${theme}: Settings and its remove-key dialog`, async () => {
      await chooseTheme(app, theme);
      await auditScreen(app, "Settings", theme, "08-settings");
      await clickTestId(app, "settings-key-remove");
      await waitForTestId(app, "remove-key-dialog");
      await assertAccessible(app, `the remove-key dialog (${theme})`);
      await clickTestId(app, "remove-key-dialog-cancel");
      await waitForTestId(app, "settings-key-remove");
    });

    step(`${theme}: Call screen, empty and with errors`, async () => {
      await goTo(app, "call");
      await waitForTestId(app, "place-call");
      await auditScreen(app, "the empty Call screen", theme, "02-call-empty");
      await clickTestId(app, "place-call");
      await waitForTestId(app, "field-error");
      await assertAccessible(app, `the Call screen with errors (${theme})`);
    });

    step(`${theme}: Call screen filled in, request shown`, async () => {
      const { query, name } = CONTACTS[theme];
      await pickContact(app, query, name);
      await setField(app, "agent-select", await firstOptionValue(app, "agent-select"));
      await clickTestId(app, "when-at");
      const { date, time } = callableSlot("America/Bogota");
      await setField(app, "when-date", date);
      await setField(app, "when-time", time);
      await waitForTestId(app, "when-callee-label");
      await clickTestId(app, "additional_data-add");
      await typeInto(app, "additional_data-key", "amount_debt");
      await typeInto(app, "additional_data-value", "14058");
      await clickSelector(app, '[data-testid="show-request"] > summary');
      await waitForTestId(app, "request-json");
      await auditScreen(app, "the filled Call screen", theme, "03-call-filled");
      if (theme === "light") {
        // The smallest window the app allows (setup.rs: 800×600).
        await setWindow(app, 800, 600);
        await screenshot(app, "03-call-filled-800x600-light");
        await assertAccessible(app, "the filled Call screen at 800×600 (light)");
        await setWindow(app, 1440, 900);
      }
    });

    step(`${theme}: result, duplicate dialog, outcome unknown`, async () => {
      await clickTestId(app, "place-call");
      assert.equal(await waitForAttribute(app, "result-kind", "data-kind", OUTCOMES), "placed");
      await auditScreen(app, "the result panel", theme, "04-result", "result-panel");
      await clickTestId(app, "place-call");
      await waitForTestId(app, "duplicate-dialog-confirm");
      await assertAccessible(app, `the duplicate-call dialog (${theme})`);
      await addFault({ method: "POST", path: CREATE, times: 1, action: { kind: "status", status: 500 } });
      await clickTestId(app, "duplicate-dialog-confirm");
      assert.equal(await waitForAttribute(app, "result-kind", "data-kind", OUTCOMES), "outcome_unknown");
      await auditScreen(app, "the outcome-unknown result", theme, "05-outcome-unknown", "result-panel");
    });

    step(`${theme}: Recent calls, details drawer, no match`, async () => {
      await goTo(app, "recent");
      await waitForTestId(app, "recent-row");
      await auditScreen(app, "Recent calls", theme, "06-recent-calls");
      // The call from call-flow.spec.ts has finished: summary, transcript and recording.
      await clickSelector(app, '[data-testid="recent-row"][data-state="completed"]');
      await waitForTestId(app, "details-transcript");
      await clickSelector(app, '[data-testid="details-drawer"] details > summary');
      await auditScreen(app, "the details drawer", theme, "07-call-details");
      await assertRecentRowsFit(app, `Recent calls with details open at 1440×900 (${theme})`);
      if (theme === "light") {
        await setWindow(app, 800, 600);
        await assertRecentRowsFit(app, "Recent calls with details open at 800×600");
        await setWindow(app, 1440, 900);
      }
      await clickTestId(app, "details-close");
      await typeInto(app, "recent-search", "no call matches this");
      await waitForTestId(app, "recent-no-match");
      await assertAccessible(app, `Recent calls with no match (${theme})`);
      await typeInto(app, "recent-search", "");
    });
  }

  step("light and dark: onboarding on a first launch, and its key form", async () => {
    // A first launch again: the app keeps its mode in preferences.json (the key stays in the
    // keyring and the journal stays put).
    await stopApp(app);
    const prefs = path.join(e2eEnv().dataDir, "preferences.json");
    await rename(prefs, `${prefs}.before-onboarding`);
    app = await startApp();
    await withTimeout("raising the script timeout", COMMAND_MS, app.setTimeout({ script: 90_000 }));
    await setWindow(app, 1440, 900);
    await waitForTestId(app, "onboarding");
    for (const theme of ["light", "dark"] as const) {
      await setPalette(app, theme);
      await auditScreen(app, "onboarding", theme, "01-onboarding");
    }
    await clickTestId(app, "onboarding-connect");
    await waitForTestId(app, "api-key-input");
    for (const theme of ["light", "dark"] as const) {
      await setPalette(app, theme);
      await assertAccessible(app, `the onboarding key form (${theme})`);
    }
    await setPalette(app, "light");
    await typeInto(app, "api-key-input", e2eEnv().apiKey);
    await clickTestId(app, "api-key-submit");
    await waitForTestId(app, "call-screen", 30_000);
  });
});
