import { describe, expect, it } from "vitest";
import {
  chipFor,
  chooseAmbiguity,
  describeOutcome,
  draftFromWhen,
  duplicateQuestion,
  editWhen,
  formatDuration,
  initialWhen,
  newRow,
  relativeTime,
  rowForField,
  rowsToItems,
  setWhenMode,
  useSuggestedTime,
  validateRows,
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

  it("accepts the docs example amount_debt = 14058", () => {
    expect(validateRows([newRow("amount_debt", "14058")], "additional_data")).toEqual({});
  });

  it("asks for a name when only a value was typed, using the sent index in the path", () => {
    const errors = validateRows([newRow("", ""), newRow("", "14058")], "additional_data");
    expect(Object.keys(errors)).toEqual(["additional_data[0].key"]);
  });

  it("asks for a value when only a name was typed", () => {
    const errors = validateRows([newRow("plan", "")], "metadata");
    expect(errors["metadata[0].value"]).toMatch(/Enter a value/);
  });

  it("rejects spaces in names and duplicate names", () => {
    const errors = validateRows([newRow("due date", "x"), newRow("plan", "a"), newRow("Plan", "b")], "additional_data");
    expect(errors["additional_data[0].key"]).toMatch(/no spaces/);
    expect(errors["additional_data[2].key"]).toMatch(/already used/);
    expect(errors["additional_data[1].key"]).toBeUndefined();
  });

  it("reserves callboard_request_id in metadata only", () => {
    expect(validateRows([newRow("callboard_request_id", "x")], "metadata")["metadata[0].key"]).toMatch(/uses this name/);
    expect(validateRows([newRow("callboard_request_id", "x")], "additional_data")).toEqual({});
  });

  it("maps a Rust error path back to the row behind it", () => {
    expect(rowForField("additional_data[1].value", "additional_data", [7, 9])).toEqual({ rowId: 9, part: "value" });
    expect(rowForField("metadata[0].key", "additional_data", [7])).toBeNull();
    expect(rowForField("additional_data[5].key", "additional_data", [7])).toBeNull();
  });
});

describe("When draft", () => {
  it("starts on Now and turns into {kind: now}", () => {
    expect(whenFromDraft(initialWhen("UTC"))).toEqual({ ok: true, when: { kind: "now" } });
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

  it("validates the delay as whole minutes up to 7 days", () => {
    const d = setWhenMode(initialWhen("UTC"), "delay");
    expect(whenFromDraft(editWhen(d, { minutes: "30" }))).toEqual({ ok: true, when: { kind: "delay", minutes: 30 } });
    expect(whenFromDraft(editWhen(d, { minutes: "2.5" }))).toMatchObject({ ok: false, field: "delay" });
    expect(whenFromDraft(editWhen(d, { minutes: "10081" }))).toMatchObject({ ok: false, field: "delay" });
    expect(whenFromDraft(editWhen(d, { minutes: "10080" }))).toMatchObject({ ok: true });
  });

  it("needs a date, a time and a zone for At", () => {
    const d = setWhenMode(initialWhen(""), "at");
    expect(whenFromDraft(d)).toMatchObject({ ok: false, field: "schedule.scheduled_call_time" });
    const withTime = editWhen(d, { date: "2026-12-03", time: "10:30" });
    expect(whenFromDraft(withTime)).toMatchObject({ ok: false, field: "schedule.timezone" });
    expect(whenFromDraft(editWhen(withTime, { zone: "America/Mexico_City" }))).toEqual({
      ok: true,
      when: { kind: "at", date: "2026-12-03", time: "10:30", time_zone: "America/Mexico_City", ambiguity: null },
    });
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
    expect(draftFromWhen({ kind: "delay", minutes: 45 }, "UTC")).toMatchObject({ mode: "delay", minutes: "45" });
    expect(draftFromWhen({ kind: "at", date: "2026-12-03", time: "10:30", time_zone: "Europe/Madrid", ambiguity: null }, "UTC")).toMatchObject({
      mode: "at",
      zone: "Europe/Madrid",
    });
  });
});

describe("outcomes and statuses", () => {
  const base: PlaceOutcome = { kind: "placed", message: "", next_step: null, field: null, entry: null, duplicate_of: null };

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

  it("asks the duplicate question in plain words", () => {
    const now = new Date("2026-11-26T18:04:00Z");
    expect(duplicateQuestion({ contact_label: "Juan", agent_label: "Ana", created_at: "2026-11-26T18:00:00Z" }, now)).toBe(
      "You called Juan with Ana 4 minutes ago. Call again?",
    );
  });

  it("says how long ago a status was checked", () => {
    const now = new Date("2026-11-26T18:00:00Z");
    expect(relativeTime(null, now)).toBe("never");
    expect(relativeTime("2026-11-26T17:59:50Z", now)).toBe("just now");
    expect(relativeTime("2026-11-26T17:56:00Z", now)).toBe("4 min ago");
    expect(relativeTime("2026-11-26T15:00:00Z", now)).toBe("3 h ago");
  });

  it("formats durations", () => {
    expect(formatDuration(95)).toBe("1 min 35 s");
    expect(formatDuration(42)).toBe("42 s");
    expect(formatDuration(null)).toBe("—");
  });
});
