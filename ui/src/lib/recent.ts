// Pure filtering for the Recent calls log (search box, status, agent, date range).
import type { CallEntry, CallState } from "./api";

export type RecentFilter = {
  query: string;
  state: CallState | "";
  agentId: string;
  /** yyyy-MM-dd, inclusive, compared with the entry's local creation date. */
  from: string;
  to: string;
};

export const EMPTY_FILTER: RecentFilter = { query: "", state: "", agentId: "", from: "", to: "" };

function localDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Entries matching every active filter, in the order given (newest first from list_calls). */
export function filterCalls(entries: CallEntry[], f: RecentFilter): CallEntry[] {
  const q = f.query.trim().toLowerCase();
  // "5255", "+52 55" or "52-55" find +52 55 1234 5678: phones compare by digits only.
  const qDigits = /^[\d\s+().-]+$/.test(q) ? q.replace(/\D/g, "") : "";
  return entries.filter((e) => {
    if (f.state && e.state !== f.state) return false;
    if (f.agentId && e.agent_id !== f.agentId) return false;
    if (f.from || f.to) {
      const day = localDate(e.created_at);
      if (f.from && day < f.from) return false;
      if (f.to && day > f.to) return false;
    }
    if (q) {
      const hay = `${e.contact_label} ${e.contact_phone} ${e.agent_label} ${e.from_label} ${e.status_label} ${e.call_id ?? ""}`.toLowerCase();
      const phoneHit = qDigits !== "" && `${e.contact_phone.replace(/\D/g, "")} ${e.from_label.replace(/\D/g, "")}`.includes(qDigits);
      if (!hay.includes(q) && !phoneHit) return false;
    }
    return true;
  });
}

/** A filter that can't match anything by construction, said in words (null when fine). */
export function filterProblem(f: RecentFilter): string | null {
  const { from, to } = appliedFilter(f);
  if (from && to && from > to) return "The From date is after the To date.";
  return null;
}

/** A whole, real yyyy-MM-dd date. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** Something typed in a date box that is not (yet) a date: shown as an error, not applied. */
export function badDate(value: string): boolean {
  return value.trim() !== "" && !isDay(value.trim());
}

/** The filter as typed, with date boxes that do not hold a whole date yet left out. */
export function appliedFilter(f: RecentFilter): RecentFilter {
  const day = (v: string) => (isDay(v.trim()) ? v.trim() : "");
  return { ...f, from: day(f.from), to: day(f.to) };
}

export function isFiltered(f: RecentFilter): boolean {
  return f.query.trim() !== "" || f.state !== "" || f.agentId !== "" || f.from !== "" || f.to !== "";
}

/** Agents that appear in the log, for the agent filter (label by id, first seen wins). */
export function agentsIn(entries: CallEntry[]): { id: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const e of entries) if (!seen.has(e.agent_id)) seen.set(e.agent_id, e.agent_label);
  return [...seen].map(([id, label]) => ({ id, label })).sort((a, b) => a.label.localeCompare(b.label));
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
