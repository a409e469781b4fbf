// Pure form logic for the Call screen: key/value rows, the When draft, outcome and status wording.
// No IPC here; the wording comes from the message catalogues (call_…), in the current language. The rules a form must pass live in Rust (check_call_form).
import type { CallState, KeyValue, PlaceOutcome, When } from "./api";
import { count } from "./format";
import { m } from "../paraglide/messages.js";

/** One editable row of the Additional data / Metadata editors. `id` is stable across edits. */
export type Row = { id: number; key: string; value: string };

/** Field path → plain sentence, e.g. `{"additional_data[2].key": "Give this field a name."}`. */
export type FieldErrors = Record<string, string>;

export type RowSection = "additional_data" | "metadata";

let nextRowId = 1;
/** A new, empty row with a fresh id. */
export function newRow(key = "", value = ""): Row {
  return { id: nextRowId++, key, value };
}

/** Rows from saved key/values (e.g. "Call again"). */
export function rowsFrom(items: KeyValue[]): Row[] {
  return items.map((kv) => newRow(kv.key, kv.value));
}

/**
 * What will be sent for a row editor: fully blank rows are dropped (a row the user added but
 * never filled in is not an error). `rowIds[i]` is the row behind item `i`, so an error path
 * like `metadata[1].key` from Rust lands on the right row.
 */
export function rowsToItems(rows: Row[]): { items: KeyValue[]; rowIds: number[] } {
  const items: KeyValue[] = [];
  const rowIds: number[] = [];
  for (const r of rows) {
    if (r.key.trim() === "" && r.value.trim() === "") continue;
    items.push({ key: r.key.trim(), value: r.value.trim() });
    rowIds.push(r.id);
  }
  return { items, rowIds };
}

/** The row id and part an error path points at, or null if the path is not a row path. */
export function rowForField(
  field: string,
  section: RowSection,
  rowIds: number[],
): { rowId: number; part: "key" | "value" } | null {
  const found = new RegExp(`^${section}\\[(\\d+)\\]\\.(key|value)$`).exec(field);
  if (!found) return null;
  const rowId = rowIds[Number(found[1])];
  return rowId === undefined ? null : { rowId, part: found[2] as "key" | "value" };
}

// ---------------------------------------------------------------------------------------------
// When

export type WhenMode = "now" | "delay" | "at";
export type Ambiguity = "earlier" | "later" | null;

/** What the When controls hold, as typed (strings), before it becomes a `When`. */
export type WhenDraft = {
  mode: WhenMode;
  minutes: string;
  date: string;
  time: string;
  zone: string;
  ambiguity: Ambiguity;
};

export function initialWhen(zone: string): WhenDraft {
  return { mode: "now", minutes: "15", date: "", time: "", zone, ambiguity: null };
}

/** Switching segments keeps what was typed in the others (nothing the user typed is lost). */
export function setWhenMode(d: WhenDraft, mode: WhenMode): WhenDraft {
  return { ...d, mode };
}

/** Changing the date, time or zone makes a previous earlier/later choice meaningless. */
export function editWhen(d: WhenDraft, patch: Partial<Pick<WhenDraft, "minutes" | "date" | "time" | "zone">>): WhenDraft {
  const resetsAmbiguity = patch.date !== undefined || patch.time !== undefined || patch.zone !== undefined;
  return { ...d, ...patch, ambiguity: resetsAmbiguity ? null : d.ambiguity };
}

/** "Use 03:00 instead" for a DST gap. */
export function useSuggestedTime(d: WhenDraft, time: string): WhenDraft {
  return { ...d, time, ambiguity: null };
}

export function chooseAmbiguity(d: WhenDraft, ambiguity: "earlier" | "later"): WhenDraft {
  return { ...d, ambiguity };
}

/**
 * The IPC `When` for the draft, exactly as typed: Rust parses and checks it (check_call_form,
 * preview_when) so the rules and their sentences exist once.
 */
export function whenFromDraft(d: WhenDraft): When {
  if (d.mode === "now") return { kind: "now" };
  if (d.mode === "delay") return { kind: "delay", minutes: d.minutes.trim() };
  return { kind: "at", date: d.date, time: d.time, time_zone: d.zone.trim(), ambiguity: d.ambiguity };
}

/** The draft behind a saved `When` (used by "Call again"). */
export function draftFromWhen(w: When, fallbackZone: string): WhenDraft {
  const base = initialWhen(fallbackZone);
  if (w.kind === "delay") return { ...base, mode: "delay", minutes: w.minutes };
  if (w.kind === "at")
    return { ...base, mode: "at", date: w.date, time: w.time, zone: w.time_zone, ambiguity: w.ambiguity };
  return base;
}

// ---------------------------------------------------------------------------------------------
// Outcomes and statuses

export type Tone = "success" | "info" | "progress" | "warning" | "danger" | "neutral";

/** The headline of the result panel for a place_call outcome (in the current language). */
export function describeOutcome(o: PlaceOutcome): { title: string; tone: Tone } {
  switch (o.kind) {
    case "placed":
      return o.entry?.state === "scheduled"
        ? { title: m.call_outcome_scheduled(), tone: "info" }
        : { title: m.call_outcome_placed(), tone: "success" };
    case "rejected":
      return { title: m.call_outcome_rejected(), tone: "danger" };
    case "not_sent":
      return { title: m.call_outcome_not_sent(), tone: "warning" };
    case "outcome_unknown":
      return { title: m.call_outcome_outcome_unknown(), tone: "warning" };
    case "needs_confirmation":
      return { title: m.call_outcome_needs_confirmation(), tone: "neutral" };
  }
}

/** The headline of the result panel once "Check status" has found out where the call stands. */
export function describeEntry(state: CallState): { title: string; tone: Tone } {
  switch (state) {
    case "sending":
      return { title: m.call_outcome_sending(), tone: "progress" };
    case "placed":
      return { title: m.call_outcome_placed(), tone: "success" };
    case "scheduled":
      return { title: m.call_outcome_scheduled(), tone: "info" };
    case "in_queue":
      return { title: m.call_outcome_in_queue(), tone: "progress" };
    case "in_progress":
      return { title: m.call_outcome_in_progress(), tone: "progress" };
    case "completed":
      return { title: m.call_outcome_completed(), tone: "success" };
    case "failed_call":
      return { title: m.call_outcome_failed_call(), tone: "danger" };
    case "rejected":
      return { title: m.call_outcome_rejected(), tone: "danger" };
    case "not_sent":
      return { title: m.call_outcome_not_sent(), tone: "warning" };
    case "outcome_unknown":
      return { title: m.call_outcome_outcome_unknown(), tone: "warning" };
  }
}

/** Short chip text and colour for a journal state (the entry's status_label says the details). */
export function chipFor(state: CallState): { label: string; tone: Tone } {
  switch (state) {
    case "sending":
      return { label: m.call_chip_sending(), tone: "progress" };
    case "placed":
      return { label: m.call_chip_placed(), tone: "info" };
    case "scheduled":
      return { label: m.call_chip_scheduled(), tone: "info" };
    case "in_queue":
      return { label: m.call_chip_in_queue(), tone: "progress" };
    case "in_progress":
      return { label: m.call_chip_in_progress(), tone: "progress" };
    case "completed":
      return { label: m.call_chip_completed(), tone: "success" };
    case "failed_call":
      return { label: m.call_chip_failed_call(), tone: "danger" };
    case "rejected":
      return { label: m.call_chip_rejected(), tone: "danger" };
    case "not_sent":
      return { label: m.call_chip_not_sent(), tone: "neutral" };
    case "outcome_unknown":
      return { label: m.call_chip_outcome_unknown(), tone: "warning" };
  }
}

/** Every state with its chip label, for the status filter. */
export const ALL_STATES: CallState[] = [
  "scheduled",
  "placed",
  "in_queue",
  "in_progress",
  "completed",
  "failed_call",
  "rejected",
  "outcome_unknown",
  "not_sent",
  "sending",
];

/** "just now", "4 min ago", "3 h ago", "2 days ago" — for "last checked …" (in the current language). */
export function relativeTime(iso: string | null, now: Date): string {
  if (!iso) return m.call_checked_never();
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return m.call_checked_unknown();
  const s = Math.round((now.getTime() - t) / 1000);
  if (s < 45) return m.call_checked_just_now();
  const mins = Math.round(s / 60);
  // "min" and "h" are abbreviations: the same for one and many in every language here.
  if (mins < 60) return m.call_checked_minutes_ago({ minutes: count(mins) });
  const h = Math.round(mins / 60);
  if (h < 24) return m.call_checked_hours_ago({ hours: count(h) });
  const days = Math.round(h / 24);
  return days === 1 ? m.call_checked_yesterday() : m.call_checked_days_ago({ n: days, count: count(days) });
}
