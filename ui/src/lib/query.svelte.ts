//! A tiny query helper: an async value with loading and error states where only the answer to
//! the latest request counts (a slow, older answer never overwrites a newer one). Replaces the
//! hand-rolled sequence counters the screens used to keep.
import { toAppError, type AppError } from "./api";

export class Query<T, A extends unknown[] = []> {
  data: T | null = $state(null);
  error: AppError | null = $state(null);
  loading = $state(false);
  #seq = 0;
  #fetcher: (...args: A) => Promise<T>;

  constructor(fetcher: (...args: A) => Promise<T>) {
    this.#fetcher = fetcher;
  }

  /**
   * Fetches; resolves to whether this was still the latest request when it answered.
   * `quiet` keeps `loading` false (a background refresh keeps showing the current data).
   */
  async run(args: A, { quiet = false }: { quiet?: boolean } = {}): Promise<boolean> {
    const mine = ++this.#seq;
    if (!quiet) this.loading = true;
    try {
      const data = await this.#fetcher(...args);
      if (mine !== this.#seq) return false;
      this.data = data;
      this.error = null;
      return true;
    } catch (e) {
      if (mine !== this.#seq) return false;
      this.error = toAppError(e);
      return true;
    } finally {
      if (mine === this.#seq) this.loading = false;
    }
  }

  /** Sets the value locally (e.g. one updated row) and drops any answer still in flight. */
  set(data: T | null): void {
    ++this.#seq;
    this.data = data;
    this.error = null;
    this.loading = false;
  }

  /** Forgets the value, the error and any answer in flight. */
  reset(): void {
    this.set(null);
  }
}
