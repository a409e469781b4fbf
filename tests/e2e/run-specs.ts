//! The one test file node:test runs: it imports the specs named in E2E_SPEC_FILES in that order.
//! node sorts the files given to `--test` by name, and the specs share one data folder and one
//! keyring (smoke needs an empty folder, call-flow connects through onboarding), so the order has
//! to be chosen here rather than left to file names. scripts/e2e.sh sets the list.

import path from "node:path";
import { pathToFileURL } from "node:url";

const files = (process.env.E2E_SPEC_FILES ?? "").split(/\s+/).filter((f) => f !== "");
if (files.length === 0) throw new Error("E2E_SPEC_FILES is empty: run the specs through scripts/e2e.sh");
for (const file of files) {
  await import(pathToFileURL(path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), file)).href);
}
