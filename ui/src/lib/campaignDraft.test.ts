import { describe, expect, it } from "vitest";
import type { CampaignDefaults, CampaignView, Mapping } from "./api";
import {
  canCheck,
  choiceOf,
  keyFromHeader,
  outcomeCounts,
  outsideHours,
  progressPercent,
  sampleForm,
  startingForm,
  withKey,
  withUse,
} from "./campaignDraft";

const mapping: Mapping = {
  header_row: 1,
  headers: ["nombre", "teléfono", "Plan contratado"],
  columns: [{ use: "field", field: "name" }, { use: "field", field: "phone" }, { use: "ignore" }],
};

const defaults: CampaignDefaults = {
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

describe("mapping columns", () => {
  it("moves a field from the column that had it, which is then left out", () => {
    const moved = withUse(mapping, 2, "phone");
    expect(moved.columns.map(choiceOf)).toEqual(["name", "ignore", "phone"]);
    expect(canCheck(moved)).toBe(true);
  });

  it("sends a column as additional data under a key made from its header, renamable", () => {
    const data = withUse(mapping, 2, "data");
    expect(data.columns[2]).toEqual({ use: "data", key: "plan_contratado" });
    expect(withKey(data, 2, "plan").columns[2]).toEqual({ use: "data", key: "plan" });
    expect(keyFromHeader("Teléfono Móvil")).toBe("telefono_movil");
    expect(keyFromHeader("¿?")).toBe("column");
  });

  it("can't check a list without a phone or contact id column", () => {
    expect(canCheck(withUse(mapping, 1, "ignore"))).toBe(false);
    expect(canCheck(withUse(withUse(mapping, 1, "ignore"), 2, "contact_id"))).toBe(true);
  });
});

describe("the campaign form", () => {
  const agents = [{ id: "a1", name: "Sofía", person_name: null, language: null, language_label: null, purpose: null }];
  const numbers = [
    { id: "n1", phone_number: "+5215512345678", display: "+52 55 1234 5678", calling_code: 52, kind: "outbound" as const },
    { id: "n2", phone_number: "+34911234567", display: "+34 911 23 45 67", calling_code: 34, kind: "inbound" as const },
  ];

  it("starts from Settings' hours on weekdays, the first agent and every outbound number", () => {
    const form = startingForm(defaults, agents, numbers, "clientes.xlsx", new Date("2026-12-03T10:00:00Z"));
    expect(form.name).toBe("clientes 2026-12-03");
    expect([form.agent_id, form.from_number_ids]).toEqual(["a1", ["n1"]]);
    expect([form.hours_start, form.hours_end, form.days.length]).toEqual(["09:00", "18:00", 5]);
    expect(outsideHours(form, defaults)).toBe(false);
  });

  it("lets the sandbox sample call at any hour, confirmed, with quick retries", () => {
    const base = startingForm(defaults, agents, numbers, "sample-contacts.csv", new Date("2026-12-03T10:00:00Z"));
    const sample = sampleForm(base, defaults);
    expect(sample.name).toBe("Sample campaign 2026-12-03");
    expect(outsideHours(sample, defaults)).toBe(true);
    expect(sample.outside_hours_confirmed).toBe(true);
    expect([sample.days.length, sample.per_minute, sample.max_active, sample.retry_after_minutes]).toEqual([7, 30, 10, 15]);
  });
});

describe("a running campaign", () => {
  const view = (finished: number, total: number): CampaignView => ({
    id: "c",
    name: "c",
    source: "x.csv",
    created_at: "",
    state: "running",
    state_label: "Running",
    total,
    finished_rows: finished,
    counts: [
      { key: "waiting", label: "Waiting for their hours", count: 3 },
      { key: "answered", label: "Answered", count: 5 },
      { key: "skipped", label: "Skipped", count: 1 },
    ],
    eta: "",
    how: "",
    problem: null,
    active: 0,
    can_skip_ahead: false,
  });

  it("shows the share of people done and only final outcomes in the chart", () => {
    expect(progressPercent(view(6, 9))).toBe(67);
    expect(progressPercent(view(0, 0))).toBe(0);
    expect(outcomeCounts(view(6, 9)).map((c) => c.key)).toEqual(["answered", "skipped"]);
  });
});
