import { afterEach, describe, expect, it, vi } from "vitest";
import { debounce } from "./debounce";
import { Query } from "./query.svelte";
import { callsOf, installIpc } from "../test/ipc";
import * as s from "../dev/sample";

afterEach(() => vi.useRealTimers());


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
