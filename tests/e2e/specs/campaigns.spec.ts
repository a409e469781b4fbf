// A campaign in the real window, as a trial user runs it: the sample list (with its bad rows)
// opened and checked, the calling hours widened with the confirmation, started, paused, the
// app quit and opened again, resumed, the simulator's clock moved on until every call has
// ended, the outcomes chart shown and the results exported. The simulator's request log then
// shows one create-call request per row called, never two. Pictures of a running and a
// finished campaign, light and dark, go to the README.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, it } from "node:test";

import { type App, dumpState, restartApp, screenshot, startApp, stopApp } from "../lib/app.ts";
import { clickTestId, existsTestId, pollUntil, readTestId, textOf, waitForAttribute, waitForTestId } from "../lib/dom.ts";
import { setWindow } from "../lib/layout.ts";
import { advanceClock, requestsTo } from "../lib/sandbox.ts";
import { assertAccessible, setPalette } from "../lib/screens.ts";
import { TEST_MS, UI_WAIT_MS } from "../lib/timeouts.ts";
import { connectIfNeeded, setField } from "../lib/ui.ts";

const CREATE = "/v1/calls/single-contact-call";

async function openCampaigns(app: App): Promise<void> {
  await clickTestId(app, "nav-campaigns");
  await waitForTestId(app, "campaigns-screen");
}

/** Sets a checkbox the way a click would, firing `change`. */
async function setChecked(app: App, testId: string, on: boolean): Promise<void> {
  await waitForTestId(app, testId);
  await app.execute(
    (id: string, value: boolean) => {
      const el = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null;
      if (!el) throw new Error(`no element ${id}`);
      if (el.checked !== value) el.click();
    },
    testId,
    on,
  );
}

describe("campaigns: the sample list from check to exported results", { timeout: TEST_MS * 4 }, () => {
  let app: App;
  let failed = false;

  before(async () => {
    app = await startApp();
    await setWindow(app, 1440, 900);
    await connectIfNeeded(app);
  });

  after(async () => {
    await stopApp(app);
  });

  const step = (name: string, body: () => Promise<void>) =>
    it(name, { timeout: TEST_MS * 2 }, async () => {
      if (failed) throw new Error("an earlier step failed");
      try {
        await body();
      } catch (error) {
        await dumpState(app, `campaigns-${name}`).catch(() => undefined);
        failed = true;
        throw error;
      }
    });

  step("the sample is read and checked, bad rows listed by row number", async () => {
    await openCampaigns(app);
    await clickTestId(app, "campaign-try-sample");
    await waitForTestId(app, "campaign-check-report", UI_WAIT_MS * 2);
    const summary = await textOf(app, "campaign-check-summary");
    assert.match(summary, /47 of 50 rows can be called/, summary);
    const problems = await app.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="campaign-problem"]')).map((e) => e.textContent ?? ""),
    );
    assert.ok(problems.length >= 3, `the sample's bad rows are listed: ${JSON.stringify(problems)}`);
    assert.match(await textOf(app, "campaign-new-contacts"), /new contacts? will be added to Contactship/);
    // The company column is left out (every other column goes to the agent as additional
    // data); the list is checked again.
    const keys = () => app.execute(() => document.querySelectorAll('[data-testid="campaign-column-key"]').length);
    const before = await keys();
    await app.execute(() => {
      const row = Array.from(document.querySelectorAll('[data-testid="campaign-column"]')).find((r) =>
        (r.textContent ?? "").startsWith("empresa"),
      );
      const select = row?.querySelector("select");
      if (!select) throw new Error("no empresa column");
      select.value = "ignore";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await pollUntil("the company column to be left out", async () => ((await keys()) === before - 1 ? true : undefined));
    await clickTestId(app, "campaign-check");
    await waitForTestId(app, "campaign-check-report", UI_WAIT_MS * 2);
    await assertAccessible(app, "the checked sample list");
  });

  step("calling hours outside Settings' need the confirmation; then it starts", async () => {
    for (const day of ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]) await setChecked(app, `campaign-day-${day}`, true);
    await setField(app, "campaign-hours-start", "00:00");
    await setField(app, "campaign-hours-end", "23:59");
    await setField(app, "campaign-per-minute", "60");
    await setField(app, "campaign-max-active", "10");
    // The simulator's clock is moved on below, but retries wait on this computer's clock.
    await setField(app, "campaign-max-attempts", "1");
    await clickTestId(app, "campaign-start-run");
    await waitForTestId(app, "campaign-problem-window.hours");
    await setChecked(app, "campaign-confirm-hours", true);
    await clickTestId(app, "campaign-start-run");
    await waitForAttribute(app, "campaign-run", "data-state", ["running"], UI_WAIT_MS * 2);
    await pollUntil("the first calls to be handed over", async () =>
      (await requestsTo("POST", CREATE)).length > 0 ? true : undefined,
    );
    await screenshot(app, "10-campaign-running-light");
    await setPalette(app, "dark");
    await screenshot(app, "10-campaign-running-dark");
    await assertAccessible(app, "a running campaign (dark)");
    await setPalette(app, "light");
  });

  step("paused, the app quit and opened again, it is still paused and resumes", async () => {
    await clickTestId(app, "campaign-pause");
    await waitForAttribute(app, "campaign-run", "data-state", ["paused"]);
    assert.match(await textOf(app, "campaign-pause-note"), /Pausing stops new calls at once/);
    app = await restartApp(app);
    await openCampaigns(app);
    await waitForAttribute(app, "campaign-run", "data-state", ["paused"], UI_WAIT_MS * 2);
    await clickTestId(app, "campaign-resume");
    await waitForAttribute(app, "campaign-run", "data-state", ["running"]);
  });

  step("every call ends as the simulator's clock moves on; the chart and export follow", async () => {
    let moved = 0;
    await pollUntil(
      "the campaign to finish",
      async () => {
        const state = await readTestId(app, "campaign-run", ["data-state"]);
        if (state.attributes["data-state"] === "finished") return true;
        // About once a second: each move lets the calls handed over so far end.
        if (Date.now() - moved > 1000) {
          await advanceClock(15 * 60);
          moved = Date.now();
        }
        return undefined;
      },
      { ms: TEST_MS },
    );
    const outcomes = await app.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="campaign-outcome"]')).map((e) => e.textContent ?? ""),
    );
    assert.ok(outcomes.some((o) => /Answered: [1-9]/.test(o)), JSON.stringify(outcomes));
    await screenshot(app, "11-campaign-finished-light");
    await setPalette(app, "dark");
    await screenshot(app, "11-campaign-finished-dark");
    await setPalette(app, "light");
    await clickTestId(app, "campaign-export");
    await waitForTestId(app, "campaign-exported");
    const path = (await textOf(app, "campaign-exported")).replace(/^Saved to\s+/, "").replace(/\s*Show in folder$/, "").trim();
    const csv = await readFile(path, "utf8");
    assert.match(csv.split("\n")[0] ?? "", /Row,Callboard state,Outcome,Attempts,Call ids/);
  });

  step("a row opens its call; 'Don't call again' lists the number; its calls show in Recent calls", async () => {
    await clickTestId(app, "campaign-row");
    await waitForTestId(app, "details-drawer");
    await clickTestId(app, "details-dont-call");
    await waitForTestId(app, "details-dnc-added");
    await clickTestId(app, "details-close");
    await clickTestId(app, "campaign-see-calls");
    await waitForTestId(app, "recent-screen");
    await waitForTestId(app, "recent-row-campaign");
    await clickTestId(app, "nav-settings");
    await waitForTestId(app, "dnc-entry");
    await assertAccessible(app, "Settings with a do-not-call entry");
  });

  step("the simulator was asked once per row, never twice", async () => {
    // Earlier specs' single calls are in the log too; the campaign's carry their row.
    const rows = (await requestsTo("POST", CREATE))
      .map((p) => (p.body as { metadata?: Record<string, unknown> } | null)?.metadata?.callboard_campaign_row)
      .filter((row) => row !== undefined)
      .map((row) => JSON.stringify(row));
    assert.equal(rows.length, 47, `every valid row of the sample was dialled: ${rows.join(", ")}`);
    assert.equal(new Set(rows).size, rows.length, `a row was dialled twice: ${rows.join(", ")}`);
    assert.ok(!(await existsTestId(app, "campaign-run-problem")), "the run stopped on a problem");
  });
});
