import { describe, expect, it } from "vitest";
import {
  chipFor,
  chooseAmbiguity,
  describeOutcome,
  draftFromWhen,
  editWhen,
  initialWhen,
  newRow,
  relativeTime,
  rowForField,
  rowsToItems,
  setWhenMode,
  useSuggestedTime,
  whenFromDraft,
} from "./form";
import type { PlaceOutcome } from "./api";
import { entry } from "../dev/sample";

describe("key/value rows", () => {
  it("drops fully blank rows and trims what is sent", () => {
    const rows = [newRow(" amount_debt ", " 14058 "), newRow("", ""), newRow("plan", "gold")];
    const { items, rowIds } = rowsToItems(rows);
    expect(items).toEqual([
      { key: "amount_debt", value: "14058" },
      { key: "plan", value: "gold" },
    ]);
    expect(rowIds).toEqual([rows[0].id, rows[2].id]);
  });

  it("maps a Rust error path back to the row behind it", () => {
    expect(rowForField("additional_data[1].value", "additional_data", [7, 9])).toEqual({ rowId: 9, part: "value" });
    expect(rowForField("metadata[0].key", "additional_data", [7])).toBeNull();
    expect(rowForField("additional_data[5].key", "additional_data", [7])).toBeNull();
  });
});

describe("When draft", () => {
  it("starts on Now and turns into {kind: now}", () => {
    expect(whenFromDraft(initialWhen("UTC"))).toEqual({ kind: "now" });
  });

  it("keeps typed values when switching segments back and forth", () => {
    let d = initialWhen("UTC");
    d = setWhenMode(d, "at");
    d = editWhen(d, { date: "2026-12-03", time: "10:30" });
    d = setWhenMode(d, "delay");
    d = setWhenMode(d, "at");
    expect(d.date).toBe("2026-12-03");
    expect(d.time).toBe("10:30");
  });

  it("sends the delay and the schedule exactly as typed, for Rust to check", () => {
    const d = setWhenMode(initialWhen("UTC"), "delay");
    expect(whenFromDraft(editWhen(d, { minutes: " 1.5 " }))).toEqual({ kind: "delay", minutes: "1.5" });
    const at = editWhen(setWhenMode(initialWhen(""), "at"), { date: "2026-12-03", time: "10:30", zone: " America/Mexico_City " });
    expect(whenFromDraft(at)).toEqual({ kind: "at", date: "2026-12-03", time: "10:30", time_zone: "America/Mexico_City", ambiguity: null });
  });

  it("forgets the earlier/later choice when the time changes", () => {
    let d = editWhen(setWhenMode(initialWhen("America/New_York"), "at"), { date: "2026-11-01", time: "01:30" });
    d = chooseAmbiguity(d, "later");
    expect(d.ambiguity).toBe("later");
    expect(editWhen(d, { time: "01:45" }).ambiguity).toBeNull();
    expect(editWhen(d, { minutes: "5" }).ambiguity).toBe("later");
  });

  it("moves a time in a DST gap to the suggested one", () => {
    const d = editWhen(setWhenMode(initialWhen("America/New_York"), "at"), { date: "2027-03-14", time: "02:30" });
    expect(useSuggestedTime(d, "03:00").time).toBe("03:00");
  });

  it("rebuilds the draft from a saved When for Call again", () => {
    expect(draftFromWhen({ kind: "delay", minutes: "45" }, "UTC")).toMatchObject({ mode: "delay", minutes: "45" });
    expect(draftFromWhen({ kind: "at", date: "2026-12-03", time: "10:30", time_zone: "Europe/Madrid", ambiguity: null }, "UTC")).toMatchObject({
      mode: "at",
      zone: "Europe/Madrid",
    });
  });
});

describe("outcomes and statuses", () => {
  const base: PlaceOutcome = { kind: "placed", message: "", next_step: null, field: null, confirm: null, entry: null, duplicate_of: null };

  it("words every outcome kind", () => {
    expect(describeOutcome(base)).toEqual({ title: "Call placed", tone: "success" });
    expect(describeOutcome({ ...base, entry: entry(1, "scheduled") }).title).toBe("Call scheduled");
    expect(describeOutcome({ ...base, kind: "rejected" }).tone).toBe("danger");
    expect(describeOutcome({ ...base, kind: "not_sent" }).title).toBe("The call was not sent");
    expect(describeOutcome({ ...base, kind: "outcome_unknown" }).title).toMatch(/Outcome unknown/);
  });

  it("gives distinct chips to final-good, final-bad and uncertain states", () => {
    expect(chipFor("completed").tone).toBe("success");
    expect(chipFor("rejected").tone).toBe("danger");
    expect(chipFor("outcome_unknown").tone).toBe("warning");
    expect(chipFor("in_queue").label).toBe("In queue");
  });

  it("says how long ago a status was checked", () => {
    const now = new Date("2026-11-26T18:00:00Z");
    expect(relativeTime(null, now)).toBe("never");
    expect(relativeTime("2026-11-26T17:59:50Z", now)).toBe("just now");
    expect(relativeTime("2026-11-26T17:56:00Z", now)).toBe("4 min ago");
    expect(relativeTime("2026-11-26T15:00:00Z", now)).toBe("3 h ago");
  });

});
