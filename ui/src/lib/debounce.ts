//! One debounce helper for every "wait until the typing stops" in the UI (contact search, the
//! When preview, the live form check). Timers are injectable so tests can use fake timers.

export type Debounced<A extends unknown[]> = {
  (...args: A): void;
  /** Drops a pending call. */
  cancel(): void;
  /** Runs a pending call now. */
  flush(): void;
};

/** `fn` runs once, `ms` after the last call, with the last call's arguments. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | null = null;
  const run = () => {
    timer = undefined;
    const args = pending;
    pending = null;
    if (args) fn(...args);
  };
  const d = (...args: A) => {
    pending = args;
    clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  d.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    pending = null;
  };
  d.flush = () => {
    clearTimeout(timer);
    run();
  };
  return d;
}
