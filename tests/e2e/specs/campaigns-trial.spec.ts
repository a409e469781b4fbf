// A trial user in Sandbox mode, with no account and no docs: Settings → Sandbox, Campaigns →
// "Try with 50 sample contacts", Start (the sample's settings are ready: any hour, confirmed,
// since these are simulated people), then "Sandbox: skip ahead" until the results chart is
// complete. The time from the sample button to the finished chart is printed; the issue's
// target is two minutes for a person, so the spec allows it that long at most.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, dumpState, screenshot, startApp, stopApp } from "../lib/app.ts";
import { clickTestId, existsTestId, pollUntil, readTestId, textOf, waitForAttribute, waitForTestId } from "../lib/dom.ts";
import { setWindow } from "../lib/layout.ts";
import { assertAccessible } from "../lib/screens.ts";
import { TEST_MS, UI_WAIT_MS } from "../lib/timeouts.ts";
import { connectIfNeeded } from "../lib/ui.ts";

const TWO_MINUTES = 120_000;

/** Scrolls the element to the middle of its scrolling pane, then clicks it, as a person would. */
async function scrollAndClick(app: App, id: string): Promise<void> {
  await waitForTestId(app, id);
  await app.execute((testid: string) => {
    document.querySelector(`[data-testid="${testid}"]`)?.scrollIntoView({ block: "center" });
  }, id);
  await clickTestId(app, id);
}

describe("campaigns: a trial user runs the sample in Sandbox mode", { timeout: TEST_MS * 4 }, () => {
  let app: App;

  before(async () => {
    app = await startApp();
    await setWindow(app, 800, 600);
    await connectIfNeeded(app);
  });

  after(async () => {
    await stopApp(app);
  });

  it("goes from the sample button to a finished chart in under two minutes", { timeout: TEST_MS * 3 }, async () => {
    try {
      await clickTestId(app, "nav-settings");
      await clickTestId(app, "settings-mode-sandbox");
      await waitForAttribute(app, "settings-mode-sandbox", "aria-checked", ["true"], UI_WAIT_MS * 2);
      await clickTestId(app, "nav-campaigns");
      await waitForTestId(app, "campaigns-screen");
      if (await existsTestId(app, "campaign-new")) await clickTestId(app, "campaign-new");
      const started = Date.now();
      await clickTestId(app, "campaign-try-sample");
      await waitForTestId(app, "campaign-check-report", UI_WAIT_MS * 2);
      // 47 callable; one fewer when an earlier spec put a number on the do-not-call list.
      const summary = await textOf(app, "campaign-check-summary");
      const valid = Number(/(\d+) of 50 rows can be called/.exec(summary)?.[1] ?? "0");
      assert.ok(valid >= 46 && valid <= 47, summary);
      await scrollAndClick(app, "campaign-start-run");
      await waitForAttribute(app, "campaign-run", "data-state", ["running"], UI_WAIT_MS * 2);
      await screenshot(app, "12-campaign-sandbox-800x600-light");
      await assertAccessible(app, "a running sample campaign at 800×600");
      let skips = 0;
      let last = 0;
      await pollUntil(
        "the sample campaign to finish",
        async () => {
          const run = await readTestId(app, "campaign-run", ["data-state"]);
          if (run.attributes["data-state"] === "finished") return true;
          // A person presses the button when nothing seems to move; about once a second here.
          if (Date.now() - last > 1000 && (await existsTestId(app, "campaign-skip-ahead"))) {
            await scrollAndClick(app, "campaign-skip-ahead");
            skips += 1;
            last = Date.now();
          }
          return undefined;
        },
        { ms: TWO_MINUTES },
      );
      const took = Date.now() - started;
      console.log(`sample campaign in Sandbox mode: finished in ${(took / 1000).toFixed(1)} s with ${skips} skips ahead`);
      assert.ok(took < TWO_MINUTES, `took ${took} ms`);
      assert.equal(await textOf(app, "campaign-progress"), `${valid} of ${valid} done`);
      const outcomes = await app.execute(() =>
        Array.from(document.querySelectorAll('[data-testid="campaign-outcome"]')).map((e) => e.textContent ?? ""),
      );
      assert.ok(outcomes.some((o) => /Answered: [1-9]/.test(o)), JSON.stringify(outcomes));
      assert.ok(!(await existsTestId(app, "campaign-run-problem")), "the run stopped on a problem");
    } catch (error) {
      await dumpState(app, "campaigns-trial").catch(() => undefined);
      throw error;
    }
  });
});
