import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, isFiltered, visibleRange } from "./recent";
import { toQuery } from "./callLog.svelte";

describe("virtual list window", () => {
  it("renders only the rows in view plus overscan", () => {
    expect(visibleRange(0, 560, 56, 10_000)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(56 * 5000, 560, 56, 10_000)).toEqual({ start: 4994, end: 5016 });
    expect(visibleRange(56 * 9999, 560, 56, 10_000).end).toBe(10_000);
    expect(visibleRange(0, 560, 56, 3)).toEqual({ start: 0, end: 3 });
  });
});

describe("the filter sent to Rust", () => {
  it("sends what was typed, blanks as no filter, with the page asked for", () => {
    const f = { ...EMPTY_FILTER, query: " maría ", state: "completed" as const, agentId: "agent-leo", from: "2026-12" };
    expect(toQuery(f, 200, 100)).toEqual({ state: "completed", agent_id: "agent-leo", campaign_id: null, from: "2026-12", to: "", text: " maría ", offset: 200, limit: 100 });
    expect(toQuery(EMPTY_FILTER)).toMatchObject({ state: null, agent_id: null, offset: 0 });
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
    expect(isFiltered({ ...EMPTY_FILTER, to: "2026-12-01" })).toBe(true);
  });
});
