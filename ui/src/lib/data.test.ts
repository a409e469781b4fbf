import { afterEach, describe, expect, it, vi } from "vitest";
import { emit } from "@tauri-apps/api/event";
import { debounce } from "./debounce";
import { Query } from "./query.svelte";
import { CallLog } from "./callLog.svelte";
import { callsOf, installIpc } from "../test/ipc";
import * as s from "../dev/sample";

afterEach(() => vi.useRealTimers());

/** Lets the event subscription (a promise) finish. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("debounce", () => {
  it("runs once with the last arguments after the typing stops", () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const d = debounce((q: string) => seen.push(q), 150);
    d("a");
    d("ab");
    vi.advanceTimersByTime(149);
    expect(seen).toEqual([]);
    d("abc");
    vi.advanceTimersByTime(150);
    expect(seen).toEqual(["abc"]);
  });

  it("drops a cancelled call and runs a flushed one at once", () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const d = debounce((n: number) => seen.push(n), 100);
    d(1);
    d.cancel();
    vi.advanceTimersByTime(500);
    d(2);
    d.flush();
    expect(seen).toEqual([2]);
  });
});

describe("query", () => {
  it("keeps the latest answer when an older one arrives later", async () => {
    const waiting: Record<string, (v: string) => void> = {};
    const q = new Query((x: string) => new Promise<string>((resolve) => (waiting[x] = resolve)));
    const first = q.run(["old"]);
    const second = q.run(["new"]);
    waiting["new"]("NEW");
    expect(await second).toBe(true);
    waiting["old"]("OLD");
    expect(await first).toBe(false);
    expect(q.data).toBe("NEW");
    expect(q.loading).toBe(false);
  });

  it("turns a failure into an AppError and keeps the last data", async () => {
    let fail = false;
    const q = new Query(async () => {
      if (fail) throw { code: "offline", message: "Couldn't reach Contactship.", field: null };
      return 1;
    });
    await q.run([]);
    fail = true;
    await q.run([]);
    expect(q.data).toBe(1);
    expect(q.error).toEqual({ code: "offline", message: "Couldn't reach Contactship.", field: null });
  });
});

describe("call log", () => {
  it("re-reads only the rows a calls-changed event names", async () => {
    const list = s.entries(3);
    const calls = installIpc({
      list_calls: list,
      call_details: (a: Record<string, unknown>) => ({
        entry: { ...list.find((e) => e.request_id === a.requestId)!, state: "completed", status_label: "Completed — answered" },
        summary: null, sentiment: null, recording_url: null, transcript: [], request_json: "{}",
      }),
    });
    const log = new CallLog();
    await log.load();
    const stop = log.listen();
    await settle();
    await emit("calls-changed", { request_ids: ["req-1"] });
    await vi.waitFor(() => expect(log.entries[1].state).toBe("completed"));
    expect(callsOf(calls, "list_calls")).toHaveLength(1);
    expect(callsOf(calls, "call_details")).toEqual([{ requestId: "req-1" }]);
    expect(log.entries.map((e) => e.state)).toEqual([list[0].state, "completed", list[2].state]);
    stop();
  });

  it("reloads the whole list when the event names a row it doesn't have", async () => {
    let list = s.entries(2);
    const calls = installIpc({ list_calls: () => list, call_details: null });
    const log = new CallLog();
    await log.load();
    const stop = log.listen();
    await settle();
    list = s.entries(3);
    await emit("calls-changed", { request_ids: ["req-2"] });
    await vi.waitFor(() => expect(log.entries).toHaveLength(3));
    expect(callsOf(calls, "call_details")).toHaveLength(0);
    stop();
  });
});
