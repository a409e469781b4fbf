// A benchmark, not a test (scripts/bench-app.sh runs it, never the suite): with a large call log
// in the data folder, how long from the click on "Recent calls" to the first row painted,
// measured inside the page between the app's own performance marks ("navigate:recent" when the
// click is handled, "recent:first-row" on the first frame that shows a row), so WebDriver's
// round trips are not in the figure. Prints one line per open and a summary line
// "first-row ms: first=… median=… max=… (n=…)".

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, startApp, stopApp } from "../lib/app.ts";
import { clickTestId, pollUntil, waitForTestId } from "../lib/dom.ts";
import { TEST_MS } from "../lib/timeouts.ts";
import { connectIfNeeded, goTo } from "../lib/ui.ts";

const OPENS = Number(process.env.BENCH_OPENS ?? "10");

describe("Recent calls: click to first row", { timeout: TEST_MS * 4 }, () => {
  let app: App;
  before(async () => {
    app = await startApp();
    await connectIfNeeded(app);
  });
  after(async () => {
    await stopApp(app);
  });

  it(`opens Recent calls ${OPENS} times`, { timeout: TEST_MS * 4 }, async () => {
    const times: number[] = [];
    // The window starts hidden and is shown at its first page load; hidden, no frame is drawn.
    assert.equal(await app.execute(() => document.visibilityState), "visible");
    for (let i = 0; i < OPENS; i++) {
      await goTo(app, "call");
      await app.execute(() => performance.clearMarks());
      await clickTestId(app, "nav-recent");
      await waitForTestId(app, "recent-row");
      // WebDriver hands `undefined` back as null: both mean "not yet".
      const ms = await pollUntil("waiting for the first-row mark", async () =>
        (await app.execute(() => {
          const nav = performance.getEntriesByName("navigate:recent").at(-1);
          const row = performance.getEntriesByName("recent:first-row").at(-1);
          return nav && row ? row.startTime - nav.startTime : null;
        })) ?? undefined,
      );
      console.log(`open ${i + 1}: first row after ${ms.toFixed(1)} ms`);
      times.push(ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`first-row ms: first=${times[0].toFixed(0)} median=${median.toFixed(0)} max=${sorted.at(-1)!.toFixed(0)} (n=${times.length})`);
    assert.equal(times.length, OPENS);
  });
});
