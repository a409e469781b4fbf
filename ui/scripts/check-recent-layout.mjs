// Checks the Recent calls layout with the details drawer open in real WebKitGTK (MiniBrowser),
// at the smallest window (800×600) and at 1180 px: every visible row must show its contact and
// its whole status chip. Layout can't be measured in happy-dom, so this runs outside vitest:
//   npm run build:mock && npx vite preview --mode mock --port 4180 &
//   Xvfb :77 & DISPLAY=:77 WebKitWebDriver --port=4444 &
//   DISPLAY=:77 node scripts/check-recent-layout.mjs "http://127.0.0.1:4180/?mock&screen=recent" /tmp/shots
// webdriverio comes from tests/e2e (npm ci there). Exits 1 when a row hides its contact or cuts a chip.
import { remote } from "../../tests/e2e/node_modules/webdriverio/build/node.js";
const [, , url, shots = "/tmp"] = process.argv;
const label = "recent";
const browser = await remote({
  hostname: "127.0.0.1", port: 4444, logLevel: "error",
  capabilities: {
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", args: ["--automation"] },
    "wdio:enforceWebDriverClassic": true,
  },
});
const out = {};
try {
  for (const [w, h] of [[800, 600], [1180, 760]]) {
    await browser.setWindowSize(w, h);
    await browser.url(url);
    await browser.waitUntil(async () => (await browser.$$('[data-testid="recent-row"]')).length > 0, { timeout: 15000 });
    await browser.$('[data-testid="recent-row"]').click();
    await browser.waitUntil(async () => (await browser.$('[data-testid="details-drawer"]')).isExisting(), { timeout: 5000 });
    await browser.pause(400);
    const m = await browser.execute(() => {
      const rows = [...document.querySelectorAll('[data-testid="recent-row"]')].slice(0, 9);
      const r = (el) => el ? Math.round(el.getBoundingClientRect().width) : null;
      const chipsCut = rows.map((row) => { const t = row.querySelector('[data-testid="status-chip"] .text'); return t ? t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1 : false; });
      const contact = rows.map((row) => { const c = row.querySelector(".col-contact") ?? row.querySelectorAll(".cell")[1]; return c ? { w: Math.round(c.getBoundingClientRect().width), cut: c.scrollWidth > c.clientWidth + 1, text: c.textContent.trim() } : null; });
      return { inner: [innerWidth, innerHeight], row: r(rows[0]), drawer: r(document.querySelector('[data-testid="details-drawer"]')), chipsCut, contact: contact.slice(0, 3) };
    });
    out[`${w}x${h}`] = m;
    await browser.saveScreenshot(`${shots}/${label}-${w}.png`);
  }
} finally {
  await browser.deleteSession();
}
console.log(JSON.stringify(out, null, 1));
const bad = Object.entries(out).filter(([, m]) => m.chipsCut.some(Boolean) || m.contact.some((c) => !c || c.w < 80 || c.cut));
if (bad.length > 0) {
  console.error(`Recent calls hides contacts or cuts chips at ${bad.map(([k]) => k).join(", ")}`);
  process.exit(1);
}
