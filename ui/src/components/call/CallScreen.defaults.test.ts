// Which agent and From number the Call screen starts with, and how the number follows the contact.
import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import CallScreen from "./CallScreen.svelte";
import { backend, pickContact } from "../../test/call-screen";
import { resetApp } from "../../test/app-state";
import * as s from "../../dev/sample";

const value = (testid: string) => (screen.getByTestId(testid) as HTMLSelectElement).value;

beforeEach(() => resetApp());

describe("call screen defaults", () => {
  it("preselects the first agent when nothing was used or set before", async () => {
    backend();
    render(CallScreen);
    await screen.findByTestId("agent-select");
    expect(value("agent-select")).toBe("agent-ana");
  });

  it("preselects the last used agent over the default one", async () => {
    resetApp(s.status(), s.prefs({ last_agent_id: "agent-leo", default_agent_id: "agent-ana" }));
    backend();
    render(CallScreen);
    await screen.findByTestId("agent-select");
    expect(value("agent-select")).toBe("agent-leo");
  });

  it("preselects the default agent when none was used yet", async () => {
    resetApp(s.status(), s.prefs({ default_agent_id: "agent-leo" }));
    backend();
    render(CallScreen);
    await screen.findByTestId("agent-select");
    expect(value("agent-select")).toBe("agent-leo");
  });

  it("suggests an outbound number in the contact's country and goes back when the next contact has none", async () => {
    backend();
    render(CallScreen);
    await pickContact("Juan");
    await waitFor(() => expect(value("from-select")).toBe("pn-out-2"));
    await pickContact("María");
    await waitFor(() => expect(value("from-select")).toBe("pn-out-1"));
  });

  it("keeps a number the user picked for this contact", async () => {
    backend();
    render(CallScreen);
    await screen.findByTestId("from-select");
    await fireEvent.change(screen.getByTestId("from-select"), { target: { value: "pn-in-1" } });
    await pickContact("Juan");
    expect(value("from-select")).toBe("pn-in-1");
  });
});
