//! Helpers for walking every screen in both themes: choosing the theme as a person would,
//! tidying the window for a picture, auditing a screen with axe-core.

import assert from "node:assert/strict";

import { type App, afterPaint, screenshot } from "./app.ts";
import { axeViolations, describeViolations } from "./axe.ts";
import { attributeOf, clickTestId, pollUntil } from "./dom.ts";
import { COMMAND_MS, withTimeout } from "./timeouts.ts";
import { goTo } from "./ui.ts";

export type ThemeName = "light" | "dark";

/** Waits until <html data-theme> is `theme` (the palette app.css applies). */
async function waitForPalette(app: App, theme: ThemeName): Promise<void> {
  await pollUntil(`waiting for the ${theme} palette`, async () =>
    (await app.execute(() => document.documentElement.getAttribute("data-theme"))) === theme ? true : undefined,
  );
}

/** Picks a theme in Settings → Appearance and waits until the page uses it. */
export async function chooseTheme(app: App, theme: ThemeName): Promise<void> {
  await goTo(app, "settings");
  const id = `settings-theme-${theme}`;
  // Choosing a radio again is harmless, so a click that landed elsewhere (the window was still
  // settling after a resize: WebDriver clicks at coordinates) is simply made again.
  await pollUntil(`choosing the ${theme} theme`, async () => {
    if ((await attributeOf(app, id, "aria-checked")) === "true") return true;
    await clickTestId(app, id);
    return undefined;
  });
  await waitForPalette(app, theme);
}

/**
 * Sets <html data-theme> directly, which is what the Appearance setting does: for onboarding,
 * the one screen without Settings.
 */
export async function setPalette(app: App, theme: ThemeName): Promise<void> {
  await withTimeout("setting the palette", COMMAND_MS, app.execute((t: string) => document.documentElement.setAttribute("data-theme", t), theme));
  await waitForPalette(app, theme);
}

/**
 * Moves focus and the pointer out of the way and scrolls every scrolled area back to its top,
 * then, when `show` names a test id, scrolls that element into view (a result panel sits below
 * the form).
 */
export async function tidy(app: App, show?: string): Promise<void> {
  await withTimeout(
    "tidying the page for a picture",
    COMMAND_MS,
    app.execute((id: string | null) => {
      (document.activeElement as HTMLElement | null)?.blur?.();
      for (const el of Array.from(document.querySelectorAll("main, main *"))) if (el.scrollTop > 0) el.scrollTop = 0;
      if (id !== null) document.querySelector(`[data-testid="${id}"]`)?.scrollIntoView({ block: "end" });
    }, show ?? null),
  );
  await withTimeout("moving the pointer away", COMMAND_MS, app.action("pointer").move({ x: 1, y: 1, origin: "viewport" }).perform());
  await afterPaint(app);
}

/**
 * Waits until no CSS transition is running (spinners' endless animations do not count): right after a theme switch the buttons
 * fade their background for 120 ms while the text colour has already changed, and axe would
 * measure the contrast of that in-between frame.
 */
async function waitForStillPage(app: App): Promise<void> {
  await pollUntil("waiting for transitions to finish", async () =>
    (await app.execute(() =>
      typeof document.getAnimations === "function"
        ? document.getAnimations().filter((a) => a.constructor.name === "CSSTransition" && a.playState === "running").length
        : 0,
    )) === 0
      ? true
      : undefined,
  );
}

/** Fails with every violation (rule id, impact, target selectors) axe finds on the page now. */
export async function assertAccessible(app: App, what: string): Promise<void> {
  await waitForStillPage(app);
  const violations = await axeViolations(app);
  assert.equal(violations.length, 0, `axe-core found ${violations.length} violation(s) on ${what}:\n${describeViolations(violations)}`);
}

/**
 * Audits the page and, when `picture` is given, saves `<picture>-<theme>.png`, with the element
 * whose test id is `show` scrolled into view.
 */
export async function auditScreen(app: App, what: string, theme: ThemeName, picture?: string, show?: string): Promise<void> {
  await assertAccessible(app, `${what} (${theme})`);
  if (picture !== undefined) {
    await tidy(app, show);
    await screenshot(app, `${picture}-${theme}`);
  }
}
