// The app starts under tauri-driver, loads its page and shows either first-launch onboarding or
// the main shell. Every later scenario depends on this working, so it runs first.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import {
  type App,
  appPids,
  byTestId,
  restartApp,
  screenshot,
  startApp,
  stopApp,
  waitForAnyTestId,
} from "../lib/app.ts";
import { TEST_MS } from "../lib/timeouts.ts";

describe("Callboard starts", { timeout: TEST_MS }, () => {
  let app: App | undefined;

  before(async () => {
    app = await startApp();
  });

  after(async () => {
    if (app !== undefined) await stopApp(app);
  });

  it("opens a window titled Callboard", async () => {
    assert.ok(app);
    assert.equal(await app.getTitle(), "Callboard");
  });

  it("shows onboarding on a first launch, or the app shell", async () => {
    assert.ok(app);
    const shown = await waitForAnyTestId(app, ["onboarding", "nav-call", "app-error"]);
    if (shown === "app-error") {
      assert.fail(`The app showed an error instead of starting: ${await byTestId(app, "app-error").getText()}`);
    }
    await screenshot(app, shown === "onboarding" ? "01-onboarding" : "01-app-shell");
  });

  it("closes completely and opens again on the same data directory", async () => {
    assert.ok(app);
    const before = await appPids();
    assert.equal(before.length, 1, `expected one running app process, found ${before.length}`);
    app = await restartApp(app);
    const after = await appPids();
    assert.equal(after.length, 1, `expected one running app process after the restart, found ${after.length}`);
    assert.notEqual(after[0], before[0], "the restart reused the old process");
    assert.equal(await app.getTitle(), "Callboard");
    await waitForAnyTestId(app, ["onboarding", "nav-call"]);
  });
});
