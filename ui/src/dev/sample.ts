// Sample data shaped exactly like the IPC types, shared by the dev/preview mock and the UI tests.
import type {
  AboutInfo,
  Agent,
  ApiKeyStatus,
  AppStatus,
  CallEntry,
  CallForm,
  CallListQuery,
  CallPage,
  CallState,
  Contact,
  OrgCallDetails,
  OrgCallRow,
  PhoneNumber,
  PrefChange,
  Preferences,
  WhenPreview,
} from "../lib/api";

export const keyMissing: ApiKeyStatus = {
  present: false,
  store: "none",
  store_label: "nowhere",
  last4: null,
  keychain_available: true,
  keychain_problem: null,
};

export const keySaved: ApiKeyStatus = {
  present: true,
  store: "secret_service",
  store_label: "your computer's password store (GNOME Keyring / Secret Service)",
  last4: "1a2b",
  keychain_available: true,
  keychain_problem: null,
};

export function status(over: Partial<AppStatus> = {}): AppStatus {
  return {
    mode: "sandbox",
    base_url: "http://127.0.0.1:40123/v1",
    sandbox_url: "http://127.0.0.1:40123/v1",
    key: keyMissing,
    notices: [],
    local_time_zone: "America/New_York",
    locale: "en",
    api_url_override: null,
    ...over,
  };
}

/** What the fake backend saves for `update_preferences` (validation stays Rust's). */
export function withChanges(p: Preferences, changes: PrefChange[]): Preferences {
  const next = { ...p };
  for (const c of changes) {
    if (c.field === "base_url") next.base_url = c.value ?? null;
    else if (c.field === "default_agent_id") next.default_agent_id = c.value ?? null;
    else if (c.field === "default_from_number_id") next.default_from_number_id = c.value ?? null;
    else if (c.field === "calling_hours") [next.calling_hours_start, next.calling_hours_end] = [c.value.start, c.value.end];
    else if (c.field === "theme") next.theme = c.value;
    else if (c.field === "language") next.language = c.value;
    else if (c.field === "test_target") {
      next.test_number = c.value.number || null;
      next.test_name = c.value.name || null;
      next.test_country = c.value.country;
    }
    else if (c.field === "notifications") next.notifications = c.value;
    else {
      next.last_agent_id = c.value.agent_id ?? next.last_agent_id;
      next.last_from_number_id = c.value.from_number_id ?? next.last_from_number_id;
      next.last_time_zone = c.value.time_zone ?? next.last_time_zone;
    }
  }
  return next;
}

/** The preferences after one recorded `update_preferences` call, from the defaults. */
export function savedBy(call: Record<string, unknown> | undefined): Preferences {
  return withChanges(prefs(), (call?.changes ?? []) as PrefChange[]);
}

export function prefs(over: Partial<Preferences> = {}): Preferences {
  return {
    base_url: null,
    default_agent_id: null,
    default_from_number_id: null,
    calling_hours_start: "08:00",
    calling_hours_end: "21:00",
    theme: "system",
    language: "system",
    notifications: true,
    last_agent_id: null,
    last_from_number_id: null,
    last_time_zone: null,
    ...over,
  };
}

export const contacts: Contact[] = [
  { id: "c-juan", full_name: "Juan Pérez", phone_number: "+525512345678", calling_code: 52, phone_display: "+52 55 1234 5678", email: "juan@example.com", country: "Mexico", time_zones: ["America/Mexico_City", "America/Cancun", "America/Tijuana"] },
  { id: "c-maria", full_name: "María García", phone_number: "+34612345678", calling_code: 34, phone_display: "+34 612 34 56 78", email: null, country: "Spain", time_zones: ["Europe/Madrid"] },
  { id: "c-ana", full_name: "Ana Souza", phone_number: "+5511987654321", calling_code: 55, phone_display: "+55 11 98765 4321", email: "ana@example.com", country: "Brazil", time_zones: ["America/Sao_Paulo", "America/Manaus"] },
  { id: "c-tom", full_name: "Tom Becker", phone_number: "+4930123456", calling_code: 49, phone_display: "+49 30 123456", email: null, country: "Germany", time_zones: ["Europe/Berlin"] },
];

export const agents: Agent[] = [
  { id: "agent-ana", name: "Ana — Collections", person_name: "Ana", language: "es", language_label: "Spanish", purpose: "Friendly payment reminders." },
  { id: "agent-leo", name: "Leo — Onboarding", person_name: "Leo", language: "en", language_label: "English", purpose: null },
];

export const numbers: PhoneNumber[] = [
  { id: "pn-out-1", phone_number: "+14155550100", calling_code: 1, display: "+1 415 555 0100", kind: "outbound" },
  { id: "pn-out-2", phone_number: "+525550001111", calling_code: 52, display: "+52 55 5000 1111", kind: "outbound" },
  { id: "pn-in-1", phone_number: "+14155550199", calling_code: 1, display: "+1 415 555 0199", kind: "inbound" },
];

export const zones = ["America/Mexico_City", "America/New_York", "America/Sao_Paulo", "Europe/Berlin", "Europe/Madrid", "UTC"];

export function whenPreview(over: Partial<WhenPreview> = {}): WhenPreview {
  return {
    ok: true,
    issue: null,
    callee_label: "10:30 AM Tue, Dec 3 for Juan (Mexico City)",
    your_label: "11:30 AM Tue, Dec 3 your time (New York)",
    outside_calling_hours: false,
    calling_hours_warning: null,
    relative_label: "in 2 h 5 min",
    sent_as: null,
    ...over,
  };
}

export function form(over: Partial<CallForm> = {}): CallForm {
  return {
    contact_id: "c-maria",
    agent_id: "agent-ana",
    from_number_id: "pn-out-1",
    when: { kind: "now" },
    additional_data: [{ key: "amount_debt", value: "14058" }],
    metadata: [],
    callee_time_zone: "Europe/Madrid",
    contact_phone: "+34612345678",
    contact_country: "Spain",
    contact_label: "María García",
    agent_label: "Ana — Collections",
    from_label: "+1 415 555 0100",
    ...over,
  };
}

const LABELS: Record<CallState, string> = {
  sending: "Sending…",
  placed: "Placed",
  scheduled: "Scheduled",
  in_queue: "In queue",
  in_progress: "In progress",
  completed: "Completed — answered",
  failed_call: "Call failed — no answer",
  rejected: "Rejected — number not found",
  not_sent: "Not sent — API key rejected",
  outcome_unknown: "Outcome unknown",
};

const FINAL: CallState[] = ["completed", "failed_call", "rejected", "not_sent"];

export function entry(i: number, state: CallState, over: Partial<CallEntry> = {}): CallEntry {
  const c = contacts[i % contacts.length];
  const a = agents[i % agents.length];
  const created = new Date(Date.UTC(2026, 10, 26, 18, 0, 0) - i * 7 * 60_000).toISOString();
  return {
    request_id: `req-${i}`,
    created_at: created,
    state,
    status_label: LABELS[state],
    contact_label: c.full_name,
    contact_phone: c.phone_number,
    campaign_id: null,
    agent_label: a.name,
    agent_id: a.id,
    from_label: numbers[0].display,
    when_label: state === "scheduled" ? "Dec 3, 10:30 AM (Madrid)" : "Right away",
    call_id: state === "not_sent" || state === "rejected" ? null : `call-${1000 + i}`,
    call_status: null,
    call_result: state === "completed" ? "answered" : null,
    duration_seconds: state === "completed" ? 95 : null,
    duration_label: state === "completed" ? "1 min 35 s" : null,
    message: state === "outcome_unknown" ? "Contactship didn't answer in time after the call was sent." : null,
    next_step: state === "outcome_unknown" ? "Check the status before calling again." : null,
    last_checked: FINAL.includes(state) ? null : new Date(Date.parse(created) + 60_000).toISOString(),
    is_final: FINAL.includes(state),
    history: [{ at: created, label: "Request recorded" }],
    form: form({
      contact_id: c.id,
      contact_label: c.full_name,
      contact_phone: c.phone_number,
      contact_country: c.country,
      callee_time_zone: c.time_zones[0] ?? null,
      agent_id: a.id,
      agent_label: a.name,
    }),
    ...over,
  };
}

const ROTATION: CallState[] = ["completed", "scheduled", "in_progress", "outcome_unknown", "rejected", "placed", "in_queue", "not_sent", "failed_call"];

/** `n` journal entries, newest first, cycling through every state. */
/**
 * A fake `list_calls` over `list` (newest first): pages by offset and limit, filters by status,
 * agent and contact name — roughly; what a filter means exactly is Rust's, tested there.
 */
export function pages(list: () => CallEntry[]) {
  return (a: Record<string, unknown>): CallPage => {
    const q = a.query as CallListQuery;
    const all = list();
    const text = q.text.trim().toLowerCase();
    const hits = all.filter(
      (e) =>
        (q.state === null || e.state === q.state) &&
        (q.agent_id === null || e.agent_id === q.agent_id) &&
        (text === "" || e.contact_label.toLowerCase().includes(text)),
    );
    return { rows: hits.slice(q.offset, q.offset + q.limit), offset: q.offset, matching: hits.length, total: all.length };
  };
}

export function entries(n: number): CallEntry[] {
  return Array.from({ length: n }, (_, i) => entry(i, ROTATION[i % ROTATION.length]));
}

const ORG_STATES: CallState[] = ["completed", "failed_call", "scheduled", "in_progress", "completed", "failed_call"];

/** One row of "All calls" (the organisation's calls), newest first by `i`. */
export function orgRow(i: number, over: Partial<OrgCallRow> = {}): OrgCallRow {
  const c = contacts[i % contacts.length];
  const a = agents[i % agents.length];
  const state = ORG_STATES[i % ORG_STATES.length];
  const final = state === "completed" || state === "failed_call";
  return {
    call_id: `org-call-${i}`,
    created_at: new Date(Date.UTC(2026, 10, 26, 18, 0, 0) - i * 53 * 60_000).toISOString(),
    state,
    status_label: state === "completed" ? "Completed — answered · 1 min 35 s" : state === "failed_call" ? "No answer" : state === "scheduled" ? "Scheduled" : "In progress",
    call_status: state === "completed" ? "completed" : state === "failed_call" ? "no-answer" : state === "scheduled" ? "scheduled" : "in-progress",
    call_result: state === "completed" ? "answered" : state === "failed_call" ? "no_answer" : null,
    contact_label: c.full_name,
    contact_phone: c.phone_number,
    phone_display: c.phone_display,
    agent_id: a.id,
    agent_label: a.name,
    duration_seconds: state === "completed" ? 95 : null,
    duration_label: state === "completed" ? "1 min 35 s" : null,
    campaign_id: null,
    is_final: final,
    local_request_id: null,
    ...over,
  };
}

/** `n` organisation rows starting at `from`. */
export function orgRows(n: number, from = 0): OrgCallRow[] {
  return Array.from({ length: n }, (_, i) => orgRow(from + i));
}

export function orgDetails(row: OrgCallRow): OrgCallDetails {
  return {
    row,
    from_label: numbers[0].display,
    direction: "outbound",
    started_at: row.created_at,
    finished_at: row.created_at,
    ended_because: "agent hangup",
    summary: "Ana confirmed the appointment for Thursday.",
    sentiment: "Positive",
    successful: true,
    analysis: [{ key: "cita confirmada", value: "Yes" }],
    recording_url: "https://recordings.example.com/org-call.mp3",
    transcript: [
      { role: "agent", content: "Hola Ana, le llamo de la clínica." },
      { role: "user", content: "Sí, dígame." },
    ],
  };
}

/** The About panel's facts. */
export const about: AboutInfo = {
  version: "0.1.0",
  build: "503b928c1a2f",
  data_dir: "/home/me/.local/share/ai.callboard.desktop",
  call_log_file: "/home/me/.local/share/ai.callboard.desktop/calls.sqlite3",
  log_dir: "/home/me/.local/share/ai.callboard.desktop/logs",
  log_file: "/home/me/.local/share/ai.callboard.desktop/logs/callboard.2026-06-15.log",
};

/** What "Copy diagnostics" copies (shortened). */
export const diagnosticsReport = [
  "Callboard: 0.1.0 (build 503b928c1a2f)",
  "OS: Debian 12 (bookworm) [64-bit] (linux x86_64)",
  "Mode: sandbox",
  "Calls: 240",
  "",
  "Last 1 log lines:",
  "2026-06-15T18:00:00Z  INFO callboard_lib::setup: starting Callboard",
].join("\n");
