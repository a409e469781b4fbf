/// <reference types="node" />
// No component shows text that bypasses the message catalogues: every text node and every
// person-facing attribute in a .svelte template is either an expression or free of words.
// (This is what keeps a Spanish screen from showing one stray English label.)
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "svelte/compiler";

const src = join(__dirname, "..");

// Names that are the same in every language.
const SAME_EVERYWHERE = /^([A-Z]{2}|Callboard|Contactship|CSV|Excel|E\.164|JSON|API|URL|UTC|IANA|ID|OK|·|—|–|…|%|\+|\/|:|×|✓|✕|→|←|↑|↓)$/;
// Attributes that never reach a person's eyes or ears.
const TECHNICAL = new Set([
  "class", "id", "for", "href", "src", "type", "name", "role", "rel", "target", "method", "autocomplete",
  "inputmode", "pattern", "accept", "lang", "dir", "tabindex", "style", "viewBox", "d", "fill", "stroke",
  "xmlns", "width", "height", "min", "max", "step", "value", "list", "form", "spellcheck", "testid",
  "tone", "size", "variant", "kind", "icon", "key", "field", "mode", "aria-hidden", "aria-live",
  "aria-controls", "aria-labelledby", "aria-describedby", "aria-current", "aria-haspopup", "aria-expanded",
  "aria-invalid", "aria-modal", "aria-pressed", "aria-selected", "aria-checked", "aria-orientation",
  "aria-sort", "aria-busy", "aria-atomic", "aria-relevant", "aria-autocomplete", "aria-activedescendant",
  "aria-errormessage", "aria-required", "aria-disabled", "aria-readonly", "aria-multiselectable",
  "aria-level", "aria-posinset", "aria-setsize", "aria-rowcount", "aria-rowindex", "aria-colcount",
  "aria-colindex", "stroke-width", "stroke-linecap", "stroke-linejoin", "cx", "cy", "r", "x", "y",
  "points", "transform", "enterkeyhint", "draggable", "loading", "decoding", "sizes", "srcset",
  "placement", "align", "position", "format", "accept-charset", "section",
  "closeTestid", // the data-testid a drawer gives its close button
]);

function hasWords(text: string): boolean {
  const words = text.split(/[\s()[\],.;!?"'«»¿¡]+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.some((w) => !SAME_EVERYWHERE.test(w));
}

type Node = { type: string; data?: string; name?: string; value?: unknown; start: number; [k: string]: unknown };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) return node.forEach((n) => walk(n, visit));
  const n = node as Node;
  if (typeof n.type === "string") visit(n);
  for (const [k, v] of Object.entries(n)) {
    if (k === "metadata" || k === "parent" || k === "instance" || k === "module" || k === "css") continue;
    if (k === "expression" && n.type !== "SnippetBlock") continue;
    // An attribute's text is judged with the attribute's name, in `findings`.
    if (k === "value" && n.type === "Attribute") continue;
    walk(v, visit);
  }
}

function findings(file: string): string[] {
  const code = readFileSync(file, "utf8");
  const ast = parse(code, { modern: true });
  const out: string[] = [];
  const line = (at: number) => code.slice(0, at).split("\n").length;
  walk(ast.fragment, (n) => {
    if (n.type === "Text" && hasWords(n.data ?? "")) out.push(`${line(n.start)}: text "${(n.data ?? "").trim()}"`);
    if (n.type === "Attribute" && n.name && !TECHNICAL.has(n.name) && !n.name.startsWith("data-") && !n.name.startsWith("on")) {
      const parts = Array.isArray(n.value) ? (n.value as Node[]) : [];
      for (const p of parts) {
        if (p.type === "Text" && hasWords(p.data ?? "")) out.push(`${line(p.start)}: ${n.name}="${p.data}"`);
      }
    }
  });
  return out;
}

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === "dev" || e.name === "paraglide" ? [] : svelteFiles(p);
    return e.name.endsWith(".svelte") ? [p] : [];
  });
}

describe("no untranslated text in templates", () => {
  for (const file of svelteFiles(src)) {
    it(relative(src, file), () => {
      expect(findings(file)).toEqual([]);
    });
  }
});
