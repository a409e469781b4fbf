//! Everything the end-to-end tests learn from their environment. scripts/e2e.sh sets all of it;
//! running the specs any other way fails early with a sentence saying so.

import path from "node:path";

/** Reads a required variable, or explains how the suite is meant to be started. */
function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") {
    throw new Error(
      `${name} is not set. Run the end-to-end tests through "bash scripts/e2e.sh", which builds the app, ` +
        "starts the sandbox simulator, Xvfb, D-Bus, gnome-keyring and tauri-driver, then sets it.",
    );
  }
  return value;
}

/** Settings shared by every spec. */
export interface E2eEnv {
  /** Absolute path of the debug `callboard` binary tauri-driver launches. */
  appBinary: string;
  /** Where tauri-driver listens (it speaks plain WebDriver on loopback). */
  driverHost: string;
  driverPort: number;
  /** The app's data directory (preferences, journal); kept across restarts within one run. */
  dataDir: string;
  /** The sandbox simulator's API base URL, e.g. `http://127.0.0.1:40123/v1`. */
  sandboxUrl: string;
  /** The API key the sandbox simulator accepts. Never printed. */
  apiKey: string;
  /** Where screenshots, logs and failure dumps go (tests/e2e/artifacts by default). */
  artifactsDir: string;
  /** The `seed_store` example (adds generated attempts to a data folder's store). */
  seedStore: string;
}

let cached: E2eEnv | undefined;

/** The environment, read once. */
export function e2eEnv(): E2eEnv {
  if (cached === undefined) {
    const here = path.dirname(new URL(import.meta.url).pathname);
    cached = {
      appBinary: required("CALLBOARD_APP"),
      driverHost: process.env.TAURI_DRIVER_HOST ?? "127.0.0.1",
      driverPort: Number(process.env.TAURI_DRIVER_PORT ?? "4444"),
      dataDir: required("CALLBOARD_DATA_DIR"),
      sandboxUrl: required("SANDBOX_URL"),
      apiKey: required("CALLBOARD_E2E_API_KEY"),
      artifactsDir: process.env.E2E_ARTIFACTS_DIR ?? path.resolve(here, "..", "artifacts"),
      seedStore: required("CALLBOARD_E2E_SEED_STORE"),
    };
  }
  return cached;
}
