// Dates and numbers as the person's locale writes them, with each Intl formatter built once.
//
// `Date.toLocaleString(locale, options)` and `Number.toLocaleString()` build a new Intl
// formatter on every call. In WebKit that costs about a millisecond each, and the very first
// one also loads the locale's data: a Recent calls page of 15 rows took 80 ms from its answer
// to its first painted frame. Formatters here are made on first use and kept;
// `warmFormatters()` makes them while the app is idle after start-up.

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

let short: Intl.DateTimeFormat | undefined;
let full: Intl.DateTimeFormat | undefined;
let number: Intl.NumberFormat | undefined;
const inZone = new Map<string, Intl.DateTimeFormat>();

function date(iso: string | null): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "Jun 15, 2:30 PM": a list's date and time; `fallback` for a missing or unreadable one. */
export function shortDateTime(iso: string | null, fallback = ""): string {
  const d = date(iso);
  if (!d) return fallback;
  short ??= new Intl.DateTimeFormat(undefined, SHORT);
  return short.format(d);
}

/** "6/15/2026, 2:30:05 PM": a details panel's full date and time. */
export function fullDateTime(iso: string | null, fallback = "—"): string {
  const d = date(iso);
  if (!d) return fallback;
  full ??= new Intl.DateTimeFormat(undefined, FULL);
  return full.format(d);
}

/** "Mon 2:30 PM" at `at` in the IANA zone `tz`; "" for a zone the platform doesn't know. */
export function weekdayTimeIn(tz: string, at: Date): string {
  let f = inZone.get(tz);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat(undefined, { timeZone: tz, hour: "numeric", minute: "2-digit", weekday: "short" });
    } catch {
      return "";
    }
    inZone.set(tz, f);
  }
  return f.format(at);
}

/** "12,345". */
export function count(n: number): string {
  number ??= new Intl.NumberFormat();
  return number.format(n);
}

/** Builds the common formatters now, so the first list to show doesn't pay for it. */
export function warmFormatters(): void {
  shortDateTime(new Date(0).toISOString());
  fullDateTime(new Date(0).toISOString());
  count(0);
}
