// The API key must never leave the keychain toward the UI, a file or a log line. This spec runs
// a scripted session through the app's own commands (as the UI calls them) and searches every
// answer, every file in the data folder, the exported CSV and the app's log output for the key.

import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";

import { type App, startApp, stopApp } from "../lib/app.ts";
import { e2eEnv } from "../lib/env.ts";
import { filesContaining } from "../lib/files.ts";
import { TEST_MS } from "../lib/timeouts.ts";
import { connectIfNeeded, invokeRaw } from "../lib/ui.ts";

describe("the API key never leaks", { timeout: TEST_MS * 2 }, () => {
  let app: App;
  const answers: { command: string; json: string }[] = [];

  before(async () => {
    app = await startApp();
    await connectIfNeeded(app);
  });

  after(async () => {
    await stopApp(app);
  });

  const call = async (command: string, args: Record<string, unknown> = {}) => {
    const json = await invokeRaw(app, command, args);
    answers.push({ command, json });
    const parsed = JSON.parse(json) as { ok?: unknown; error?: unknown };
    assert.ok("ok" in parsed, `${command} failed: ${json.slice(0, 300)}`);
    return parsed.ok as never;
  };

  it("is in no command answer of a scripted session", async () => {
    const { apiKey } = e2eEnv();
    assert.ok(apiKey.length >= 20, "the test key is long and random, so a match would be meaningful");
    await call("get_app_status");
    await call("test_api_key");
    const agents: { id: string; name: string }[] = await call("list_agents");
    const numbers: { id: string; display: string }[] = await call("list_phone_numbers");
    const contacts: { id: string; full_name: string; phone_number: string; country: string | null }[] = await call("search_contacts", { query: "Mar" });
    const prefs: { theme: string } = await call("get_preferences");
    await call("update_preferences", { changes: [{ field: "theme", value: prefs.theme }] });
    const form = {
      contact_id: contacts[0].id,
      agent_id: agents[0].id,
      from_number_id: numbers[0].id,
      when: { kind: "delay", minutes: "15" },
      additional_data: [{ key: "amount_debt", value: "14058" }],
      metadata: [],
      callee_time_zone: null,
      contact_label: contacts[0].full_name,
      contact_phone: contacts[0].phone_number,
      contact_country: contacts[0].country,
      agent_label: agents[0].name,
      from_label: numbers[0].display,
    };
    await call("preview_when", { when: form.when, calleeTimeZone: "America/Mexico_City", contactName: contacts[0].full_name });
    const preview: { curl: string } = await call("preview_request", { form });
    assert.match(preview.curl, /\$CONTACTSHIP_API_KEY/, "the cURL names the variable instead");
    const placed: { entry: { request_id: string } } = await call("place_call", {
      form,
      confirm: { duplicate: true, outside_calling_hours: true },
    });
    const id = placed.entry.request_id;
    await call("check_call", { requestId: id });
    await call("check_call_form", { form });
    const everything = { state: null, agent_id: null, from: "", to: "", text: "", offset: 0, limit: 100 };
    await call("list_calls", { query: everything });
    await call("call_log_agents");
    await call("call_details", { requestId: id });
    const csvPath: string = await call("export_calls_csv", { query: everything });
    answers.push({ command: "exported CSV", json: await readFile(csvPath, "utf8") });

    for (const { command, json } of answers) {
      assert.equal(json.includes(apiKey), false, `${command} returned the API key`);
    }
    assert.ok(answers.length >= 15);
  });

  it("is in no file of the data folder and in no log line", async () => {
    const { apiKey, dataDir, artifactsDir } = e2eEnv();
    assert.deepEqual(await filesContaining(dataDir, apiKey), [], "preferences and the call store never hold the key");
    // The store is SQLite: the database and its write-ahead log together hold what was committed.
    const stored = await Promise.all(
      ["calls.sqlite3", "calls.sqlite3-wal"].map((f) => readFile(path.join(dataDir, f)).catch(() => Buffer.alloc(0))),
    );
    assert.ok(
      Buffer.concat(stored).toString("latin1").includes("callboard_request_id"),
      "the store was written, so searching it meant something",
    );
    const log = await readFile(path.join(artifactsDir, "tauri-driver.log"), "utf8");
    assert.ok(log.includes("page loaded"), "the app's log output is captured here");
    assert.equal(log.includes(apiKey), false, "the app's log output never prints the key");
  });
});
