// The salesperson's day in one ordered scenario: connect with a key (kept in the real Secret
// Service, nowhere on disk), schedule a call to a contact found by search, watch it in Recent
// calls until it finishes, then quit and reopen: the log and the key are still there.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, byTestId, dumpState, restartApp, screenshot, startApp, stopApp, waitForTestId } from "../lib/app.ts";
import { e2eEnv } from "../lib/env.ts";
import { filesContaining } from "../lib/files.ts";
import { secretLookup } from "../lib/keyring.ts";
import { advanceClock } from "../lib/sandbox.ts";
import { TEST_MS, UI_WAIT_MS } from "../lib/timeouts.ts";
import { firstOptionValue, goTo, pickContact, setField, waitForAttribute, wallClock } from "../lib/ui.ts";

// Debug builds keep the key under their own keychain service name (release: ai.callboard.desktop).
const KEYCHAIN = { service: "ai.callboard.desktop.dev", username: "contactship-api-key" };
const CONTACT_SEARCH = "Laura Val"; // Laura Valentina Gómez, Bogotá: Colombia has one time zone
const CONTACT_ZONE = "America/Bogota";

describe("connect, schedule a call, follow it, restart", { timeout: TEST_MS * 3 }, () => {
  let app: App;
  let failed = false;

  before(async () => {
    app = await startApp();
  });

  after(async () => {
    if (failed) await dumpState(app, "call-flow").catch(() => undefined);
    await stopApp(app);
  });

  const step = (name: string, body: () => Promise<void>) =>
    it(name, async () => {
      try {
        await body();
      } catch (error) {
        failed = true;
        throw error;
      }
    });

  step("connects with a pasted key, trailing spaces and all", async () => {
    const { apiKey } = e2eEnv();
    await (await waitForTestId(app, "onboarding")).isDisplayed();
    await (await waitForTestId(app, "onboarding-connect")).click();
    await (await waitForTestId(app, "api-key-input")).setValue(`  ${apiKey}   `);
    await (await waitForTestId(app, "api-key-submit")).click();
    await waitForTestId(app, "call-screen", UI_WAIT_MS * 2);
    assert.equal(await byTestId(app, "sandbox-badge").isExisting(), false, "an account is not labelled sandbox");
  });

  step("keeps the key in the Secret Service and in no file of the data folder", async () => {
    const { apiKey, dataDir } = e2eEnv();
    assert.equal(await secretLookup(KEYCHAIN), apiKey, "secret-tool finds exactly the trimmed key");
    assert.deepEqual(await filesContaining(dataDir, apiKey), [], "no file under CALLBOARD_DATA_DIR holds the key");
  });

  step("finds a contact by typing part of the name and picks agent and number", async () => {
    await pickContact(app, CONTACT_SEARCH, "Laura Valentina Gómez");
    assert.ok(await byTestId(app, "contact-local-time").isDisplayed(), "Colombia implies one zone: its local time shows");
    await setField(app, "agent-select", await firstOptionValue(app, "agent-select"));
    assert.notEqual(await byTestId(app, "from-select").getValue(), "", "an outbound number is preselected");
  });

  step("schedules it two hours ahead in the contact's time zone", async () => {
    await (await waitForTestId(app, "when-at")).click();
    const { date, time } = wallClock(new Date(Date.now() + 2 * 3600_000), CONTACT_ZONE);
    await setField(app, "when-date", date);
    await setField(app, "when-time", time);
    assert.equal(await byTestId(app, "when-zone").getValue(), CONTACT_ZONE, "defaults to the contact's zone");
    const callee = await waitForTestId(app, "when-callee-label");
    assert.match(await callee.getText(), /for Laura \(Bogota\)/);
    assert.match(await byTestId(app, "when-your-label").getText(), /your time/);
    // The simulator ends the call as "completed" when asked through metadata.
    await (await waitForTestId(app, "metadata-add")).click();
    await (await waitForTestId(app, "metadata-key")).setValue("sandbox_outcome");
    await (await waitForTestId(app, "metadata-value")).setValue("completed");
    await screenshot(app, "02-call-screen");
  });

  step("places it and sees it scheduled", async () => {
    await (await waitForTestId(app, "place-call")).click();
    const kind = await waitForAttribute(app, "result-kind", "data-kind", ["placed", "rejected", "not_sent", "outcome_unknown"]);
    assert.equal(kind, "placed", await byTestId(app, "result-panel").getText());
    assert.notEqual((await byTestId(app, "result-call-id").getText()).trim(), "");
    await screenshot(app, "03-result-panel");
    await goTo(app, "recent");
    assert.equal(await waitForAttribute(app, "recent-row", "data-state", ["scheduled"]), "scheduled");
  });

  step("shows the final status once the simulator's clock passes the call", async () => {
    await advanceClock(3 * 3600);
    await (await waitForTestId(app, "recent-row")).click();
    await waitForTestId(app, "details-drawer");
    const check = byTestId(app, "details-check-status");
    if (await check.isExisting()) await check.click();
    await waitForAttribute(app, "recent-row", "data-state", ["completed"], UI_WAIT_MS * 3);
    await waitForTestId(app, "details-summary");
    await waitForTestId(app, "details-transcript");
    await screenshot(app, "04-call-details");
  });

  step("still has the call and the key after a restart", async () => {
    app = await restartApp(app);
    await waitForTestId(app, "call-screen", UI_WAIT_MS * 2);
    await goTo(app, "recent");
    assert.equal(await waitForAttribute(app, "recent-row", "data-state", ["completed"]), "completed");
    await screenshot(app, "05-recent-calls");
    await goTo(app, "settings");
    assert.match(await (await waitForTestId(app, "settings-key-store")).getText(), /Secret Service/);
    const { apiKey } = e2eEnv();
    assert.match(await byTestId(app, "settings-key-last4").getText(), new RegExp(`${apiKey.slice(-4)}$`));
    await screenshot(app, "06-settings");
    await (await waitForTestId(app, "settings-theme-dark")).click();
    await goTo(app, "recent");
    await screenshot(app, "07-recent-calls-dark");
    await goTo(app, "settings");
    await (await waitForTestId(app, "settings-theme-system")).click();
  });
});
