//! Starting, stopping and restarting the real Callboard app through tauri-driver, plus screenshots
//! and failure dumps. Element access lives in dom.ts (queries inside the page, no stale handles).

import { execFile } from "node:child_process";
import { mkdir, readdir, readlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { remote } from "webdriverio";

import { pollUntil } from "./dom.ts";
import { e2eEnv } from "./env.ts";
import { COMMAND_MS, SESSION_START_MS, UI_WAIT_MS, withTimeout } from "./timeouts.ts";

/** `identifier` in src-tauri/tauri.conf.json: the prefix of the app's D-Bus names. */
const APP_IDENTIFIER = "ai.callboard.desktop";

/** A live WebDriver session driving one running instance of the app. */
export type App = WebdriverIO.Browser;

/**
 * Launches the app (tauri-driver starts WebKitWebDriver, which starts the binary) and waits for
 * its page to load. The app inherits this process's environment through tauri-driver, so
 * CALLBOARD_DATA_DIR and CALLBOARD_API_URL set by scripts/e2e.sh apply to every launch.
 */
export async function startApp({ args = [] as string[] } = {}): Promise<App> {
  const env = e2eEnv();
  const capabilities = {
    // `args`: e.g. ["--lang", "es"] starts the app as on a computer set to Spanish.
    "tauri:options": { application: env.appBinary, args },
    // WebdriverIO 9 asks for WebDriver BiDi by default; tauri-driver does not proxy it and
    // older WebKitWebDriver builds reject the session, so stay on classic WebDriver.
    "wdio:enforceWebDriverClassic": true,
  } as WebdriverIO.Capabilities;
  let app: App;
  try {
    app = await withTimeout(
      "starting the app through tauri-driver",
      SESSION_START_MS + 5_000,
      remote({
        hostname: env.driverHost,
        port: env.driverPort,
        logLevel: "warn",
        capabilities,
        // Session creation launches the app; a retried POST /session would launch a second one.
        connectionRetryCount: 0,
        connectionRetryTimeout: SESSION_START_MS,
        waitforTimeout: UI_WAIT_MS,
      }),
    );
  } catch (error) {
    throw new Error(
      `The app did not open a WebDriver session (${String(error)}). Either it crashed at start or it ` +
        "was started without TAURI_WEBVIEW_AUTOMATION=true; its output is in tests/e2e/artifacts/tauri-driver.log.",
      { cause: error },
    );
  }
  await pollUntil(
    "waiting for the app's page to finish loading",
    async () => ((await app.execute(() => document.readyState)) === "complete" ? true : undefined),
    { ms: UI_WAIT_MS },
  );
  await waitForFirstScreen(app);
  return app;
}

/**
 * Waits until the app has left its loading splash for a first screen (onboarding, the shell or
 * its start-up error). On a first launch the status answer includes a Secret Service round trip
 * (a probe write to an empty keyring), which took over 15 s on a 2-core machine with both cores
 * busy, so this wait has the start-up budget, not the per-element one.
 */
async function waitForFirstScreen(app: App): Promise<void> {
  let seen = "";
  await pollUntil(
    "waiting for the app's first screen (onboarding, the shell or an error)",
    async () => {
      seen = await app.execute(() => {
        const shown = ["onboarding", "nav-call", "app-error", "app-loading"].filter((id) => {
          const el = document.querySelector(`[data-testid="${id}"]`);
          return el !== null && el.getClientRects().length > 0;
        });
        return shown.join(",") || `(nothing; body: ${document.body.innerText.slice(0, 80)})`;
      });
      return seen !== "" && !seen.includes("app-loading") && !seen.startsWith("(") ? true : undefined;
    },
    { ms: SESSION_START_MS, seen: () => seen },
  );
}

/** Ends the session (which closes the app) and waits until its process is gone. */
export async function stopApp(app: App): Promise<void> {
  try {
    await withTimeout("closing the app session", COMMAND_MS, app.deleteSession());
  } finally {
    await waitForAppExit(COMMAND_MS);
  }
}

/**
 * Closes the app and opens it again on the same CALLBOARD_DATA_DIR and keychain, as a person
 * quitting and relaunching would. Returns the new session.
 */
export async function restartApp(app: App): Promise<App> {
  await stopApp(app);
  return startApp();
}

/** Pids of running processes whose executable is the app binary. */
export async function appPids(): Promise<number[]> {
  const binary = e2eEnv().appBinary;
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const exe = await readlink(`/proc/${entry}/exe`);
      if (exe === binary || exe === `${binary} (deleted)`) pids.push(Number(entry));
    } catch {
      // The process ended while we looked, or is not ours to inspect.
    }
  }
  return pids;
}

/** Waits until no app process is left, so a restart never overlaps the old instance. */
export async function waitForAppExit(ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const pids = await appPids();
    const names = pids.length === 0 ? await appBusNames() : [];
    if (pids.length === 0 && names.length === 0) return;
    if (Date.now() > deadline) {
      const what = pids.length > 0 ? `still running (pids ${pids.join(", ")})` : `still on D-Bus as ${names.join(", ")}`;
      throw new Error(`The app was ${what} ${ms} ms after its session closed.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The app's single-instance names on the session bus. The bus drops a name only once it has
 * noticed the owner's exit, a moment after the process is gone; a launch inside that moment
 * would hand itself to the dead instance and quit, as a second launch does.
 */
async function appBusNames(): Promise<string[]> {
  try {
    const { stdout } = await promisify(execFile)(
      "dbus-send",
      ["--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus.ListNames"],
      { timeout: COMMAND_MS },
    );
    return [...stdout.matchAll(/string "([^"]+)"/g)].map((m) => m[1]).filter((n) => n.startsWith(`${APP_IDENTIFIER}.`));
  } catch {
    // No session bus here (the spec runs outside scripts/e2e.sh's session): nothing to wait for.
    return [];
  }
}

/**
 * Resolves after the web view has painted twice. WebKitWebDriver captures the last painted frame,
 * so without this a screenshot taken right after a DOM change can show the previous screen.
 */
export async function afterPaint(app: App): Promise<void> {
  await withTimeout(
    "waiting for the web view to paint",
    COMMAND_MS,
    app.executeAsync((done: (value: null) => void) => {
      requestAnimationFrame(() => requestAnimationFrame(() => done(null)));
    }),
  );
}

/** Saves a PNG of the app window to artifacts/screenshots/<name>.png and returns its path. */
export async function screenshot(app: App, name: string): Promise<string> {
  const dir = path.join(e2eEnv().artifactsDir, "screenshots");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await afterPaint(app);
  await withTimeout(`taking screenshot ${name}`, COMMAND_MS, app.saveScreenshot(file));
  return file;
}

/** Saves a screenshot and the page's HTML under artifacts/failures/<label>/ for a failed test. */
export async function dumpState(app: App, label: string): Promise<void> {
  const dir = path.join(e2eEnv().artifactsDir, "failures", label.replace(/[^\w.-]+/g, "_"));
  await mkdir(dir, { recursive: true });
  await withTimeout("saving a failure screenshot", COMMAND_MS, app.saveScreenshot(path.join(dir, "window.png")));
  const html = await withTimeout("reading the page source", COMMAND_MS, app.getPageSource());
  await writeFile(path.join(dir, "page.html"), html);
}

/**
 * Runs `body` against a freshly started app and always closes it afterwards. On failure the
 * window and page source are saved under artifacts/failures/ before the error is re-thrown.
 * `body` may replace the session (e.g. via restartApp) by returning the new one.
 */
export async function withApp(label: string, body: (app: App) => Promise<App | void>): Promise<void> {
  let app = await startApp();
  try {
    const replaced = await body(app);
    if (replaced !== undefined) app = replaced;
  } catch (error) {
    await dumpState(app, label).catch((dumpError: unknown) => {
      console.error(`Could not save the failure state for "${label}": ${String(dumpError)}`);
    });
    throw error;
  } finally {
    await stopApp(app);
  }
}
