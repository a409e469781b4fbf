//! Looking for a string in every file under a directory, for the "the API key is in no file"
//! checks. Binary files are searched byte-wise, so a key inside a database page is found too.

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

/** Every regular file under `root`, recursively (symlinks are not followed). */
export async function listFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) found.push(...(await listFiles(full)));
    else if (entry.isFile()) found.push(full);
  }
  return found;
}

/** The files under `root` whose bytes contain `needle` (UTF-8). */
export async function filesContaining(root: string, needle: string): Promise<string[]> {
  const bytes = Buffer.from(needle, "utf8");
  const hits: string[] = [];
  for (const file of await listFiles(root)) {
    if ((await readFile(file)).includes(bytes)) hits.push(file);
  }
  return hits;
}
