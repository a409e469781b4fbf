// The Call screen across several calls: what follows the contact, what a new call clears.
import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import CallScreen from "./CallScreen.svelte";
import { callsOf, pending } from "../../test/ipc";
import { backend, fillForm, pickContact, placed } from "../../test/call-screen";
import { resetApp } from "../../test/app-state";
import { app } from "../../lib/state.svelte";
import { MAX_ROWS } from "../../lib/api";
import * as s from "../../dev/sample";

beforeEach(() => resetApp());

describe("call screen, one call after another", () => {
  it("moves the At zone to a newly picked contact's zone even after a zone was typed for the last one", async () => {
    backend();
    await fillForm();
    await fireEvent.click(screen.getByTestId("when-at"));
    await fireEvent.input(screen.getByTestId("when-zone"), { target: { value: "America/Los_Angeles" } });
    expect((screen.getByTestId("when-zone") as HTMLInputElement).value).toBe("America/Los_Angeles");
    await pickContact("Tom");
    await waitFor(() => expect((screen.getByTestId("when-zone") as HTMLInputElement).value).toBe("Europe/Berlin"));
  });

  it("sends the new contact's zone as the callee zone", async () => {
    const calls = backend();
    await fillForm();
    await pickContact("Tom");
    await fireEvent.click(screen.getByTestId("place-call"));
    await waitFor(() => expect(callsOf(calls, "place_call")).toHaveLength(1));
    expect(callsOf(calls, "place_call")[0].form).toMatchObject({ contact_id: "c-tom", callee_time_zone: "Europe/Berlin" });
  });

  it("clears the previous result when another contact is picked", async () => {
    backend();
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    expect((await screen.findByTestId("result-kind")).getAttribute("data-kind")).toBe("placed");
    await pickContact("Tom");
    await waitFor(() => expect(screen.queryByTestId("result-panel")).toBeNull());
  });

  it("clears the previous result as soon as Place call is pressed again", async () => {
    let n = 0;
    backend({ place_call: (a: Record<string, unknown>) => (++n === 1 ? placed : pending(a)) });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    await screen.findByTestId("result-panel");
    await fireEvent.click(screen.getByTestId("place-call"));
    await waitFor(() => expect(screen.queryByTestId("result-panel")).toBeNull());
  });

  it("re-words the result panel from the entry that Check status found", async () => {
    backend({
      place_call: { ...placed, kind: "outcome_unknown", message: "Contactship didn't answer in time, so we can't tell whether it was placed.", next_step: "Check the status before calling again.", entry: s.entry(2, "outcome_unknown") },
      check_call: s.entry(2, "placed", { message: null, next_step: null }),
    });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    expect((await screen.findByTestId("result-kind")).textContent).toMatch(/Outcome unknown/);
    await fireEvent.click(screen.getByTestId("check-status"));
    const status = await screen.findByTestId("result-status");
    expect(status.textContent?.replace(/\s+/g, " ").trim()).toBe("Status now: Placed");
    expect(screen.getByTestId("result-kind").textContent).toBe("Call placed");
    expect(screen.queryByTestId("result-message")).toBeNull();
    expect(screen.queryByTestId("result-next-step")).toBeNull();
  });
});

describe("key/value placeholders", () => {
  it("read as examples, not as values", async () => {
    backend();
    render(CallScreen);
    await fireEvent.click(await screen.findByTestId("additional_data-add"));
    expect(screen.getByTestId("additional_data-key").getAttribute("placeholder")).toBe("e.g. amount_debt");
    expect(screen.getByTestId("additional_data-value").getAttribute("placeholder")).toBe("e.g. 14058");
    expect((screen.getByTestId("additional_data-value") as HTMLInputElement).value).toBe("");
  });
});

describe("scheduled calls and Call again", () => {
  it("says when a scheduled call will ring", async () => {
    backend({ place_call: { ...placed, entry: s.entry(1, "scheduled", { when_label: "Thu, Dec 3, 10:30 AM for María (Madrid) · 4:30 AM your time" }) } });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    expect((await screen.findByTestId("result-kind")).textContent).toBe("Call scheduled");
    expect(screen.getByTestId("result-when").textContent).toContain("Thu, Dec 3, 10:30 AM for María (Madrid)");
  });

  it("keeps the contact's phone and country from Call again and sends them", async () => {
    app.prefill = s.form({ contact_id: "c-juan", contact_label: "Juan Pérez", contact_phone: "+525512345678", contact_country: "Mexico", callee_time_zone: "America/Mexico_City" });
    const calls = backend();
    render(CallScreen);
    expect((await screen.findByTestId("contact-selected")).textContent).toContain("+525512345678");
    await fireEvent.click(screen.getByTestId("place-call"));
    await waitFor(() => expect(callsOf(calls, "place_call")).toHaveLength(1));
    expect(callsOf(calls, "place_call")[0].form).toMatchObject({ contact_phone: "+525512345678", contact_country: "Mexico" });
  });
});

describe("row limit", () => {
  it("disables Add field at MAX_ROWS and says why", async () => {
    app.prefill = s.form({ additional_data: Array.from({ length: MAX_ROWS - 1 }, (_, i) => ({ key: `k${i}`, value: "v" })) });
    backend();
    render(CallScreen);
    const add = (await screen.findByTestId("additional_data-add")) as HTMLButtonElement;
    expect(add.disabled).toBe(false);
    await fireEvent.click(add);
    expect(screen.getAllByTestId("additional_data-row")).toHaveLength(MAX_ROWS);
    expect(add.disabled).toBe(true);
    expect(screen.getByTestId("additional_data-full").textContent).toBe("At most 100 rows");
    expect((screen.getByTestId("metadata-add") as HTMLButtonElement).disabled).toBe(false);
  });
});
