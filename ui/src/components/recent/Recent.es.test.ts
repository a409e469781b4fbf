// The Recent calls screens in Spanish: the tabs, the list, its counts (plural), the filters,
// the export note and both details drawers come from the `recent` catalogue, and none of the
// English sentences they replaced is left on screen.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import RecentScreen from "./RecentScreen.svelte";
import { installIpc, type Handler } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import { applyLocale } from "../../lib/i18n.svelte";
import * as s from "../../dev/sample";
import type { CallEntry, OrgCallQuery } from "../../lib/api";

const ORG_TOTAL = 120;

function backend(local: CallEntry[], over: Record<string, Handler | unknown> = {}) {
  return installIpc({
    list_calls: s.pages(() => local),
    call_log_agents: [],
    campaigns_list: [],
    list_agents: s.agents,
    call_details: (a: Record<string, unknown>) => ({
      entry: local.find((e) => e.request_id === a.requestId) ?? local[0],
      summary: "Juan aceptó pagar el viernes.",
      sentiment: null,
      recording_url: "https://example.com/rec.mp3",
      transcript: [{ role: "agent", content: "Hola Juan" }],
      request_json: "{}",
    }),
    export_calls_csv: "/home/yo/Descargas/callboard-calls.csv",
    list_org_calls: (a: Record<string, unknown>) => {
      const q = a.query as OrgCallQuery;
      const n = Math.max(0, Math.min(q.limit, ORG_TOTAL - q.offset));
      return { rows: s.orgRows(n, q.offset), total: ORG_TOTAL, has_more: q.offset + n < ORG_TOTAL, next_offset: q.offset + n };
    },
    org_call_details: (a: Record<string, unknown>) => s.orgDetails(s.orgRow(Number(String(a.callId).split("-").pop()))),
    open_external: null,
    ...over,
  });
}

/** English sentences of this area that must not show once the UI is in Spanish. */
const ENGLISH = [
  "Recent calls",
  "This computer",
  "All calls",
  "Export CSV",
  "Search",
  "All statuses",
  "All agents",
  "Requested",
  "Call details",
  "Call again",
  "Status history",
  "Request sent",
  "Transcript",
  "Saved",
  "calls on Contactship",
  "placed from anywhere",
  "Placed outside this computer",
  "Goal met",
];

function expectNoEnglish() {
  const text = document.body.textContent ?? "";
  for (const sentence of ENGLISH) expect(text, `"${sentence}" still in English`).not.toContain(sentence);
}

beforeEach(() => {
  resetApp();
  applyLocale("es");
});
afterEach(() => applyLocale("en"));

describe("recent calls in Spanish", () => {
  it("shows this computer's calls, their count and the details drawer in Spanish", async () => {
    backend(s.entries(3));
    render(RecentScreen);
    await screen.findAllByTestId("recent-row");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Llamadas recientes");
    expect(screen.getByRole("tablist").getAttribute("aria-label")).toBe("Qué llamadas ver");
    expect(screen.getByTestId("recent-tab-local").textContent).toBe("Esta computadora");
    expect(screen.getByTestId("recent-count").textContent?.trim()).toBe("3 llamadas");
    expect(screen.getByTestId("export-csv").textContent?.trim()).toBe("Exportar CSV");
    expect(screen.getByTestId("recent-search").getAttribute("placeholder")).toBe("Contacto, agente, número o ID de la llamada");
    expect(screen.getByTestId("recent-filter-from").getAttribute("placeholder")).toBe("AAAA-MM-DD");
    expect(screen.getByRole("list").getAttribute("aria-label")).toBe("Llamadas, de la más reciente a la más antigua");

    await fireEvent.click(screen.getByTestId("export-csv"));
    expect((await screen.findByTestId("export-result")).textContent).toContain("Se guardaron 3 llamadas en /home/yo/Descargas/callboard-calls.csv");

    await fireEvent.click(screen.getAllByTestId("recent-row")[0]);
    const drawer = await screen.findByTestId("details-drawer");
    await waitFor(() => expect(drawer.textContent).toContain("Juan aceptó pagar el viernes."));
    expect(drawer.textContent).toContain("Detalles de la llamada");
    expect(drawer.textContent).toContain("Historial de estados");
    expect(drawer.textContent).toContain("Transcripción");
    expect(screen.getByTestId("call-again").textContent).toBe("Llamar de nuevo");
    expect(screen.getByTestId("details-close").getAttribute("aria-label")).toBe("Cerrar detalles");
    expectNoEnglish();
  });

  it("says one call in the singular", async () => {
    backend(s.entries(1));
    render(RecentScreen);
    await screen.findAllByTestId("recent-row");
    expect(screen.getByTestId("recent-count").textContent?.trim()).toBe("1 llamada");
  });

  it("shows the organisation's calls and Contactship's record of one in Spanish", async () => {
    backend(s.entries(3));
    render(RecentScreen);
    await fireEvent.click(screen.getByTestId("recent-tab-all"));
    const rows = await screen.findAllByTestId("org-row");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Todas las llamadas");
    expect(screen.getByTestId("all-calls-count").textContent).toBe("120 llamadas en Contactship, hechas desde cualquier lugar");
    expect(screen.getByRole("search").getAttribute("aria-label")).toBe("Filtrar las llamadas de la organización");
    expect(screen.getByLabelText("Desde (UTC)").getAttribute("placeholder")).toBe("AAAA-MM-DD");

    await fireEvent.click(rows[0]);
    const drawer = await screen.findByTestId("org-details-drawer");
    await waitFor(() => expect(drawer.textContent).toContain("Hecha fuera de esta computadora"));
    expect(drawer.textContent).toContain("Detalles de la llamada");
    expect(screen.getByTestId("org-details-recording").textContent).toBe("Abrir grabación ↗");
    expectNoEnglish();
  });

  it("follows a change of language without a reload", async () => {
    backend(s.entries(2));
    render(RecentScreen);
    await screen.findAllByTestId("recent-row");
    expect(screen.getByTestId("recent-count").textContent?.trim()).toBe("2 llamadas");
    applyLocale("pt-BR");
    await waitFor(() => expect(screen.getByTestId("recent-count").textContent?.trim()).toBe("2 ligações"));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Ligações recentes");
  });
});
