import { describe, expect, it, beforeEach } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { emit } from "@tauri-apps/api/event";
import RecentScreen from "./RecentScreen.svelte";
import { appError, callsOf, installIpc, type Handler } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import * as s from "../../dev/sample";
import type { OrgCallQuery, OrgCallRow } from "../../lib/api";

const TOTAL = 120;

/** A fake Contactship log of TOTAL calls, paged by offset/limit like list_org_calls. */
function pageOf(q: OrgCallQuery, rows: (from: number, n: number) => OrgCallRow[] = (from, n) => s.orgRows(n, from)) {
  const n = Math.max(0, Math.min(q.limit, TOTAL - q.offset));
  return { rows: rows(q.offset, n), total: TOTAL, has_more: q.offset + n < TOTAL, next_offset: q.offset + n };
}

function backend(over: Record<string, Handler | unknown> = {}) {
  const local = s.entries(3);
  return installIpc({
    list_calls: s.pages(() => local),
    call_log_agents: [],
    list_agents: s.agents,
    list_org_calls: (a: Record<string, unknown>) => pageOf(a.query as OrgCallQuery),
    org_call_details: (a: Record<string, unknown>) => s.orgDetails(s.orgRow(Number(String(a.callId).split("-").pop()))),
    call_details: (a: Record<string, unknown>) => ({
      entry: local.find((e) => e.request_id === a.requestId) ?? local[0],
      summary: "Local summary.",
      sentiment: null,
      recording_url: null,
      transcript: [],
      request_json: "{}",
    }),
    open_external: null,
    ...over,
  });
}

async function openAllCalls() {
  render(RecentScreen);
  await fireEvent.click(screen.getByTestId("recent-tab-all"));
  return screen.findAllByTestId("org-row");
}

const queries = (calls: ReturnType<typeof backend>) => callsOf(calls, "list_org_calls").map((a) => a.query as OrgCallQuery);

beforeEach(() => resetApp());

describe("recent calls tabs", () => {
  it("starts on This computer and moves between tabs with the arrow keys", async () => {
    backend();
    render(RecentScreen);
    const local = screen.getByTestId("recent-tab-local");
    expect(screen.getByRole("tablist").getAttribute("aria-label")).toBe("Which calls");
    expect(local.getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByTestId("recent-screen")).toBeTruthy();
    local.focus();
    await fireEvent.keyDown(local, { key: "ArrowRight" });
    const all = screen.getByTestId("recent-tab-all");
    await waitFor(() => expect(document.activeElement).toBe(all));
    expect(all.getAttribute("aria-selected")).toBe("true");
    expect(local.getAttribute("tabindex")).toBe("-1");
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("recent-tab-all");
    expect(await screen.findByTestId("all-calls-screen")).toBeTruthy();
    await fireEvent.keyDown(all, { key: "ArrowRight" });
    await waitFor(() => expect(screen.getByTestId("recent-tab-local").getAttribute("aria-selected")).toBe("true"));
  });
});

describe("all calls", () => {
  it("shows the first page with its total and loads the next page when scrolled near the end", async () => {
    const calls = backend();
    const rows = await openAllCalls();
    expect(rows.length).toBeLessThan(30);
    expect(screen.getByTestId("all-calls-count").textContent).toContain("120 calls on Contactship");
    expect(queries(calls)).toEqual([expect.objectContaining({ offset: 0, limit: 50, status: null })]);
    const list = screen.getByTestId("all-calls-list");
    list.scrollTop = 56 * 40;
    await fireEvent.scroll(list);
    await waitFor(() => expect(queries(calls).map((q) => q.offset)).toEqual([0, 50]));
    list.scrollTop = 56 * 90;
    await fireEvent.scroll(list);
    await waitFor(() => expect(queries(calls).map((q) => q.offset)).toEqual([0, 50, 100]));
    list.scrollTop = 56 * 115;
    await fireEvent.scroll(list);
    await waitFor(() => expect(screen.getAllByTestId("org-row").some((r) => r.getAttribute("data-call-id") === "org-call-119")).toBe(true));
    expect(queries(calls)).toHaveLength(3); // the end: no fourth request
  });

  it("asks Contactship again when a filter changes, from the first page", async () => {
    const calls = backend({
      // Rust refuses a date that isn't whole yet and names the box; the UI sends what was typed.
      list_org_calls: (a: Record<string, unknown>) => {
        const q = a.query as OrgCallQuery;
        if (q.date_from !== null && !/^\d{4}-\d{2}-\d{2}$/.test(q.date_from)) throw appError("Write dates as year-month-day, e.g. 2026-12-03.", "validation", "date_from");
        return pageOf(q);
      },
    });
    await openAllCalls();
    await fireEvent.change(screen.getByTestId("org-filter-status"), { target: { value: "completed" } });
    await fireEvent.input(screen.getByTestId("org-filter-phone"), { target: { value: "+52 55 1234 5678" } });
    await fireEvent.input(screen.getByTestId("org-filter-from"), { target: { value: "2026-11-0" } });
    await waitFor(() => expect(queries(calls)).toHaveLength(2));
    expect(queries(calls)[1]).toMatchObject({ offset: 0, status: "completed", phone: "+52 55 1234 5678", date_from: "2026-11-0" });
    expect((await screen.findByTestId("org-date-error")).textContent).toContain("year-month-day");
    expect(screen.getByTestId("org-filter-from").getAttribute("aria-invalid")).toBe("true");
    await fireEvent.input(screen.getByTestId("org-filter-from"), { target: { value: "" } });
    await waitFor(() => expect(queries(calls)).toHaveLength(3));
    await fireEvent.change(screen.getByTestId("org-filter-agent"), { target: { value: "agent-leo" } });
    await waitFor(() => expect(queries(calls)).toHaveLength(4));
    expect(queries(calls)[3]).toMatchObject({ agent_id: "agent-leo", status: "completed" });
  });

  it("opens the local details drawer for a call placed from this computer", async () => {
    const calls = backend({
      list_org_calls: (a: Record<string, unknown>) =>
        pageOf(a.query as OrgCallQuery, (from, n) => s.orgRows(n, from).map((r, i) => (from + i === 1 ? { ...r, local_request_id: "req-2" } : r))),
    });
    const rows = await openAllCalls();
    expect(rows.filter((r) => r.getAttribute("data-local") === "true")).toHaveLength(1);
    expect(rows[1].textContent).toContain("This computer");
    await fireEvent.click(rows[1]);
    expect(await screen.findByTestId("details-drawer")).toBeTruthy();
    await waitFor(() => expect(callsOf(calls, "call_details")).toEqual([{ requestId: "req-2" }]));
    expect(callsOf(calls, "org_call_details")).toEqual([]);
  });

  it("opens Contactship's record of a call placed elsewhere, with transcript and recording", async () => {
    const calls = backend();
    const rows = await openAllCalls();
    await fireEvent.click(rows[0]);
    const drawer = await screen.findByTestId("org-details-drawer");
    await waitFor(() => expect(drawer.textContent).toContain("Ana confirmed the appointment"));
    expect(screen.getByTestId("org-details-transcript").textContent).toContain("Hola Ana");
    expect(screen.getByTestId("org-details-analysis").textContent).toContain("cita confirmada");
    expect(callsOf(calls, "org_call_details")).toEqual([{ callId: "org-call-0" }]);
    await fireEvent.click(screen.getByTestId("org-details-recording"));
    await waitFor(() => expect(callsOf(calls, "open_external")).toEqual([{ url: "https://recordings.example.com/org-call.mp3" }]));
    await fireEvent.keyDown(drawer, { key: "Escape" });
    await waitFor(() => expect(screen.queryByTestId("org-details-drawer")).toBeNull());
  });

  it("says what went wrong in Rust's words and loads the calls on Retry", async () => {
    let fail = true;
    backend({
      list_org_calls: (a: Record<string, unknown>) => {
        if (fail) throw appError("Couldn't reach Contactship. Check your internet connection.", "offline");
        return pageOf(a.query as OrgCallQuery);
      },
    });
    render(RecentScreen);
    await fireEvent.click(screen.getByTestId("recent-tab-all"));
    expect((await screen.findByTestId("all-calls-error")).textContent).toContain("Couldn't reach Contactship.");
    expect(screen.queryAllByTestId("org-row")).toHaveLength(0);
    fail = false;
    await fireEvent.click(screen.getByTestId("all-calls-retry"));
    expect((await screen.findAllByTestId("org-row")).length).toBeGreaterThan(5);
    expect(screen.queryByTestId("all-calls-error")).toBeNull();
  });

  it("tells an empty organisation from filters that match nothing", async () => {
    backend({ list_org_calls: { rows: [], total: 0, has_more: false, next_offset: 0 } });
    await fireEvent.click((render(RecentScreen), screen.getByTestId("recent-tab-all")));
    expect((await screen.findByTestId("all-calls-empty")).textContent).toContain("No calls yet");
    await fireEvent.change(screen.getByTestId("org-filter-result"), { target: { value: "busy" } });
    await waitFor(() => expect(screen.getByTestId("all-calls-empty").textContent).toContain("No calls on Contactship match these filters."));
  });

  it("keeps a call the server repeats across pages once", async () => {
    const calls = backend({
      list_org_calls: (a: Record<string, unknown>) => {
        const q = a.query as OrgCallQuery;
        // The second page repeats the first page's last call.
        return pageOf(q, (from, n) => s.orgRows(n, from === 50 ? 49 : from));
      },
    });
    await openAllCalls();
    const list = screen.getByTestId("all-calls-list");
    list.scrollTop = 56 * 45;
    await fireEvent.scroll(list);
    await waitFor(() => expect(queries(calls).length).toBeGreaterThanOrEqual(2));
    const spacer = list.firstElementChild as HTMLElement;
    await waitFor(() => expect(spacer.style.height).toBe(`${99 * 56}px`));
  });

  it("puts a call placed on this computer on top when the log changes, keeping the rows and the next page", async () => {
    let placed: OrgCallRow[] = [];
    const calls = backend({
      list_org_calls: (a: Record<string, unknown>) => {
        const q = a.query as OrgCallQuery;
        // The log grows at the top: every offset moves down by the calls placed since.
        const all = (from: number, n: number) =>
          [...placed, ...s.orgRows(TOTAL)].slice(from, from + n);
        const page = pageOf({ ...q, offset: Math.max(0, q.offset - placed.length) }, () => all(q.offset, q.limit));
        return { ...page, total: TOTAL + placed.length, next_offset: q.offset + page.rows.length };
      },
    });
    await openAllCalls();
    placed = [s.orgRow(500, { call_id: "org-call-new", contact_label: "Nueva Llamada", local_request_id: "req-0" })];
    await emit("calls-changed", { request_ids: ["req-0"] });
    await waitFor(() => expect(screen.getAllByTestId("org-row")[0].getAttribute("data-call-id")).toBe("org-call-new"));
    expect(screen.getAllByTestId("org-row")[1].getAttribute("data-call-id")).toBe("org-call-0");
    expect(screen.getByTestId("all-calls-count").textContent).toContain(`${TOTAL + 1} calls`);
    // The next page starts where the list ends, not one call early.
    const list = screen.getByTestId("all-calls-list");
    list.scrollTop = 56 * 45;
    await fireEvent.scroll(list);
    await waitFor(() => expect(queries(calls).at(-1)?.offset).toBe(51));
    const spacer = list.firstElementChild as HTMLElement;
    await waitFor(() => expect(spacer.style.height).toBe(`${101 * 56}px`));
  });
});
