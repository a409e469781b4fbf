// The Call screen, the first-launch screen and the shell in Spanish: every sentence comes from the
// catalogues, and switching the language re-renders what is on screen (nothing is remounted).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flushSync } from "svelte";
import { fireEvent, render, screen } from "@testing-library/svelte";
import CallScreen from "./CallScreen.svelte";
import App from "../../App.svelte";
import { applyLocale } from "../../lib/i18n.svelte";
import { chipFor, relativeTime } from "../../lib/form";
import { backend, pickContact } from "../../test/call-screen";
import { installIpc } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import * as s from "../../dev/sample";

// English sentences of these screens that must not show through in Spanish.
const ENGLISH = [
  "Call a contact",
  "Pick who to call",
  "Place call",
  "Choose an agent",
  "From number",
  "Additional data",
  "Metadata",
  "Add field",
  "Show request",
  "In N minutes",
  "outbound",
  "Search by name",
];

beforeEach(() => {
  resetApp();
  applyLocale("es");
});
afterEach(() => applyLocale("en"));

describe("call screen in Spanish", () => {
  it("shows the form in Spanish, with no English left", async () => {
    backend();
    render(CallScreen);
    await screen.findByTestId("place-call");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Llamar a un contacto");
    expect(screen.getByTestId("place-call").textContent?.trim()).toBe("Realizar llamada");
    expect(screen.getByLabelText("Desde el número")).toBeTruthy();
    expect(screen.getByText("Datos adicionales")).toBeTruthy();
    expect(screen.getByText("Metadatos")).toBeTruthy();
    expect(screen.getByTestId("when-delay").textContent).toBe("En N minutos");
    const from = screen.getByTestId("from-select") as HTMLSelectElement;
    expect([...from.options].map((o) => o.textContent).join(" ")).toContain("saliente");
    const text = screen.getByTestId("call-screen").textContent ?? "";
    const placeholders = [...document.querySelectorAll("[placeholder]")].map((e) => e.getAttribute("placeholder")).join(" ");
    for (const en of ENGLISH) {
      expect(text, en).not.toContain(en);
      expect(placeholders, en).not.toContain(en);
    }
  });

  it("speaks of the picked contact and the rows in Spanish", async () => {
    backend();
    render(CallScreen);
    await pickContact("Juan");
    expect(screen.getByTestId("contact-selected").textContent).toContain("¿En cuál está Juan?");
    await fireEvent.click(screen.getByTestId("additional_data-add"));
    expect(screen.getByTestId("additional_data-remove").getAttribute("aria-label")).toBe("Quitar la fila 1 de datos adicionales");
  });

  it("switches back to English without remounting", async () => {
    backend();
    render(CallScreen);
    const button = await screen.findByTestId("place-call");
    applyLocale("en");
    flushSync();
    expect(screen.getByTestId("place-call")).toBe(button);
    expect(button.textContent?.trim()).toBe("Place call");
  });

  it("words statuses and times in Spanish, with plurals", () => {
    const now = new Date("2026-11-26T18:00:00Z");
    expect(chipFor("in_queue").label).toBe("En cola");
    expect(relativeTime("2026-11-26T17:56:00Z", now)).toBe("hace 4 min");
    expect(relativeTime("2026-11-23T18:00:00Z", now)).toBe("hace 3 días");
    expect(relativeTime("2026-11-25T18:00:00Z", now)).toBe("ayer");
  });
});

describe("first launch and shell in Spanish", () => {
  const common = {
    get_preferences: s.prefs(),
    list_agents: s.agents,
    list_phone_numbers: s.numbers,
    list_time_zones: s.zones,
    preview_when: s.whenPreview(),
  };

  it("welcomes in Spanish and starts the sandbox with a Spanish shell", async () => {
    resetApp(null, null);
    installIpc({ ...common, get_app_status: s.status({ mode: null, locale: "es" }), start_sandbox: s.status({ locale: "es" }) });
    render(App);
    const onboarding = await screen.findByTestId("onboarding");
    expect(onboarding.textContent).toContain("Le damos la bienvenida a Callboard");
    expect(screen.getByTestId("onboarding-try-sandbox").textContent?.trim()).toBe("Pruebe el sandbox");
    expect(onboarding.textContent).not.toContain("Welcome");
    expect(onboarding.textContent).not.toContain("Connect account");
    await fireEvent.click(screen.getByTestId("onboarding-try-sandbox"));
    expect((await screen.findByTestId("nav-recent")).textContent?.trim()).toBe("Llamadas recientes");
    expect(screen.getByTestId("fast-forward").textContent?.trim()).toBe("Adelantar 5 min");
    expect(screen.getByRole("region", { name: "Modo sandbox" }).textContent).toContain("Aquí las llamadas son simuladas");
  });
});
