// The do-not-call list: edited in Settings, asked about before a single call.
import { beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import DoNotCallSection from "./DoNotCallSection.svelte";
import { appError, callsOf, installIpc } from "../../test/ipc";
import { backend, fillForm, placed } from "../../test/call-screen";
import { resetApp } from "../../test/app-state";

beforeEach(() => resetApp());

describe("the do-not-call list", () => {
  it("adds a number as written, keeps what was typed when Rust refuses it, and removes it", async () => {
    const listed = [{ phone: "+525512345678", reason: "Pidió no llamar", added_on: "2026-12-03" }];
    const calls = installIpc({
      do_not_call_list: [],
      do_not_call_add: (a: Record<string, unknown>) => {
        if (a.phone === "12") throw appError("\"12\" is not a phone number.", "validation", "phone");
        return listed;
      },
      do_not_call_remove: [],
    });
    render(DoNotCallSection);
    expect(await screen.findByTestId("dnc-empty")).toBeTruthy();
    await fireEvent.input(screen.getByTestId("dnc-phone"), { target: { value: "12" } });
    await fireEvent.click(screen.getByTestId("dnc-add"));
    expect((await screen.findByTestId("dnc-error")).textContent).toContain("not a phone number");
    expect(screen.getByTestId("dnc-phone").getAttribute("aria-invalid")).toBe("true");
    expect((screen.getByTestId("dnc-phone") as HTMLInputElement).value).toBe("12");

    await fireEvent.input(screen.getByTestId("dnc-phone"), { target: { value: "55 1234 5678" } });
    await fireEvent.input(screen.getByTestId("dnc-country"), { target: { value: "MX" } });
    await fireEvent.input(screen.getByTestId("dnc-reason"), { target: { value: "Pidió no llamar" } });
    await fireEvent.click(screen.getByTestId("dnc-add"));
    expect((await screen.findByTestId("dnc-entry")).textContent).toContain("+525512345678");
    expect(callsOf(calls, "do_not_call_add").at(-1)).toEqual({ phone: "55 1234 5678", country: "MX", reason: "Pidió no llamar" });
    await fireEvent.click(screen.getByRole("button", { name: "Remove +525512345678" }));
    expect(await screen.findByTestId("dnc-empty")).toBeTruthy();
  });

  it("asks before a single call to a listed number, naming the reason, and sends the answer", async () => {
    let n = 0;
    const calls = backend({
      place_call: () =>
        ++n === 1
          ? { ...placed, kind: "needs_confirmation", confirm: "do_not_call", message: "María is on your do-not-call list: \"Pidió no llamar\". Call anyway?", entry: null }
          : placed,
    });
    await fillForm();
    await fireEvent.click(screen.getByTestId("place-call"));
    const dialog = await screen.findByTestId("dnc-dialog");
    expect(dialog.textContent).toContain("Pidió no llamar");
    await fireEvent.click(screen.getByTestId("dnc-dialog-confirm"));
    await screen.findByTestId("result-panel");
    expect(callsOf(calls, "place_call").at(-1)?.confirm).toEqual({ duplicate: false, outside_calling_hours: false, do_not_call: true });
  });
});
