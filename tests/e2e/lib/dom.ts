//! Element access that survives re-rendering. Svelte replaces DOM nodes whenever a list or a
//! branch re-renders, and a WebDriver element handle to a replaced node throws ("Node with
//! identifier … was not found", "stale element reference"). So:
//! - every read is one in-page `execute` that queries by `data-testid` and returns plain data
//!   (text, value, attributes) in a single round trip: there is no handle to go stale;
//! - every action re-finds its element by selector right before acting, with the raw WebDriver
//!   commands (no WebdriverIO implicit waits or stale-element recovery, which can stall for
//!   minutes), and a stale / not interactable / intercepted answer means "not yet": the action
//!   is retried until its wait runs out.
//! Specs never hold element handles; ui/TESTIDS.md lists the ids.

import { type App } from "./app.ts";
import { COMMAND_MS, UI_WAIT_MS, withTimeout } from "./timeouts.ts";

/** How often a wait looks again. */
const POLL_MS = 100;

/** `[data-testid="<id>"]`, optionally narrowed by more attribute selectors. */
export function testIdSelector(id: string, extra = ""): string {
  return `[data-testid="${id}"]${extra}`;
}

/**
 * True for WebDriver errors that mean "the element is being replaced or is not ready yet"; any
 * other error (a lost session, a script error) ends the wait at once.
 */
export function isTransient(error: unknown): boolean {
  const text = `${(error as { name?: string })?.name ?? ""} ${(error as { message?: string })?.message ?? String(error)}`;
  return /stale element|was not found|no such element|not interactable|click intercepted|element not visible|detached|not attached|invalid element state/i.test(
    text,
  );
}

/**
 * Calls `probe` until it returns something other than `undefined`, treating transient WebDriver
 * errors as "not yet". Fails after `ms` with `what` and, when given, `seen()` (what the last
 * probe saw) plus the last transient error.
 */
export async function pollUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  { ms = UI_WAIT_MS, seen }: { ms?: number; seen?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + ms;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await withTimeout(what, COMMAND_MS, probe());
      if (value !== undefined) return value;
    } catch (error) {
      if (!isTransient(error)) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const parts = [`Timed out after ${ms} ms: ${what}`];
      if (seen) parts.push(`last seen: ${seen()}`);
      if (lastError !== undefined) parts.push(`last transient error: ${String(lastError).slice(0, 300)}`);
      throw new Error(parts.join("; "));
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** What one element looks like right now, read inside the page. */
export interface ElementState {
  /** How many elements match the selector. */
  count: number;
  exists: boolean;
  /** Rendered with a box and not `visibility: hidden`. */
  displayed: boolean;
  /** False for a disabled control. */
  enabled: boolean;
  /** `innerText`, as a person sees it. */
  text: string;
  /** `value` of an input, select or textarea, else "". */
  value: string;
  /** The requested attributes (null when absent). */
  attributes: Record<string, string | null>;
}

/** Reads the `index`-th element matching `selector` (default the first) in one round trip. */
export async function readSelector(app: App, selector: string, attributes: string[] = [], index = 0): Promise<ElementState> {
  return withTimeout(
    `reading ${selector}`,
    COMMAND_MS,
    app.execute(
      (sel: string, names: string[], i: number) => {
        const all = document.querySelectorAll(sel);
        const el = all[i] as HTMLElement | undefined;
        if (!el) return { count: all.length, exists: false, displayed: false, enabled: false, text: "", value: "", attributes: {} };
        const style = getComputedStyle(el);
        const attrs: Record<string, string | null> = {};
        for (const name of names) attrs[name] = el.getAttribute(name);
        return {
          count: all.length,
          exists: true,
          displayed: el.isConnected && el.getClientRects().length > 0 && style.visibility !== "hidden",
          enabled: !(el as HTMLButtonElement).disabled,
          text: el.innerText ?? "",
          value: "value" in el ? String((el as HTMLInputElement).value) : "",
          attributes: attrs,
        };
      },
      selector,
      attributes,
      index,
    ),
  );
}

/** Reads the first element with this test id (see `readSelector`). */
export function readTestId(app: App, id: string, attributes: string[] = []): Promise<ElementState> {
  return readSelector(app, testIdSelector(id), attributes);
}

/** Whether an element with this test id is in the page right now. */
export async function existsTestId(app: App, id: string): Promise<boolean> {
  return (await readTestId(app, id)).exists;
}

/** The visible text of the first element with this test id ("" when there is none). */
export async function textOf(app: App, id: string): Promise<string> {
  return (await readTestId(app, id)).text;
}

/** The current value of the input or select with this test id. */
export async function valueOf(app: App, id: string): Promise<string> {
  return (await readTestId(app, id)).value;
}

/** An attribute of the first element with this test id (null when absent or no element). */
export async function attributeOf(app: App, id: string, attribute: string): Promise<string | null> {
  return (await readTestId(app, id, [attribute])).attributes[attribute] ?? null;
}

/** Waits until an element matching `selector` is displayed. */
export async function waitForSelector(app: App, selector: string, ms: number = UI_WAIT_MS): Promise<ElementState> {
  let last: ElementState | undefined;
  return pollUntil(
    `waiting for ${selector} to be displayed`,
    async () => {
      last = await readSelector(app, selector);
      return last.displayed ? last : undefined;
    },
    { ms, seen: () => (last === undefined ? "nothing read" : last.exists ? "present but not displayed" : "absent") },
  );
}

/** Waits until the element with this test id is displayed; returns what it shows. */
export function waitForTestId(app: App, id: string, ms: number = UI_WAIT_MS): Promise<ElementState> {
  return waitForSelector(app, testIdSelector(id), ms);
}

/** Waits until one of the test ids is displayed; returns the first one found, in list order. */
export async function waitForAnyTestId(app: App, ids: string[], ms: number = UI_WAIT_MS): Promise<string> {
  return pollUntil(
    `waiting for any of ${ids.map((id) => testIdSelector(id)).join(", ")}`,
    async () => {
      const found = await app.execute((wanted: string[]) => {
        for (const id of wanted) {
          const el = document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
          if (el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden") return id;
        }
        return "";
      }, ids);
      return found === "" ? undefined : found;
    },
    { ms },
  );
}

/** Waits until `read` of the element with this test id satisfies `ok`; returns the last state. */
export async function waitForState(
  app: App,
  id: string,
  what: string,
  ok: (state: ElementState) => boolean,
  { ms = UI_WAIT_MS, attributes = [] as string[] } = {},
): Promise<ElementState> {
  let last: ElementState | undefined;
  return pollUntil(
    `waiting for [data-testid="${id}"] ${what}`,
    async () => {
      last = await readTestId(app, id, attributes);
      return ok(last) ? last : undefined;
    },
    { ms, seen: () => JSON.stringify(last ?? null).slice(0, 300) },
  );
}

/** Waits until the element's text contains `text` (or matches it, for a RegExp); returns the text. */
export async function waitForText(app: App, id: string, text: string | RegExp, ms: number = UI_WAIT_MS): Promise<string> {
  const ok = (s: ElementState) => s.exists && (typeof text === "string" ? s.text.includes(text) : text.test(s.text));
  return (await waitForState(app, id, `to show ${String(text)}`, ok, { ms })).text;
}

/** Waits until an element's attribute has one of the wanted values; returns it. */
export async function waitForAttribute(
  app: App,
  id: string,
  attribute: string,
  wanted: string[],
  ms: number = UI_WAIT_MS,
): Promise<string> {
  let seen = "(no element)";
  await pollUntil(
    `waiting for [data-testid="${id}"][${attribute}] to be ${wanted.join(" or ")}`,
    async () => {
      const state = await readTestId(app, id, [attribute]);
      seen = state.exists ? `"${state.attributes[attribute] ?? ""}"` : "(no element)";
      return state.exists && wanted.includes(state.attributes[attribute] ?? "") ? true : undefined;
    },
    { ms, seen: () => seen },
  );
  return seen.replace(/^"|"$/g, "");
}

/**
 * Whether the element is at the same place over two animation frames. A click is aimed at the
 * element's centre before it is dispatched; while the page scrolls (the result panel scrolls
 * itself into view, smoothly) the button moves away in between and the click lands elsewhere.
 */
async function isSteady(app: App, selector: string, index: number): Promise<boolean> {
  return withTimeout(
    `checking that ${selector} is not moving`,
    COMMAND_MS,
    app.executeAsync(
      (sel: string, i: number, done: (steady: boolean) => void) => {
        const where = () => {
          const r = (document.querySelectorAll(sel)[i] as HTMLElement | undefined)?.getBoundingClientRect();
          return r ? `${r.x},${r.y},${r.width},${r.height}` : "";
        };
        const first = where();
        requestAnimationFrame(() => requestAnimationFrame(() => done(first !== "" && where() === first)));
      },
      selector,
      index,
    ),
  );
}

/** "absent", "present but not displayed" or "displayed", for failure messages. */
function describeState(state: ElementState): string {
  return !state.exists ? `absent (${state.count} match)` : state.displayed ? "displayed" : "present but not displayed";
}

/** The WebDriver id of the `index`-th element matching `selector`, found fresh; throws if absent. */
async function freshElement(app: App, selector: string, index: number): Promise<string> {
  const found = await app.findElements("css selector", selector);
  const ref = found[index] as Record<string, string> | undefined;
  if (ref === undefined) throw new Error(`no such element: ${selector} [${index}] (found ${found.length})`);
  return Object.values(ref)[0];
}

/**
 * Clicks the `index`-th element matching `selector` as a pointer would: it is found again right
 * before the click, and a stale, hidden or covered element is retried until `ms` runs out.
 */
export async function clickSelector(app: App, selector: string, { ms = UI_WAIT_MS, index = 0 } = {}): Promise<void> {
  let seen = "nothing read";
  await pollUntil(
    `clicking ${selector}`,
    async () => {
      const state = await readSelector(app, selector, [], index);
      seen = describeState(state);
      if (!state.displayed) return undefined;
      if (!(await isSteady(app, selector, index))) {
        seen = "moving (the page is scrolling)";
        return undefined;
      }
      await app.elementClick(await freshElement(app, selector, index));
      return true;
    },
    { ms, seen: () => seen },
  );
}

/** Clicks the element with this test id (see `clickSelector`). */
export function clickTestId(app: App, id: string, options: { ms?: number; index?: number } = {}): Promise<void> {
  return clickSelector(app, testIdSelector(id), options);
}

/**
 * Clicks the element with this test id if it is (still) there: true when clicked, false when it
 * is gone or never was, e.g. a "Check status" button that disappears once the call is final.
 */
export async function clickIfPresent(app: App, id: string, { ms = UI_WAIT_MS } = {}): Promise<boolean> {
  const selector = testIdSelector(id);
  return pollUntil(
    `clicking ${selector} if present`,
    async () => {
      const state = await readSelector(app, selector);
      if (!state.exists) return false;
      if (!state.displayed) return undefined;
      await app.elementClick(await freshElement(app, selector, 0));
      return true;
    },
    { ms },
  );
}

/**
 * One click on the element with this test id, not retried: for clicking something that should
 * ignore the click (a disabled button). Returns false when WebDriver refused it as not
 * interactable or the element was being replaced.
 */
export async function clickOnce(app: App, id: string): Promise<boolean> {
  try {
    await withTimeout(`clicking ${id} once`, COMMAND_MS, app.elementClick(await freshElement(app, testIdSelector(id), 0)));
    return true;
  } catch (error) {
    if (isTransient(error)) return false;
    throw error;
  }
}

/**
 * Clears the input with this test id and types `text` into it key by key (so `input` events fire
 * as they would for a person). Found fresh for each attempt; retried on transient errors.
 */
export async function typeInto(app: App, id: string, text: string, { ms = UI_WAIT_MS, index = 0 } = {}): Promise<void> {
  const selector = testIdSelector(id);
  let seen = "nothing read";
  await pollUntil(
    `typing into ${selector}`,
    async () => {
      const state = await readSelector(app, selector, [], index);
      seen = describeState(state);
      if (!state.displayed) return undefined;
      const element = await freshElement(app, selector, index);
      await app.elementClear(element);
      if (text !== "") await app.elementSendKeys(element, text);
      return true;
    },
    { ms, seen: () => seen },
  );
}

/** Sends keys to whatever has focus (WebDriver actions), e.g. `["Tab"]` or `["ArrowRight"]`. */
export async function pressKeys(app: App, keys: string[]): Promise<void> {
  await withTimeout(`pressing ${keys.join(", ")}`, COMMAND_MS, app.keys(keys));
}

/** `data-testid` (or tag + id when it has none) of the focused element. */
export async function focusedTestId(app: App): Promise<string> {
  return withTimeout(
    "reading the focused element",
    COMMAND_MS,
    app.execute(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return "(body)";
      return el.getAttribute("data-testid") ?? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}`;
    }),
  );
}
