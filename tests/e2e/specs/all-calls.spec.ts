// All calls in sandbox mode: the organisation's calls on Contactship, beside this computer's.
// The in-app simulator serves four weeks of calls placed elsewhere (teammates, the dashboard,
// campaigns); this spec places one more from the app, then finds the others, opens one's
// details (Contactship's record: summary, transcript), and finds its own call exactly once,
// marked "This computer" and opening the local details. Pictures of the tab in both themes.
// The app is left in the mode it was found in (later specs use the account).

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, dumpState, screenshot, startApp, stopApp } from "../lib/app.ts";
import { attributeOf, clickSelector, clickTestId, pollUntil, textOf, waitForAnyTestId, waitForTestId } from "../lib/dom.ts";
import { assertAccessible, chooseTheme, tidy } from "../lib/screens.ts";
import { assertRecentRowsFit, setWindow } from "../lib/layout.ts";
import { SESSION_START_MS, TEST_MS, UI_WAIT_MS } from "../lib/timeouts.ts";
import { firstOptionValue, goTo, pickContact, setField } from "../lib/ui.ts";

/** What the All calls list shows right now, read inside the page (no stale handles). */
type Shown = { id: string; local: string; state: string }[];
async function orgRows(app: App): Promise<Shown> {
  return app.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="org-row"]')).map((r) => ({
      id: r.getAttribute("data-call-id") ?? "",
      local: r.getAttribute("data-local") ?? "",
      state: r.getAttribute("data-state") ?? "",
    })),
  );
}

async function openAllCalls(app: App): Promise<Shown> {
  await goTo(app, "recent");
  await clickTestId(app, "recent-tab-all");
  await waitForTestId(app, "all-calls-screen");
  const shown = await waitForAnyTestId(app, ["org-row", "all-calls-error", "all-calls-empty"], SESSION_START_MS);
  if (shown !== "org-row") throw new Error(`All calls showed ${shown}: ${await textOf(app, shown)}`);
  return orgRows(app);
}

describe("All calls: the organisation's calls in sandbox mode", { timeout: TEST_MS * 4 }, () => {
  let app: App;
  let wasAccount = false;
  let failed = false;
  let placedId = "";

  before(async () => {
    app = await startApp();
    if ((await waitForAnyTestId(app, ["onboarding", "nav-call"])) === "onboarding") {
      await clickTestId(app, "onboarding-try-sandbox");
    } else if ((await waitForAnyTestId(app, ["sandbox-badge", "nav-call"])) !== "sandbox-badge") {
      wasAccount = true;
      await goTo(app, "settings");
      await clickTestId(app, "settings-mode-sandbox");
    }
    await waitForTestId(app, "sandbox-badge", SESSION_START_MS);
  });

  after(async () => {
    try {
      await chooseTheme(app, "light").catch(() => undefined);
      await clickTestId(app, "settings-theme-system").catch(() => undefined);
      if (wasAccount) {
        await goTo(app, "settings");
        await clickTestId(app, "settings-mode-account");
        await pollUntil("waiting to be back on the account", async () =>
          (await attributeOf(app, "settings-mode-account", "aria-checked")) === "true" ? true : undefined,
        );
      }
    } finally {
      await stopApp(app);
    }
  });

  const step = (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        if (!failed) await dumpState(app, "all-calls").catch(() => undefined);
        failed = true;
        throw error;
      }
    });

  step("places a call from this computer in the sandbox", async () => {
    await goTo(app, "call");
    await pickContact(app, "Camilo", "Camilo Andrés Quintero");
    await setField(app, "agent-select", await firstOptionValue(app, "agent-select"));
    await clickTestId(app, "place-call");
    // Outside the callee's hours, or a repeat of an earlier spec's call: the app asks first.
    const kind = await pollUntil(
      "waiting for the call to be placed (answering any question the app asks)",
      async () =>
        (await app.execute(() => {
          const result = document.querySelector('[data-testid="result-kind"]');
          if (result) return result.getAttribute("data-kind") ?? "";
          (document.querySelector('[data-testid$="-dialog-confirm"]') as HTMLButtonElement | null)?.click();
          return "";
        })) || undefined,
      { ms: UI_WAIT_MS * 2 },
    );
    assert.equal(kind, "placed", await textOf(app, "result-panel"));
    placedId = (await textOf(app, "result-call-id")).trim();
    assert.notEqual(placedId, "");
  });

  step("shows calls placed outside the app, and this computer's call once, first", async () => {
    const rows = await openAllCalls(app);
    const elsewhere = rows.filter((r) => r.local === "false");
    assert.ok(elsewhere.length >= 5, `calls placed elsewhere are listed: ${JSON.stringify(rows.slice(0, 5))}`);
    assert.ok(new Set(elsewhere.map((r) => r.state)).size >= 2, "in more than one state");
    const mine = rows.filter((r) => r.id === placedId);
    assert.equal(mine.length, 1, "this computer's call appears once");
    assert.equal(mine[0].local, "true", "marked as this computer's");
    assert.equal(rows[0].id, placedId, "newest first");
    assert.match(await textOf(app, "all-calls-count"), /^24\d calls on Contactship/);
  });

  step("opens the details of a call placed elsewhere: summary and transcript from Contactship", async () => {
    await clickSelector(app, '[data-testid="org-row"][data-local="false"][data-state="completed"]');
    await waitForTestId(app, "org-details-drawer");
    await waitForTestId(app, "org-details-summary");
    await waitForTestId(app, "org-details-transcript");
    await waitForTestId(app, "org-details-recording");
    assert.notEqual(await textOf(app, "org-details-call-id"), placedId);
    await clickTestId(app, "org-details-close");
  });

  step("opens this computer's call in the local details drawer", async () => {
    await clickSelector(app, `[data-testid="org-row"][data-call-id="${placedId}"]`);
    await waitForTestId(app, "details-drawer");
    assert.equal((await textOf(app, "details-call-id")).trim(), placedId);
    await clickTestId(app, "details-close");
  });

  step("has no axe-core violations and looks right in the light and the dark theme", async () => {
    for (const theme of ["light", "dark"] as const) {
      await chooseTheme(app, theme);
      await openAllCalls(app);
      await assertAccessible(app, `All calls (${theme})`);
      await tidy(app);
      await screenshot(app, `09-all-calls-${theme}`);
      await clickSelector(app, '[data-testid="org-row"][data-local="false"][data-state="completed"]');
      await waitForTestId(app, "org-details-transcript");
      await assertAccessible(app, `All calls with a call's details (${theme})`);
      await tidy(app);
      await screenshot(app, `10-all-calls-details-${theme}`);
      // The smallest window the app allows, the drawer over the list: rows still say who.
      const [width, height] = await app.execute(() => [window.innerWidth, window.innerHeight]);
      await setWindow(app, 800, 600);
      await assertRecentRowsFit(app, `All calls with details open at 800×600 (${theme})`, "org-row");
      await screenshot(app, `10-all-calls-details-800x600-${theme}`);
      await setWindow(app, width, height);
    }
  });
});
