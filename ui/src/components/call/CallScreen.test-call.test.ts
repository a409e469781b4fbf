// "Test this agent" and "Add a contact" on the Call screen.
import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import CallScreen from "./CallScreen.svelte";
import { callsOf } from "../../test/ipc";
import { backend, placed } from "../../test/call-screen";
import { resetApp } from "../../test/app-state";
import * as s from "../../dev/sample";

beforeEach(() => resetApp());

describe("test this agent", () => {
  it("calls the typed number from a number in its country and remembers it", async () => {
    const calls = backend();
    render(CallScreen);
    await fireEvent.change(await screen.findByTestId("agent-select"), { target: { value: "agent-leo" } });
    await fireEvent.click(await screen.findByTestId("test-this-agent"));
    await fireEvent.change(screen.getByTestId("test-country"), { target: { value: "MX" } });
    await fireEvent.input(screen.getByTestId("test-number"), { target: { value: "55 1234 5678" } });
    await fireEvent.input(screen.getByTestId("test-name"), { target: { value: "Ana" } });
    await fireEvent.click(screen.getByTestId("place-call"));
    await waitFor(() => expect(callsOf(calls, "place_call")).toHaveLength(1));
    expect(callsOf(calls, "place_call")[0].form).toMatchObject({
      contact_id: "",
      test_number: "55 1234 5678",
      contact_label: "Ana",
      contact_country: "MX",
      // The Mexican number, not the first one: calls come from the callee's country.
      from_number_id: "pn-out-2",
      from_number: "+525550001111",
    });
    await waitFor(() =>
      expect(callsOf(calls, "update_preferences").some((c) => JSON.stringify(c).includes("test_target"))).toBe(true),
    );
  });

  it("shows Rust's problem next to the number and keeps what was typed", async () => {
    backend({ check_call_form: [{ field: "to_number", message: "\"12\" is not a phone number that can be called." }] });
    render(CallScreen);
    await fireEvent.click(await screen.findByTestId("target-phone"));
    await fireEvent.input(screen.getByTestId("test-number"), { target: { value: "12" } });
    await fireEvent.click(screen.getByTestId("place-call"));
    const err = await screen.findByText(/not a phone number/);
    expect(err.getAttribute("data-field")).toBe("to_number");
    expect((screen.getByTestId("test-number") as HTMLInputElement).value).toBe("12");
  });
});

describe("add a contact", () => {
  it("offers to add when nobody matches and picks the contact Contactship already had", async () => {
    const existing = s.contacts[1];
    const calls = backend({ search_contacts: [], add_contact: { contact: existing, existed: true }, place_call: placed });
    render(CallScreen);
    const input = await screen.findByTestId("contact-search");
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "+34 612 34 56 78" } });
    await fireEvent.click(await screen.findByTestId("add-contact-open"));
    expect((screen.getByTestId("new-contact-phone") as HTMLInputElement).value).toBe("+34 612 34 56 78");
    await fireEvent.input(screen.getByTestId("new-contact-name"), { target: { value: "María" } });
    await fireEvent.click(screen.getByTestId("add-contact-save"));
    expect((await screen.findByTestId("add-contact-note")).textContent).toMatch(/already had this number/);
    expect(screen.getByTestId("contact-selected").textContent).toContain(existing.full_name);
    expect(callsOf(calls, "add_contact")[0].form).toMatchObject({ full_name: "María", phone: "+34 612 34 56 78" });
  });
});
