//! Small UI actions shared by the scenario specs: filling native inputs the way a person's
//! typing would end (an `input`/`change` event), navigating, and reading row states.

import { type App, byTestId, waitForAnyTestId, waitForTestId } from "./app.ts";
import { e2eEnv } from "./env.ts";
import { COMMAND_MS, UI_WAIT_MS, withTimeout } from "./timeouts.ts";

/**
 * Sets an input's value and fires `input` (and `change` for selects). WebKitGTK's native date
 * and time widgets don't take typed text reliably through WebDriver; this is what they emit.
 */
export async function setField(app: App, testId: string, value: string): Promise<void> {
  await waitForTestId(app, testId);
  await withTimeout(
    `setting ${testId}`,
    COMMAND_MS,
    app.execute(
      (id: string, v: string) => {
        const el = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | HTMLSelectElement | null;
        if (!el) throw new Error(`no element ${id}`);
        el.value = v;
        el.dispatchEvent(new Event("input", { bubbles: true }));
        if (el.tagName === "SELECT") el.dispatchEvent(new Event("change", { bubbles: true }));
      },
      testId,
      value,
    ),
  );
}

/** The value of the first non-empty option of a select. */
export async function firstOptionValue(app: App, testId: string): Promise<string> {
  await app.waitUntil(
    async () =>
      (await app.execute((id: string) => {
        const el = document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement | null;
        return el ? Array.from(el.options).some((o) => o.value !== "") : false;
      }, testId)) === true,
    { timeout: UI_WAIT_MS, timeoutMsg: `${testId} has no options` },
  );
  return app.execute((id: string) => {
    const el = document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement;
    return Array.from(el.options).find((o) => o.value !== "")?.value ?? "";
  }, testId);
}

/** Clicks a sidebar entry and waits for its screen. */
export async function goTo(app: App, screen: "call" | "recent" | "settings"): Promise<void> {
  await (await waitForTestId(app, `nav-${screen}`)).click();
  await waitForTestId(app, `${screen}-screen`);
}

/** Waits until an element's attribute has one of the wanted values; returns it. */
export async function waitForAttribute(
  app: App,
  testId: string,
  attribute: string,
  wanted: string[],
  ms: number = UI_WAIT_MS,
): Promise<string> {
  let seen = "";
  await app.waitUntil(
    async () => {
      const el = byTestId(app, testId);
      if (!(await el.isExisting())) return false;
      seen = (await el.getAttribute(attribute)) ?? "";
      return wanted.includes(seen);
    },
    { timeout: ms, interval: 250, timeoutMsg: `${testId}[${attribute}] stayed "${seen}", wanted ${wanted.join(" or ")}` },
  );
  return seen;
}

/** `yyyy-MM-dd` and `HH:mm` for `at` as a wall clock in `zone`. */
export function wallClock(at: Date, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Calls one app command from the page, as the UI does, and returns its raw JSON answer. */
export async function invokeRaw(app: App, command: string, args: Record<string, unknown> = {}): Promise<string> {
  return withTimeout(
    `invoking ${command}`,
    COMMAND_MS,
    app.executeAsync(
      (cmd: string, a: Record<string, unknown>, done: (v: string) => void) => {
        const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: (c: string, a: unknown) => Promise<unknown> } })
          .__TAURI_INTERNALS__;
        internals.invoke(cmd, a).then(
          (v) => done(JSON.stringify({ ok: v })),
          (e) => done(JSON.stringify({ error: e })),
        );
      },
      command,
      args,
    ),
  );
}

/** Connects with the test key when the app shows onboarding (specs share one data folder). */
export async function connectIfNeeded(app: App): Promise<void> {
  if ((await waitForAnyTestId(app, ["onboarding", "nav-call"])) !== "onboarding") return;
  await (await waitForTestId(app, "onboarding-connect")).click();
  await (await waitForTestId(app, "api-key-input")).setValue(e2eEnv().apiKey);
  await (await waitForTestId(app, "api-key-submit")).click();
  await waitForTestId(app, "call-screen");
}

/**
 * Types `query` into the contact search and picks the result whose text contains `name`.
 * Waits for that row specifically: until the debounced search answers, the list may still show
 * earlier results, and clicking the first row then would pick someone else.
 */
export async function pickContact(app: App, query: string, name: string): Promise<void> {
  await (await waitForTestId(app, "contact-search")).setValue(query);
  let target: WebdriverIO.Element | undefined;
  await app.waitUntil(
    async () => {
      for (const option of await app.$$('[data-testid="contact-option"]')) {
        if ((await option.getText()).includes(name)) {
          target = option;
          return true;
        }
      }
      return false;
    },
    { timeout: UI_WAIT_MS, interval: 200, timeoutMsg: `no contact row for "${name}" after typing "${query}"` },
  );
  await (target as WebdriverIO.Element).click();
  await app.waitUntil(async () => (await byTestId(app, "contact-selected").getText()).includes(name), {
    timeout: UI_WAIT_MS,
    timeoutMsg: `${name} was not selected`,
  });
}
