//! A small client for the sandbox simulator's `/__sandbox/` control endpoints: fault injection,
//! the request log (to count POSTs), the simulated clock and reset. Shapes follow
//! crates/sandbox/src/control.rs and faults.rs.

import { e2eEnv } from "./env.ts";
import { SANDBOX_CALL_MS } from "./timeouts.ts";

/** What a fault rule does to the matching request (serde tag `kind`). */
export type FaultAction =
  | { kind: "status"; status: number; body?: string; content_type?: string }
  | { kind: "html"; status: number }
  | { kind: "rate_limited"; retry_after_secs: number }
  | { kind: "latency"; ms: number }
  | { kind: "close_after_read" }
  | { kind: "unparseable200" };

/** A queued fault: matched by method and exact path (including `/v1`), consumed after `times`. */
export interface FaultRule {
  method?: string | null;
  path: string;
  times?: number;
  /** Process the request for real before replacing the response. */
  apply?: boolean;
  action: FaultAction;
}

/** One request as the simulator recorded it (the API key header is never kept). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: string | null;
  headers: Record<string, string>;
  body: unknown;
  body_text: string;
  received_at: string;
}

/** `http://127.0.0.1:PORT` from `http://127.0.0.1:PORT/v1`. */
export function sandboxOrigin(): string {
  return new URL(e2eEnv().sandboxUrl).origin;
}

async function control<T>(method: "GET" | "POST" | "DELETE", route: string, body?: unknown): Promise<T> {
  const url = `${sandboxOrigin()}/__sandbox/${route}`;
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(SANDBOX_CALL_MS),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} /__sandbox/${route} answered ${response.status}: ${text.slice(0, 200)}`);
  }
  return JSON.parse(text) as T;
}

/** Queues a fault rule; returns how many rules are now queued. */
export async function addFault(rule: FaultRule): Promise<number> {
  const answer = await control<{ queued: number }>("POST", "faults", rule);
  return answer.queued;
}

/** Drops every queued fault rule. */
export async function clearFaults(): Promise<void> {
  await control("DELETE", "faults");
}

/** Every request the simulator received since start or the last reset, oldest first. */
export async function recordedRequests(): Promise<RecordedRequest[]> {
  return control<RecordedRequest[]>("GET", "requests");
}

/** The recorded requests matching a method and exact path. */
export async function requestsTo(method: string, path: string): Promise<RecordedRequest[]> {
  const all = await recordedRequests();
  return all.filter((r) => r.method.toUpperCase() === method.toUpperCase() && r.path === path);
}

/** Advances the simulated clock (scheduled calls start, calls in progress finish). */
export async function advanceClock(seconds: number): Promise<string> {
  const answer = await control<{ now: string }>("POST", "clock", { advance_seconds: seconds });
  return answer.now;
}

/** The simulator's current simulated time (ISO 8601). */
export async function sandboxNow(): Promise<string> {
  const answer = await control<{ now: string }>("GET", "clock");
  return answer.now;
}

/** Restores the seeded data, clears created calls, faults and the request log. */
export async function resetSandbox(): Promise<void> {
  await control("POST", "reset");
}
