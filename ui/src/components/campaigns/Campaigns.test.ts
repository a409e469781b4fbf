import { beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import CampaignsScreen from "./CampaignsScreen.svelte";
import CampaignRun from "./CampaignRun.svelte";
import { callsOf, installIpc } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import type { CampaignView, ListCheck, OpenedList } from "../../lib/api";

const opened: OpenedList = {
  token: "t1",
  file_name: "clientes.csv",
  format: "CSV separated by ';', UTF-8",
  rows: 4,
  mapping: {
    header_row: 1,
    headers: ["nombre", "celular", "plan"],
    columns: [{ use: "field", field: "name" }, { use: "field", field: "phone" }, { use: "ignore" }],
  },
  samples: [["Ana"], ["+52 55 1234 5600"], ["oro"]],
};

const report: ListCheck = {
  rows: 4,
  valid: 2,
  invalid: [{ row: 3, reason: "\"12\" is not a phone number" }],
  duplicates: [{ row: 5, reason: "Same phone as row 2: called once" }],
  dnc: [],
  needs_zone: 0,
  new_contacts: 1,
  preview: [{ row: 2, name: "Ana", phone: "+525512345600", zone: "America/Mexico_City", zone_from: "from the country", local_time: "Thu 10:00" }],
};

const defaults = {
  hours_start: "09:00",
  hours_end: "18:00",
  days: ["mon", "tue", "wed", "thu", "fri"],
  per_minute: 10,
  max_active: 5,
  retry_after_minutes: 120,
  max_attempts: 2,
  max_per_minute: 60,
  max_max_active: 50,
  max_max_attempts: 10,
  min_retry_minutes: 5,
};

function running(over: Partial<CampaignView> = {}): CampaignView {
  return {
    id: "c1",
    name: "clientes 2026-12-03",
    source: "clientes.csv",
    created_at: "2026-12-03T10:00:00Z",
    state: "running",
    state_label: "Running",
    total: 2,
    finished_rows: 1,
    counts: [
      { key: "placed", label: "Placed", count: 1 },
      { key: "answered", label: "Answered", count: 1 },
    ],
    eta: "1 still to call: about a minute at this pace, if their hours allow.",
    how: "Weekdays 09:00–18:00 their time",
    problem: null,
    active: 1,
    can_skip_ahead: true,
    ...over,
  };
}

beforeEach(() => resetApp());

describe("a new campaign", () => {
  it("maps, checks, shows problems by row, refuses a bad form by field and starts", async () => {
    let started = false;
    const calls = installIpc({
      campaigns_list: () => (started ? [running()] : []),
      campaign_choose_file: opened,
      campaign_defaults: defaults,
      list_agents: [{ id: "a1", name: "Sofía", person_name: null, language: null, language_label: null, purpose: null }],
      list_phone_numbers: [{ id: "n1", phone_number: "+15550100", display: "+1 555-0100", calling_code: 1, kind: "outbound" }],
      campaign_check_list: report,
      campaign_start: (a: Record<string, unknown>) => {
        const form = a.form as { per_minute: number };
        if (form.per_minute > 60) return { kind: "problems", problems: [{ field: "pace.per_minute", message: "Calls per minute must be between 1 and 60." }] };
        started = true;
        return { kind: "started", campaign_id: "c1" };
      },
      campaign_rows: { offset: 0, total: 0, rows: [] },
    });
    render(CampaignsScreen);
    await fireEvent.click(await screen.findByTestId("campaign-choose-file"));
    const uses = await screen.findAllByTestId("campaign-column-use");
    expect(uses).toHaveLength(3);
    await fireEvent.change(uses[2], { target: { value: "data" } });
    expect((screen.getByTestId("campaign-column-key") as HTMLInputElement).value).toBe("plan");
    await fireEvent.click(screen.getByTestId("campaign-check"));
    expect((await screen.findByTestId("campaign-check-summary")).textContent).toContain("2 of 4");
    expect(screen.getAllByTestId("campaign-problem").map((r) => r.textContent)).toEqual([
      expect.stringContaining("3Problem"),
      expect.stringContaining("5Merged"),
    ]);
    expect(screen.getByTestId("campaign-new-contacts").textContent).toContain("1 new contact will be added");
    const sent = callsOf(calls, "campaign_check_list")[0].request as { mapping: { columns: unknown[] } };
    expect(sent.mapping.columns[2]).toEqual({ use: "data", key: "plan" });

    await fireEvent.input(screen.getByTestId("campaign-per-minute"), { target: { value: "99" } });
    await fireEvent.click(screen.getByTestId("campaign-start-run"));
    expect((await screen.findByTestId("campaign-problem-pace.per_minute")).textContent).toContain("between 1 and 60");
    expect((screen.getByTestId("campaign-name") as HTMLInputElement).value).toBe("clientes " + new Date().toISOString().slice(0, 10));

    await fireEvent.input(screen.getByTestId("campaign-per-minute"), { target: { value: "20" } });
    await fireEvent.click(screen.getByTestId("campaign-start-run"));
    await waitFor(() => expect(screen.getByTestId("campaign-run").dataset.state).toBe("running"));
  });
});

describe("a running campaign", () => {
  it("says what pausing does to calls already handed over, and offers the sandbox skip", async () => {
    installIpc({ campaign_rows: { offset: 0, total: 0, rows: [] }, campaign_pause: null });
    render(CampaignRun, { campaign: running() });
    expect(screen.getByTestId("campaign-progress").textContent).toBe("1 of 2 done");
    expect(screen.getByTestId("campaign-pause-note").textContent).toContain("The 1 call already handed over will still ring");
    expect(screen.getByTestId("campaign-skip-ahead")).toBeTruthy();
    expect(screen.queryByTestId("campaign-resume")).toBeNull();
  });

  it("offers Resume when paused and shows why a run stopped", async () => {
    installIpc({ campaign_rows: { offset: 0, total: 0, rows: [] } });
    render(CampaignRun, { campaign: running({ state: "paused", state_label: "Paused", problem: "Contactship refused the API key." }) });
    expect(screen.getByTestId("campaign-resume")).toBeTruthy();
    expect(screen.getByTestId("campaign-run-problem").textContent).toContain("refused the API key");
    expect(screen.queryByTestId("campaign-skip-ahead")).toBeNull();
  });
});
