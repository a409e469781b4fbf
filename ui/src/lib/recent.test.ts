import { describe, expect, it } from "vitest";
import { agentsIn, appliedFilter, badDate, EMPTY_FILTER, filterCalls, visibleRange } from "./recent";
import { entries, entry } from "../dev/sample";

describe("recent calls filtering", () => {
  const list = entries(18);

  it("returns everything with no filter", () => {
    expect(filterCalls(list, EMPTY_FILTER)).toHaveLength(18);
  });

  it("filters by status, agent and text together", () => {
    const done = filterCalls(list, { ...EMPTY_FILTER, state: "completed" });
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((e) => e.state === "completed")).toBe(true);
    const byAgent = filterCalls(list, { ...EMPTY_FILTER, agentId: "agent-leo" });
    expect(byAgent.every((e) => e.agent_id === "agent-leo")).toBe(true);
    const text = filterCalls(list, { ...EMPTY_FILTER, query: "maría" });
    expect(text.every((e) => e.contact_label === "María García")).toBe(true);
  });

  it("filters by an inclusive date range", () => {
    const a = entry(0, "placed", { created_at: "2026-11-20T12:00:00" });
    const b = entry(1, "placed", { created_at: "2026-11-25T12:00:00" });
    expect(filterCalls([a, b], { ...EMPTY_FILTER, from: "2026-11-21" })).toEqual([b]);
    expect(filterCalls([a, b], { ...EMPTY_FILTER, to: "2026-11-20" })).toEqual([a]);
  });

  it("lists each agent once for the agent filter", () => {
    expect(agentsIn(list).map((a) => a.id)).toEqual(["agent-ana", "agent-leo"]);
  });
});

describe("virtual list window", () => {
  it("renders only the rows in view plus overscan", () => {
    expect(visibleRange(0, 560, 56, 10_000)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(56 * 5000, 560, 56, 10_000)).toEqual({ start: 4994, end: 5016 });
    expect(visibleRange(56 * 9999, 560, 56, 10_000).end).toBe(10_000);
    expect(visibleRange(0, 560, 56, 3)).toEqual({ start: 0, end: 3 });
  });

  it("applies a typed date only once it is a whole, real yyyy-MM-dd", () => {
    const typed = { ...EMPTY_FILTER, from: "2026-12", to: " 2026-12-03 " };
    expect(appliedFilter(typed)).toMatchObject({ from: "", to: "2026-12-03" });
    expect(badDate("2026-12")).toBe(true);
    expect(badDate("2026-02-30")).toBe(true);
    expect(badDate("2026-12-03")).toBe(false);
    expect(badDate("  ")).toBe(false);
  });
});

describe("recent calls search by phone", () => {
  it("finds a contact's phone by its digits, ignoring spaces, + and dashes", () => {
    const juan = entry(0, "placed", { contact_phone: "+525512345678" });
    const maria = entry(1, "placed", { contact_phone: "+34612345678" });
    for (const q of ["5255", "+52 55", "52-55-1234", "(55) 1234"]) {
      expect(filterCalls([juan, maria], { ...EMPTY_FILTER, query: q }).map((e) => e.request_id)).toEqual(["req-0"]);
    }
  });
});
