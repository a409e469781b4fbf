// A busy morning, photographed: the log gets calls in every kind of state (rejected, unanswered,
// in the queue, scheduled, completed, outcome unknown), then each main screen is captured in the
// light and the dark theme for the README (artifacts/screenshots/, copied to docs/screenshots/ by
// UPDATE_SCREENSHOTS=1). Runs after the other scenarios, whose calls are part of the picture.

import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { type App, byTestId, dumpState, screenshot, startApp, stopApp, waitForTestId } from "../lib/app.ts";
import { addFault, advanceClock, sandboxNow } from "../lib/sandbox.ts";
import {
  addKeyValue,
  chooseTheme,
  openRow,
  parkPointer,
  placeCall,
  renderedRows,
  selectOptionContaining,
  tidyForPicture,
  waitForRowState,
} from "../lib/screens.ts";
import { TEST_MS, UI_WAIT_MS } from "../lib/timeouts.ts";
import { connectIfNeeded, goTo, pickContact, setField, wallClock } from "../lib/ui.ts";

const CREATE = "/v1/calls/single-contact-call";
const SPANISH_AGENT = "Cobranza amable MX";

/** One scheduled call per theme, to contacts in Colombia (one time zone), at 10:30 their time tomorrow. */
const SCHEDULED = {
  light: { query: "Juan Dav", name: "Juan David Ospina", zone: "America/Bogota" },
  dark: { query: "Paula And", name: "Paula Andrea Salazar", zone: "America/Bogota" },
} as const;

describe("every main screen, light and dark", { timeout: TEST_MS * 3 }, () => {
  let app: App;
  let failed = false;

  before(async () => {
    app = await startApp();
    await connectIfNeeded(app);
  });

  after(async () => {
    if (failed) await dumpState(app, "screens").catch(() => undefined);
    // Leave the theme as a fresh install has it, for whatever runs next.
    await chooseTheme(app, "system").catch(() => undefined);
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

  step("a call the server refuses is 'rejected', in words", async () => {
    await goTo(app, "call");
    await pickContact(app, "Carolina Ro", "Carolina Rojas Mejía");
    await selectOptionContaining(app, "agent-select", SPANISH_AGENT);
    await (await waitForTestId(app, "when-now")).click();
    await addFault({
      method: "POST",
      path: CREATE,
      times: 1,
      action: {
        kind: "status",
        status: 400,
        body: JSON.stringify({ statusCode: 400, error: "Bad Request", message: "Contact has opted out of calls" }),
        content_type: "application/json",
      },
    });
    assert.equal(await placeCall(app), "rejected", await byTestId(app, "result-panel").getText());
    assert.notEqual((await byTestId(app, "result-message").getText()).trim(), "", "the refusal is explained");
  });

  step("an unanswered call ends as a failed call once the simulator's clock moves on", async () => {
    await goTo(app, "call");
    await pickContact(app, "Andrés Fel", "Andrés Felipe Restrepo");
    await selectOptionContaining(app, "agent-select", SPANISH_AGENT);
    await (await waitForTestId(app, "when-now")).click();
    await addKeyValue(app, "metadata", "sandbox_outcome", "no-answer");
    assert.equal(await placeCall(app), "placed", await byTestId(app, "result-panel").getText());
    // Queue (10 s) + conversation (at most 180 s) fit in 5 minutes; calls scheduled 15 minutes
    // or more ahead stay scheduled.
    await advanceClock(5 * 60);
    await goTo(app, "recent");
    await openRow(app, "Andrés Felipe Restrepo");
    const check = byTestId(app, "details-check-status");
    if (await check.isExisting()) await check.click();
    assert.equal(await waitForRowState(app, "Andrés Felipe Restrepo", ["failed_call"], UI_WAIT_MS * 2), "failed_call");
    await (await waitForTestId(app, "details-close")).click();
  });

  step("a call placed now waits in the queue while the simulated clock stands still", async () => {
    await goTo(app, "call");
    await pickContact(app, "Natalia Mu", "Natalia Muñoz Zapata");
    await selectOptionContaining(app, "agent-select", SPANISH_AGENT);
    await (await waitForTestId(app, "when-now")).click();
    assert.equal(await placeCall(app), "placed");
    await goTo(app, "recent");
    assert.equal(await waitForRowState(app, "Natalia Muñoz Zapata", ["in_queue"], UI_WAIT_MS * 2), "in_queue");
  });

  for (const theme of ["light", "dark"] as const) {
    const suffix = theme === "light" ? "" : "-dark";
    const target = SCHEDULED[theme];

    step(`Settings in the ${theme} theme`, async () => {
      await chooseTheme(app, theme);
      assert.match(await byTestId(app, "settings-key-store").getText(), /Secret Service/);
      await tidyForPicture(app);
      await screenshot(app, `06-settings${suffix}`);
    });

    step(`the Call screen filled in, with the When preview, in the ${theme} theme`, async () => {
      await goTo(app, "call");
      await pickContact(app, target.query, target.name);
      await selectOptionContaining(app, "agent-select", SPANISH_AGENT);
      await (await waitForTestId(app, "when-at")).click();
      // Tomorrow 10:30 in the contact's zone, counted from the simulator's clock (ahead of this
      // computer's after earlier fast-forwards), so both the app and the simulator see a future time.
      const tomorrow = wallClock(new Date(Date.parse(await sandboxNow()) + 24 * 3600_000), target.zone);
      await setField(app, "when-date", tomorrow.date);
      await setField(app, "when-time", "10:30");
      assert.equal(await byTestId(app, "when-zone").getValue(), target.zone, "defaults to the contact's zone");
      const firstName = target.name.split(" ")[0];
      await app.waitUntil(async () => (await byTestId(app, "when-callee-label").getText()).includes(`10:30 AM`), {
        timeout: UI_WAIT_MS,
        timeoutMsg: "the When preview never showed 10:30 AM for the contact",
      });
      assert.match(await byTestId(app, "when-callee-label").getText(), new RegExp(`for ${firstName}`));
      assert.match(await byTestId(app, "when-your-label").getText(), /your time/);
      assert.equal(await byTestId(app, "when-hours-warning").isExisting(), false, "10:30 AM is inside calling hours");
      await addKeyValue(app, "additional_data", "amount_debt", "14058");
      await tidyForPicture(app);
      await screenshot(app, `02-call-screen${suffix}`);
    });

    step(`the result panel in the ${theme} theme`, async () => {
      assert.equal(await placeCall(app), "placed", await byTestId(app, "result-panel").getText());
      await (await waitForTestId(app, "result-panel")).scrollIntoView({ block: "end" });
      await parkPointer(app);
      await screenshot(app, `03-result-panel${suffix}`);
    });

    step(`Recent calls with every kind of status in the ${theme} theme`, async () => {
      await goTo(app, "recent");
      await waitForRowState(app, target.name, ["scheduled"]);
      await app.execute(() => {
        const list = document.querySelector('[data-testid="recent-list"]');
        if (list) list.scrollTop = 0;
      });
      const states = new Set((await renderedRows(app)).map((row) => row.state));
      // The states this scenario created itself; earlier scenarios add completed and outcome unknown.
      for (const wanted of ["scheduled", "in_queue", "failed_call", "rejected"]) {
        assert.ok(states.has(wanted), `no ${wanted} row on screen (saw ${[...states].join(", ")})`);
      }
      await tidyForPicture(app);
      // The README already links the dark picture under this name.
      await screenshot(app, theme === "light" ? "05-recent-calls" : "07-recent-calls-dark");
    });

    step(`the details of a finished call in the ${theme} theme`, async () => {
      await openRow(app, "Laura Valentina Gómez");
      await waitForTestId(app, "details-summary");
      await waitForTestId(app, "details-transcript");
      await parkPointer(app);
      await screenshot(app, `04-call-details${suffix}`);
      await (await waitForTestId(app, "details-close")).click();
      await app.waitUntil(async () => !(await byTestId(app, "details-drawer").isExisting()), {
        timeout: UI_WAIT_MS,
        timeoutMsg: "the details drawer did not close",
      });
    });
  }
});
