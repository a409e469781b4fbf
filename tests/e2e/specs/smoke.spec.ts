// The app starts under tauri-driver, loads its page and, on a first launch, shows onboarding.
// scripts/e2e.sh runs this spec first, on a data folder nothing has written to yet, so the one
// screen it may show is onboarding: anything else (the shell, an error) fails the test.

import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { after, before, describe, it } from "node:test";

import { type App, appPids, restartApp, startApp, stopApp } from "../lib/app.ts";
import { textOf, waitForAnyTestId } from "../lib/dom.ts";
import { e2eEnv } from "../lib/env.ts";
import { TEST_MS } from "../lib/timeouts.ts";

describe("Callboard starts", { timeout: TEST_MS }, () => {
  let app: App | undefined;

  before(async () => {
    const leftovers = await readdir(e2eEnv().dataDir);
    assert.deepEqual(leftovers, [], "the smoke spec must run first, on an empty data folder (scripts/e2e.sh orders it so)");
    app = await startApp();
  });

  after(async () => {
    if (app !== undefined) await stopApp(app);
  });

  it("opens a window titled Callboard", async () => {
    assert.ok(app);
    assert.equal(await app.getTitle(), "Callboard");
  });

  it("shows onboarding on a first launch", async () => {
    assert.ok(app);
    const shown = await waitForAnyTestId(app, ["onboarding", "nav-call", "app-error"]);
    const detail = shown === "app-error" ? `: ${await textOf(app, "app-error")}` : "";
    assert.equal(shown, "onboarding", `a first launch showed ${shown} instead of onboarding${detail}`);
  });

  it("closes completely and opens again on the same data directory, still on onboarding", async () => {
    assert.ok(app);
    const before = await appPids();
    assert.equal(before.length, 1, `expected one running app process, found ${before.length}`);
    app = await restartApp(app);
    const after = await appPids();
    assert.equal(after.length, 1, `expected one running app process after the restart, found ${after.length}`);
    assert.notEqual(after[0], before[0], "the restart reused the old process");
    assert.equal(await app.getTitle(), "Callboard");
    assert.equal(await waitForAnyTestId(app, ["onboarding", "nav-call", "app-error"]), "onboarding", "nobody connected, so onboarding again");
  });
});
