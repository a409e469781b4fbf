//! Opens the INSTALLED app (the binary a package put on the system, not the build output) through
//! tauri-driver and proves it reached its first page: a window titled Callboard showing onboarding,
//! the screen of a first launch. scripts/package-test.sh runs it inside Xvfb and a private D-Bus
//! session, with an empty home; it is not a spec (no sandbox simulator, no shared data folder).
//!
//!   CALLBOARD_APP=/usr/bin/callboard TAURI_DRIVER_PORT=4444 node --import tsx installed/first-page.ts
//!
//! Prints one line, `first page: onboarding (title "Callboard")`, and exits 0; anything else exits 1
//! with the reason. Every WebDriver call has a time limit, and so has the whole script.

import { remote } from "webdriverio";

import { pollUntil, textOf } from "../lib/dom.ts";
import { COMMAND_MS, SESSION_START_MS, withTimeout } from "../lib/timeouts.ts";

/** The whole script, session start included, never runs longer than this. */
const SCRIPT_MS = SESSION_START_MS * 2;

const hardStop = setTimeout(() => {
  console.error(`first page: gave up after ${SCRIPT_MS} ms (a WebDriver call hung past its own limit)`);
  process.exit(1);
}, SCRIPT_MS);
hardStop.unref();

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`${name} is not set (scripts/package-test.sh sets it)`);
  return value;
}

async function main(): Promise<void> {
  const application = required("CALLBOARD_APP");
  const port = Number(required("TAURI_DRIVER_PORT"));
  const app = await withTimeout(
    `starting ${application} through tauri-driver`,
    SESSION_START_MS + 5_000,
    remote({
      hostname: "127.0.0.1",
      port,
      logLevel: "warn",
      capabilities: {
        "tauri:options": { application },
        // tauri-driver does not proxy WebDriver BiDi (see lib/app.ts).
        "wdio:enforceWebDriverClassic": true,
      } as WebdriverIO.Capabilities,
      // Session creation launches the app; a retried POST /session would launch a second one.
      connectionRetryCount: 0,
      connectionRetryTimeout: SESSION_START_MS,
    }),
  ).catch((error: unknown) => {
    throw new Error(
      `${application} did not open a WebDriver session: it crashed at start, or ran without ` +
        `TAURI_WEBVIEW_AUTOMATION=true (its output is in tauri-driver.log). ${String(error).slice(0, 300)}`,
    );
  });
  try {
    // The first screen the app settles on: onboarding, the shell (someone is connected) or its
    // start-up error. The splash (app-loading) means "not yet".
    let seen = "";
    const shown = await pollUntil(
      "waiting for the installed app's first screen",
      async () => {
        seen = await app.execute(() => {
          const ids = ["onboarding", "nav-call", "app-error", "app-loading"].filter((id) => {
            const el = document.querySelector(`[data-testid="${id}"]`);
            return el !== null && el.getClientRects().length > 0;
          });
          return ids.join(",") || `(nothing yet; readyState ${document.readyState})`;
        });
        return seen !== "" && !seen.startsWith("(") && !seen.includes("app-loading") ? seen : undefined;
      },
      { ms: SESSION_START_MS, seen: () => seen },
    );
    const title = await withTimeout("reading the window title", COMMAND_MS, app.getTitle());
    if (shown !== "onboarding") {
      const detail = shown === "app-error" ? `: ${await textOf(app, "app-error")}` : "";
      throw new Error(`a first launch showed ${shown} instead of onboarding${detail}`);
    }
    if (title !== "Callboard") throw new Error(`the window is titled "${title}", not "Callboard"`);
    console.log(`first page: onboarding (title "${title}")`);
  } finally {
    await withTimeout("closing the app session", COMMAND_MS, app.deleteSession()).catch((error: unknown) => {
      console.error(`closing the session failed: ${String(error)}`);
    });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`first page: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
