//! Time limits. WebDriver hangs rather than fails when the app does not start (a session request
//! can wait ~120 s), so every client call in these tests goes through a bounded wait.

/** How long the app may take from "new session" to a loaded page (debug build, Xvfb, 2 cores). */
export const SESSION_START_MS = 60_000;
/** Ceiling for any single WebDriver HTTP request once the session exists. */
export const COMMAND_MS = 30_000;
/** Default wait for an element or a condition in the UI. */
export const UI_WAIT_MS = 15_000;
/** Ceiling for one call to the sandbox control endpoints. */
export const SANDBOX_CALL_MS = 10_000;
/** Per-test ceiling passed to node:test; a test never hangs the run. */
export const TEST_MS = 180_000;

/** Thrown when a bounded step runs out of time; names the step so the log says what hung. */
export class StepTimeout extends Error {
  constructor(step: string, ms: number) {
    super(`Timed out after ${ms} ms: ${step}`);
    this.name = "StepTimeout";
  }
}

/** Resolves like `promise`, or rejects with a StepTimeout naming `step` after `ms`. */
export async function withTimeout<T>(step: string, ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(step, ms)), ms);
  });
  try {
    return await Promise.race([promise, limit]);
  } finally {
    clearTimeout(timer);
  }
}
