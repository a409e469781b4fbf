// A server error after the request arrived must never become a second call: the app shows
// "outcome unknown", the simulator saw exactly one POST, and "Check status" looks the call up
// instead of sending it again. Also: Place call is disabled while the request is in flight.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, byTestId, screenshot, startApp, stopApp, waitForTestId } from "../lib/app.ts";
import { addFault, requestsTo } from "../lib/sandbox.ts";
import { TEST_MS, UI_WAIT_MS } from "../lib/timeouts.ts";
import { connectIfNeeded, firstOptionValue, goTo, pickContact, setField, waitForAttribute } from "../lib/ui.ts";

const CREATE = "/v1/calls/single-contact-call";

describe("a 500 on Place call", { timeout: TEST_MS * 2 }, () => {
  let app: App;

  before(async () => {
    app = await startApp();
    await connectIfNeeded(app);
    await goTo(app, "call");
  });

  after(async () => {
    await stopApp(app);
  });

  it("is 'outcome unknown' after exactly one POST, and checking never re-sends", async () => {
    await pickContact(app, "Santiago", "Santiago Cárdenas Pardo");
    await setField(app, "agent-select", await firstOptionValue(app, "agent-select"));
    await (await waitForTestId(app, "when-now")).click();

    const before = (await requestsTo("POST", CREATE)).length;
    // The first response is slow, so the in-flight state can be observed, then a 500.
    await addFault({ method: "POST", path: CREATE, times: 1, action: { kind: "latency", ms: 1500 } });
    await addFault({ method: "POST", path: CREATE, times: 1, action: { kind: "status", status: 500 } });
    // Latency answers normally afterwards, so the first call really is placed; the second gets the 500.
    const place = await waitForTestId(app, "place-call");
    await place.click();
    await app.waitUntil(async () => !(await place.isEnabled()), { timeout: UI_WAIT_MS, timeoutMsg: "Place call stayed enabled while sending" });
    await place.click().catch(() => undefined); // a double-click must not send twice
    assert.equal(await waitForAttribute(app, "result-kind", "data-kind", ["placed", "outcome_unknown", "rejected", "not_sent"]), "placed");
    assert.equal((await requestsTo("POST", CREATE)).length, before + 1, "the double-click sent one request");

    // Same contact and agent again within 10 minutes: the app asks first.
    await place.click();
    await (await waitForTestId(app, "duplicate-dialog-confirm")).click();
    const kind = await waitForAttribute(app, "result-kind", "data-kind", ["placed", "outcome_unknown", "rejected", "not_sent"]);
    assert.equal(kind, "outcome_unknown", await byTestId(app, "result-panel").getText());
    assert.match(await byTestId(app, "result-next-step").getText(), /Check status/);
    assert.equal((await requestsTo("POST", CREATE)).length, before + 2, "exactly one POST for the failed attempt");
    await screenshot(app, "08-outcome-unknown");

    await (await waitForTestId(app, "check-status")).click();
    await waitForTestId(app, "result-status");
    assert.equal((await requestsTo("POST", CREATE)).length, before + 2, "Check status looked the call up; it sent nothing");
    assert.ok((await requestsTo("GET", "/v1/calls")).length > 0, "it asked GET /v1/calls");
  });
});
