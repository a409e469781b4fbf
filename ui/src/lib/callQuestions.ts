// The questions Rust asks before a call is sent (a duplicate, outside calling hours, a
// do-not-call number): their titles and buttons in the current language, and their test ids.
import type { Confirmation } from "./api";
import { m } from "../paraglide/messages.js";

/** A question Rust asked before sending (duplicate call, outside calling hours). */
export type Question = { kind: Confirmation; message: string; testid: string };

/** How each question is put (the sentence itself comes from Rust), in the current language. */
export function questionWords(kind: Confirmation): { title: string; confirmLabel: string } {
  switch (kind) {
    case "duplicate":
      return { title: m.call_question_duplicate_title(), confirmLabel: m.call_question_duplicate_confirm() };
    case "outside_calling_hours":
      return { title: m.call_question_hours_title(), confirmLabel: m.call_question_call_anyway() };
    case "do_not_call":
      return { title: m.call_question_dnc_title(), confirmLabel: m.call_question_call_anyway() };
  }
}

export const QUESTION_TESTIDS: Record<Confirmation, string> = {
  duplicate: "duplicate-dialog",
  outside_calling_hours: "hours-dialog",
  do_not_call: "dnc-dialog",
};

