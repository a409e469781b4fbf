// The licenses of the components bundled into Callboard, generated (never hand-written) into
// licenses.json by `cargo test -p callboard --lib licenses` (src-tauri/src/licenses.rs), which
// fails when the committed file is stale.
import generated from "./licenses.json";

export type Component = { name: string; version: string; license: string; kind: "rust" | "npm" };

/** Every bundled component, Rust crates first, each list sorted by name. */
export const COMPONENTS: Component[] = [
  ...generated.rust.map((c) => ({ ...c, kind: "rust" as const })),
  ...generated.npm.map((c) => ({ ...c, kind: "npm" as const })),
];

/** How many components use each license expression, the most used first (ties by name). */
export function countsByLicense(list: readonly Component[]): { license: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const c of list) counts.set(c.license, (counts.get(c.license) ?? 0) + 1);
  return [...counts]
    .map(([license, count]) => ({ license, count }))
    .sort((a, b) => b.count - a.count || a.license.localeCompare(b.license));
}

/** The components whose name or license contains every word of `query`, ignoring case. */
export function matching(list: readonly Component[], query: string): Component[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...list];
  return list.filter((c) => {
    const hay = `${c.name} ${c.license}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}
