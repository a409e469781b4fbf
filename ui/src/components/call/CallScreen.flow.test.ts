// The Call screen across several calls: what follows the contact, what a new call clears.
import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/svelte";
import { callsOf, pending } from "../../test/ipc";
import { backend, fillForm, pickContact, placed } from "../../test/call-screen";
import { resetApp } from "../../test/app-state";

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
});
