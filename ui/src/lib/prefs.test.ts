import { describe, expect, it } from "vitest";
import { savePrefs } from "./prefs.svelte";
import { app } from "./state.svelte";
import { appError, callsOf, installIpc } from "../test/ipc";
import * as s from "../dev/sample";
import type { PrefChange } from "./api";

/** An `update_preferences` whose answers are released by hand, so a test picks their order. */
function heldSaves() {
  let saved = s.prefs();
  const waiting: (() => void)[] = [];
  const calls = installIpc({
    update_preferences: (a: Record<string, unknown>) => {
      const next = s.withChanges(saved, a.changes as PrefChange[]);
      saved = next;
      return new Promise((resolve) => waiting.push(() => resolve(next)));
    },
  });
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return { calls, waiting, settle };
}

describe("saving preferences", () => {
  it("sends a second save only after the first is answered, so the newest answer is the one kept", async () => {
    app.prefs = s.prefs({ theme: "system" });
    const { calls, waiting, settle } = heldSaves();
    const light = savePrefs([{ field: "theme", value: "light" }], []);
    const dark = savePrefs([{ field: "theme", value: "dark" }], []);
    await settle();
    expect(callsOf(calls, "update_preferences")).toHaveLength(1);
    waiting.shift()!();
    await light;
    expect(app.prefs?.theme).toBe("light");
    await settle();
    expect(callsOf(calls, "update_preferences")).toHaveLength(2);
    waiting.shift()!();
    await dark;
    expect(app.prefs?.theme).toBe("dark");
  });

  it("goes on with the next save after one is refused, and names the refused field", async () => {
    app.prefs = s.prefs();
    let n = 0;
    installIpc({
      update_preferences: (a: Record<string, unknown>) => {
        n += 1;
        if (n === 1) throw appError("Use a time like 08:00.", "validation", "calling_hours_start");
        return s.withChanges(s.prefs(), a.changes as PrefChange[]);
      },
    });
    const refused = savePrefs([{ field: "calling_hours", value: { start: "8", end: "21:00" } }], ["calling_hours_start"]);
    const theme = savePrefs([{ field: "theme", value: "dark" }], []);
    expect(await refused).toEqual({ calling_hours_start: "Use a time like 08:00." });
    expect(await theme).toBeNull();
    expect(app.prefs?.theme).toBe("dark");
  });
});
