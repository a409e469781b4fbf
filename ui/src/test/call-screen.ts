// Helpers for Call screen tests: a backend with sample data and the picking steps.
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import CallScreen from "../components/call/CallScreen.svelte";
import { installIpc, type Handler } from "./ipc";
import * as s from "../dev/sample";
import type { PlaceOutcome } from "../lib/api";

export const placed: PlaceOutcome = {
  kind: "placed",
  message: "Contactship accepted the call.",
  next_step: null,
  field: null,
  confirm: null,
  entry: s.entry(0, "placed", { call_id: "call-777" }),
  duplicate_of: null,
};

export function backend(over: Record<string, Handler | unknown> = {}) {
  return installIpc({
    list_agents: s.agents,
    list_phone_numbers: s.numbers,
    list_time_zones: s.zones,
    search_contacts: (a: Record<string, unknown>) =>
      s.contacts.filter((c) => c.full_name.toLowerCase().includes(String(a.query).toLowerCase())),
    preview_when: s.whenPreview(),
    preview_request: { json: "{}", curl: "curl" },
    check_call_form: [],
    place_call: placed,
    update_preferences: (a: Record<string, unknown>) => s.savedBy(a),
    check_call: s.entry(0, "completed"),
    ...over,
  });
}

export async function pickContact(name: string) {
  const input = await screen.findByTestId("contact-search");
  await fireEvent.focus(input);
  await fireEvent.input(input, { target: { value: name } });
  const option = await waitFor(() => {
    const o = screen.getAllByTestId("contact-option").find((el) => el.textContent?.includes(name));
    if (!o) throw new Error("option not shown yet");
    return o;
  });
  await fireEvent.mouseDown(option);
}

export async function fillForm() {
  render(CallScreen);
  await pickContact("María");
  await fireEvent.change(screen.getByTestId("agent-select"), { target: { value: "agent-leo" } });
}

/** The inline error shown for one field path, waiting for it to appear. */
export function fieldError(field: string): Promise<HTMLElement> {
  return waitFor(() => {
    const e = screen.queryAllByTestId("field-error").find((el) => el.getAttribute("data-field") === field);
    if (!e) throw new Error(`no error for ${field} yet`);
    return e;
  });
}
