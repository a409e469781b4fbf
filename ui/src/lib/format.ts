// Dates, times and numbers as the chosen language writes them ("martes 20 de enero, 9:00 a. m."),
// with each Intl formatter built once per locale.
//
// `Date.toLocaleString(locale, options)` and `Number.toLocaleString()` build a new Intl
// formatter on every call. In WebKit that costs about a millisecond each, and the very first
// one also loads the locale's data: a Recent calls page of 15 rows took 80 ms from its answer
// to its first painted frame. Formatters here are made on first use and kept;
// `warmFormatters()` makes them while the app is idle after start-up. Reading `locale()` (a
// rune) also makes every template that formats a date re-render when the language changes.
import { locale } from "./i18n.svelte";

const SHORT: Intl.DateTimeFormatOptions = { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" };
// What `toLocaleString()` with no arguments shows: the date and the time with seconds.
const FULL: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
};
const LONG: Intl.DateTimeFormatOptions = { weekday: "long", day: "numeric", month: "long", hour: "numeric", minute: "2-digit" };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: (l: string) => T): T {
  const l = locale();
  const k = `${l}|${key}`;
  let f = cache.get(k) as T | undefined;
  if (!f) {
    f = make(l);
    cache.set(k, f);
  }
  return f;
}

function date(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "Jun 15, 2:30 PM": a list's date and time; `fallback` for a missing or unreadable one. */
export function shortDateTime(iso: string | null, fallback = ""): string {
  const d = date(iso);
  if (!d) return fallback;
  return cached("short", (l) => new Intl.DateTimeFormat(l, SHORT)).format(d);
}

/** "6/15/2026, 2:30:05 PM": a details panel's full date and time. */
export function fullDateTime(iso: string | null, fallback = "—"): string {
  const d = date(iso);
  if (!d) return fallback;
  return cached("full", (l) => new Intl.DateTimeFormat(l, FULL)).format(d);
}

/** "Tuesday, January 20, 9:00 AM" / "martes, 20 de enero, 9:00 a. m.": when a call will ring. */
export function longDateTime(d: Date, timeZone?: string): string {
  try {
    return cached(`long|${timeZone ?? ""}`, (l) => new Intl.DateTimeFormat(l, { ...LONG, timeZone })).format(d);
  } catch {
    return cached("long|", (l) => new Intl.DateTimeFormat(l, LONG)).format(d);
  }
}

/** "Mon 2:30 PM" at `at` in the IANA zone `tz`; "" for a zone the platform doesn't know. */
export function weekdayTimeIn(tz: string, at: Date): string {
  try {
    return cached(`wk|${tz}`, (l) => new Intl.DateTimeFormat(l, { timeZone: tz, hour: "numeric", minute: "2-digit", weekday: "short" })).format(at);
  } catch {
    return "";
  }
}

/** "12,345" / "12.345". */
export function count(n: number): string {
  return cached("n", (l) => new Intl.NumberFormat(l)).format(n);
}

/** "45 %" etc.: `fraction` is 0..1. */
export function percent(fraction: number): string {
  return cached("pct", (l) => new Intl.NumberFormat(l, { style: "percent", maximumFractionDigits: 0 })).format(fraction);
}

/** "15 minutes" / "15 minutos", "2 hours" / "2 horas": a length of time in one unit. */
export function minutesOrHours(minutes: number): string {
  const hours = minutes % 60 === 0 && minutes >= 60;
  return cached(hours ? "h" : "m", (l) =>
    new Intl.NumberFormat(l, { style: "unit", unit: hours ? "hour" : "minute", unitDisplay: "long" }),
  ).format(hours ? minutes / 60 : minutes);
}

/** A country's name in the current language ("MX" → "México"), or the code itself. */
export function countryName(code: string): string {
  try {
    return cached("region", (l) => new Intl.DisplayNames([l], { type: "region" })).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * An IANA zone for people: the platform's name for it in the current language where it has
 * one ("hora del centro de México"), then the city from the id, which search also matches.
 */
export function zoneLabel(tz: string): string {
  const city = tz.split("/").pop()?.replaceAll("_", " ") ?? tz;
  try {
    const parts = cached(`zone|${tz}`, (l) => new Intl.DateTimeFormat(l, { timeZone: tz, timeZoneName: "longGeneric" })).formatToParts(new Date());
    const name = parts.find((p) => p.type === "timeZoneName")?.value;
    return name && name !== tz ? `${name} (${city})` : city;
  } catch {
    return city;
  }
}

// 5 January 2026 was a Monday: each day's date that week, in UTC.
const WEEK_DAYS: Record<string, number> = { mon: 5, tue: 6, wed: 7, thu: 8, fri: 9, sat: 10, sun: 11 };

/**
 * A day ("mon"…"sun", as Rust names them) in the current language, starting with a capital as a
 * label does: "Monday" / "Lunes" / "Segunda-feira", short "Mon" / "Lun" / "Seg.".
 */
export function weekdayName(day: string, width: "long" | "short" = "long"): string {
  const date = WEEK_DAYS[day];
  if (date === undefined) return day;
  const name = cached(`wd|${width}`, (l) => new Intl.DateTimeFormat(l, { weekday: width, timeZone: "UTC" })).format(new Date(Date.UTC(2026, 0, date)));
  return name.charAt(0).toLocaleUpperCase(locale()) + name.slice(1);
}

/** Builds the common formatters now, so the first list to show doesn't pay for it. */
export function warmFormatters(): void {
  shortDateTime(new Date(0).toISOString());
  fullDateTime(new Date(0).toISOString());
  count(0);
}
