//! The Recent calls data: `list_calls` loaded once, then kept fresh by the `calls-changed`
//! event. When the event names a few rows we already show, only those rows are re-read
//! (`call_details` reads the local journal, no network); otherwise the whole list reloads.
import { api, onCallsChanged, type CallEntry, type CallsChanged } from "./api";
import { Query } from "./query.svelte";

/** More changed rows than this and one full reload is cheaper than row reads. */
const ROW_REFRESH_LIMIT = 10;

export class CallLog {
  readonly query = new Query<CallEntry[]>(() => api.listCalls());

  get entries(): CallEntry[] {
    return this.query.data ?? [];
  }

  load(quiet = false): Promise<boolean> {
    return this.query.run([], { quiet });
  }

  /** Puts an updated entry in place of the row with the same request id. */
  replace(updated: CallEntry): void {
    this.query.set(this.entries.map((e) => (e.request_id === updated.request_id ? updated : e)));
  }

  /** Applies a `calls-changed` event: refresh only the named rows when possible. */
  async invalidate(changed: CallsChanged): Promise<void> {
    const ids = changed.request_ids;
    const known = new Set(this.entries.map((e) => e.request_id));
    if (ids.length === 0 || ids.length > ROW_REFRESH_LIMIT || !ids.every((id) => known.has(id))) {
      await this.load(true);
      return;
    }
    try {
      const fresh = await Promise.all(ids.map((id) => api.callDetails(id)));
      for (const d of fresh) this.replace(d.entry);
    } catch {
      await this.load(true);
    }
  }

  /** Subscribes to `calls-changed`; returns the unsubscribe (an `$effect` cleanup). */
  listen(onChange?: (changed: CallsChanged) => void): () => void {
    let stop: (() => void) | null = null;
    let stopped = false;
    void onCallsChanged((payload) => {
      void this.invalidate(payload);
      onChange?.(payload);
    }).then((fn) => {
      if (stopped) fn();
      else stop = fn;
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }
}
