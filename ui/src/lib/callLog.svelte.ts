//! The Recent calls data, a page at a time: Rust answers each filtered page from the log
//! (`list_calls`), the list asks for the pages its visible rows fall in, and `calls-changed`
//! refreshes only the rows it names when they are on screen. A log of 100,000 calls costs what
//! the visible rows cost.
import { api, whileCallsChange, toAppError, type AppError, type CallEntry, type CallListQuery, type CallsChanged } from "./api";
import { EMPTY_FILTER, type RecentFilter } from "./recent";

/** Rows per `list_calls` request: a few screens, small enough to answer in milliseconds. */
export const PAGE_SIZE = 100;
/** More changed rows than this and one refresh of the visible pages is cheaper than row reads. */
const ROW_REFRESH_LIMIT = 10;

/** The IPC query for a filter and a page. */
export function toQuery(f: RecentFilter, offset = 0, limit = PAGE_SIZE): CallListQuery {
  return {
    state: f.state === "" ? null : f.state,
    agent_id: f.agentId === "" ? null : f.agentId,
    campaign_id: f.campaignId === "" ? null : f.campaignId,
    from: f.from,
    to: f.to,
    text: f.query,
    offset,
    limit,
  };
}

export class CallLog {
  /** The filter the rows answer (the screen debounces typing before setting it). */
  filter: RecentFilter = $state.raw({ ...EMPTY_FILTER });
  /** How many calls match the filter, and how many the log holds; null before the first answer. */
  matching: number | null = $state(null);
  total: number | null = $state(null);
  /** A problem reading the log (not a filter box's). */
  error: AppError | null = $state(null);
  /** A filter box Rust refused (a date typed wrong), with its sentence. */
  fieldError: { field: string; message: string } | null = $state(null);
  loading = $state(false);
  /** Bumped whenever rows change, so `row()` readers re-render. */
  #version = $state(0);
  #rows = new Map<number, CallEntry>();
  /** Pages being read, so a second ask waits for the same answer instead of sending again. */
  #inFlight = new Map<number, Promise<void>>();
  /** Answers from an older filter or an older refresh are dropped. */
  #generation = 0;
  #visible = { start: 0, end: PAGE_SIZE };

  /** Row `index` of the matching calls, or undefined while its page is on its way. */
  row(index: number): CallEntry | undefined {
    void this.#version;
    return this.#rows.get(index);
  }

  /** Shows `filter`'s calls from the top. */
  async setFilter(filter: RecentFilter): Promise<void> {
    this.filter = { ...filter };
    await this.refresh(false);
  }

  /** Reloads the first page and the pages on screen; `quiet` keeps the current rows showing. */
  async refresh(quiet = true): Promise<void> {
    const generation = ++this.#generation;
    this.#inFlight.clear();
    if (!quiet) this.loading = true;
    const pages = new Set([0, ...this.#pagesOf(this.#visible.start, this.#visible.end)]);
    try {
      const answers = await Promise.all([...pages].map((p) => api.listCalls(toQuery(this.filter, p * PAGE_SIZE))));
      if (generation !== this.#generation) return;
      this.#rows = new Map();
      for (const a of answers) this.#store(a.offset, a.rows);
      const last = answers[answers.length - 1];
      this.matching = last.matching;
      this.total = last.total;
      this.error = null;
      this.fieldError = null;
      this.#version += 1;
    } catch (e) {
      if (generation !== this.#generation) return;
      this.#fail(toAppError(e));
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
  }

  /** The list shows rows `start .. end`: fetches the pages among them not loaded yet. */
  async ensure(start: number, end: number): Promise<void> {
    this.#visible = { start, end };
    // Nothing to fetch past the last matching call.
    if (this.matching !== null) end = Math.min(end, this.matching);
    if (end <= start) return;
    const generation = this.#generation;
    const wanted = this.#pagesOf(start, end).filter((p) => !this.#rows.has(p * PAGE_SIZE));
    await Promise.all(wanted.map((p) => this.#inFlight.get(p) ?? this.#fetchPage(p, generation)));
  }

  #fetchPage(p: number, generation: number): Promise<void> {
    const read: Promise<void> = this.#readPage(p, generation).finally(() => {
      if (this.#inFlight.get(p) === read) this.#inFlight.delete(p);
    });
    this.#inFlight.set(p, read);
    return read;
  }

  async #readPage(p: number, generation: number): Promise<void> {
    try {
      const page = await api.listCalls(toQuery(this.filter, p * PAGE_SIZE));
      if (generation !== this.#generation) return;
      this.#store(page.offset, page.rows);
      this.matching = page.matching;
      this.total = page.total;
      this.#version += 1;
    } catch (e) {
      if (generation === this.#generation) this.#fail(toAppError(e));
    }
  }

  /** Puts an updated entry in place of the loaded row with the same request id. */
  replace(updated: CallEntry): void {
    for (const [i, e] of this.#rows) {
      if (e.request_id === updated.request_id) {
        this.#rows.set(i, updated);
        this.#version += 1;
      }
    }
  }

  /**
   * Applies `calls-changed`: rows on screen that changed are re-read one by one (their place
   * in the list stays); a new call, or many changes, refreshes the visible pages instead.
   */
  async invalidate(changed: CallsChanged): Promise<void> {
    const ids = changed.request_ids;
    const loaded = new Set([...this.#rows.values()].map((e) => e.request_id));
    const filtered = this.filter.query.trim() !== "" || this.filter.state !== "";
    // A changed state can move a row in or out of a status filter or a text match on status.
    if (ids.length === 0 || ids.length > ROW_REFRESH_LIMIT || filtered || !ids.every((id) => loaded.has(id))) {
      await this.refresh(true);
      return;
    }
    try {
      const fresh = await Promise.all(ids.map((id) => api.callDetails(id)));
      for (const d of fresh) this.replace(d.entry);
    } catch {
      await this.refresh(true);
    }
  }

  /** Subscribes to `calls-changed`; returns the unsubscribe (an `$effect` cleanup). */
  listen(onChange?: (changed: CallsChanged) => void): () => void {
    return whileCallsChange((payload) => {
      void this.invalidate(payload);
      onChange?.(payload);
    });
  }

  #store(offset: number, rows: CallEntry[]): void {
    rows.forEach((e, i) => this.#rows.set(offset + i, e));
  }

  #pagesOf(start: number, end: number): number[] {
    const pages: number[] = [];
    for (let p = Math.floor(start / PAGE_SIZE); p * PAGE_SIZE < Math.max(end, start + 1); p++) pages.push(p);
    return pages;
  }

  #fail(err: AppError): void {
    if (err.field === "from" || err.field === "to") this.fieldError = { field: err.field, message: err.message };
    else this.error = err;
  }
}
