/// <reference types="node" />
// The message catalogues stay complete and in use: every key exists in every language with the
// same placeholders, no text is empty, and every key is used by the UI. (A key used in code but
// missing from the base catalogue already fails `npm run check`: Paraglide's functions are typed.)
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const settings = JSON.parse(readFileSync(join(root, "project.inlang", "settings.json"), "utf8"));
const locales: string[] = settings.locales;
const patterns: string[] = settings["plugin.inlang.messageFormat"].pathPattern;

type Catalogue = Record<string, unknown>;
const load = (pattern: string, l: string): Catalogue =>
  JSON.parse(readFileSync(join(root, pattern.replace("{locale}", l)), "utf8"));

/** Every `{name}` a message (simple or with variants) refers to. */
function placeholders(v: unknown): string[] {
  const text = JSON.stringify(v);
  return [...new Set([...text.matchAll(/(?<!\\)\{(\w+)\}/g)].map((x) => x[1]))].sort();
}

function texts(v: unknown): string[] {
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap((x) => Object.values((x as { match: Record<string, string> }).match));
  return [];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "paraglide" ? [] : sources(p);
    return /\.(svelte|ts)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [readFileSync(p, "utf8")] : [];
  });
}

describe("message catalogues", () => {
  const base = settings.baseLocale as string;
  const all = new Map<string, string>();

  for (const pattern of patterns) {
    const area = pattern.split("/")[2];
    const en = load(pattern, base);
    const twice = Object.keys(en).filter((k) => k !== "$schema" && all.has(k));
    it(`${area}: no key is also defined in another area`, () => {
      expect(twice.map((k) => `${k} (also in ${all.get(k)})`)).toEqual([]);
    });
    for (const key of Object.keys(en)) if (key !== "$schema" && !all.has(key)) all.set(key, area);
    for (const l of locales) {
      it(`${area}/${l}: same keys and placeholders as ${base}, no empty text`, () => {
        const cat = load(pattern, l);
        const keys = (c: Catalogue) => Object.keys(c).filter((k) => k !== "$schema").sort();
        expect(keys(cat), `keys of ${area}/${l}.json`).toEqual(keys(en));
        for (const k of keys(en)) {
          expect(placeholders(cat[k]), `placeholders of "${k}" in ${l}`).toEqual(placeholders(en[k]));
          for (const t of texts(cat[k])) expect(t.trim(), `"${k}" in ${l}`).not.toBe("");
        }
      });
    }
  }

  it("every key is used by the UI", () => {
    const code = sources(join(root, "src")).join("\n");
    const unused = [...all.keys()].filter((k) => !new RegExp(`\\bm\\.${k}\\b`).test(code));
    expect(unused).toEqual([]);
  });
});
