/// <reference types="vitest/config" />
// Vite + vitest configuration for the Callboard front end.
// The Tauri webview runs under a strict CSP (default-src 'self', style-src 'self'), so the build
// must emit plain files only: no CDN, no inline <script>, and component CSS extracted to .css files.
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { paraglideVitePlugin } from "@inlang/paraglide-js";

export default defineConfig(({ mode }) => ({
  base: "./",
  plugins: [
    svelte({ emitCss: true }),
    // Compiles ui/messages into typed message functions (src/paraglide, not committed). The
    // locale is set by the app (lib/i18n.svelte.ts), so only the base-locale fallback is used.
    // Under vitest, `npm test` has compiled them already (the plugin's watcher would keep it running).
    !process.env.VITEST &&
      paraglideVitePlugin({ project: "./project.inlang", outdir: "./src/paraglide", strategy: ["globalVariable", "baseLocale"], emitTsDeclarations: true }),
  ],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: mode === "mock" ? "dist-mock" : "dist",
    emptyOutDir: true,
    target: "es2022",
    // Keep assets as files: data: URIs are fine for img-src, but never inline scripts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    cssCodeSplit: true,
    sourcemap: false,
    // The 2-core CI machine makes the Svelte compile "slow" by rolldown's measure; that note is noise.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  // Svelte 5 components under vitest need the browser export conditions.
  resolve: process.env.VITEST ? { conditions: ["browser"] } : undefined,
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.ts"],
    setupFiles: ["src/test/setup.ts"],
    restoreMocks: true,
  },
}));
