// Svelte compiler options shared by vite-plugin-svelte and svelte-check.
import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true,
    // Component styles go to emitted .css files, never to runtime <style> tags (CSP style-src 'self').
    css: "external",
  },
};
