//! Small UI actions shared by the scenario specs: filling native inputs the way a person's
//! typing would end (an `input`/`change` event), navigating, connecting, picking a contact.
//! Built on dom.ts: reads happen inside the page, clicks re-find their element.

import { type App } from "./app.ts";
import {
  clickSelector,
  clickTestId,
  existsTestId,
  pollUntil,
  textOf,
  typeInto,
  waitForAnyTestId,
  waitForTestId,
} from "./dom.ts";
import { e2eEnv } from "./env.ts";
import { COMMAND_MS, SESSION_START_MS, UI_WAIT_MS, withTimeout } from "./timeouts.ts";

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

/**
 * Saves calling hours in Settings as a person would (the app asks before calling outside them,
 * so a spec about something else widens them to run the same at any time of day).
 */
export async function setCallingHours(app: App, start: string, end: string): Promise<void> {
  await goTo(app, "settings");
  await setField(app, "settings-hours-start", start);
  await setField(app, "settings-hours-end", end);
  // Saving the same hours again is harmless, so a click that didn't land (WebDriver clicks at
  // coordinates while the page may still be settling) is simply made again.
  await pollUntil("saving the calling hours", async () => {
    if (await existsTestId(app, "settings-hours-saved")) return true;
    await clickTestId(app, "settings-hours-save");
    return undefined;
  });
}

/** The value of the first non-empty option of a select, once it has one. */
export async function firstOptionValue(app: App, testId: string): Promise<string> {
  return pollUntil(`waiting for ${testId} to have an option`, async () => {
    const value = await app.execute((id: string) => {
      const el = document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement | null;
      return el ? (Array.from(el.options).find((o) => o.value !== "")?.value ?? "") : "";
    }, testId);
    return value === "" ? undefined : value;
  });
}

/** Clicks a sidebar entry and waits for its screen. */
export async function goTo(app: App, screen: "call" | "recent" | "settings"): Promise<void> {
  await clickTestId(app, `nav-${screen}`);
  await waitForTestId(app, `${screen}-screen`);
}

/** `yyyy-MM-dd` and `HH:mm` for `at` as a wall clock in `zone`. */
/**
 * A time at least two hours ahead, on the hour, that falls between 10:00 and 17:00 in `zone`,
 * so a scheduled call never meets the calling-hours question whatever time the suite runs at.
 */
export function callableSlot(zone: string, now = new Date()): { date: string; time: string; at: Date } {
  const hour = 3600_000;
  let at = new Date(Math.ceil((now.getTime() + 2 * hour) / hour) * hour);
  for (let i = 0; i < 48; i++, at = new Date(at.getTime() + hour)) {
    const { date, time } = wallClock(at, zone);
    const h = Number(time.slice(0, 2));
    if (h >= 10 && h < 17) return { date, time, at };
  }
  throw new Error(`no hour between 10:00 and 17:00 in ${zone} within two days`);
}

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
  await connectWithKey(app, e2eEnv().apiKey);
}

/** On onboarding: opens the key form, pastes `key` and connects; waits for the Call screen. */
export async function connectWithKey(app: App, key: string): Promise<void> {
  await clickTestId(app, "onboarding-connect");
  await typeInto(app, "api-key-input", key);
  await clickTestId(app, "api-key-submit");
  await waitForTestId(app, "call-screen", UI_WAIT_MS * 2);
}

/**
 * Types `query` into the contact search and picks the result whose text contains `name`.
 * Waits for that row specifically: until the debounced search answers, the list may still show
 * earlier results, and clicking the first row then would pick someone else. Each look reads the
 * picker inside the page (the list re-renders as results arrive, so handles would go stale):
 * done once the chosen card shows `name`; else the row for `name` is clicked by its contact id,
 * found again right before the click; a click lost to a re-render is simply tried again, and a
 * closed list is reopened by typing the query again.
 */
export async function pickContact(app: App, query: string, name: string): Promise<void> {
  await waitForCallForm(app);
  await typeInto(app, "contact-search", query);
  let seen = "";
  await pollUntil(
    `picking "${name}" after typing "${query}"`,
    async () => {
      const picker = await app.execute((wanted: string) => {
        const rows = Array.from(document.querySelectorAll('[data-testid="contact-option"]'));
        const row = rows.find((r) => (r as HTMLElement).innerText.includes(wanted));
        return {
          selected: (document.querySelector('[data-testid="contact-selected"]') as HTMLElement | null)?.innerText ?? "",
          open: document.querySelector('[data-testid="contact-listbox"], [data-testid="contact-loading"], [data-testid="contact-empty"]') !== null,
          optionId: row?.getAttribute("data-contact-id") ?? "",
        };
      }, name);
      seen = JSON.stringify(picker);
      if (picker.selected.includes(name)) return true;
      if (picker.optionId !== "") {
        await clickSelector(app, `[data-testid="contact-option"][data-contact-id="${picker.optionId}"]`, { ms: 2_000 }).catch((error: unknown) => {
          if (!String(error).includes("Timed out")) throw error;
        });
      } else if (!picker.open) {
        await typeInto(app, "contact-search", query);
      }
      return undefined;
    },
    { ms: UI_WAIT_MS * 2, seen: () => seen },
  );
}

/**
 * Waits until the Call screen has loaded its agents and numbers and shows the form; fails at once,
 * with the app's sentence, if it shows its load error or "no agents/numbers" instead. Loading is
 * three commands, two of them HTTP GETs to the simulator, so it gets the start-up budget: with
 * both cores busy it has taken longer than the 15 s element wait.
 */
export async function waitForCallForm(app: App): Promise<void> {
  const shown = await waitForAnyTestId(app, ["contact-search", "call-load-error", "call-empty"], SESSION_START_MS);
  if (shown !== "contact-search") {
    throw new Error(`The Call screen showed ${shown} instead of its form: ${await textOf(app, shown)}`);
  }
}
