import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import App from "../App.svelte";
import { appError, callsOf, installIpc, pending } from "../test/ipc";
import { resetApp } from "../test/app-state";
import * as s from "../dev/sample";

const common = {
  get_preferences: s.prefs(),
  list_agents: s.agents,
  list_phone_numbers: s.numbers,
  list_time_zones: s.zones,
  preview_when: s.whenPreview(),
  sandbox_advance_clock: null,
};

beforeEach(() => resetApp(null, null));

describe("app start and onboarding", () => {
  it("shows a loading state while the status is fetched", async () => {
    installIpc({ ...common, get_app_status: pending });
    render(App);
    expect((await screen.findByTestId("app-loading")).textContent).toContain("Loading…");
    expect(screen.queryByTestId("onboarding")).toBeNull();
  });

  it("shows the error in a banner when the status cannot be read", async () => {
    installIpc({ ...common, get_app_status: () => { throw appError("Callboard couldn't read its settings.", "storage"); } });
    render(App);
    expect((await screen.findByTestId("app-error")).textContent).toContain("Callboard couldn't read its settings.");
  });

  it("offers onboarding on first launch and starts the sandbox on click", async () => {
    const calls = installIpc({ ...common, get_app_status: s.status({ mode: null }), start_sandbox: s.status() });
    render(App);
    await fireEvent.click(await screen.findByTestId("onboarding-try-sandbox"));
    expect(callsOf(calls, "start_sandbox")).toHaveLength(1);
    expect((await screen.findByTestId("sandbox-badge")).textContent).toBe("Sandbox");
    expect(screen.queryByTestId("onboarding")).toBeNull();
    expect(screen.getByTestId("nav-call").getAttribute("aria-current")).toBe("page");
  });

  it("shows a rejected key under the field and keeps what was typed", async () => {
    const calls = installIpc({
      ...common,
      get_app_status: s.status({ mode: null }),
      connect_account: () => {
        throw appError("The API key was not accepted. Check that you copied all of it.", "invalid_api_key", "api_key");
      },
    });
    render(App);
    await fireEvent.click(await screen.findByTestId("onboarding-connect"));
    const input = (await screen.findByTestId("api-key-input")) as HTMLInputElement;
    expect(input.type).toBe("password");
    await fireEvent.input(input, { target: { value: "  sk_wrong_key  " } });
    await fireEvent.click(screen.getByTestId("api-key-submit"));
    const err = await screen.findByTestId("api-key-error");
    expect(err.textContent).toContain("The API key was not accepted");
    expect(input.value).toBe("  sk_wrong_key  ");
    expect(callsOf(calls, "connect_account")).toEqual([{ apiKey: "  sk_wrong_key  ", sessionOnly: false }]);
    await fireEvent.click(screen.getByTestId("api-key-reveal"));
    expect(input.type).toBe("text");
  });

  it("explains an unavailable keychain and offers this session only", async () => {
    const key = { ...s.keyMissing, keychain_available: false, keychain_problem: "The password store is locked." };
    const calls = installIpc({
      ...common,
      get_app_status: s.status({ mode: null, key }),
      connect_account: s.status({ mode: "account", key: { ...s.keySaved, store: "session_only", store_label: "memory only" } }),
    });
    render(App);
    await fireEvent.click(await screen.findByTestId("onboarding-connect"));
    expect(screen.getByTestId("keychain-problem").textContent).toContain("The password store is locked.");
    await fireEvent.click(screen.getByTestId("api-key-session-only"));
    await fireEvent.input(screen.getByTestId("api-key-input"), { target: { value: "sk_live_1234" } });
    await fireEvent.click(screen.getByTestId("api-key-submit"));
    await waitFor(() => expect(callsOf(calls, "connect_account")).toEqual([{ apiKey: "sk_live_1234", sessionOnly: true }]));
    await screen.findByTestId("call-screen");
    expect(screen.queryByTestId("onboarding")).toBeNull();
    expect(screen.queryByTestId("sandbox-badge")).toBeNull();
  });

  it("fast-forwards the sandbox clock by 5 minutes", async () => {
    const calls = installIpc({ ...common, get_app_status: s.status() });
    render(App);
    await fireEvent.click(await screen.findByTestId("fast-forward"));
    await waitFor(() => expect(callsOf(calls, "sandbox_advance_clock")).toEqual([{ minutes: 5 }]));
  });

  it("navigates between screens from the sidebar", async () => {
    installIpc({ ...common, get_app_status: s.status({ mode: "account", key: s.keySaved }), list_calls: [] });
    render(App);
    await fireEvent.click(await screen.findByTestId("nav-recent"));
    expect((await screen.findByTestId("recent-screen")).querySelector("h1")?.textContent).toBe("Recent calls");
    expect(screen.queryByTestId("call-screen")).toBeNull();
    expect(screen.queryByTestId("sandbox-badge")).toBeNull();
    await fireEvent.click(screen.getByTestId("nav-settings"));
    expect((await screen.findByTestId("settings-screen")).querySelector("h1")?.textContent).toBe("Settings");
    expect(screen.queryByTestId("recent-screen")).toBeNull();
    expect(screen.getByTestId("nav-settings").getAttribute("aria-current")).toBe("page");
  });
});
