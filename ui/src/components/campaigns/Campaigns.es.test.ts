// The campaigns screens in Spanish: every sentence of their own comes from the catalogue (plurals
// and day names included), and none of their English sentences is left on the screen.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen } from "@testing-library/svelte";
import CampaignsScreen from "./CampaignsScreen.svelte";
import CampaignRun from "./CampaignRun.svelte";
import { installIpc } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import { applyLocale } from "../../lib/i18n.svelte";
import { m } from "../../paraglide/messages.js";
import en from "../../../messages/campaigns/en.json";
import es from "../../../messages/campaigns/es.json";
import type { CampaignView, ListCheck, OpenedList } from "../../lib/api";

const opened: OpenedList = {
  token: "t1",
  file_name: "clientes.csv",
  format: "CSV",
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
  invalid: [{ row: 3, reason: "\"12\" no es un número de teléfono" }],
  duplicates: [{ row: 5, reason: "Mismo teléfono que la fila 2" }],
  dnc: [],
  needs_zone: 1,
  new_contacts: 1,
  preview: [{ row: 2, name: "Ana", phone: "+525512345600", zone: "America/Mexico_City", zone_from: "del país", local_time: "jue 10:00" }],
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

const running: CampaignView = {
  id: "c1",
  name: "clientes 2026-12-03",
  source: "clientes.csv",
  created_at: "2026-12-03T10:00:00Z",
  state: "running",
  state_label: "En curso",
  total: 2,
  finished_rows: 1,
  counts: [
    { key: "placed", label: "Entregada", count: 1 },
    { key: "answered", label: "Contestada", count: 1 },
  ],
  eta: "",
  how: "Días hábiles 09:00–18:00",
  problem: null,
  active: 1,
  can_skip_ahead: true,
};

/** The English sentences of this area (those Spanish says differently), e.g. "Call a whole list". */
const ENGLISH = Object.entries(en)
  .filter(([k, v]) => typeof v === "string" && v !== (es as Record<string, unknown>)[k] && v.includes(" "))
  .map(([, v]) => (v as string).replace(/\{\w+\}.*$/, "").trim())
  .filter((v) => v.includes(" "));

/** Everything a person reads or hears: the text, and the labels, placeholders and titles. */
function shown(): string {
  const attrs = [...document.querySelectorAll("[aria-label], [placeholder], [title]")].flatMap((e) =>
    ["aria-label", "placeholder", "title"].map((a) => e.getAttribute(a) ?? ""),
  );
  return [document.body.textContent ?? "", ...attrs].join("\n");
}

function expectNoEnglish() {
  const text = shown();
  expect(ENGLISH.filter((s) => text.includes(s))).toEqual([]);
}

beforeEach(() => {
  resetApp();
  applyLocale("es");
});
afterEach(() => applyLocale("en"));

describe("campaigns in Spanish", () => {
  it("offers to call a whole list, then checks it and prepares the form, all in Spanish", async () => {
    installIpc({
      campaigns_list: [],
      campaign_choose_file: opened,
      campaign_defaults: defaults,
      list_agents: [{ id: "a1", name: "Sofía", person_name: null, language: null, language_label: null, purpose: null }],
      list_phone_numbers: [{ id: "n1", phone_number: "+15550100", display: "+1 555-0100", calling_code: 1, kind: "outbound" }],
      campaign_check_list: report,
    });
    render(CampaignsScreen);
    expect(await screen.findByText("Llamar a toda una lista")).toBeTruthy();
    expect(screen.getByTestId("campaign-try-sample").textContent).toBe("Probar con 50 contactos de ejemplo");
    expect(await screen.findByText("Aún no hay campañas.")).toBeTruthy();
    expectNoEnglish();

    await fireEvent.click(screen.getByTestId("campaign-choose-file"));
    expect(await screen.findByText("Nueva campaña")).toBeTruthy();
    expect(screen.getByText("clientes.csv · 4 filas · CSV")).toBeTruthy();
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toContain("Enviar como datos adicionales");
    await fireEvent.click(screen.getByTestId("campaign-check"));

    const summary = await screen.findByTestId("campaign-check-summary");
    expect(summary.textContent?.replace(/\s+/g, " ").trim()).toBe("Se pueden llamar 2 de 4 filas. 2 filas requieren atención (vea abajo).");
    expect(summary.querySelector("strong")?.textContent).toBe("2 de 4");
    expect(screen.getByTestId("campaign-new-contacts").textContent).toBe("Se agregará 1 contacto nuevo a Contactship cuando empiece la campaña.");
    expect(screen.getByTestId("campaign-needs-zone").textContent).toContain("1 persona no tiene una zona horaria clara. Indique una en “Zona horaria para el resto”");
    expect(screen.getAllByTestId("campaign-problem").map((r) => r.textContent)).toEqual([
      expect.stringContaining("3Problema"),
      expect.stringContaining("5Combinada"),
    ]);
    // Day names from Intl, each number box inside its own sentence.
    expect(screen.getByTestId("campaign-day-mon").parentElement?.textContent?.trim()).toBe("Lun");
    expect(screen.getByTestId("campaign-max-attempts").parentElement?.textContent?.replace(/\s+/g, " ").trim()).toBe(
      "hasta llamadas por persona",
    );
    expect(screen.getByTestId("campaign-start-run").textContent?.trim()).toBe("Empezar a llamar a 2 personas");
    expectNoEnglish();
  });

  it("shows a running campaign in Spanish, saying what pausing does to the call handed over", async () => {
    installIpc({ campaign_rows: { offset: 0, total: 0, rows: [] } });
    render(CampaignRun, { campaign: running });
    expect(screen.getByTestId("campaign-progress").textContent).toBe("1 de 2 completadas");
    expect(screen.getByTestId("campaign-pause").textContent).toBe("Pausar");
    expect(screen.getByTestId("campaign-skip-ahead").textContent).toBe("Sandbox: adelantar 15 minutos");
    expect(screen.getByTestId("campaign-pause-note").textContent).toContain("La llamada ya entregada sonará de todos modos");
    expect(screen.getByTestId("campaign-outcome").textContent).toBe("Contestada: 1");
    expectNoEnglish();
  });

  it("writes a million rows as a plural too (Spanish says \"many\" for it)", () => {
    expect(m.campaigns_rows({ count: 1_000_000, n: "1.000.000" })).toBe("1.000.000 filas");
  });
});
