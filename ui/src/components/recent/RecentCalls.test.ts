import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { emit } from "@tauri-apps/api/event";
import RecentCalls from "./RecentCalls.svelte";
import { appError, callsOf, installIpc, pending, type Handler } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import { app } from "../../lib/state.svelte";
import * as s from "../../dev/sample";
import type { CallEntry } from "../../lib/api";

function details(e: CallEntry) {
  return {
    entry: e,
    summary: "Juan agreed to pay on Friday.",
    sentiment: "positive",
    recording_url: "https://example.com/rec.mp3",
    transcript: [{ role: "agent", content: "Hola Juan" }],
    request_json: "{}",
  };
}

function backend(list: CallEntry[], over: Record<string, Handler | unknown> = {}) {
  return installIpc({
    list_calls: s.pages(() => list),
    call_log_agents: [],
    call_details: (a: Record<string, unknown>) => details(list.find((e) => e.request_id === a.requestId) ?? list[0]),
    export_calls_csv: "/home/me/Downloads/callboard-calls.csv",
    check_call: (a: Record<string, unknown>) => ({ ...list.find((e) => e.request_id === a.requestId)!, state: "completed", status_label: "Completed — answered", is_final: true }),
    open_external: null,
    ...over,
  });
}

beforeEach(() => resetApp());

describe("recent calls", () => {
  it("shows a loading state", async () => {
    backend([], { list_calls: pending });
    render(RecentCalls);
    expect((await screen.findByTestId("recent-loading")).textContent).toContain("Loading calls…");
    expect(screen.queryByTestId("recent-empty")).toBeNull();
  });

  it("shows an error banner when the journal cannot be read", async () => {
    backend([], { list_calls: () => { throw appError("Callboard couldn't read its call log.", "storage"); } });
    render(RecentCalls);
    expect((await screen.findByTestId("recent-error")).textContent).toContain("couldn't read its call log");
  });

  it("says there are no calls yet", async () => {
    backend([]);
    render(RecentCalls);
    expect((await screen.findByTestId("recent-empty")).textContent).toContain("No calls yet");
  });

  it("lists calls newest first with a status chip per state", async () => {
    const list = s.entries(9);
    backend(list);
    render(RecentCalls);
    const rows = await screen.findAllByTestId("recent-row");
    expect(rows.map((r) => r.getAttribute("data-state"))).toEqual(list.map((e) => e.state));
    const chips = screen.getAllByTestId("status-chip");
    expect(chips[1].textContent).toBe("Scheduled");
    expect(chips[1].className).toContain("tone-info");
    expect(chips[3].className).toContain("tone-warning");
    expect(rows[2].textContent).toContain("checked");
  });

  it("names each call's campaign and opens filtered to one when a campaign asks", async () => {
    const list = [s.entry(0, "completed", { campaign_id: "c1" }), s.entry(1, "placed")];
    app.recentCampaign = "c1";
    const calls = backend(list, {
      campaigns_list: [{ id: "c1", name: "Diciembre" }],
      list_calls: s.pages(() => list),
    });
    render(RecentCalls);
    expect((await screen.findByTestId("recent-row-campaign")).textContent).toBe("Diciembre");
    expect(callsOf(calls, "list_calls")[0].query).toMatchObject({ campaign_id: "c1" });
    expect(((await screen.findByTestId("recent-filter-campaign")) as HTMLSelectElement).value).toBe("c1");
    expect(app.recentCampaign).toBeNull();
  });

  it("filters by status and by search text", async () => {
    backend(s.entries(18));
    render(RecentCalls);
    await screen.findAllByTestId("recent-row");
    await fireEvent.change(screen.getByTestId("recent-filter-status"), { target: { value: "completed" } });
    await waitFor(() => {
      const rows = screen.getAllByTestId("recent-row");
      expect(rows).toHaveLength(2);
      expect(rows.every((r) => r.getAttribute("data-state") === "completed")).toBe(true);
    });
    await fireEvent.change(screen.getByTestId("recent-filter-status"), { target: { value: "" } });
    await fireEvent.input(screen.getByTestId("recent-search"), { target: { value: "no match at all" } });
    expect((await screen.findByTestId("recent-no-match")).textContent).toContain("No calls match these filters.");
    expect(screen.queryAllByTestId("recent-row")).toHaveLength(0);
  });

  it("keeps only a window of rows in the DOM for 10,000 entries", async () => {
    backend(s.entries(10_000));
    render(RecentCalls);
    const rows = await screen.findAllByTestId("recent-row");
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    const list = screen.getByTestId("recent-list");
    const spacer = list.firstElementChild as HTMLElement;
    expect(spacer.style.height).toBe(`${10_000 * 56}px`);
    list.scrollTop = 56 * 5000;
    await fireEvent.scroll(list);
    await waitFor(() => expect(screen.getAllByTestId("recent-row").some((r) => r.getAttribute("data-request-id") === "req-5000")).toBe(true));
    expect(screen.getAllByTestId("recent-row").length).toBeLessThan(60);
    // The list stays reachable with Tab: exactly one rendered row is in the tab order.
    await waitFor(() => expect(screen.getAllByTestId("recent-row").filter((r) => r.getAttribute("tabindex") === "0")).toHaveLength(1));
  });

  it("opens the details drawer with history, summary and recording", async () => {
    const list = s.entries(3);
    const calls = backend(list);
    render(RecentCalls);
    const rows = await screen.findAllByTestId("recent-row");
    await fireEvent.click(rows[0]);
    const drawer = await screen.findByTestId("details-drawer");
    await waitFor(() => expect(drawer.textContent).toContain("Juan agreed to pay on Friday."));
    expect(screen.getByTestId("details-call-id").textContent).toBe("call-1000");
    expect(screen.getByTestId("details-history").textContent).toContain("Request recorded");
    await fireEvent.click(screen.getByTestId("details-recording"));
    await waitFor(() => expect(callsOf(calls, "open_external")).toEqual([{ url: "https://example.com/rec.mp3" }]));
    expect(callsOf(calls, "call_details")).toEqual([{ requestId: "req-0" }]);
  });

  it("checks the status of a non-final call from the drawer", async () => {
    const list = s.entries(3);
    const calls = backend(list);
    render(RecentCalls);
    await fireEvent.click((await screen.findAllByTestId("recent-row"))[1]);
    await fireEvent.click(await screen.findByTestId("details-check-status"));
    await waitFor(() => expect(callsOf(calls, "check_call")).toEqual([{ requestId: "req-1" }]));
    await waitFor(() => expect(screen.getAllByTestId("recent-row")[1].getAttribute("data-state")).toBe("completed"));
  });

  it("pre-fills the Call form with Call again", async () => {
    const list = s.entries(3);
    backend(list);
    app.route = "recent";
    render(RecentCalls);
    await fireEvent.click((await screen.findAllByTestId("recent-row"))[0]);
    await fireEvent.click(await screen.findByTestId("call-again"));
    expect(app.route).toBe("call");
    expect(app.prefill).toMatchObject({ contact_id: list[0].form.contact_id, agent_id: list[0].form.agent_id });
  });

  it("exports every call matching the filters, not just the loaded rows, and shows where the file went", async () => {
    const calls = backend(s.entries(18));
    render(RecentCalls);
    await screen.findAllByTestId("recent-row");
    await fireEvent.change(screen.getByTestId("recent-filter-status"), { target: { value: "completed" } });
    await waitFor(() => expect(screen.getAllByTestId("recent-row")).toHaveLength(2));
    await fireEvent.click(screen.getByTestId("export-csv"));
    expect((await screen.findByTestId("export-result")).textContent).toContain("Saved 2 calls to /home/me/Downloads/callboard-calls.csv");
    expect(callsOf(calls, "export_calls_csv")).toEqual([{ query: expect.objectContaining({ state: "completed", text: "", from: "", to: "" }) }]);
  });

  it("reloads when the background refresh reports changed calls", async () => {
    let list = s.entries(2);
    const calls = backend([], { list_calls: s.pages(() => list) });
    render(RecentCalls);
    await screen.findAllByTestId("recent-row");
    list = s.entries(3);
    await waitFor(() => expect(callsOf(calls, "plugin:event|listen").length + 1).toBeGreaterThan(0));
    await emit("calls-changed", { request_ids: ["req-2"] });
    await waitFor(() => expect(screen.getAllByTestId("recent-row")).toHaveLength(3));
  });

  it("moves between rows with the arrow keys and closes the drawer with Escape", async () => {
    backend(s.entries(20));
    render(RecentCalls);
    const rows = await screen.findAllByTestId("recent-row");
    rows[0].focus();
    await fireEvent.keyDown(rows[0], { key: "ArrowDown" });
    await waitFor(() => expect(document.activeElement?.getAttribute("data-request-id")).toBe("req-1"));
    await fireEvent.keyDown(document.activeElement!, { key: "End" });
    await waitFor(() => expect(document.activeElement?.getAttribute("data-request-id")).toBe("req-19"));
    await fireEvent.click(document.activeElement!);
    const drawer = await screen.findByTestId("details-drawer");
    await fireEvent.keyDown(drawer, { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("details-drawer")).toBeNull());
  });
});

describe("recent calls filters", () => {
  it("shows Rust's sentence next to a date box it refused, and keeps the calls listed", async () => {
    const list = s.entries(5);
    const paged = s.pages(() => list);
    backend(list, {
      list_calls: (a: Record<string, unknown>) => {
        const q = a.query as { from: string; to: string };
        if (q.from !== "" && q.to !== "" && q.from > q.to) throw appError("The From date is after the To date.", "validation", "to");
        return paged(a);
      },
    });
    render(RecentCalls);
    await screen.findAllByTestId("recent-row");
    await fireEvent.input(screen.getByTestId("recent-filter-from"), { target: { value: "2026-11-30" } });
    await fireEvent.input(screen.getByTestId("recent-filter-to"), { target: { value: "2026-11-01" } });
    expect((await screen.findByTestId("recent-date-error")).textContent).toBe("The From date is after the To date.");
    expect(screen.getByTestId("recent-filter-to").getAttribute("aria-invalid")).toBe("true");
    expect(screen.getByTestId("recent-filter-from").getAttribute("aria-invalid")).toBeNull();
    expect(screen.getAllByTestId("recent-row")).toHaveLength(5);
    await fireEvent.input(screen.getByTestId("recent-filter-to"), { target: { value: "2026-12-31" } });
    await waitFor(() => expect(screen.queryByTestId("recent-date-error")).toBeNull());
  });
});

describe("recent calls details", () => {
  it("shows Rust's duration label, not a TS formatting of the seconds", async () => {
    const list = [s.entry(0, "completed", { duration_seconds: 95, duration_label: "1 min 35 s (Rust)" })];
    backend(list);
    render(RecentCalls);
    await fireEvent.click((await screen.findAllByTestId("recent-row"))[0]);
    expect((await screen.findByTestId("details-duration")).textContent).toBe("1 min 35 s (Rust)");
  });
});

describe("recent calls links", () => {
  it("explains a missing browser in Rust's words and offers to copy the link", async () => {
    const sentence = "Callboard couldn't open your web browser. Copy the link and paste it into a browser instead.";
    backend(s.entries(1), { open_external: () => { throw appError(sentence, "browser_unavailable"); } });
    render(RecentCalls);
    await fireEvent.click((await screen.findAllByTestId("recent-row"))[0]);
    await fireEvent.click(await screen.findByTestId("details-recording"));
    expect((await screen.findByTestId("details-link-error")).textContent).toBe(sentence);
    expect(screen.getByTestId("details-copy-link").textContent?.trim()).toBe("Copy link");
  });
});

describe("recent calls export", () => {
  it("offers Show in folder for the saved CSV", async () => {
    const calls = backend(s.entries(3), { show_in_folder: null });
    render(RecentCalls);
    await screen.findAllByTestId("recent-row");
    await fireEvent.click(screen.getByTestId("export-csv"));
    await fireEvent.click(await screen.findByTestId("export-show-in-folder"));
    await waitFor(() => expect(callsOf(calls, "show_in_folder")).toEqual([{ path: "/home/me/Downloads/callboard-calls.csv" }]));
  });

  it("says why the folder couldn't be shown", async () => {
    backend(s.entries(3), { show_in_folder: () => { throw appError("Callboard couldn't open your file manager. The file is at /home/me/Downloads/callboard-calls.csv.", "browser_unavailable"); } });
    render(RecentCalls);
    await screen.findAllByTestId("recent-row");
    await fireEvent.click(screen.getByTestId("export-csv"));
    await fireEvent.click(await screen.findByTestId("export-show-in-folder"));
    expect((await screen.findByTestId("export-error")).textContent).toContain("couldn't open your file manager");
  });
});
