//! Helpers for the scenario that fills the app with varied calls and takes the README pictures:
//! picking options by their text, key/value rows, the theme, the Recent calls rows.

import { type App, byTestId, waitForTestId } from "./app.ts";
import { COMMAND_MS, UI_WAIT_MS, withTimeout } from "./timeouts.ts";
import { goTo, setField, waitForAttribute } from "./ui.ts";

/** The outcome kinds the result panel can end in (anything but "sending"). */
export const RESULT_KINDS = ["placed", "rejected", "not_sent", "outcome_unknown", "needs_confirmation"];

/** Chooses the option of a `<select>` whose text contains `text`; returns its value. */
export async function selectOptionContaining(app: App, testId: string, text: string): Promise<string> {
  let value = "";
  await app.waitUntil(
    async () => {
      value = await app.execute(
        (id: string, wanted: string) => {
          const el = document.querySelector(`[data-testid="${id}"]`) as HTMLSelectElement | null;
          const option = el ? Array.from(el.options).find((o) => o.value !== "" && o.text.includes(wanted)) : undefined;
          return option?.value ?? "";
        },
        testId,
        text,
      );
      return value !== "";
    },
    { timeout: UI_WAIT_MS, interval: 200, timeoutMsg: `${testId} has no option containing "${text}"` },
  );
  await setField(app, testId, value);
  return value;
}

/** Adds a row to the additional data or metadata editor and types a key and a value into it. */
export async function addKeyValue(
  app: App,
  editor: "additional_data" | "metadata",
  key: string,
  value: string,
): Promise<void> {
  const rows = () =>
    app.execute((id: string) => document.querySelectorAll(`[data-testid="${id}"]`).length, `${editor}-row`);
  const before = await rows();
  await (await waitForTestId(app, `${editor}-add`)).click();
  await app.waitUntil(async () => (await rows()) === before + 1, {
    timeout: UI_WAIT_MS,
    timeoutMsg: `no new ${editor} row appeared`,
  });
  const keys = await app.$$(`[data-testid="${editor}-key"]`);
  const values = await app.$$(`[data-testid="${editor}-value"]`);
  await keys[before].setValue(key);
  await values[before].setValue(value);
}

/** Presses Place call and waits for the result panel's outcome kind. */
export async function placeCall(app: App): Promise<string> {
  await (await waitForTestId(app, "place-call")).click();
  return waitForAttribute(app, "result-kind", "data-kind", RESULT_KINDS);
}

/**
 * Sets or clears `<html data-theme>` directly: what the theme setting does, for the one screen
 * (onboarding) that has no Settings to choose it in.
 */
export async function setHtmlTheme(app: App, theme: "light" | "dark" | null): Promise<void> {
  await withTimeout(
    "setting the page theme",
    COMMAND_MS,
    app.execute((t: string | null) => {
      if (t === null) document.documentElement.removeAttribute("data-theme");
      else document.documentElement.setAttribute("data-theme", t);
    }, theme),
  );
}

/** Picks a theme in Settings, as a person would, and waits until the page uses it. */
export async function chooseTheme(app: App, theme: "system" | "light" | "dark"): Promise<void> {
  await goTo(app, "settings");
  await (await waitForTestId(app, `settings-theme-${theme}`)).click();
  await app.waitUntil(
    async () => {
      const applied = await app.execute(() => document.documentElement.getAttribute("data-theme"));
      return theme === "system" ? applied === null : applied === theme;
    },
    { timeout: UI_WAIT_MS, timeoutMsg: `the page never switched to the ${theme} theme` },
  );
  assert(
    (await byTestId(app, `settings-theme-${theme}`).getAttribute("aria-checked")) === "true",
    `the ${theme} theme button is not shown as chosen`,
  );
}

/**
 * Parks the mouse pointer on the sidebar's logo, where nothing reacts to hovering, so the
 * button WebDriver clicked last is not pictured in its hover colour.
 */
export async function parkPointer(app: App): Promise<void> {
  await withTimeout(
    "moving the pointer out of the way",
    COMMAND_MS,
    app.action("pointer").move({ x: 4, y: 4, origin: "viewport" }).perform(),
  );
}

/** Scrolls the app's main area to the top and moves focus and pointer away, for a tidy picture. */
export async function tidyForPicture(app: App): Promise<void> {
  await parkPointer(app);
  await withTimeout(
    "tidying the page for a picture",
    COMMAND_MS,
    app.execute(() => {
      (document.activeElement as HTMLElement | null)?.blur?.();
      const main = document.querySelector("main");
      if (main) main.scrollTop = 0;
    }),
  );
}

/** The Recent calls rows currently rendered, as `{ state, text }`, top to bottom. */
export async function renderedRows(app: App): Promise<{ state: string; text: string }[]> {
  return withTimeout(
    "reading the Recent calls rows",
    COMMAND_MS,
    app.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="recent-row"]')).map((row) => ({
        state: row.getAttribute("data-state") ?? "",
        text: (row as HTMLElement).innerText,
      })),
    ),
  );
}

/**
 * Waits until the Recent calls row of `contact` shows one of `states`, scrolling the virtual list
 * until that row is rendered; returns the state seen.
 */
export async function waitForRowState(app: App, contact: string, states: string[], ms = UI_WAIT_MS): Promise<string> {
  let seen = "(no row)";
  await app.waitUntil(
    async () => {
      seen = await scrollToRow(app, contact);
      return states.includes(seen);
    },
    { timeout: ms, interval: 300, timeoutMsg: `the row for ${contact} stayed "${seen}", wanted ${states.join(" or ")}` },
  );
  return seen;
}

/** Opens the details drawer of the newest row for `contact` and waits for its contents. */
export async function openRow(app: App, contact: string): Promise<void> {
  await waitForRowState(app, contact, [
    "sending",
    "placed",
    "scheduled",
    "in_queue",
    "in_progress",
    "completed",
    "failed_call",
    "rejected",
    "not_sent",
    "outcome_unknown",
  ]);
  const index = await withTimeout(
    `finding the row for ${contact}`,
    COMMAND_MS,
    app.execute((name: string) => {
      const row = Array.from(document.querySelectorAll('[data-testid="recent-row"]')).find((r) =>
        (r as HTMLElement).innerText.includes(name),
      );
      return row?.getAttribute("data-index") ?? "";
    }, contact),
  );
  await app.$(`[data-testid="recent-row"][data-index="${index}"]`).click();
  await waitForTestId(app, "details-drawer");
  await app.waitUntil(async () => !(await byTestId(app, "details-loading").isExisting()), {
    timeout: UI_WAIT_MS,
    timeoutMsg: "the details drawer kept loading",
  });
}

/** Scrolls the virtual list until a row for `contact` is rendered; returns its state or "". */
async function scrollToRow(app: App, contact: string): Promise<string> {
  return withTimeout(
    `scrolling to the row for ${contact}`,
    COMMAND_MS,
    app.executeAsync((name: string, done: (state: string) => void) => {
      const find = () =>
        Array.from(document.querySelectorAll('[data-testid="recent-row"]')).find((r) =>
          (r as HTMLElement).innerText.includes(name),
        );
      const viewport = document.querySelector('[data-testid="recent-list"]') as HTMLElement | null;
      if (find() || !viewport) {
        done(find()?.getAttribute("data-state") ?? "");
        return;
      }
      // Rows outside the viewport are not in the DOM: walk down one screen per frame.
      viewport.scrollTop = 0;
      const step = () => {
        const row = find();
        const atEnd = viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1;
        if (row || atEnd) {
          done(row?.getAttribute("data-state") ?? "");
          return;
        }
        viewport.scrollTop += viewport.clientHeight / 2;
        requestAnimationFrame(() => requestAnimationFrame(step));
      };
      requestAnimationFrame(step);
    }, contact),
  );
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
