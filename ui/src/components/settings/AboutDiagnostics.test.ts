import { describe, expect, it, beforeEach, vi } from "vitest";
import { fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import AboutSection from "./AboutSection.svelte";
import DiagnosticsSection from "./DiagnosticsSection.svelte";
import { callsOf, installIpc, type Handler } from "../../test/ipc";
import { resetApp } from "../../test/app-state";
import { app } from "../../lib/state.svelte";
import { COMPONENTS, countsByLicense } from "../../lib/licenses";
import generated from "../../lib/licenses.json";
import * as s from "../../dev/sample";

function backend(over: Record<string, Handler | unknown> = {}) {
  return installIpc({
    about_info: s.about,
    diagnostics: s.diagnosticsReport,
    show_in_folder: null,
    update_preferences: (a: Record<string, unknown>) => s.savedBy(a),
    ...over,
  });
}

beforeEach(() => resetApp());

describe("about", () => {
  it("names the version, the build and where the data and logs live, each shown in its folder", async () => {
    const calls = backend();
    render(AboutSection);
    expect((await screen.findByTestId("about-version")).textContent).toContain("Version 0.1.0");
    expect(screen.getByTestId("about-version").textContent).toContain("Build 503b928c1a2f");
    expect(screen.getByTestId("about-data-dir").textContent).toBe(s.about.data_dir);
    expect(screen.getByTestId("about-log-dir").textContent).toBe(s.about.log_dir);
    await fireEvent.click(screen.getByTestId("about-show-data"));
    await fireEvent.click(screen.getByTestId("about-show-logs"));
    expect(callsOf(calls, "show_in_folder")).toEqual([{ path: s.about.call_log_file }, { path: s.about.log_file }]);
  });

  it("says when no build was recorded and no log was written yet", async () => {
    backend({ about_info: { ...s.about, build: "unknown", log_file: null } });
    render(AboutSection);
    expect((await screen.findByTestId("about-version")).textContent).toContain("Build not recorded");
    expect(screen.queryByTestId("about-show-logs")).toBeNull();
    expect(screen.getByTestId("settings-about").textContent).toContain("No log file has been written yet.");
  });

  it("counts the generated components by kind and by license, and finds them by name or license", async () => {
    backend();
    render(AboutSection);
    const summary = screen.getByTestId("about-licenses-summary").textContent;
    expect(summary).toBe(`Rust crates: ${generated.rust.length} · JavaScript packages: ${generated.npm.length}`);
    expect(generated.rust.length).toBeGreaterThan(100);
    const counts = screen.getByTestId("about-license-counts").querySelectorAll("li");
    expect(counts).toHaveLength(countsByLicense(COMPONENTS).length);
    // Only a page of rows is drawn at first.
    expect(screen.getAllByTestId("about-component")).toHaveLength(50);
    await fireEvent.click(screen.getByTestId("about-licenses-more"));
    expect(screen.getAllByTestId("about-component")).toHaveLength(100);
    await fireEvent.input(screen.getByTestId("about-licenses-search"), { target: { value: "chart.js" } });
    const rows = screen.getAllByTestId("about-component");
    expect(rows).toHaveLength(1);
    expect(rows[0].textContent).toContain("MIT");
    expect(screen.getByTestId("about-licenses-showing").textContent).toBe("Showing 1 of 1");
    // A license in the counts filters the list to it.
    const apache = [...counts].find((li) => li.textContent?.startsWith("Apache-2.0 OR MIT"))!;
    await fireEvent.click(apache.querySelector("button")!);
    await fireEvent.input(screen.getByTestId("about-licenses-search"), { target: { value: "" } });
    const expected = COMPONENTS.filter((c) => c.license === "Apache-2.0 OR MIT").length;
    expect(screen.getByTestId("about-licenses-showing").textContent).toBe(`Showing ${Math.min(50, expected)} of ${expected}`);
    expect(screen.getAllByTestId("about-component").every((r) => r.textContent?.includes("Apache-2.0 OR MIT"))).toBe(true);
    await fireEvent.click(screen.getByTestId("about-license-all"));
    expect(screen.getByTestId("about-licenses-showing").textContent).toBe(`Showing 50 of ${COMPONENTS.length}`);
  });
});

describe("diagnostics", () => {
  it("copies the report Rust made, which can also be read before copying", async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    backend();
    render(DiagnosticsSection);
    await fireEvent.click(await screen.findByTestId("settings-diagnostics-copy"));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(s.diagnosticsReport));
    expect((screen.getByTestId("settings-diagnostics-text") as HTMLTextAreaElement).value).toBe(s.diagnosticsReport);
  });

  it("turns notifications off and back on through the preferences", async () => {
    const calls = backend();
    render(DiagnosticsSection);
    const toggle = screen.getByTestId("settings-notifications-toggle") as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await fireEvent.click(toggle);
    await waitFor(() => expect(app.prefs?.notifications).toBe(false));
    expect(toggle.checked).toBe(false);
    await fireEvent.click(toggle);
    await waitFor(() => expect(app.prefs?.notifications).toBe(true));
    expect(callsOf(calls, "update_preferences").map((a) => a.changes)).toEqual([
      [{ field: "notifications", value: false }],
      [{ field: "notifications", value: true }],
    ]);
  });
});
