//! Reading the real Secret Service (gnome-keyring, unlocked by scripts/e2e.sh inside the same
//! D-Bus session) with `secret-tool`, to prove where the app stored the API key.

import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * The secret stored under these attributes (`secret-tool lookup`), or null when there is none.
 * Attribute names depend on the keyring backend, e.g. `{ service: "...", username: "..." }`.
 */
export async function secretLookup(attributes: Record<string, string>): Promise<string | null> {
  const args = ["lookup", ...Object.entries(attributes).flat()];
  try {
    const { stdout } = await run("secret-tool", args, { timeout: 10_000 });
    return stdout === "" ? null : stdout;
  } catch (error) {
    // secret-tool exits 1 with no output when nothing matches.
    if ((error as { code?: number }).code === 1) return null;
    throw error;
  }
}

/**
 * The attribute blocks of every item matching `attributes` (`secret-tool search --all`), as text
 * with the secrets themselves left out, for assertions and failure messages.
 */
export async function secretSearch(attributes: Record<string, string>): Promise<string> {
  const args = ["search", "--all", ...Object.entries(attributes).flat()];
  const { stdout, stderr } = await run("secret-tool", args, { timeout: 10_000 });
  // secret-tool prints "secret = ..." lines; keep everything but those.
  return (stdout + stderr)
    .split("\n")
    .filter((line) => !line.startsWith("secret = "))
    .join("\n");
}
