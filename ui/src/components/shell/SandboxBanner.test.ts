import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushSync } from "svelte";
import { fireEvent, render, screen } from "@testing-library/svelte";
import SandboxBanner from "./SandboxBanner.svelte";
import { appError, installIpc } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import { app } from "../../lib/state.svelte";

/** Lets the mocked command answer (promises only: no timer runs). */
async function answered() {
  for (let i = 0; i < 20; i++) await Promise.resolve();
  flushSync();
}

const note = () => screen.getByTestId("fast-forward-note").textContent ?? "";

beforeEach(() => {
  resetApp();
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
});
afterEach(() => vi.useRealTimers());

describe("sandbox banner", () => {
  it("drops the fast-forward confirmation after a few seconds", async () => {
    installIpc({ sandbox_advance_clock: null });
    render(SandboxBanner, { noteMs: 3000 });
    await fireEvent.click(screen.getByTestId("fast-forward"));
    await answered();
    expect(note()).toBe("Moved the sandbox clock 5 minutes ahead.");
    vi.advanceTimersByTime(2999);
    flushSync();
    expect(note()).toBe("Moved the sandbox clock 5 minutes ahead.");
    vi.advanceTimersByTime(1);
    flushSync();
    expect(note()).toBe("");
  });

  it("drops the note when you go to another screen", async () => {
    installIpc({ sandbox_advance_clock: () => { throw appError("The sandbox isn't running.", "validation"); } });
    render(SandboxBanner);
    await fireEvent.click(screen.getByTestId("fast-forward"));
    await answered();
    expect(note()).toBe("The sandbox isn't running.");
    vi.advanceTimersByTime(60_000);
    flushSync();
    expect(note()).toBe("The sandbox isn't running.");
    app.route = "recent";
    flushSync();
    expect(note()).toBe("");
  });
});
