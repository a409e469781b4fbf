import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Counts the Intl.DateTimeFormat objects made, by standing in for the constructor.
const RealDateTimeFormat = Intl.DateTimeFormat;
let built = 0;
beforeEach(() => {
  built = 0;
  class Counting extends RealDateTimeFormat {
    constructor(...args: ConstructorParameters<typeof RealDateTimeFormat>) {
      super(...args);
      built += 1;
    }
  }
  Intl.DateTimeFormat = Counting as typeof Intl.DateTimeFormat;
});
afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
  vi.resetModules();
});

describe("format", () => {
  it("writes what toLocaleString writes, with each formatter built once however many rows", async () => {
    const f = await import("./format");
    const iso = "2026-06-15T14:30:05Z";
    const d = new Date(iso);
    for (let i = 0; i < 200; i++) f.shortDateTime(iso);
    expect(f.shortDateTime(iso)).toBe(d.toLocaleString(undefined, { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }));
    expect(f.fullDateTime(iso)).toBe(d.toLocaleString());
    expect(built).toBe(2);
    expect(f.count(12345)).toBe((12345).toLocaleString());
  });

  it("says the fallback for a missing or unreadable date", async () => {
    const f = await import("./format");
    expect(f.shortDateTime(null)).toBe("");
    expect(f.shortDateTime("not a date", "—")).toBe("—");
    expect(f.fullDateTime(null)).toBe("—");
  });

  it("reads the time in a zone, once per zone, and nothing for a zone it doesn't know", async () => {
    const f = await import("./format");
    const at = new Date("2026-06-15T14:30:00Z");
    const want = new RealDateTimeFormat(undefined, { timeZone: "America/Mexico_City", hour: "numeric", minute: "2-digit", weekday: "short" }).format(at);
    expect(f.weekdayTimeIn("America/Mexico_City", at)).toBe(want);
    expect(f.weekdayTimeIn("America/Mexico_City", at)).toBe(want);
    expect(built).toBe(1);
    expect(f.weekdayTimeIn("Mars/Olympus_Mons", at)).toBe("");
  });
});
