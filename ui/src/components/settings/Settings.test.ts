import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import Settings from "./Settings.svelte";
import { appError, callsOf, installIpc, type Handler } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import { app } from "../../lib/state.svelte";
import * as s from "../../dev/sample";

function backend(over: Record<string, Handler | unknown> = {}) {
  return installIpc({
    update_preferences: (a: Record<string, unknown>) => s.savedBy(a),
    remove_api_key: s.status({ mode: "account", key: s.keyMissing }),
    test_api_key: s.keySaved,
    start_sandbox: s.status(),
    use_account: s.status({ mode: "account", key: s.keySaved }),
    list_agents: s.agents,
    list_phone_numbers: s.numbers,
    ...over,
  });
}

beforeEach(() => resetApp(s.status({ mode: "account", key: s.keySaved }), s.prefs()));

describe("settings", () => {
  it("shows where the key is stored and its last four characters", () => {
    backend();
    render(Settings);
    expect(screen.getByTestId("settings-key-store").textContent).toBe("Saved in your computer's password store (GNOME Keyring / Secret Service)");
    expect(screen.getByTestId("settings-key-last4").textContent).toBe("•••• 1a2b");
    expect(screen.getByTestId("settings-mode-account").getAttribute("aria-checked")).toBe("true");
  });

  it("removes the key after confirmation", async () => {
    const calls = backend();
    render(Settings);
    await fireEvent.click(screen.getByTestId("settings-key-remove"));
    expect(callsOf(calls, "remove_api_key")).toHaveLength(0);
    await fireEvent.click(screen.getByTestId("remove-key-dialog-confirm"));
    await waitFor(() => expect(screen.getByTestId("settings-key-store").textContent).toBe("No API key saved."));
    expect(callsOf(calls, "remove_api_key")).toHaveLength(1);
    // With no key left, the form to paste a new one is offered, empty and masked.
    const input = screen.getByTestId("api-key-input") as HTMLInputElement;
    expect(input.value).toBe("");
    expect(input.type).toBe("password");
  });

  it("tests the key and reports a rejection in words", async () => {
    backend({ test_api_key: () => { throw appError("The API key was not accepted. Paste a new one in Settings.", "invalid_api_key"); } });
    render(Settings);
    await fireEvent.click(screen.getByTestId("settings-key-test"));
    expect((await screen.findByTestId("settings-key-test-result")).textContent).toContain("didn't accept the saved key");
  });

  it("checks the chosen theme at once, before its save returns, and keeps it when saved", async () => {
    let finish: (() => void) | null = null;
    backend({
      update_preferences: (a: Record<string, unknown>) =>
        new Promise((resolve) => (finish = () => resolve(s.savedBy(a)))),
    });
    render(Settings);
    await fireEvent.click(screen.getByTestId("settings-theme-light"));
    expect(screen.getByTestId("settings-theme-light").getAttribute("aria-checked")).toBe("true");
    expect(screen.getByTestId("settings-theme-system").getAttribute("aria-checked")).toBe("false");
    await waitFor(() => expect(finish).not.toBeNull());
    finish!();
    await waitFor(() => expect(app.prefs?.theme).toBe("light"));
    expect(screen.getByTestId("settings-theme-light").getAttribute("aria-checked")).toBe("true");
  });

  it("switches the theme on <html> and saves it", async () => {
    const calls = backend();
    render(Settings);
    await fireEvent.click(screen.getByTestId("settings-theme-dark"));
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    await waitFor(() => expect(s.savedBy(callsOf(calls, "update_preferences")[0])).toMatchObject({ theme: "dark" }));
    await waitFor(() => expect(screen.getByTestId("settings-theme-dark").getAttribute("aria-checked")).toBe("true"));
    await fireEvent.click(screen.getByTestId("settings-theme-system"));
    // "System" resolves through matchMedia; the test DOM prefers light.
    expect(document.documentElement.getAttribute("data-theme")).toBe("light");
  });

  it("switches to the sandbox in one click", async () => {
    const calls = backend();
    render(Settings);
    await fireEvent.click(screen.getByTestId("settings-mode-sandbox"));
    await waitFor(() => expect(app.status?.mode).toBe("sandbox"));
    expect(callsOf(calls, "start_sandbox")).toHaveLength(1);
  });

  it("explains why account mode is not available without a key", async () => {
    resetApp(s.status({ mode: "sandbox" }), s.prefs());
    backend({ use_account: () => { throw appError("Connect your Contactship account first: paste your API key below.", "not_connected"); } });
    render(Settings);
    await fireEvent.click(screen.getByTestId("settings-mode-account"));
    expect((await screen.findByTestId("settings-mode-error")).textContent).toContain("paste your API key");
  });

  it("shows a calling-hours error next to the field and keeps the typed times", async () => {
    backend({ update_preferences: () => { throw appError("The end of calling hours must be after the start.", "validation", "calling_hours_end"); } });
    render(Settings);
    await fireEvent.input(screen.getByTestId("settings-hours-start"), { target: { value: "22:00" } });
    await fireEvent.click(screen.getByTestId("settings-hours-save"));
    const err = await waitFor(() => screen.getAllByTestId("field-error").find((e) => e.getAttribute("data-field") === "calling_hours_end"));
    expect(err?.textContent).toContain("must be after the start");
    expect((screen.getByTestId("settings-hours-start") as HTMLInputElement).value).toBe("22:00");
  });

  it("saves the default agent and number for new calls", async () => {
    const calls = backend();
    render(Settings);
    const agent = (await screen.findByTestId("settings-default-agent")) as HTMLSelectElement;
    agent.value = s.agents[1].id;
    await fireEvent.change(agent);
    await waitFor(() => expect(s.savedBy(callsOf(calls, "update_preferences").at(-1))).toMatchObject({ default_agent_id: s.agents[1].id }));
    const number = screen.getByTestId("settings-default-number") as HTMLSelectElement;
    number.value = "";
    await fireEvent.change(number);
    await waitFor(() => expect(s.savedBy(callsOf(calls, "update_preferences").at(-1))).toMatchObject({ default_from_number_id: null }));
  });

  it("explains when the lists for the defaults can't be loaded", async () => {
    backend({ list_agents: () => { throw appError("Couldn't reach Contactship. Check your internet connection.", "offline"); } });
    render(Settings);
    await waitFor(() => expect(screen.getByTestId("settings-defaults").textContent).toContain("Couldn't reach Contactship"));
  });
});
