//! The "All calls" data: the organisation's calls read from Contactship a page at a time
//! (`list_org_calls`), appended as the list scrolls, started over when the filters change. Only
//! the answer to the latest filters counts (a slow answer for old filters is dropped), and a
//! call the server repeats across pages is kept once (the virtual list keys rows by call id).
import {
  api,
  ORG_CALL_FILTERS,
  toAppError,
  type AppError,
  type OrgCallQuery,
  type OrgCallRow,
  type OrgResultFilter,
  type OrgStatusFilter,
} from "./api";

export type OrgFilter = {
  status: OrgStatusFilter | "";
  result: OrgResultFilter | "";
  agentId: string;
  /** yyyy-MM-dd; a box that does not hold a whole date yet is not sent. */
  from: string;
  to: string;
  phone: string;
};

export const EMPTY_ORG_FILTER: OrgFilter = { status: "", result: "", agentId: "", from: "", to: "", phone: "" };

export function isOrgFiltered(f: OrgFilter): boolean {
  return Object.values(f).some((v) => v.trim() !== "");
}

/** The command's query for `f` at `offset`. Rust validates it (one rule, one sentence). */
export function orgQuery(f: OrgFilter, offset: number): OrgCallQuery {
  const text = (v: string) => (v.trim() === "" ? null : v.trim());
  return {
    status: f.status === "" ? null : f.status,
    result: f.result === "" ? null : f.result,
    agent_id: text(f.agentId),
    campaign_id: null,
    date_from: text(f.from),
    date_to: text(f.to),
    phone: text(f.phone),
    offset,
    limit: ORG_CALL_FILTERS.page_size,
  };
}

export class OrgCallList {
  rows: OrgCallRow[] = $state([]);
  /** Matching calls on Contactship, when it says. */
  total: number | null = $state(null);
  hasMore = $state(false);
  /** The first page is on its way (nothing to show yet). */
  loading = $state(false);
  loadingMore = $state(false);
  /** The first page failed: shown instead of the list. */
  error: AppError | null = $state(null);
  /** A later page failed: shown under the rows already there. */
  moreError: AppError | null = $state(null);
  /** A first page has answered for the current filters. */
  loaded = $state(false);
  #seq = 0;
  #next = 0;
  #filter: OrgFilter = { ...EMPTY_ORG_FILTER };
  #ids = new Set<string>();

  /** Starts over with `filter`. */
  async reload(filter: OrgFilter): Promise<void> {
    const mine = ++this.#seq;
    this.#filter = { ...filter };
    this.loading = true;
    this.loadingMore = false;
    this.error = null;
    this.moreError = null;
    try {
      const page = await api.listOrgCalls(orgQuery(this.#filter, 0));
      if (mine !== this.#seq) return;
      this.#ids = new Set();
      this.rows = this.#fresh(page.rows);
      this.total = page.total;
      this.hasMore = page.has_more;
      this.#next = page.next_offset;
      this.loaded = true;
    } catch (e) {
      if (mine !== this.#seq) return;
      this.rows = [];
      this.error = toAppError(e);
      this.loaded = false;
    } finally {
      if (mine === this.#seq) this.loading = false;
    }
  }

  /** Fetches the next page, unless one is on its way, the list is complete or failed. */
  async loadMore(): Promise<void> {
    if (!this.loaded || !this.hasMore || this.loading || this.loadingMore || this.moreError) return;
    const mine = this.#seq;
    this.loadingMore = true;
    try {
      const page = await api.listOrgCalls(orgQuery(this.#filter, this.#next));
      if (mine !== this.#seq) return;
      this.rows = [...this.rows, ...this.#fresh(page.rows)];
      this.total = page.total ?? this.total;
      // A page that moved the offset nowhere would be asked for again forever.
      this.hasMore = page.has_more && page.next_offset > this.#next;
      this.#next = page.next_offset;
    } catch (e) {
      if (mine === this.#seq) this.moreError = toAppError(e);
    } finally {
      if (mine === this.#seq) this.loadingMore = false;
    }
  }

  /**
   * Reads the first page again for the current filters and merges it in: calls that are new
   * go on top, rows that changed are replaced where they are, and the rest of the list (and its
   * scroll) stays. A first page that shares no call with the list (more new calls than a page)
   * starts over. A refresh that fails leaves the list as it was: it runs in the background.
   */
  async refreshTop(): Promise<void> {
    if (!this.loaded || this.loading || this.error) return;
    const mine = this.#seq;
    let page;
    try {
      page = await api.listOrgCalls(orgQuery(this.#filter, 0));
    } catch {
      return;
    }
    if (mine !== this.#seq || this.loading) return;
    const known = page.rows.filter((r) => this.#ids.has(r.call_id));
    if (known.length === 0 && this.rows.length > 0 && page.rows.length > 0) {
      await this.reload(this.#filter);
      return;
    }
    const byId = new Map(page.rows.map((r) => [r.call_id, r]));
    const fresh = this.#fresh(page.rows);
    this.rows = [...fresh, ...this.rows.map((r) => byId.get(r.call_id) ?? r)];
    this.total = page.total ?? this.total;
    // Pages are offsets into a list that grew at the top: the next page moved down as much.
    this.#next += fresh.length;
  }

  /** Tries the failed request again. */
  retry(): Promise<void> {
    if (this.error || !this.loaded) return this.reload(this.#filter);
    this.moreError = null;
    return this.loadMore();
  }

  #fresh(rows: OrgCallRow[]): OrgCallRow[] {
    return rows.filter((r) => !this.#ids.has(r.call_id) && (this.#ids.add(r.call_id), true));
  }
}
