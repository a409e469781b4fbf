// A server error after the request arrived must never become a second call: the app shows
// "outcome unknown", the simulator saw exactly one POST, and "Check status" looks the call up
// instead of sending it again. Also: Place call is disabled while the request is in flight.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, byTestId, dumpState, screenshot, startApp, stopApp, waitForTestId } from "../lib/app.ts";
import { addFault, requestsTo } from "../lib/sandbox.ts";
import { parkPointer, renderedRows } from "../lib/screens.ts";
import { TEST_MS, UI_WAIT_MS } from "../lib/timeouts.ts";
import { connectIfNeeded, firstOptionValue, goTo, pickContact, setField, waitForAttribute } from "../lib/ui.ts";

const CREATE = "/v1/calls/single-contact-call";
const CONTACT = "Santiago Cárdenas Pardo";

describe("a 500 on Place call", { timeout: TEST_MS * 2 }, () => {
  let app: App;
  let failed = false;
  let postsBefore = 0;

  before(async () => {
    app = await startApp();
    await connectIfNeeded(app);
    await goTo(app, "call");
  });

  after(async () => {
    if (failed) await dumpState(app, "outcome-unknown").catch(() => undefined);
    await stopApp(app);
  });

  const step = (name: string, body: () => Promise<void>, options: { todo?: string } = {}) =>
    it(name, options, async () => {
      try {
        await body();
      } catch (error) {
        if (options.todo === undefined) failed = true;
        throw error;
      }
    });

  step("keeps Place call disabled while sending, so a double-click sends one request", async () => {
    await pickContact(app, "Santiago", CONTACT);
    await setField(app, "agent-select", await firstOptionValue(app, "agent-select"));
    await (await waitForTestId(app, "when-now")).click();

    postsBefore = (await requestsTo("POST", CREATE)).length;
    // A slow (but successful) answer, so the in-flight state can be observed.
    await addFault({ method: "POST", path: CREATE, times: 1, action: { kind: "latency", ms: 1500 } });
    const place = await waitForTestId(app, "place-call");
    await place.click();
    await app.waitUntil(async () => !(await place.isEnabled()), {
      timeout: UI_WAIT_MS,
      timeoutMsg: "Place call stayed enabled while sending",
    });
    await place.click().catch(() => undefined); // the second click of a double-click
    assert.equal(await waitForAttribute(app, "result-kind", "data-kind", ["placed", "outcome_unknown", "rejected", "not_sent"]), "placed");
    assert.equal((await requestsTo("POST", CREATE)).length, postsBefore + 1, "the double-click sent one request");
  });

  step("shows 'outcome unknown' with a next step after a 500, having sent exactly one POST", async () => {
    await addFault({ method: "POST", path: CREATE, times: 1, action: { kind: "status", status: 500 } });
    const before = (await requestsTo("POST", CREATE)).length;
    // Same contact and agent again within 10 minutes: the app asks first.
    await (await waitForTestId(app, "place-call")).click();
    await (await waitForTestId(app, "duplicate-dialog-confirm")).click();
    const kind = await waitForAttribute(app, "result-kind", "data-kind", ["outcome_unknown", "rejected", "not_sent"]);
    assert.equal(kind, "outcome_unknown", await byTestId(app, "result-panel").getText());
    assert.match(await byTestId(app, "result-next-step").getText(), /Check status/);
    assert.ok(await byTestId(app, "check-status").isDisplayed(), "a Check status button is offered");
    const posts = await requestsTo("POST", CREATE);
    assert.equal(posts.length, before + 1, "exactly one POST for the failed attempt (no automatic retry)");
    assert.equal(posts.length, postsBefore + 2);
    await parkPointer(app);
    await screenshot(app, "08-outcome-unknown");
  });

  step("looks the call up on Check status and never sends it again", async () => {
    const lookupsBefore = (await requestsTo("GET", "/v1/calls")).length;
    await (await waitForTestId(app, "check-status")).click();
    await waitForTestId(app, "result-status");
    assert.ok((await requestsTo("GET", "/v1/calls")).length > lookupsBefore, "it asked GET /v1/calls");
    assert.equal((await requestsTo("POST", CREATE)).length, postsBefore + 2, "Check status sent nothing");
    // Nothing was created, so the attempt stays unresolved rather than turning into a call.
    assert.equal(await byTestId(app, "result-call-id").isExisting(), false, "no call id was invented");
  });

  step(
    "says that no call was found after Check status, and that the lookup happened",
    async () => {
      const panel = await byTestId(app, "result-panel").getText();
      assert.match(panel, /no call|not find|wasn.t (placed|found)|was not (placed|found)|didn.t find|did not find/i, panel);
      assert.doesNotMatch(
        await byTestId(app, "result-next-step").getText(),
        /^Press .Check status./,
        "after checking, the next step should no longer be 'press Check status'",
      );
      await goTo(app, "recent");
      const row = (await renderedRows(app)).find((r) => r.state === "outcome_unknown" && r.text.includes(CONTACT));
      assert.ok(row, "the attempt is in Recent calls");
      assert.doesNotMatch(row.text, /checked never/, "the row should show when it was last checked");
    },
    {
      todo:
        "app bug: after Check status finds no call the panel still reads 'Status now: Outcome unknown Outcome unknown' " +
        "with the same 'Press Check status' next step, and the Recent calls row says 'checked never' (src-tauri views.rs " +
        "ignores the Reconciled record)",
    },
  );
});
