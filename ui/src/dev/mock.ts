// Dev/preview-only fake backend (`?mock` in the URL): lets the UI run in a plain browser for
// screenshots. Never part of the production bundle (see main.ts). Query options:
//   ?mock                 sandbox mode, sample data
//   ?mock&onboarding      first launch (mode null)
//   ?mock&account         account mode with a saved key
//   ?mock&screen=recent   open a screen; &theme=dark forces a theme; &details opens the first call
import { mockIPC } from "@tauri-apps/api/mocks";
import type { AppStatus, CallEntry, PrefChange, Preferences } from "../lib/api";
import { app } from "../lib/state.svelte";
import * as s from "./sample";

export function installDevMock(params: URLSearchParams): void {
  let st: AppStatus = params.has("onboarding")
    ? s.status({ mode: null })
    : params.has("account")
      ? s.status({ mode: "account", key: s.keySaved, base_url: "https://api.contactship.ai/v1", sandbox_url: null })
      : s.status();
  let pr: Preferences = s.prefs({ theme: (params.get("theme") as Preferences["theme"]) ?? "system" });
  const calls: CallEntry[] = s.entries(Number(params.get("calls") ?? 240));

  const screen = params.get("screen");
  if (screen === "recent" || screen === "settings" || screen === "call") app.route = screen;

  mockIPC(
    (cmd, args) => {
      const a = (args ?? {}) as Record<string, unknown>;
      switch (cmd) {
        case "get_app_status":
          return st;
        case "get_preferences":
          return pr;
        case "update_preferences":
          pr = s.withChanges(pr, a.changes as PrefChange[]);
          return pr;
        case "start_sandbox":
          st = s.status();
          return st;
        case "use_account":
        case "connect_account":
          st = s.status({ mode: "account", key: s.keySaved, sandbox_url: null });
          return st;
        case "test_api_key":
          return st.key;
        case "remove_api_key":
          st = { ...st, key: s.keyMissing };
          return st;
        case "search_contacts": {
          const q = String(a.query ?? "").toLowerCase();
          return s.contacts.filter((c) => c.full_name.toLowerCase().includes(q) || c.phone_number.includes(q));
        }
        case "list_agents":
          return s.agents;
        case "list_phone_numbers":
          return s.numbers;
        case "list_time_zones":
          return s.zones;
        case "preview_when":
          return s.whenPreview();
        case "check_call_form":
          return [];
        case "preview_request":
          return { json: JSON.stringify({ contact_id: "c-maria", agent_id: "agent-ana", from_number_id: "pn-out-1" }, null, 2), curl: "curl -X POST ..." };
        case "place_call":
          if (params.has("fail"))
            throw { code: "validation", message: "Give this field a name, for example amount_debt.", field: "additional_data[0].key" };
          if (params.has("unknown"))
            return { kind: "outcome_unknown", message: "Contactship didn't answer in time after the call was sent, so we can't tell whether it was placed.", next_step: "Check the status before calling again: a second call would phone the person twice.", field: null, confirm: null, entry: calls[3], duplicate_of: null };
          return { kind: "placed", message: "Contactship accepted the call.", next_step: null, field: null, confirm: null, entry: calls[5], duplicate_of: null };
        case "check_call":
          return calls.find((c) => c.request_id === a.requestId) ?? calls[0];
        case "list_calls":
          return calls;
        case "call_details": {
          const e = calls.find((c) => c.request_id === a.requestId) ?? calls[0];
          return {
            entry: e,
            summary: "Juan agreed to pay the balance on Friday.",
            sentiment: "positive",
            recording_url: "https://example.com/recording.mp3",
            transcript: [
              { role: "agent", content: "Hola Juan, le llamo de parte de Acme." },
              { role: "user", content: "Sí, dígame." },
            ],
            request_json: JSON.stringify({ contact_id: e.form.contact_id }, null, 2),
          };
        }
        case "list_org_calls": {
          // 300 calls on "Contactship"; the first one was placed from this computer.
          const q = a.query as { offset: number; limit: number };
          const rows = s.orgRows(Math.max(0, Math.min(q.limit, 300 - q.offset)), q.offset).map((r, i) =>
            q.offset + i === 0 ? { ...r, local_request_id: calls[0].request_id } : r,
          );
          return { rows, total: 300, has_more: q.offset + rows.length < 300, next_offset: q.offset + rows.length };
        }
        case "org_call_details":
          return s.orgDetails(s.orgRow(Number(String(a.callId).replace(/\D/g, "")) || 0));
        case "export_calls_csv":
          return "/home/me/Downloads/callboard-calls.csv";
        case "about_info":
          return s.about;
        case "diagnostics":
          return s.diagnosticsReport;
        case "open_external":
        case "show_in_folder":
        case "sandbox_advance_clock":
          return null;
        default:
          return null;
      }
    },
    { shouldMockEvents: true },
  );

  if (params.has("prefill")) {
    app.prefill = s.form({ when: { kind: "delay", minutes: "30" }, metadata: [{ key: "campaign", value: "november" }] });
  }
  if (params.has("place")) clickWhenReady('[data-testid="place-call"]');
  if (params.has("connect")) clickWhenReady('[data-testid="onboarding-connect"]');
  if (params.has("search")) {
    const timer = setInterval(() => {
      const el = document.querySelector<HTMLInputElement>('[data-testid="contact-search"]');
      if (el) {
        clearInterval(timer);
        el.focus();
      }
    }, 50);
  }
  if (params.has("when")) clickWhenReady(`[data-testid="when-${params.get("when")}"]`);
  if (params.has("details")) clickWhenReady('[data-testid="recent-row"]');
}

/** Clicks the first element matching `selector` once it exists (screenshot helper only). */
function clickWhenReady(selector: string): void {
  const timer = setInterval(() => {
    const el = document.querySelector<HTMLElement>(selector);
    if (el) {
      clearInterval(timer);
      el.click();
    }
  }, 50);
}

