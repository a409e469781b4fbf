import { describe, expect, it, vi } from "vitest";
import { emit } from "@tauri-apps/api/event";
import { CallLog, PAGE_SIZE } from "./callLog.svelte";
import { EMPTY_FILTER } from "./recent";
import { appError, callsOf, installIpc, type Calls } from "../test/ipc";
import * as s from "../dev/sample";
import type { CallListQuery } from "./api";

/** Lets the event subscription (a promise) finish. */
const settle = () => new Promise((r) => setTimeout(r, 0));
const offsets = (calls: Calls) => callsOf(calls, "list_calls").map((c) => (c.query as CallListQuery).offset);

function details(list: () => ReturnType<typeof s.entries>) {
  return (a: Record<string, unknown>) => ({
    entry: { ...list().find((e) => e.request_id === a.requestId)!, state: "completed", status_label: "Completed — answered" },
    summary: null, sentiment: null, recording_url: null, transcript: [], request_json: "{}",
  });
}

describe("call log pages", () => {
  it("asks only for the first page, and knows how many calls there are", async () => {
    const list = s.entries(1000);
    const calls = installIpc({ list_calls: s.pages(() => list) });
    const log = new CallLog();
    await log.refresh(false);
    expect([log.matching, log.total]).toEqual([1000, 1000]);
    expect(offsets(calls)).toEqual([0]);
    expect(log.row(0)?.request_id).toBe("req-0");
    expect(log.row(PAGE_SIZE)).toBeUndefined();
  });

  it("fetches the page of the rows scrolled into view, once, and nothing past the end", async () => {
    const list = s.entries(1000);
    const calls = installIpc({ list_calls: s.pages(() => list) });
    const log = new CallLog();
    await log.refresh(false);
    await Promise.all([log.ensure(540, 560), log.ensure(545, 565)]);
    expect(offsets(calls)).toEqual([0, 500]);
    expect(log.row(550)?.request_id).toBe("req-550");
    await log.ensure(990, 1020);
    expect(offsets(calls)).toEqual([0, 500, 900]);
    expect(log.row(999)?.request_id).toBe("req-999");
  });

  it("drops an answer for a filter that is no longer the one shown", async () => {
    const list = s.entries(30);
    let release: (() => void) | null = null;
    const paged = s.pages(() => list);
    installIpc({
      list_calls: (a: Record<string, unknown>) => {
        const q = a.query as CallListQuery;
        // The unfiltered answer is slow; the filtered one wins even though it was asked later.
        return q.state === null ? new Promise((r) => (release = () => r(paged(a)))) : paged(a);
      },
    });
    const log = new CallLog();
    const slow = log.setFilter(EMPTY_FILTER);
    await log.setFilter({ ...EMPTY_FILTER, state: "completed" });
    release!();
    await slow;
    expect(log.matching).toBe(list.filter((e) => e.state === "completed").length);
    expect(log.row(0)?.state).toBe("completed");
  });

  it("keeps the rows and names the box when a date is typed wrong", async () => {
    const list = s.entries(5);
    const paged = s.pages(() => list);
    installIpc({
      list_calls: (a: Record<string, unknown>) => {
        if ((a.query as CallListQuery).from !== "") throw appError("Write dates as year-month-day, e.g. 2026-12-03.", "validation", "from");
        return paged(a);
      },
    });
    const log = new CallLog();
    await log.refresh(false);
    await log.setFilter({ ...EMPTY_FILTER, from: "2026-1" });
    expect(log.fieldError).toEqual({ field: "from", message: "Write dates as year-month-day, e.g. 2026-12-03." });
    expect(log.error).toBeNull();
    expect(log.row(4)?.request_id).toBe("req-4");
    await log.setFilter(EMPTY_FILTER);
    expect(log.fieldError).toBeNull();
  });
});

describe("call log changes", () => {
  it("re-reads only the rows a calls-changed event names", async () => {
    const list = s.entries(3);
    const calls = installIpc({ list_calls: s.pages(() => list), call_details: details(() => list) });
    const log = new CallLog();
    await log.refresh(false);
    const stop = log.listen();
    await settle();
    await emit("calls-changed", { request_ids: ["req-1"] });
    await vi.waitFor(() => expect(log.row(1)?.state).toBe("completed"));
    expect(callsOf(calls, "list_calls")).toHaveLength(1);
    expect(callsOf(calls, "call_details")).toEqual([{ requestId: "req-1" }]);
    expect([0, 1, 2].map((i) => log.row(i)?.state)).toEqual([list[0].state, "completed", list[2].state]);
    stop();
  });

  it("refreshes the pages on screen when a new call appears at the top", async () => {
    let list = s.entries(2);
    const calls = installIpc({ list_calls: s.pages(() => list), call_details: null });
    const log = new CallLog();
    await log.refresh(false);
    const stop = log.listen();
    await settle();
    const newest = s.entry(9, "placed");
    list = [newest, ...list];
    await emit("calls-changed", { request_ids: ["req-9"] });
    await vi.waitFor(() => expect(log.total).toBe(3));
    expect(log.row(0)?.request_id).toBe("req-9");
    expect(callsOf(calls, "call_details")).toHaveLength(0);
    stop();
  });
});
