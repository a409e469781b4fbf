// Test setup: fresh IPC mocks and DOM between tests.
import { afterEach } from "vitest";
import { clearMocks } from "@tauri-apps/api/mocks";
import { cleanup } from "@testing-library/svelte";

afterEach(() => {
  cleanup();
  clearMocks();
  document.documentElement.removeAttribute("data-theme");
});
