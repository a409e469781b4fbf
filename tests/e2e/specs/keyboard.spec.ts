// Keyboard only: the Appearance radio group answers the arrow keys, the skip links reach the
// first Recent calls row in a few key presses, each filter (the date boxes included) is one Tab
// stop, Enter opens a call's details and Escape closes them, and whatever has focus shows a ring.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Key } from "webdriverio";

import { type App, startApp, stopApp } from "../lib/app.ts";
import { attributeOf, focusedTestId, pollUntil, pressKeys, waitForTestId } from "../lib/dom.ts";
import { COMMAND_MS, TEST_MS, withTimeout } from "../lib/timeouts.ts";
import { connectIfNeeded, goTo } from "../lib/ui.ts";

/** Moves focus to the element with this test id, as a click or an earlier Tab would. */
async function focusTestId(app: App, id: string): Promise<void> {
  await waitForTestId(app, id);
  await withTimeout(`focusing ${id}`, COMMAND_MS, app.execute((t: string) => (document.querySelector(`[data-testid="${t}"]`) as HTMLElement).focus(), id));
}

/** Whether the focused element draws a focus ring (an outline at least 1 px wide). */
async function focusRingShown(app: App): Promise<boolean> {
  return withTimeout(
    "reading the focus ring",
    COMMAND_MS,
    app.execute(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      const style = getComputedStyle(el);
      return style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 1;
    }),
  );
}

/** Presses `key` and waits until the element with `id` has focus. */
async function pressUntilFocused(app: App, key: string, id: string): Promise<void> {
  await pressKeys(app, [key]);
  let seen = "";
  await pollUntil(
    `waiting for ${id} to have focus`,
    async () => {
      seen = await focusedTestId(app);
      return seen === id ? true : undefined;
    },
    { seen: () => seen },
  );
  assert.ok(await focusRingShown(app), `${id} has focus but shows no focus ring`);
}

/** Each theme radio's checked state and Tab stop, what has focus, and any error under the group. */
async function radioStates(app: App): Promise<string> {
  return app.execute(() => {
    const radios = Array.from(document.querySelectorAll('[data-testid^="settings-theme-"]'));
    const states = radios.map((r) => `${r.getAttribute("data-testid")}: checked=${r.getAttribute("aria-checked")} tabindex=${r.getAttribute("tabindex")}`);
    const focused = (document.activeElement as HTMLElement | null)?.getAttribute("data-testid") ?? "none";
    const error = document.querySelector('[aria-labelledby="theme-title"] .field-error')?.textContent ?? "none";
    return `${states.join("; ")}; focused=${focused}; error=${error}; html class=${document.documentElement.className}`;
  });
}

describe("keyboard only", { timeout: TEST_MS * 2 }, () => {
  let app: App;

  before(async () => {
    app = await startApp();
    await connectIfNeeded(app);
  });

  after(async () => {
    await stopApp(app);
  });

  it("moves through the Appearance radios with the arrow keys, choosing as it goes", async () => {
    await goTo(app, "settings");
    const order = ["system", "light", "dark"];
    let at = -1;
    for (const [i, t] of order.entries()) if ((await attributeOf(app, `settings-theme-${t}`, "aria-checked")) === "true") at = i;
    assert.notEqual(at, -1, "one theme is checked");
    // Tab into the group from the control before it: the group is one Tab stop, its checked radio.
    await focusTestId(app, "settings-hours-save");
    await pressUntilFocused(app, Key.Tab, `settings-theme-${order[at]}`);
    for (const key of [Key.ArrowRight, Key.ArrowRight, Key.ArrowLeft, Key.ArrowDown]) {
      at = (at + (key === Key.ArrowLeft ? order.length - 1 : 1)) % order.length;
      const id = `settings-theme-${order[at]}`;
      await pressUntilFocused(app, key, id);
      // The Tab stop follows aria-checked through a MutationObserver and the save's answer
      // re-renders the group: wait for the settled state, checked and the one Tab stop.
      let radios = "";
      await pollUntil(
        `waiting for ${id} to be checked and the group's one Tab stop`,
        async () => {
          radios = await radioStates(app);
          return (await attributeOf(app, id, "aria-checked")) === "true" && (await attributeOf(app, id, "tabindex")) === "0" ? true : undefined;
        },
        { seen: () => radios },
      );
    }
    await focusTestId(app, "settings-theme-system");
    await pressKeys(app, [Key.Enter]);
    await pollUntil("waiting for System to be checked again", async () =>
      (await attributeOf(app, "settings-theme-system", "aria-checked")) === "true" ? true : undefined,
    );
  });

  it("reaches the first Recent calls row from the sidebar through the skip link", async () => {
    await focusTestId(app, "nav-recent");
    await pressKeys(app, [Key.Enter]);
    await waitForTestId(app, "recent-row");
    // nav-recent → nav-campaigns → nav-settings → the "This computer" tab → the skip link, then
    // Enter lands on the first row.
    await pressUntilFocused(app, Key.Tab, "nav-campaigns");
    await pressUntilFocused(app, Key.Tab, "nav-settings");
    await pressUntilFocused(app, Key.Tab, "recent-tab-local");
    await pressUntilFocused(app, Key.Tab, "recent-skip-to-list");
    await pressUntilFocused(app, Key.Enter, "recent-row");
    assert.equal(await attributeOf(app, "recent-row", "data-index"), "0");
  });

  it("takes one Tab per filter, the date boxes included, with a ring on each", async () => {
    await focusTestId(app, "recent-skip-to-list");
    for (const id of ["export-csv", "recent-search", "recent-filter-status", "recent-filter-agent", "recent-filter-from", "recent-filter-to", "recent-row"]) {
      await pressUntilFocused(app, Key.Tab, id);
    }
  });

  it("opens a call's details with Enter and closes them with Escape, back on the row", async () => {
    await focusTestId(app, "recent-row");
    await pressKeys(app, [Key.Enter]);
    await waitForTestId(app, "details-drawer");
    await pollUntil("waiting for focus in the drawer", async () => ((await focusedTestId(app)) === "details-close" ? true : undefined));
    await pressUntilFocused(app, Key.Escape, "recent-row");
  });
});
