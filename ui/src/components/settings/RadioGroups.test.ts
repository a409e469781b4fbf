// The Mode and Appearance radio groups in Settings answer the arrow keys (WAI-ARIA radio group).
import { beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import Settings from "./Settings.svelte";
import { callsOf, installIpc } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import * as s from "../../dev/sample";

function backend() {
  return installIpc({
    get_preferences: s.prefs(),
    update_preferences: (args: Record<string, unknown>) => s.savedBy(args),
    list_agents: s.agents,
    list_phone_numbers: s.numbers,
    list_time_zones: s.zones,
    start_sandbox: s.status(),
    use_account: s.status({ mode: "account", key: s.keySaved }),
  });
}

const checked = (id: string) => screen.getByTestId(id).getAttribute("aria-checked");
const tabIndex = (id: string) => (screen.getByTestId(id) as HTMLButtonElement).tabIndex;

beforeEach(() => resetApp(s.status({ mode: "account", key: s.keySaved }), s.prefs()));

describe("radio groups in Settings", () => {
  it("keeps only the checked theme in the Tab order", async () => {
    backend();
    render(Settings);
    await waitFor(() => expect(tabIndex("settings-theme-system")).toBe(0));
    expect(tabIndex("settings-theme-light")).toBe(-1);
    expect(tabIndex("settings-theme-dark")).toBe(-1);
  });

  it("moves and chooses with ArrowRight, ArrowLeft (wrapping), Home and End", async () => {
    const calls = backend();
    render(Settings);
    screen.getByTestId("settings-theme-system").focus();
    await fireEvent.keyDown(screen.getByTestId("settings-theme-system"), { key: "ArrowRight" });
    expect(document.activeElement).toBe(screen.getByTestId("settings-theme-light"));
    await waitFor(() => expect(checked("settings-theme-light")).toBe("true"));
    expect(document.documentElement.getAttribute("data-theme")).toBe("light");
    await waitFor(() => expect(tabIndex("settings-theme-light")).toBe(0));
    expect(tabIndex("settings-theme-system")).toBe(-1);

    await fireEvent.keyDown(screen.getByTestId("settings-theme-light"), { key: "ArrowDown" });
    await waitFor(() => expect(checked("settings-theme-dark")).toBe("true"));
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    await fireEvent.keyDown(screen.getByTestId("settings-theme-dark"), { key: "ArrowRight" });
    await waitFor(() => expect(checked("settings-theme-system")).toBe("true"));
    await fireEvent.keyDown(screen.getByTestId("settings-theme-system"), { key: "ArrowLeft" });
    await waitFor(() => expect(checked("settings-theme-dark")).toBe("true"));
    await fireEvent.keyDown(screen.getByTestId("settings-theme-dark"), { key: "Home" });
    await waitFor(() => expect(checked("settings-theme-system")).toBe("true"));
    await fireEvent.keyDown(screen.getByTestId("settings-theme-system"), { key: "End" });
    await waitFor(() => expect(checked("settings-theme-dark")).toBe("true"));
    // Saves go one at a time, so the last ones may still be queued: wait for all six, in order.
    const saved = () => callsOf(calls, "update_preferences").map((c) => s.savedBy(c).theme);
    await waitFor(() => expect(saved()).toEqual(["light", "dark", "system", "dark", "system", "dark"]));
  });

  it("switches the mode with an arrow key", async () => {
    const calls = backend();
    render(Settings);
    expect(checked("settings-mode-account")).toBe("true");
    await waitFor(() => expect(tabIndex("settings-mode-account")).toBe(0));
    expect(tabIndex("settings-mode-sandbox")).toBe(-1);
    screen.getByTestId("settings-mode-account").focus();
    await fireEvent.keyDown(screen.getByTestId("settings-mode-account"), { key: "ArrowLeft" });
    await waitFor(() => expect(callsOf(calls, "start_sandbox")).toHaveLength(1));
  });

  it("ignores other keys", async () => {
    const calls = backend();
    render(Settings);
    await fireEvent.keyDown(screen.getByTestId("settings-theme-system"), { key: "a" });
    expect(callsOf(calls, "update_preferences")).toHaveLength(0);
    expect(checked("settings-theme-system")).toBe("true");
  });
});
