// Settings → API key and address: errors that go away, confirmations that stay, sentences once.
import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import App from "../../App.svelte";
import Settings from "./Settings.svelte";
import { appError, callsOf, installIpc, type Handler } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import { app } from "../../lib/state.svelte";
import * as s from "../../dev/sample";

const PROBLEM = "Callboard couldn't reach your computer's password store (GNOME Keyring / Secret Service).";
const noKeychain = { ...s.keyMissing, keychain_available: false, keychain_problem: PROBLEM };

function backend(over: Record<string, Handler | unknown> = {}) {
  return installIpc({
    update_preferences: (a: Record<string, unknown>) => s.savedBy(a),
    test_api_key: s.keySaved,
    list_agents: s.agents,
    list_phone_numbers: s.numbers,
    list_time_zones: s.zones,
    preview_when: s.whenPreview(),
    get_preferences: s.prefs(),
    ...over,
  });
}

const countOf = (text: string) => (document.body.textContent ?? "").split(text).length - 1;

beforeEach(() => resetApp(s.status({ mode: "account", key: s.keyMissing }), s.prefs()));

describe("settings, API key", () => {
  it("clears the key error as soon as the key is edited", async () => {
    backend({ connect_account: () => { throw appError("The API key was not accepted. Check that you copied all of it.", "invalid_api_key", "api_key"); } });
    render(Settings);
    const input = screen.getByTestId("api-key-input");
    await fireEvent.input(input, { target: { value: "sk_wrong" } });
    await fireEvent.click(screen.getByTestId("api-key-submit"));
    expect((await screen.findByTestId("api-key-error")).textContent).toContain("not accepted");
    await fireEvent.input(input, { target: { value: "sk_wrong2" } });
    expect(screen.queryByTestId("api-key-error")).toBeNull();
    expect(input.getAttribute("aria-invalid")).toBeNull();
  });

  it("confirms a successful connect after Settings reloads", async () => {
    app.route = "settings";
    backend({
      get_app_status: s.status({ mode: "account", key: s.keyMissing }),
      connect_account: s.status({ mode: "account", key: s.keySaved }),
    });
    render(App);
    await fireEvent.input(await screen.findByTestId("api-key-input"), { target: { value: "sk_live_1234" } });
    await fireEvent.click(screen.getByTestId("api-key-submit"));
    expect((await screen.findByTestId("settings-key-connected")).textContent).toBe(
      "Connected. Contactship accepted the key; it's saved in your computer's password store (GNOME Keyring / Secret Service).",
    );
    expect(screen.getByTestId("settings-key-last4").textContent).toBe("•••• 1a2b");
  });

  it("says the password store's problem once when connecting fails on it", async () => {
    resetApp(s.status({ mode: "account", key: noKeychain }), s.prefs());
    backend({ connect_account: () => { throw appError(PROBLEM, "keychain_unavailable"); } });
    render(Settings);
    expect(countOf(PROBLEM)).toBe(1);
    await fireEvent.input(screen.getByTestId("api-key-input"), { target: { value: "sk_live_1234" } });
    await fireEvent.click(screen.getByTestId("api-key-submit"));
    await waitFor(() => expect(screen.getByTestId("api-key-submit").textContent).toContain("Connect"));
    expect(countOf(PROBLEM)).toBe(1);
    expect(screen.queryByTestId("api-key-error")).toBeNull();
  });

  it("doesn't send someone to Settings who is already there", async () => {
    resetApp(s.status({ mode: "account", key: s.keySaved }), s.prefs());
    backend({ test_api_key: () => { throw appError("The API key was not accepted. Paste a new one in Settings.", "invalid_api_key"); } });
    render(Settings);
    await fireEvent.click(screen.getByTestId("settings-key-test"));
    const result = await screen.findByTestId("settings-key-test-result");
    expect(result.textContent).toBe("Contactship didn't accept the saved key. Use Replace to paste a new one.");
  });
});

describe("onboarding without a password store", () => {
  it("says the key will be kept for this session only", async () => {
    resetApp(null, null);
    backend({ get_app_status: s.status({ mode: null, key: noKeychain }) });
    render(App);
    const text = (await screen.findByTestId("onboarding-key-storage")).textContent?.replace(/\s+/g, " ");
    expect(text).toContain("your key will be kept for this session only");
    expect(text).not.toContain("kept in this computer's password store");
  });
});

describe("settings, base URL", () => {
  it("tests the saved address with the key in account mode and says the result", async () => {
    resetApp(s.status({ mode: "account", key: s.keySaved }), s.prefs());
    const calls = backend({ test_api_key: () => { throw appError("Couldn't reach Contactship: the connection was refused. Check the address in Settings.", "offline"); } });
    render(Settings);
    await fireEvent.input(screen.getByTestId("settings-base-url"), { target: { value: "https://eu.contactship.ai/v1" } });
    await fireEvent.click(screen.getByTestId("settings-base-url-save"));
    expect((await screen.findByTestId("settings-base-url-test")).textContent).toContain("the connection was refused");
    expect(screen.getByTestId("settings-base-url-saved").textContent).toBe("Saved");
    expect(callsOf(calls, "test_api_key")).toHaveLength(1);
  });

  it("says the saved address is ignored while CALLBOARD_API_URL is set, and doesn't test it", async () => {
    resetApp(s.status({ mode: "account", key: s.keySaved, api_url_override: "http://127.0.0.1:9999/v1" }), s.prefs());
    const calls = backend();
    render(Settings);
    await fireEvent.input(screen.getByTestId("settings-base-url"), { target: { value: "https://eu.contactship.ai/v1" } });
    await fireEvent.click(screen.getByTestId("settings-base-url-save"));
    await screen.findByTestId("settings-base-url-saved");
    expect(screen.getByTestId("settings-base-url-override").textContent?.replace(/\s+/g, " ").trim()).toBe(
      "CALLBOARD_API_URL is set (http://127.0.0.1:9999/v1), so this address is ignored until it is unset.",
    );
    expect(callsOf(calls, "test_api_key")).toHaveLength(0);
  });
});
