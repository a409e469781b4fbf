//! The Call screen's state and actions, outside the component: the lists it picks from, what
//! the user chose, errors per field, the place-call round trip and its confirmations.
//! `CallScreen.svelte` renders this; the rules themselves run in Rust.
import { tick } from "svelte";
import { QUESTION_TESTIDS, type Question } from "./callQuestions";
import { CALLING_CODES, type CountryCode } from "../components/call/countries";
import {
  api,
  toAppError,
  type Agent,
  type CallForm,
  type Confirmation,
  type Confirmations,
  type Contact,
  type FieldProblem,
  type PhoneNumber,
  type PlaceOutcome,
  type WhenPreview,
} from "./api";
import { app } from "./state.svelte";
import { rememberChoices, rememberTestTarget } from "./callMemory";
import { debounce } from "./debounce";
import { Query } from "./query.svelte";
import {
  draftFromWhen,
  editWhen,
  initialWhen,
  rowsFrom,
  rowsToItems,
  whenFromDraft,
  type FieldErrors,
  type Row,
  type WhenDraft,
} from "./form";

/** Error paths the form renders next to a field; anything else goes to the banner. */
const FIELD_PATTERN =
  /^(contact_id|to_number|full_name|agent_id|from_number_id|delay|schedule\.scheduled_call_time|schedule\.timezone|additional_data|metadata)$|^(additional_data|metadata)\[\d+\]\.(key|value)$/;

const NO_CONFIRMATIONS: Confirmations = { duplicate: false, outside_calling_hours: false, do_not_call: false };

/** Field path → first sentence for it. */
function toErrors(problems: FieldProblem[]): FieldErrors {
  const e: FieldErrors = {};
  for (const p of problems) if (!(p.field in e)) e[p.field] = p.message;
  return e;
}

/** Problems shown while typing, before the first Place call: the time fields the user edited. */
const LIVE_FIELDS: Record<"delay" | "schedule", RegExp> = { delay: /^delay$/, schedule: /^schedule\./ };

function pickDefault(ids: string[], ...candidates: (string | null | undefined)[]): string {
  for (const c of candidates) if (c && ids.includes(c)) return c;
  return "";
}

export { questionWords, type Question } from "./callQuestions";

export class CallFormState {
  readonly localZone: string;

  agents: Agent[] = $state([]);
  numbers: PhoneNumber[] = $state([]);
  zones: string[] = $state([]);
  loading = $state(true);
  loadError = $state("");

  contact: Contact | null = $state(null);
  /** Who is called: a saved contact, or any number ("Test this agent", your own phone). */
  target: "contact" | "phone" = $state("contact");
  /** The number, name and country "Test this agent" uses; remembered after a test call. */
  testNumber = $state(app.prefs?.test_number ?? "");
  testName = $state(app.prefs?.test_name ?? "");
  testCountry = $state(app.prefs?.test_country ?? "");
  /** "Call again" of a test call names its From number by E.164; resolved once numbers load. */
  #prefillFrom: string | null = null;
  calleeZone: string | null = $state(null);
  agentId = $state("");
  fromId = $state("");
  /** The test call's country changed: suggest a From number in it (unless one was chosen). */
  testCountryChanged(): void {
    this.#suggestFrom();
  }

  /** The user chose the From number for the current contact: stop suggesting one. */
  fromTouched = false;
  #contactId: string | null = null;
  when: WhenDraft = $state(initialWhen("UTC"));
  /** The user typed a zone for the current contact: stop following the contact's zone. */
  zoneTouched = $state(false);
  additional: Row[] = $state([]);
  metadata: Row[] = $state([]);

  submitted = $state(false);
  serverErrors: FieldErrors = $state({});
  banner = $state("");
  placing = $state(false);
  outcome: PlaceOutcome | null = $state(null);
  question: Question | null = $state(null);
  /** Answers already given for this attempt; reset when it ends or a question is declined. */
  #confirmed: Confirmations = { ...NO_CONFIRMATIONS };
  /** Which time fields were edited (their problems show before Place call is pressed). */
  edited: Partial<Record<"delay" | "schedule", true>> = $state({});

  /** Every problem Rust finds in the form (check_call_form), kept fresh while typing. */
  readonly check = new Query((f: CallForm) => api.checkCallForm(f));
  #runCheck = debounce((f: CallForm) => void this.check.run([f]), 250);

  readonly preview = new Query<WhenPreview, Parameters<typeof api.previewWhen>>((w, z, n) => api.previewWhen(w, z, n));
  #runPreview = debounce((...args: Parameters<typeof api.previewWhen>) => void this.preview.run(args), 120);

  constructor(localZone: string) {
    this.localZone = localZone;
    this.when = initialWhen(app.prefs?.last_time_zone ?? localZone);
  }

  additionalItems = $derived(rowsToItems(this.additional));
  metadataItems = $derived(rowsToItems(this.metadata));
  agent = $derived(this.agents.find((a) => a.id === this.agentId) ?? null);
  number = $derived(this.numbers.find((n) => n.id === this.fromId) ?? null);

  problems: FieldErrors = $derived(toErrors(this.check.data ?? []));
  shownProblems: FieldErrors = $derived.by(() => {
    if (this.submitted) return this.problems;
    const live = Object.entries(this.edited).map(([k]) => LIVE_FIELDS[k as "delay" | "schedule"]);
    return Object.fromEntries(Object.entries(this.problems).filter(([field]) => live.some((re) => re.test(field))));
  });
  errors: FieldErrors = $derived({ ...this.shownProblems, ...this.serverErrors });

  /** The IPC form as it stands; Rust says what is missing or wrong (check_call_form). */
  form: CallForm = $derived.by(() => {
    const { contact, agent, number } = this;
    if (this.target === "phone")
      return {
        contact_id: "",
        agent_id: agent?.id ?? "",
        from_number_id: number?.id ?? "",
        when: whenFromDraft(this.when),
        additional_data: this.additionalItems.items,
        metadata: this.metadataItems.items,
        callee_time_zone: null,
        contact_phone: this.testNumber,
        contact_country: this.testCountry || null,
        contact_label: this.testName,
        agent_label: agent?.name ?? "",
        from_label: number?.display ?? "",
        test_number: this.testNumber,
        from_number: number?.phone_number ?? null,
      };
    return {
      contact_id: contact?.id ?? "",
      agent_id: agent?.id ?? "",
      from_number_id: number?.id ?? "",
      when: whenFromDraft(this.when),
      additional_data: this.additionalItems.items,
      metadata: this.metadataItems.items,
      callee_time_zone: this.calleeZone,
      contact_phone: contact?.phone_number ?? "",
      contact_country: contact?.country ?? null,
      contact_label: contact?.full_name ?? "",
      agent_label: agent?.name ?? "",
      from_label: number?.display ?? "",
      test_number: null,
      from_number: null,
    };
  });

  /** Enough is picked to build a request worth previewing. */
  complete = $derived(
    (this.target === "phone" ? this.testNumber.trim() !== "" : this.contact !== null) && this.agent !== null && this.number !== null,
  );

  /** "Test this agent": switch to calling any number, keeping everything else. */
  setTarget(t: "contact" | "phone"): void {
    if (this.target === t) return;
    this.target = t;
    this.#suggestFrom();
    this.outcome = null;
    this.serverErrors = {};
    this.submitted = false;
  }

  async load(): Promise<void> {
    this.loading = true;
    this.loadError = "";
    try {
      const [a, n, z] = await Promise.all([api.listAgents(), api.listPhoneNumbers(), api.listTimeZones()]);
      this.agents = a;
      this.numbers = n;
      this.zones = z;
      const prefs = app.prefs;
      if (!this.agentId)
        this.agentId = pickDefault(a.map((x) => x.id), prefs?.last_agent_id, prefs?.default_agent_id, a[0]?.id);
      this.#suggestFrom();
    } catch (e) {
      this.loadError = toAppError(e).message;
    } finally {
      this.loading = false;
    }
  }

  /** Fills the form from "Call again". */
  applyPrefill(f: CallForm): void {
    if (f.test_number) {
      this.target = "phone";
      this.testNumber = f.test_number;
      this.testName = f.contact_label;
      this.testCountry = f.contact_country ?? "";
      this.#prefillFrom = f.from_number ?? null;
    }
    this.contact = f.test_number ? null : {
      id: f.contact_id,
      full_name: f.contact_label,
      phone_number: f.contact_phone,
      phone_display: f.contact_phone,
      // The From number comes with the prefill, so nothing is suggested from this.
      calling_code: null,
      email: null,
      country: f.contact_country,
      time_zones: f.callee_time_zone ? [f.callee_time_zone] : [],
    };
    this.calleeZone = f.callee_time_zone;
    this.agentId = f.agent_id;
    this.fromId = f.from_number_id;
    this.fromTouched = true;
    this.#contactId = f.contact_id;
    this.when = draftFromWhen(f.when, f.callee_time_zone ?? this.localZone);
    this.zoneTouched = f.when.kind === "at";
    this.additional = rowsFrom(f.additional_data);
    this.metadata = rowsFrom(f.metadata);
  }

  /**
   * A contact was picked: a new call starts, so the result is cleared and the zone and the From
   * number follow the contact. A zone or number the user chose sticks only to the contact it
   * was chosen for (or, chosen before any contact, to the first one picked).
   */
  contactPicked(c: Contact): void {
    const replaced = this.#contactId !== null && this.#contactId !== c.id;
    this.#contactId = c.id;
    if (replaced) {
      this.zoneTouched = false;
      this.fromTouched = false;
    }
    this.#suggestFrom();
    this.outcome = null;
    this.clearServerError("contact_id");
    // Without a known zone for the new contact, don't keep the previous contact's zone.
    if (replaced && !this.calleeZone) this.when = editWhen(this.when, { zone: this.localZone });
  }

  /**
   * From number: one in the contact's country (same calling code), else last used, else the
   * default, else the first outbound one. Never overrides a number the user chose.
   */
  #suggestFrom(): void {
    if (this.#prefillFrom) {
      const match = this.numbers.find((x) => x.phone_number === this.#prefillFrom);
      if (match) this.fromId = match.id;
      this.#prefillFrom = null;
      return;
    }
    if (this.fromTouched || this.numbers.length === 0) return;
    const prefs = app.prefs;
    const n = this.numbers;
    const code =
      this.target === "phone"
        ? (CALLING_CODES[this.testCountry as CountryCode] ?? null)
        : this.contact?.calling_code;
    this.fromId = pickDefault(
      n.map((x) => x.id),
      code == null ? undefined : n.find((x) => x.kind === "outbound" && x.calling_code === code)?.id,
      prefs?.last_from_number_id,
      prefs?.default_from_number_id,
      n.find((x) => x.kind === "outbound")?.id ?? n[0]?.id,
    );
  }

  setAgent(id: string): void {
    this.agentId = id;
    this.clearServerError("agent_id");
  }

  setFrom(id: string): void {
    this.fromId = id;
    this.fromTouched = true;
    this.clearServerError("from_number_id");
  }

  /** The "At" zone follows the contact's zone until the user picks one themselves (an effect). */
  followContactZone(): void {
    const z = this.calleeZone;
    if (z && !this.zoneTouched && this.when.zone !== z) this.when = editWhen(this.when, { zone: z });
  }

  /** Asks Rust to describe the chosen time (both clocks, DST issues, calling hours); an effect. */
  watchPreview(): () => void {
    const d = this.when;
    const zone = this.calleeZone;
    const name = this.contact?.full_name ?? null;
    // Nothing to describe yet: "At" without a date or time.
    if (d.mode === "at" && (d.date === "" || d.time === "")) {
      this.#runPreview.cancel();
      this.preview.reset();
      return () => {};
    }
    this.#runPreview(whenFromDraft($state.snapshot(d) as typeof d), zone, name);
    return () => this.#runPreview.cancel();
  }

  /** Re-checks the whole form in Rust a moment after each change; an effect. */
  watchCheck(): () => void {
    this.#runCheck($state.snapshot(this.form) as CallForm);
    return () => this.#runCheck.cancel();
  }

  /** A time field was edited: its problems may show before Place call. */
  markEdited(what: "delay" | "schedule"): void {
    if (!this.edited[what]) this.edited = { ...this.edited, [what]: true };
  }

  clearServerError(field: string): void {
    if (field in this.serverErrors) {
      const { [field]: _, ...rest } = this.serverErrors;
      this.serverErrors = rest;
    }
  }

  /** Where a server-side error path belongs: a form field we render, or the banner. */
  #routeError(field: string | null, message: string): void {
    if (field && FIELD_PATTERN.test(field)) {
      // Row paths from Rust index the items we sent, which is exactly what the editors use.
      this.serverErrors = { ...this.serverErrors, [field]: message };
    } else {
      this.banner = message;
    }
  }

  /** Moves keyboard focus to the first field marked invalid, so the error is read out. */
  async #focusFirstInvalid(): Promise<void> {
    await tick();
    document.querySelector<HTMLElement>('[data-testid="call-screen"] form [aria-invalid="true"]')?.focus();
  }

  /** Place call (again after a confirmation): Rust checks the form, then asks or sends. */
  async place(): Promise<void> {
    if (this.placing) return;
    this.submitted = true;
    this.serverErrors = {};
    this.banner = "";
    this.outcome = null;
    const form = $state.snapshot(this.form) as CallForm;
    this.placing = true;
    try {
      this.#runCheck.cancel();
      const problems = await api.checkCallForm(form);
      this.check.set(problems);
      if (problems.length > 0) {
        this.#confirmed = { ...NO_CONFIRMATIONS };
        void this.#focusFirstInvalid();
        return;
      }
      const result = await api.placeCall(form, { ...this.#confirmed });
      if (result.kind === "needs_confirmation") {
        if (result.confirm)
          this.question = { kind: result.confirm, message: result.message, testid: QUESTION_TESTIDS[result.confirm] };
        else this.banner = result.message;
        return;
      }
      this.#confirmed = { ...NO_CONFIRMATIONS };
      this.outcome = result;
      if (result.field) this.#routeError(result.field, result.message);
      void rememberChoices(this.agentId, this.fromId, this.when.mode === "at" && this.when.zone ? this.when.zone : null);
      if (this.target === "phone" && result.kind !== "rejected") void rememberTestTarget(form);
    } catch (e) {
      this.#confirmed = { ...NO_CONFIRMATIONS };
      const err = toAppError(e);
      this.#routeError(err.field, err.message);
      void this.#focusFirstInvalid();
    } finally {
      this.placing = false;
    }
  }

  /** "Yes" to the open question: send again with that answer and every earlier one. */
  confirm(): void {
    const q = this.question;
    if (!q) return;
    this.question = null;
    this.#confirmed = { ...this.#confirmed, [q.kind]: true };
    void this.place();
  }

  /** "No": nothing is sent and earlier answers are forgotten. */
  cancelQuestion(): void {
    this.question = null;
    this.#confirmed = { ...NO_CONFIRMATIONS };
  }
}
