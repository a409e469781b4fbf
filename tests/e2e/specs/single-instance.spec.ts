// A second launch on the same data folder hands over to the running app and exits: the second
// process ends at once with success, the running app says in its log that a second launch
// focused it (tauri-plugin-single-instance's callback, src-tauri/src/single_instance.rs), and it
// is still the only app process, with its one window still answering.
//
// The second launch is started directly as a process (not through tauri-driver) with this
// process's environment, which scripts/e2e.sh made the same as the first launch's: the same
// CALLBOARD_DATA_DIR, display and D-Bus session.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";

import { appPids, withApp } from "../lib/app.ts";
import { pollUntil } from "../lib/dom.ts";
import { e2eEnv } from "../lib/env.ts";
import { TEST_MS, UI_WAIT_MS, withTimeout } from "../lib/timeouts.ts";

/** The line the running app logs when a second launch hands over to it. */
const FOCUSED = "focused by a second launch";
/** A second launch only connects to D-Bus and exits; far less than a start. */
const SECOND_LAUNCH_MS = 15_000;

/** How many times the app's log (tauri-driver captures its stderr) says FOCUSED so far. */
async function focusedCount(): Promise<number> {
  const log = await readFile(path.join(e2eEnv().artifactsDir, "tauri-driver.log"), "utf8");
  return log.split(FOCUSED).length - 1;
}

/** Starts the app binary once more and resolves with how it ended and what it printed. */
function launchAgain(): Promise<{ code: number | null; signal: string | null; ms: number; output: string }> {
  const started = Date.now();
  const child = spawn(e2eEnv().appBinary, [], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr.on("data", (d: Buffer) => (output += d.toString()));
  const ended = new Promise<{ code: number | null; signal: string | null; ms: number; output: string }>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code, signal, ms: Date.now() - started, output }));
  });
  return withTimeout("waiting for the second launch to exit", SECOND_LAUNCH_MS, ended).catch((error: unknown) => {
    child.kill("SIGKILL");
    throw error;
  });
}

describe("A second launch", { timeout: TEST_MS }, () => {
  it("exits with success and focuses the window already open on the same data folder", async () => {
    await withApp("single-instance", async (app) => {
      const first = await appPids();
      assert.equal(first.length, 1, `expected one running app process, found ${first.length}`);
      const focusedBefore = await focusedCount();

      const second = await launchAgain();
      assert.equal(second.code, 0, `the second launch ended with ${second.code ?? second.signal}: ${second.output.slice(-800)}`);

      await pollUntil(
        `the running app to log "${FOCUSED}"`,
        async () => ((await focusedCount()) > focusedBefore ? true : undefined),
        { ms: UI_WAIT_MS },
      );
      assert.deepEqual(await appPids(), first, "the first app is still the only one running");
      assert.equal((await app.getWindowHandles()).length, 1, "still one window");
      assert.equal(await app.getTitle(), "Callboard", "the first window still answers");
    });
  });
});
