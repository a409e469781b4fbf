// The new-campaign wizard's rules that don't need a window: what each column can be used
// for, changing one column's use without leaving two columns on one field, the form's
// starting values, and how a campaign's counts become a progress figure. The checks
// themselves run in Rust; these only shape what the screen sends.
import type {
  Agent,
  CampaignDefaults,
  CampaignForm,
  CampaignView,
  ColumnUse,
  Field,
  Mapping,
  PhoneNumber,
} from "./api";
import type { MessagePart } from "../paraglide/runtime.js";
import { m } from "../paraglide/messages.js";

/** A column's use as one `<select>` value: a field name, "data" or "ignore". */
export type UseChoice = Field | "data" | "ignore";

/** Each use a column can have, with its label in the current language (read when shown). */
export const USE_CHOICES: { value: UseChoice; label: () => string }[] = [
  { value: "name", label: m.campaigns_use_name },
  { value: "phone", label: m.campaigns_use_phone },
  { value: "email", label: m.campaigns_use_email },
  { value: "country", label: m.campaigns_use_country },
  { value: "time_zone", label: m.campaigns_use_time_zone },
  { value: "contact_id", label: m.campaigns_use_contact_id },
  { value: "data", label: m.campaigns_use_data },
  { value: "ignore", label: m.campaigns_use_ignore },
];

export function choiceOf(use: ColumnUse): UseChoice {
  return use.use === "field" ? use.field : use.use;
}

/** An additional-data key from a header, as Rust's `data_key` makes it (lower case, `_`). */
export function keyFromHeader(header: string): string {
  const key = header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  return key || "column";
}

/**
 * `mapping` with column `index` used as `choice`. A field is used by one column only: the
 * column that had it becomes "Don't use", so the person sees what moved.
 */
export function withUse(mapping: Mapping, index: number, choice: UseChoice): Mapping {
  const columns = mapping.columns.map((c, i): ColumnUse => {
    if (i === index) {
      if (choice === "data") return { use: "data", key: keyFromHeader(mapping.headers[i] ?? "") };
      if (choice === "ignore") return { use: "ignore" };
      return { use: "field", field: choice };
    }
    if (c.use === "field" && c.field === choice) return { use: "ignore" };
    return c;
  });
  return { ...mapping, columns };
}

/** `mapping` with column `index`'s additional-data key renamed. */
export function withKey(mapping: Mapping, index: number, key: string): Mapping {
  const columns = mapping.columns.map((c, i): ColumnUse => (i === index ? { use: "data", key } : c));
  return { ...mapping, columns };
}

/** Whether some column holds a phone number or a contact id (the one thing a row needs). */
export function canCheck(mapping: Mapping): boolean {
  return mapping.columns.some((c) => c.use === "field" && (c.field === "phone" || c.field === "contact_id"));
}

const ALL_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** The form's first values: the defaults, the first agent, every outbound number. */
export function startingForm(
  defaults: CampaignDefaults,
  agents: Agent[],
  numbers: PhoneNumber[],
  fileName: string,
  today: Date,
): CampaignForm {
  const stem = fileName.replace(/\.[^.]+$/, "");
  const date = today.toISOString().slice(0, 10);
  return {
    name: `${stem} ${date}`,
    agent_id: agents[0]?.id ?? "",
    from_number_ids: numbers.filter((n) => n.kind !== "inbound").map((n) => n.id),
    days: [...defaults.days],
    hours_start: defaults.hours_start,
    hours_end: defaults.hours_end,
    outside_hours_confirmed: false,
    per_minute: defaults.per_minute,
    max_active: defaults.max_active,
    retry_no_answer: true,
    retry_busy: true,
    retry_voicemail: false,
    retry_after_minutes: defaults.retry_after_minutes,
    max_attempts: defaults.max_attempts,
    additional_data: [],
    metadata: [],
  };
}

/**
 * The sample's form in the sandbox: every day at any hour (confirmed, since these are
 * simulated people) and quick retries, so a trial finishes in a few skips ahead.
 */
export function sampleForm(base: CampaignForm, defaults: CampaignDefaults): CampaignForm {
  return {
    ...base,
    name: base.name.replace(/^sample-contacts/, m.campaigns_sample_name()),
    days: [...ALL_DAYS],
    hours_start: "00:00",
    hours_end: "23:59",
    outside_hours_confirmed: true,
    per_minute: Math.min(30, defaults.max_per_minute),
    max_active: Math.min(10, defaults.max_max_active),
    retry_after_minutes: Math.max(15, defaults.min_retry_minutes),
  };
}

/** Whether the form's hours reach outside Settings' calling hours (needs a confirmation). */
export function outsideHours(form: CampaignForm, defaults: CampaignDefaults): boolean {
  return form.hours_start < defaults.hours_start || form.hours_end > defaults.hours_end;
}

/** 0–100: rows that are final out of all rows. */
export function progressPercent(c: CampaignView): number {
  return c.total === 0 ? 0 : Math.round((c.finished_rows / c.total) * 100);
}

/** The counts worth drawing (final outcomes), in the chart's order. */
export const OUTCOME_KEYS = ["answered", "no_answer", "voicemail", "busy", "failed", "skipped", "unknown"];

export function outcomeCounts(c: CampaignView): { key: string; label: string; count: number }[] {
  return OUTCOME_KEYS.map((k) => c.counts.find((x) => x.key === k)).filter(
    (x): x is { key: string; label: string; count: number } => x !== undefined,
  );
}

/**
 * A run of a message's text and the markup around it: `{#strong}…{/strong}` makes the text's
 * `tag` "strong"; a standalone `{#input/}` is an empty `slot` run where a control goes. So a
 * translation decides where the bold words or the control sit in its own word order.
 */
export type Run = { text: string; tag: string | null; slot: boolean };

/** A message's parts (`m.some_key.parts(…)`) as runs, adjacent text in the same markup joined. */
export function runs(parts: MessagePart[]): Run[] {
  const out: Run[] = [];
  let tag: string | null = null;
  for (const p of parts) {
    if (p.type === "markup-start") tag = p.name;
    else if (p.type === "markup-end") tag = null;
    else if (p.type === "markup-standalone") out.push({ text: "", tag: p.name, slot: true });
    else {
      const last = out.at(-1);
      if (last && !last.slot && last.tag === tag) last.text += p.value;
      else out.push({ text: p.value, tag, slot: false });
    }
  }
  return out;
}
