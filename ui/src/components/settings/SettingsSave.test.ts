// Every Settings save path says what happened: "Saved", or Rust's error next to its field.
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
    test_api_key: s.keySaved,
    list_agents: s.agents,
    list_phone_numbers: s.numbers,
    ...over,
  });
}

const input = (testid: string) => screen.getByTestId(testid) as HTMLInputElement;
const fieldError = (field: string) =>
  waitFor(() => {
    const e = screen.queryAllByTestId("field-error").find((el) => el.getAttribute("data-field") === field);
    if (!e) throw new Error(`no error for ${field}`);
    return e;
  });

beforeEach(() => resetApp(s.status({ mode: "account", key: s.keySaved }), s.prefs()));

describe("settings saves", () => {
  it("says Saved after saving calling hours", async () => {
    const calls = backend();
    render(Settings);
    await fireEvent.input(input("settings-hours-start"), { target: { value: "09:00" } });
    await fireEvent.click(screen.getByTestId("settings-hours-save"));
    expect((await screen.findByTestId("settings-hours-saved")).textContent).toBe("Saved");
    expect(s.savedBy(callsOf(calls, "update_preferences")[0])).toMatchObject({ calling_hours_start: "09:00", calling_hours_end: "21:00" });
    expect(app.prefs?.calling_hours_start).toBe("09:00");
  });

  it("shows an empty start time's error next to From and keeps both typed values", async () => {
    backend({ update_preferences: () => { throw appError("Enter when calling hours start, like 08:00.", "validation", "calling_hours_start"); } });
    render(Settings);
    await fireEvent.input(input("settings-hours-start"), { target: { value: "" } });
    await fireEvent.input(input("settings-hours-end"), { target: { value: "20:00" } });
    await fireEvent.click(screen.getByTestId("settings-hours-save"));
    expect((await fieldError("calling_hours_start")).textContent).toBe("Enter when calling hours start, like 08:00.");
    expect(input("settings-hours-start").getAttribute("aria-invalid")).toBe("true");
    expect(input("settings-hours-start").value).toBe("");
    expect(input("settings-hours-end").value).toBe("20:00");
    expect(screen.queryByTestId("settings-hours-saved")).toBeNull();
    expect(app.prefs?.calling_hours_start).toBe("08:00");
  });

  it("shows an hours error that names no known field inside the hours section", async () => {
    backend({ update_preferences: () => { throw appError("Calling hours can't start and end at the same time.", "validation", "calling_hours"); } });
    render(Settings);
    await fireEvent.input(input("settings-hours-start"), { target: { value: "09:00" } });
    await fireEvent.input(input("settings-hours-end"), { target: { value: "09:00" } });
    await fireEvent.click(screen.getByTestId("settings-hours-save"));
    expect((await screen.findByTestId("settings-hours-error")).textContent).toBe("Calling hours can't start and end at the same time.");
    expect(input("settings-hours-end").value).toBe("09:00");
  });

  it("shows a base URL error next to the field and keeps what was typed", async () => {
    backend({ update_preferences: () => { throw appError("That isn't a web address. Use one like https://api.contactship.ai/v1.", "bad_url", "base_url"); } });
    render(Settings);
    await fireEvent.input(input("settings-base-url"), { target: { value: "api contactship" } });
    await fireEvent.click(screen.getByTestId("settings-base-url-save"));
    expect((await fieldError("base_url")).textContent).toContain("That isn't a web address");
    expect(input("settings-base-url").value).toBe("api contactship");
    expect(screen.queryByTestId("settings-base-url-saved")).toBeNull();
  });
});
