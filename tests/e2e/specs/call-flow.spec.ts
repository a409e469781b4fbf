// The salesperson's day in one ordered scenario: connect with a key (kept in the real Secret
// Service, nowhere on disk), schedule a call to a contact found by search, watch it in Recent
// calls until it finishes, then quit and reopen: the log and the key are still there.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, dumpState, restartApp, startApp, stopApp } from "../lib/app.ts";
import {
  clickIfPresent,
  clickTestId,
  existsTestId,
  textOf,
  typeInto,
  valueOf,
  waitForAttribute,
  waitForTestId,
  waitForText,
} from "../lib/dom.ts";
import { e2eEnv } from "../lib/env.ts";
import { filesContaining } from "../lib/files.ts";
import { secretLookup } from "../lib/keyring.ts";
import { advanceClock } from "../lib/sandbox.ts";
import { TEST_MS, UI_WAIT_MS } from "../lib/timeouts.ts";
import { firstOptionValue, goTo, pickContact, setField, callableSlot } from "../lib/ui.ts";

// Debug builds keep the key under their own keychain service name (release: ai.callboard.desktop).
const KEYCHAIN = { service: "ai.callboard.desktop.dev", username: "contactship-api-key" };
const CONTACT_SEARCH = "Laura Val"; // Laura Valentina Gómez, Bogotá: Colombia has one time zone
const CONTACT_ZONE = "America/Bogota";

describe("connect, schedule a call, follow it, restart", { timeout: TEST_MS * 3 }, () => {
  let app: App;
  let scheduledAt = new Date();
  let failed = false;

  before(async () => {
    app = await startApp();
  });

  after(async () => {
    await stopApp(app);
  });

  const step = (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        // Save the window and page at the first failing step; later steps start from here.
        if (!failed) await dumpState(app, "call-flow").catch(() => undefined);
        failed = true;
        throw error;
      }
    });

  step("connects with a pasted key, trailing spaces and all", async () => {
    const { apiKey } = e2eEnv();
    await waitForTestId(app, "onboarding");
    await clickTestId(app, "onboarding-connect");
    await typeInto(app, "api-key-input", `  ${apiKey}   `);
    await clickTestId(app, "api-key-submit");
    await waitForTestId(app, "call-screen", UI_WAIT_MS * 2);
    assert.equal(await existsTestId(app, "sandbox-badge"), false, "an account is not labelled sandbox");
  });

  step("keeps the key in the Secret Service and in no file of the data folder", async () => {
    const { apiKey, dataDir } = e2eEnv();
    assert.equal(await secretLookup(KEYCHAIN), apiKey, "secret-tool finds exactly the trimmed key");
    assert.deepEqual(await filesContaining(dataDir, apiKey), [], "no file under CALLBOARD_DATA_DIR holds the key");
  });

  step("finds a contact by typing part of the name and picks agent and number", async () => {
    await pickContact(app, CONTACT_SEARCH, "Laura Valentina Gómez");
    await waitForTestId(app, "contact-local-time"); // Colombia implies one zone: its local time shows
    await setField(app, "agent-select", await firstOptionValue(app, "agent-select"));
    assert.notEqual(await valueOf(app, "from-select"), "", "an outbound number is preselected");
  });

  step("schedules it a few hours ahead, within calling hours, in the contact's time zone", async () => {
    await clickTestId(app, "when-at");
    const { date, time, at } = callableSlot(CONTACT_ZONE);
    scheduledAt = at;
    await setField(app, "when-date", date);
    await setField(app, "when-time", time);
    assert.equal(await valueOf(app, "when-zone"), CONTACT_ZONE, "defaults to the contact's zone");
    await waitForText(app, "when-callee-label", /for Laura \(Bogota\)/);
    await waitForText(app, "when-your-label", /your time/);
    // The simulator ends the call as "completed" when asked through metadata.
    await clickTestId(app, "metadata-add");
    await typeInto(app, "metadata-key", "sandbox_outcome");
    await typeInto(app, "metadata-value", "completed");
  });

  step("places it and sees it scheduled", async () => {
    await clickTestId(app, "place-call");
    const kind = await waitForAttribute(app, "result-kind", "data-kind", ["placed", "rejected", "not_sent", "outcome_unknown"]);
    assert.equal(kind, "placed", await textOf(app, "result-panel"));
    assert.notEqual((await textOf(app, "result-call-id")).trim(), "");
    await goTo(app, "recent");
    assert.equal(await waitForAttribute(app, "recent-row", "data-state", ["scheduled"]), "scheduled");
  });

  step("shows the final status once the simulator's clock passes the call", async () => {
    // Past the scheduled time, and an hour for the call to finish.
    await advanceClock(Math.ceil((scheduledAt.getTime() - Date.now()) / 1000) + 3600);
    await clickTestId(app, "recent-row");
    await waitForTestId(app, "details-drawer");
    // The drawer offers "Check status" until the call is final; the poller may get there first.
    await clickIfPresent(app, "details-check-status");
    await waitForAttribute(app, "recent-row", "data-state", ["completed"], UI_WAIT_MS * 3);
    await waitForTestId(app, "details-summary");
    await waitForTestId(app, "details-transcript");
  });

  step("still has the call and the key after a restart", async () => {
    app = await restartApp(app);
    await waitForTestId(app, "call-screen", UI_WAIT_MS * 2);
    await goTo(app, "recent");
    assert.equal(await waitForAttribute(app, "recent-row", "data-state", ["completed"]), "completed");
    await goTo(app, "settings");
    await waitForText(app, "settings-key-store", /Secret Service/);
    const { apiKey } = e2eEnv();
    assert.match(await textOf(app, "settings-key-last4"), new RegExp(`${apiKey.slice(-4)}$`));
  });
});
