// Helpers for UI tests: a mockIPC backend keyed on snake_case command names that records calls.
import { mockIPC } from "@tauri-apps/api/mocks";
import type { AppError } from "../lib/api";
import type { ErrorCode } from "../bindings";

export type Handler = (args: Record<string, unknown>) => unknown;
export type Calls = { cmd: string; args: Record<string, unknown> }[];

/** Thrown from a handler: becomes `{status:"error", error}` in the bindings. */
export function appError(message: string, code: ErrorCode = "validation", field: string | null = null): AppError {
  return { code, message, field };
}

/** A command that never answers (to observe loading states). */
export const pending: Handler = () => new Promise(() => {});

export function installIpc(handlers: Record<string, Handler | unknown>): Calls {
  const calls: Calls = [];
  mockIPC(
    async (cmd, args) => {
      const a = (args ?? {}) as Record<string, unknown>;
      calls.push({ cmd, args: a });
      if (!(cmd in handlers)) throw appError(`No mock for ${cmd}`, "internal");
      const h = handlers[cmd];
      return typeof h === "function" ? await (h as Handler)(a) : h;
    },
    { shouldMockEvents: true },
  );
  return calls;
}

export function callsOf(calls: Calls, cmd: string): Record<string, unknown>[] {
  return calls.filter((c) => c.cmd === cmd).map((c) => c.args);
}
