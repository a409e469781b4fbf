import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import CallScreen from "./CallScreen.svelte";
import { appError, callsOf, pending } from "../../test/ipc";
import { backend, fillForm, pickContact, placed } from "../../test/call-screen";
import { resetApp } from "../../test/app-state";
import { app } from "../../lib/state.svelte";
import * as s from "../../dev/sample";

beforeEach(() => resetApp());

describe("call screen", () => {
  it("shows a loading state while agents and numbers load", async () => {
    backend({ list_agents: pending });
    render(CallScreen);
    expect((await screen.findByTestId("call-loading")).textContent).toContain("Loading agents and phone numbers…");
    expect(screen.queryByTestId("place-call")).toBeNull();
  });

  it("shows an error banner when agents cannot be loaded", async () => {
    backend({ list_agents: () => { throw appError("Couldn't reach Contactship. Check your internet connection.", "offline"); } });
    render(CallScreen);
    expect((await screen.findByTestId("call-load-error")).textContent).toContain("Couldn't reach Contactship");
  });

  it("explains an organisation without agents", async () => {
    backend({ list_agents: [] });
    render(CallScreen);
    expect((await screen.findByTestId("call-empty")).textContent).toContain("No agents yet");
  });

  it("defaults the from number to the first outbound one, listed in the order returned", async () => {
    backend();
    render(CallScreen);
    const from = (await screen.findByTestId("from-select")) as HTMLSelectElement;
    expect(from.value).toBe("pn-out-1");
    const labels = [...from.options].slice(1).map((o) => o.textContent?.trim());
    expect(labels[0]).toContain("outbound");
    expect(labels[2]).toContain("inbound");
  });

  it("searches contacts as you type and says when nothing matches", async () => {
    const calls = backend();
    render(CallScreen);
    const input = await screen.findByTestId("contact-search");
    await fireEvent.focus(input);
    await fireEvent.input(input, { target: { value: "zzz" } });
    expect((await screen.findByTestId("contact-empty")).textContent).toContain("No contacts match");
    expect(callsOf(calls, "search_contacts").at(-1)).toEqual({ query: "zzz" });
  });

  it("moves through contacts with the keyboard and picks with Enter", async () => {
    backend();
    render(CallScreen);
    const input = await screen.findByTestId("contact-search");
    await fireEvent.focus(input);
    await waitFor(() => expect(screen.getAllByTestId("contact-option")).toHaveLength(4));
    await fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.getAttribute("aria-activedescendant")).toBe("contact-opt-c-maria");
    await fireEvent.keyDown(input, { key: "Enter" });
    expect((await screen.findByTestId("contact-selected")).textContent).toContain("María García");
    expect(screen.getByTestId("contact-local-time").textContent).toContain("Madrid");
  });

  it("asks which zone when the contact's country has several", async () => {
    backend();
    render(CallScreen);
    await pickContact("Juan");
    const zone = (await screen.findByTestId("contact-zone")) as HTMLSelectElement;
    expect([...zone.options].map((o) => o.value)).toEqual(["America/Mexico_City", "America/Cancun", "America/Tijuana"]);
  });

  it("places a call and shows the result panel with the call id", async () => {
    const calls = backend();
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    const panel = await screen.findByTestId("result-panel");
    expect(screen.getByTestId("result-kind").getAttribute("data-kind")).toBe("placed");
    expect(panel.textContent).toContain("Call placed");
    expect(screen.getByTestId("result-call-id").textContent).toBe("call-777");
    const [args] = callsOf(calls, "place_call");
    expect(args.confirm).toEqual({ duplicate: false, outside_calling_hours: false, do_not_call: false });
    expect(args.form).toMatchObject({ contact_id: "c-maria", agent_id: "agent-leo", from_number_id: "pn-out-1", when: { kind: "now" } });
    await waitFor(() => expect(s.savedBy(callsOf(calls, "update_preferences")[0])).toMatchObject({ last_agent_id: "agent-leo", last_from_number_id: "pn-out-1" }));
  });

  it("disables Place call while the request is in flight", async () => {
    backend({ place_call: pending });
    await fillForm();
    const button = screen.getByTestId("place-call") as HTMLButtonElement;
    await fireEvent.click(button);
    await waitFor(() => expect(button.disabled).toBe(true));
    expect(button.textContent).toContain("Placing call");
  });

  it("asks before calling the same contact again and then confirms the duplicate", async () => {
    let n = 0;
    const duplicate = s.entry(3, "placed", { contact_label: "Juan", agent_label: "Ana" });
    const calls = backend({
      place_call: () =>
        ++n === 1
          ? { kind: "needs_confirmation", message: "You called Juan with Ana 4 minutes ago. Call again?", next_step: null, field: null, confirm: "duplicate", entry: null, duplicate_of: duplicate }
          : placed,
    });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    const dialog = (await screen.findByTestId("duplicate-dialog")) as HTMLDialogElement;
    await waitFor(() => expect(dialog.textContent).toContain("You called Juan with Ana 4 minutes ago. Call again?"));
    expect(dialog.open).toBe(true);
    expect(callsOf(calls, "place_call")).toHaveLength(1);
    await fireEvent.click(screen.getByTestId("duplicate-dialog-confirm"));
    await screen.findByTestId("result-panel");
    expect(callsOf(calls, "place_call").map((a) => a.confirm)).toEqual([
      { duplicate: false, outside_calling_hours: false, do_not_call: false },
      { duplicate: true, outside_calling_hours: false, do_not_call: false },
    ]);
  });

  it("shows a field error from place_call next to that field and keeps every input", async () => {
    backend({ place_call: () => { throw appError("Enter a value, or remove the row.", "validation", "additional_data[0].value"); } });
    await fillForm();
    await fireEvent.click(screen.getByTestId("additional_data-add"));
    await fireEvent.input(screen.getByTestId("additional_data-key"), { target: { value: "amount_debt" } });
    await fireEvent.input(screen.getByTestId("additional_data-value"), { target: { value: "14058" } });
    await fireEvent.click(screen.getByTestId("place-call"));
    const err = await waitFor(() => {
      const e = screen.getAllByTestId("field-error").find((el) => el.getAttribute("data-field") === "additional_data[0].value");
      if (!e) throw new Error("no field error yet");
      return e;
    });
    expect(err.textContent).toContain("Enter a value");
    expect(screen.queryByTestId("call-error")).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("additional_data-value")));
    expect((screen.getByTestId("additional_data-key") as HTMLInputElement).value).toBe("amount_debt");
    expect((screen.getByTestId("additional_data-value") as HTMLInputElement).value).toBe("14058");
    expect((screen.getByTestId("contact-search") as HTMLInputElement).value).toBe("María García");
    expect((screen.getByTestId("agent-select") as HTMLSelectElement).value).toBe("agent-leo");
  });

  it("shows an error without a field in a banner", async () => {
    backend({ place_call: () => { throw appError("Contactship is busy; try again in 20 s.", "rate_limited"); } });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    expect((await screen.findByTestId("call-error")).textContent).toContain("Contactship is busy");
  });

  it("refuses to send with a missing contact and says so next to it", async () => {
    const calls = backend({
      check_call_form: (a: Record<string, unknown>) =>
        (a.form as { contact_id: string }).contact_id === "" ? [{ field: "contact_id", message: "Choose who to call." }] : [],
    });
    render(CallScreen);
    await fireEvent.click(await screen.findByTestId("place-call"));
    const err = await waitFor(() => screen.getAllByTestId("field-error").find((e) => e.getAttribute("data-field") === "contact_id"));
    expect(err?.textContent).toBe("Choose who to call.");
    expect(callsOf(calls, "place_call")).toHaveLength(0);
  });

  it("offers the next valid time for a DST gap", async () => {
    const calls = backend({
      preview_when: s.whenPreview({
        ok: false,
        issue: { kind: "gap", message: "2:30 AM doesn't exist on Mar 14: clocks jump from 2:00 to 3:00.", next_valid_time: "03:00", earlier_label: null, later_label: null },
      }),
    });
    render(CallScreen);
    await fireEvent.click(await screen.findByTestId("when-at"));
    await fireEvent.input(screen.getByTestId("when-date"), { target: { value: "2027-03-14" } });
    await fireEvent.input(screen.getByTestId("when-time"), { target: { value: "02:30" } });
    const fix = await screen.findByTestId("when-use-next");
    expect(fix.textContent?.trim()).toBe("Use 03:00 instead");
    await fireEvent.click(fix);
    expect((screen.getByTestId("when-time") as HTMLInputElement).value).toBe("03:00");
    await waitFor(() =>
      expect(callsOf(calls, "preview_when").at(-1)?.when).toEqual({
        kind: "at", date: "2027-03-14", time: "03:00", time_zone: "America/New_York", ambiguity: null,
      }),
    );
  });

  it("resolves a DST overlap with an earlier/later choice", async () => {
    const calls = backend({
      preview_when: s.whenPreview({
        ok: false,
        issue: { kind: "overlap", message: "1:30 AM happens twice on Nov 1.", next_valid_time: null, earlier_label: "1:30 AM EDT (UTC-4)", later_label: "1:30 AM EST (UTC-5)" },
      }),
    });
    render(CallScreen);
    await fireEvent.click(await screen.findByTestId("when-at"));
    await fireEvent.input(screen.getByTestId("when-date"), { target: { value: "2026-11-01" } });
    await fireEvent.input(screen.getByTestId("when-time"), { target: { value: "01:30" } });
    await fireEvent.click(await screen.findByTestId("when-later"));
    await waitFor(() => expect((callsOf(calls, "preview_when").at(-1)?.when as { ambiguity: string }).ambiguity).toBe("later"));
  });

  it("shows both clocks and the calling-hours warning from the preview", async () => {
    backend({ preview_when: s.whenPreview({ outside_calling_hours: true, calling_hours_warning: "That's 9:40 PM for Juan, outside calling hours (8:00 AM–9:00 PM)." }) });
    render(CallScreen);
    await fireEvent.click(await screen.findByTestId("when-delay"));
    expect((await screen.findByTestId("when-hours-warning")).textContent).toContain("outside calling hours");
    expect(screen.getByTestId("when-callee-label").textContent).toContain("for Juan");
    expect(screen.getByTestId("when-your-label").textContent).toContain("your time");
  });

  it("pre-fills the form from Call again", async () => {
    app.prefill = s.form({ when: { kind: "delay", minutes: "45" }, additional_data: [{ key: "plan", value: "gold" }] });
    backend();
    render(CallScreen);
    expect(((await screen.findByTestId("contact-search")) as HTMLInputElement).value).toBe("María García");
    expect((screen.getByTestId("delay-minutes") as HTMLInputElement).value).toBe("45");
    expect((screen.getByTestId("additional_data-key") as HTMLInputElement).value).toBe("plan");
    expect(app.prefill).toBeNull();
  });

  it("shows Check status for an unknown outcome and reports the new status", async () => {
    const calls = backend({
      place_call: { ...placed, kind: "outcome_unknown", message: "Contactship didn't answer in time.", next_step: "Check the status before calling again.", entry: s.entry(2, "outcome_unknown") },
    });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    expect((await screen.findByTestId("result-next-step")).textContent).toContain("Check the status");
    await fireEvent.click(screen.getByTestId("check-status"));
    expect((await screen.findByTestId("result-status")).textContent).toContain("Completed");
    expect(callsOf(calls, "check_call")).toEqual([{ requestId: "req-2" }]);
  });

  it("shows Rust's problem with a key/value row before sending and lets the row be removed", async () => {
    const calls = backend({
      check_call_form: (a: Record<string, unknown>) =>
        (a.form as { metadata: { key: string }[] }).metadata.some((kv) => kv.key === "")
          ? [{ field: "metadata[0].key", message: "Give this field a name, for example amount_debt." }]
          : [],
    });
    await fillForm();
    await fireEvent.click(screen.getByTestId("metadata-add"));
    await fireEvent.input(screen.getByTestId("metadata-value"), { target: { value: "november" } });
    await fireEvent.click(screen.getByTestId("place-call"));
    const err = await waitFor(() => screen.getAllByTestId("field-error").find((e) => e.getAttribute("data-field") === "metadata[0].key"));
    expect(err?.textContent).toContain("Give this field a name");
    expect(callsOf(calls, "place_call")).toHaveLength(0);
    await fireEvent.click(screen.getByTestId("metadata-remove"));
    expect(screen.queryByTestId("metadata-row")).toBeNull();
    await fireEvent.click(screen.getByTestId("place-call"));
    await waitFor(() => expect(callsOf(calls, "place_call")).toHaveLength(1));
    expect(callsOf(calls, "place_call")[0].form).toMatchObject({ metadata: [] });
  });

  it("sends a scheduled time in the contact's zone", async () => {
    const calls = backend();
    await fillForm();
    await fireEvent.click(screen.getByTestId("when-at"));
    expect((screen.getByTestId("when-zone") as HTMLInputElement).value).toBe("Europe/Madrid");
    expect(screen.getByTestId("when-preview-hint").textContent).toBe("Pick a date and time to see it in both time zones.");
    await fireEvent.input(screen.getByTestId("when-date"), { target: { value: "2026-12-03" } });
    await fireEvent.input(screen.getByTestId("when-time"), { target: { value: "10:30" } });
    await fireEvent.click(screen.getByTestId("place-call"));
    await waitFor(() => expect(callsOf(calls, "place_call")).toHaveLength(1));
    expect(callsOf(calls, "place_call")[0].form).toMatchObject({
      when: { kind: "at", date: "2026-12-03", time: "10:30", time_zone: "Europe/Madrid", ambiguity: null },
      callee_time_zone: "Europe/Madrid",
    });
  });
});
