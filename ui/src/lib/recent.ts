// The Recent calls filter as the screen holds it, and the virtual list's arithmetic. What a
// filter means is decided in Rust (`CallQuery::matches`), which answers every page.
import type { CallState } from "./api";

export type RecentFilter = {
  query: string;
  state: CallState | "";
  agentId: string;
  /** One campaign's calls only (set from the Campaigns screen; "" for every call). */
  campaignId: string;
  /** yyyy-MM-dd as typed, inclusive, in this computer's time zone (Rust checks it). */
  from: string;
  to: string;
};

export const EMPTY_FILTER: RecentFilter = { query: "", state: "", agentId: "", campaignId: "", from: "", to: "" };

export function isFiltered(f: RecentFilter): boolean {
  return f.query.trim() !== "" || f.state !== "" || f.agentId !== "" || f.campaignId !== "" || f.from !== "" || f.to !== "";
}

/** Which rows of a fixed-height list are visible, with `overscan` extra rows on each side. */
export function visibleRange(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan = 6,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const shown = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(count, first + shown + overscan);
  return { start, end };
}
