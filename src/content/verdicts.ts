/**
 * The verdicts the content script holds: the last few answers, by exact text and composer, so that a submit
 * of text already checked passes with no delay. Kept in memory only (never stored); a verdict goes stale
 * after a minute because the time of day is part of it.
 */
import type { CheckRequest, CheckResponse } from '../messaging/protocol';

export type Verdict = CheckResponse;

/** How long a verdict stands: the time status may flip at any minute boundary. */
export const VERDICT_MAX_AGE_MS = 60_000;
/** How many verdicts to keep: enough for a few open composers and recent edits, small enough to forget. */
const MAX_ENTRIES = 16;

/** Whether a verdict holds a submit: any warning or block, or personal use not permitted now. Info never does. */
export function holdsSubmit(verdict: Verdict): boolean {
  return !verdict.time.permitted || verdict.findings.some((f) => f.severity !== 'info');
}

/** Whether a verdict forbids "Post anyway". */
export function isBlocked(verdict: Verdict): boolean {
  return verdict.findings.some((f) => f.severity === 'block');
}

const keyOf = (r: CheckRequest): string => `${r.platform}\u0000${r.composer}\u0000${r.text}`;

export interface VerdictStore {
  /** The verdict for exactly this request if one is fresh, else undefined. Synchronous: submit decisions need it. */
  fresh(request: CheckRequest): Verdict | undefined;
  /** A fresh verdict, asking the background only if none is cached or in flight. */
  get(request: CheckRequest): Promise<Verdict>;
}

/** A store over `ask` (the round trip to the background). */
export function createVerdictStore(ask: (request: CheckRequest) => Promise<Verdict>, now: () => number = Date.now): VerdictStore {
  const cache = new Map<string, { verdict: Verdict; at: number }>();
  const inFlight = new Map<string, Promise<Verdict>>();

  const fresh = (request: CheckRequest) => {
    const key = keyOf(request);
    const hit = cache.get(key);
    if (!hit) return undefined;
    if (now() - hit.at > VERDICT_MAX_AGE_MS) {
      cache.delete(key);
      return undefined;
    }
    return hit.verdict;
  };

  return {
    fresh,
    get(request) {
      const cached = fresh(request);
      if (cached) return Promise.resolve(cached);
      const key = keyOf(request);
      const pending = inFlight.get(key);
      if (pending) return pending;
      const asked = ask(request)
        .then((verdict) => {
          cache.delete(key); // re-insert at the end: Map order is the eviction order
          cache.set(key, { verdict, at: now() });
          while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
          return verdict;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, asked);
      return asked;
    },
  };
}
