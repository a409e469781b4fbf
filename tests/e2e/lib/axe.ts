//! axe-core in the real web view. The strict CSP does not apply to WebDriver scripts, so the
//! library is injected with execute/sync (once per page load) and run with execute/async.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

import { type App } from "./app.ts";
import { COMMAND_MS, withTimeout } from "./timeouts.ts";

/** One rule axe found broken, with the elements that break it. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** How long one axe run may take on a busy 2-core machine (debug build). */
const AXE_RUN_MS = 90_000;

let axeSource: string | undefined;

/** Puts `window.axe` into the page unless it is already there. */
async function injectAxe(app: App): Promise<void> {
  const present = await withTimeout(
    "checking for axe-core in the page",
    COMMAND_MS,
    app.execute(() => typeof (window as unknown as { axe?: unknown }).axe === "object"),
  );
  if (present) return;
  axeSource ??= await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  await withTimeout("injecting axe-core", COMMAND_MS, app.execute(axeSource));
}

/** Runs every axe rule of the default set on the whole page; returns the violations. */
export async function axeViolations(app: App): Promise<AxeViolation[]> {
  await injectAxe(app);
  const json = await withTimeout(
    "running axe-core",
    AXE_RUN_MS,
    app.executeAsync((done: (result: string) => void) => {
      type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: Document, options: unknown) => Promise<Result> } }).axe;
      axe
        .run(document, { resultTypes: ["violations"] })
        .then((result) =>
          done(
            JSON.stringify(
              result.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                targets: v.nodes.map((n) => n.target.map(String).join(" ")),
              })),
            ),
          ),
        )
        .catch((error: unknown) => done(JSON.stringify({ error: String(error) })));
    }),
  );
  const parsed = JSON.parse(json) as AxeViolation[] | { error: string };
  if (!Array.isArray(parsed)) throw new Error(`axe-core failed to run: ${parsed.error}`);
  return parsed;
}

/** "rule (impact): help — target, target" lines, for a failure message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `  ${v.id} (${v.impact ?? "no impact"}): ${v.help}\n    ${v.targets.join("\n    ")}`)
    .join("\n");
}
