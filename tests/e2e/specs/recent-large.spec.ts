// Recent calls with 10,000 more attempts in the log: the first rows show as soon as their page
// is read (the rest is never loaded up front), a jump to the middle loads only the rows there,
// and End reaches the oldest call. Runs last: the seeded attempts stay in the data folder.

import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { Key } from "webdriverio";
import { after, before, describe, it } from "node:test";

import { type App, dumpState, startApp, stopApp } from "../lib/app.ts";
import { attributeOf, pollUntil, pressKeys, waitForSelector, waitForTestId } from "../lib/dom.ts";
import { e2eEnv } from "../lib/env.ts";
import { TEST_MS } from "../lib/timeouts.ts";
import { connectIfNeeded, goTo } from "../lib/ui.ts";

const SEEDED = 10_000;

/** How many rows and loading placeholders the list has in the DOM, and the indexes shown. */
async function listState(app: App): Promise<{ rows: number; first: number; last: number }> {
  return app.execute(() => {
    const rows = Array.from(document.querySelectorAll('[data-testid="recent-row"]'));
    const idx = rows.map((r) => Number(r.getAttribute("data-index")));
    return { rows: rows.length, first: Math.min(...idx), last: Math.max(...idx) };
  });
}

describe("Recent calls with 10,000 more attempts", { timeout: TEST_MS * 2 }, () => {
  let app: App;
  let failed = false;

  before(async () => {
    const { seedStore, dataDir } = e2eEnv();
    // The app is closed between specs, so the store's one-writer lock is free.
    await promisify(execFile)(seedStore, ["--attempts", String(SEEDED), "--out", dataDir, "--seed", "11"], { timeout: TEST_MS });
    app = await startApp();
    await connectIfNeeded(app);
  });

  after(async () => {
    await stopApp(app);
  });

  const step = (name: string, body: () => Promise<void>) =>
    it(name, { timeout: TEST_MS }, async () => {
      try {
        await body();
      } catch (error) {
        if (!failed) await dumpState(app, "recent-large").catch(() => undefined);
        failed = true;
        throw error;
      }
    });

  step("opens on the newest rows with the whole count, keeping only a screenful in the page", async () => {
    await goTo(app, "recent");
    await waitForTestId(app, "recent-row");
    const matching = await pollUntil("waiting for the call count", async () => {
      const n = Number(await attributeOf(app, "recent-count", "data-matching"));
      return n >= SEEDED ? n : undefined;
    });
    assert.ok(matching >= SEEDED, `${matching} calls counted`);
    const state = await listState(app);
    assert.equal(state.first, 0);
    assert.ok(state.rows < 60, `${state.rows} rows in the DOM for ${matching} calls`);
  });

  step("jumps to the middle and shows the rows there once their page is read", async () => {
    const middle = 5_000;
    await app.execute((top: number) => {
      const list = document.querySelector('[data-testid="recent-list"]') as HTMLElement;
      list.scrollTop = top;
      list.dispatchEvent(new Event("scroll"));
    }, middle * 56);
    await waitForSelector(app, `[data-testid="recent-row"][data-index="${middle}"]`);
    const state = await listState(app);
    assert.ok(state.first > 4_000 && state.last < 6_000, `rows ${state.first}–${state.last} around ${middle}`);
  });

  step("reaches the oldest call with End", async () => {
    await app.execute(() => (document.querySelector('[data-testid="recent-row"]') as HTMLElement).focus());
    await pressKeys(app, [Key.End]);
    const last = await pollUntil("waiting for the last row to have focus", async () => {
      const total = Number(await attributeOf(app, "recent-count", "data-matching"));
      const focused = await app.execute(() => document.activeElement?.getAttribute("data-index") ?? "");
      return focused !== "" && Number(focused) === total - 1 ? Number(focused) : undefined;
    });
    assert.ok(last >= SEEDED - 1);
  });
});
