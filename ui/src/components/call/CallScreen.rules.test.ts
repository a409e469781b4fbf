// The Call screen asks Rust: every form problem (check_call_form), the questions before sending.
import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import CallScreen from "./CallScreen.svelte";
import { callsOf } from "../../test/ipc";
import { backend, fieldError, fillForm, placed } from "../../test/call-screen";
import { resetApp } from "../../test/app-state";
import * as s from "../../dev/sample";

beforeEach(() => resetApp());

/** Rust's delay rule, as the mock backend answers it. */
function delayProblems(a: Record<string, unknown>) {
  const when = (a.form as { when: { kind: string; minutes?: string } }).when;
  return when.kind === "delay" && !/^\d+$/.test(when.minutes ?? "")
    ? [{ field: "delay", message: "Enter the number of minutes as a whole number, like 15." }]
    : [];
}

describe("call screen and Rust's rules", () => {
  it("shows an invalid delay next to the delay field while typing, not in a banner", async () => {
    const calls = backend({ check_call_form: delayProblems });
    await fillForm();
    await fireEvent.click(screen.getByTestId("when-delay"));
    await fireEvent.input(screen.getByTestId("delay-minutes"), { target: { value: "1.5" } });
    expect((await fieldError("delay")).textContent).toBe("Enter the number of minutes as a whole number, like 15.");
    expect(screen.getByTestId("delay-minutes").getAttribute("aria-invalid")).toBe("true");
    expect(callsOf(calls, "check_call_form").at(-1)?.form).toMatchObject({ when: { kind: "delay", minutes: "1.5" } });
    await fireEvent.click(screen.getByTestId("place-call"));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("delay-minutes")));
    expect(screen.queryByTestId("call-error")).toBeNull();
    expect(callsOf(calls, "place_call")).toHaveLength(0);
  });

  it("asks before calling outside the callee's hours and sends again with that answer", async () => {
    let n = 0;
    const calls = backend({
      place_call: () =>
        ++n === 1
          ? { ...placed, kind: "needs_confirmation", confirm: "outside_calling_hours", message: "That's 10:30 PM for María, outside calling hours (8:00 AM–9:00 PM). Call anyway?", entry: null }
          : placed,
    });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    const dialog = await screen.findByTestId("hours-dialog");
    expect(dialog.querySelector("h2")?.textContent).toBe("Call outside calling hours?");
    expect(dialog.textContent).toContain("That's 10:30 PM for María");
    expect(screen.getByTestId("hours-dialog-confirm").textContent?.trim()).toBe("Call anyway");
    expect(screen.queryByTestId("duplicate-dialog")).toBeNull();
    await fireEvent.click(screen.getByTestId("hours-dialog-confirm"));
    await screen.findByTestId("result-panel");
    expect(callsOf(calls, "place_call").map((a) => a.confirm)).toEqual([
      { duplicate: false, outside_calling_hours: false, do_not_call: false },
      { duplicate: false, outside_calling_hours: true, do_not_call: false },
    ]);
  });

  it("keeps the duplicate answer when the hours question follows it", async () => {
    const answers: unknown[] = [];
    const calls = backend({
      place_call: (a: Record<string, unknown>) => {
        answers.push(a.confirm);
        const c = a.confirm as { duplicate: boolean; outside_calling_hours: boolean };
        if (!c.duplicate) return { ...placed, kind: "needs_confirmation", confirm: "duplicate", message: "You called María with Leo 2 minutes ago. Call again?", entry: null };
        if (!c.outside_calling_hours) return { ...placed, kind: "needs_confirmation", confirm: "outside_calling_hours", message: "It's 10:30 PM for María. Call anyway?", entry: null };
        return placed;
      },
    });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    await fireEvent.click(await screen.findByTestId("duplicate-dialog-confirm"));
    await fireEvent.click(await screen.findByTestId("hours-dialog-confirm"));
    await screen.findByTestId("result-panel");
    expect(callsOf(calls, "place_call").at(-1)?.confirm).toEqual({ duplicate: true, outside_calling_hours: true, do_not_call: false });
  });

  it("says exactly what is sent for a repeated DST time under the choice", async () => {
    const sentAs = "Sent to Contactship as 2027-11-07 01:30:00 in Etc/GMT+5 (UTC-05:00): the second 1:30 AM in New York.";
    backend({
      preview_when: s.whenPreview({
        ok: false,
        sent_as: sentAs,
        issue: { kind: "overlap", message: "1:30 AM happens twice on Nov 7.", next_valid_time: null, earlier_label: "1:30 AM EDT", later_label: "1:30 AM EST" },
      }),
    });
    render(CallScreen);
    await fireEvent.click(await screen.findByTestId("when-at"));
    await fireEvent.input(screen.getByTestId("when-date"), { target: { value: "2027-11-07" } });
    await fireEvent.input(screen.getByTestId("when-time"), { target: { value: "01:30" } });
    expect((await screen.findByTestId("when-sent-as")).textContent).toBe(sentAs);
  });
});
