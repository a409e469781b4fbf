// Entry point: global styles, then the app. In dev (`?mock`) or the `mock` build mode, a fake IPC
// with sample data is installed first so the UI can be viewed in a plain browser. Production
// builds drop that branch entirely (import.meta.env is replaced at build time).
import "./styles/app.css";
import "./styles/call-list.css";
import { mount } from "svelte";
import App from "./App.svelte";

async function start() {
  if (import.meta.env.DEV || import.meta.env.MODE === "mock") {
    const params = new URLSearchParams(window.location.search);
    if (params.has("mock")) {
      const { installDevMock } = await import("./dev/mock");
      installDevMock(params);
    }
  }
  mount(App, { target: document.getElementById("app")! });
}

void start();
