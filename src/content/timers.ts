/**
 * Timers tied to the content script's life. WXT's ctx.setTimeout adds an abort listener per call and never
 * removes it, which on a debounce (one timer per keystroke) grows without bound; this keeps the pending ids
 * and clears them all with ONE ctx.onInvalidated, so nothing fires after "Extension context invalidated".
 */

/** The timer functions the content code uses; tests pass fake timers through the same shape. */
export interface Timers {
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/** The part of WXT's ContentScriptContext these timers need. */
export interface Invalidatable {
  onInvalidated(cb: () => void): () => void;
  readonly isValid: boolean;
}

/** Timers that stop when the context is invalidated. */
export function contextTimers(ctx: Invalidatable, host: Pick<Window, 'setTimeout' | 'clearTimeout'> = window): Timers {
  const pending = new Set<number>();
  ctx.onInvalidated(() => {
    for (const id of pending) host.clearTimeout(id);
    pending.clear();
  });
  return {
    setTimeout(run, ms) {
      const id = host.setTimeout(() => {
        pending.delete(id);
        if (ctx.isValid) run();
      }, ms);
      pending.add(id);
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
      host.clearTimeout(id);
    },
  };
}

/** A promise that rejects after `ms`, unless `work` settles first. */
export function withTimeout<T>(work: Promise<T>, ms: number, timers: Timers): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = timers.setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(
      (value) => {
        timers.clearTimeout(id);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(id);
        reject(error);
      },
    );
  });
}
