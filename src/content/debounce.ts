/** A per-key debouncer: the typing check runs once the user pauses (about 300 ms), per composer. */
import type { Timers } from './timers';

/** The delay after the last keystroke before a composer is checked. */
export const DEBOUNCE_MS = 300;

export interface Debouncer<K> {
  /** (Re)starts the key's timer. */
  schedule(key: K): void;
  /** Drops the key's timer, if any. */
  cancel(key: K): void;
}

/** Runs `run(key)` once `delayMs` has passed without another schedule(key). */
export function createDebouncer<K>(timers: Timers, run: (key: K) => void, delayMs = DEBOUNCE_MS): Debouncer<K> {
  const pending = new Map<K, number>();
  const cancel = (key: K) => {
    const id = pending.get(key);
    if (id !== undefined) timers.clearTimeout(id);
    pending.delete(key);
  };
  return {
    schedule(key) {
      cancel(key);
      pending.set(
        key,
        timers.setTimeout(() => {
          pending.delete(key);
          run(key);
        }, delayMs),
      );
    },
    cancel,
  };
}
