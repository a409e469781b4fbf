import { afterEach, describe, expect, it, vi } from "vitest";
import { applyTheme, resolveTheme } from "./theme";

describe("theme", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("resolves system to the palette the system prefers, and keeps explicit choices", () => {
    expect(resolveTheme("system", true)).toBe("dark");
    expect(resolveTheme("system", false)).toBe("light");
    expect(resolveTheme("light", true)).toBe("light");
    expect(resolveTheme("dark", false)).toBe("dark");
  });

  it("writes the resolved palette to <html data-theme>, following matchMedia for system", () => {
    vi.stubGlobal("matchMedia", (q: string) => ({ matches: q === "(prefers-color-scheme: dark)", addEventListener: () => undefined }));
    applyTheme("system");
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    applyTheme("light");
    expect(document.documentElement.getAttribute("data-theme")).toBe("light");
  });
});
