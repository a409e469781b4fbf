// A server error after the request arrived must never become a second call: the app shows
// "outcome unknown", the simulator saw exactly one POST, and "Check status" looks the call up
// instead of sending it again. Also: Place call is disabled while the request is in flight.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, dumpState, startApp, stopApp } from "../lib/app.ts";
import { clickOnce, clickTestId, textOf, waitForAttribute, waitForState, waitForTestId, waitForText } from "../lib/dom.ts";
import { addFault, requestsTo } from "../lib/sandbox.ts";
import { TEST_MS } from "../lib/timeouts.ts";
import { connectIfNeeded, firstOptionValue, goTo, pickContact, setCallingHours, setField } from "../lib/ui.ts";

const CREATE = "/v1/calls/single-contact-call";

describe("a 500 on Place call", { timeout: TEST_MS * 2 }, () => {
  let app: App;

  before(async () => {
    app = await startApp();
    await connectIfNeeded(app);
    // "Now" must not meet the calling-hours question, whatever time of day the suite runs.
    await setCallingHours(app, "00:00", "23:59");
    await goTo(app, "call");
  });

  after(async () => {
    await setCallingHours(app, "08:00", "21:00").catch(() => undefined);
    await stopApp(app);
  });

  it("is 'outcome unknown' after exactly one POST, and checking never re-sends", async () => {
    try {
      await walk();
    } catch (error) {
      await dumpState(app, "outcome-unknown").catch(() => undefined);
      throw error;
    }
  });

  async function walk(): Promise<void> {
    await pickContact(app, "Santiago", "Santiago Cárdenas Pardo");
    await setField(app, "agent-select", await firstOptionValue(app, "agent-select"));
    await clickTestId(app, "when-now");

    const before = (await requestsTo("POST", CREATE)).length;
    // The first response is slow, so the in-flight state can be observed (3 s leaves room for
    // a loaded machine between seeing the button disabled and clicking it again), then a 500.
    await addFault({ method: "POST", path: CREATE, times: 1, action: { kind: "latency", ms: 3000 } });
    await addFault({ method: "POST", path: CREATE, times: 1, action: { kind: "status", status: 500 } });
    // Latency answers normally afterwards, so the first call really is placed; the second gets the 500.
    await clickTestId(app, "place-call");
    await waitForState(app, "place-call", "to be disabled while sending", (s) => s.exists && !s.enabled);
    await clickOnce(app, "place-call"); // a double-click must not send twice
    assert.equal(await waitForAttribute(app, "result-kind", "data-kind", ["placed", "outcome_unknown", "rejected", "not_sent"]), "placed");
    assert.equal((await requestsTo("POST", CREATE)).length, before + 1, "the double-click sent one request");

    // Same contact and agent again within 10 minutes: the app asks first.
    await clickTestId(app, "place-call");
    await clickTestId(app, "duplicate-dialog-confirm");
    const kind = await waitForAttribute(app, "result-kind", "data-kind", ["placed", "outcome_unknown", "rejected", "not_sent"]);
    assert.equal(kind, "outcome_unknown", await textOf(app, "result-panel"));
    await waitForText(app, "result-next-step", /Check status/);
    assert.equal((await requestsTo("POST", CREATE)).length, before + 2, "exactly one POST for the failed attempt");

    await clickTestId(app, "check-status");
    await waitForTestId(app, "result-status");
    assert.equal((await requestsTo("POST", CREATE)).length, before + 2, "Check status looked the call up; it sent nothing");
    assert.ok((await requestsTo("GET", "/v1/calls")).length > 0, "it asked GET /v1/calls");
  }
});
