//! Layout checks that need a real engine (happy-dom can't measure): the window size, and
//! whether the call lists' rows still show their contact and their whole status chip.

import assert from "node:assert/strict";

import { type App, afterPaint } from "./app.ts";
import { pollUntil } from "./dom.ts";
import { COMMAND_MS, withTimeout } from "./timeouts.ts";

/** Resizes the window and waits until the page's viewport has that size. */
export async function setWindow(app: App, width: number, height: number): Promise<void> {
  await withTimeout(`resizing the window to ${width}×${height}`, COMMAND_MS, app.setWindowSize(width, height));
  await pollUntil(`waiting for a ${width}×${height} viewport`, async () => {
    const size = await app.execute(() => [window.innerWidth, window.innerHeight]);
    return size[0] === width && size[1] === height ? true : undefined;
  });
}

interface RowFit {
  contact: string;
  contactWidth: number;
  contactCut: boolean;
  chipCut: boolean;
}

/**
 * Every visible row of a call list (Recent calls' `recent-row` or All calls' `org-row`) shows its
 * contact (at least 80 px, not cut) and its whole status chip — the defect a narrow window with
 * the details drawer open used to have.
 */
export async function assertRecentRowsFit(app: App, what: string, rowTestid = "recent-row"): Promise<void> {
  await afterPaint(app);
  const rows: RowFit[] = await app.execute((testid) =>
    Array.from(document.querySelectorAll(`[data-testid="${testid}"]`)).slice(0, 9).map((row) => {
      const c = row.querySelector(".col-contact") as HTMLElement | null;
      const t = row.querySelector('[data-testid="status-chip"] .text') as HTMLElement | null;
      return {
        contact: c?.textContent?.trim() ?? "",
        contactWidth: c ? Math.round(c.getBoundingClientRect().width) : 0,
        contactCut: c ? c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1 : true,
        chipCut: t ? t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1 : false,
      };
    }), rowTestid,
  );
  assert.ok(rows.length > 0, `${what}: no ${rowTestid} is visible`);
  const bad = rows.filter((r) => r.contactWidth < 80 || r.contactCut || r.chipCut);
  assert.deepEqual(bad, [], `${what}: rows hide their contact or cut their status chip`);
}
