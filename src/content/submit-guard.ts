/**
 * The submit decision, as a small state machine independent of the DOM:
 *
 *   submit ──fresh verdict, nothing to hold──▶ pass (the event goes on untouched, no delay)
 *      │
 *      └─▶ held ──check answers, nothing to hold──▶ replay
 *            │ ──check fails or times out─────────▶ replay + tell the user once (fail open)
 *            └──findings──▶ review ──"Post anyway"──▶ replay (never when a finding blocks)
 *                              │   ──"Edit post" / Escape──▶ focus back, caret restored
 *                              │   ──"Add disclaimer"────▶ focus back, disclaimer typed in
 *                              └── the dialog fails ────▶ replay + tell once (fail open)
 *
 * While a composer's submit is held, further submits of it are swallowed, so a double click never posts
 * twice; the replay runs at most once per held submit.
 */
import type { CheckRequest } from '../messaging/protocol';
import type { ReviewChoice } from '../ui/WarningDialog';
import { holdsSubmit, isBlocked, type Verdict } from './verdicts';

/** One submit the user attempted. */
export interface SubmitAttempt<K extends object = object> {
  /** The composer's identity (its editor): at most one held submit per composer. */
  key: K;
  /** Every editor the submit posts (an X thread has several); the key is the first. */
  editors: readonly K[];
  request: CheckRequest;
  /** Runs the site's own submit (button.click()). Called at most once. */
  replay: () => void;
}

export interface GuardDeps<K extends object> {
  /** The fresh verdict for exactly this request, if any (synchronous). */
  fresh(request: CheckRequest): Verdict | undefined;
  /** A verdict within the short submit timeout; rejects otherwise. */
  check(request: CheckRequest): Promise<Verdict>;
  /** Shows the dialog; resolves with the user's choice. */
  review(attempt: SubmitAttempt<K>, verdict: Verdict): Promise<ReviewChoice>;
  /** "Edit post": focus back in the composer, caret where it was, text untouched. */
  edit(attempt: SubmitAttempt<K>): void;
  /** "Add disclaimer": type the disclaimer in through the editor. */
  addDisclaimer(attempt: SubmitAttempt<K>, verdict: Verdict): Promise<void> | void;
  /** Something failed: the post goes ahead; the user is told once, quietly. */
  failOpen(error: unknown, attempt: SubmitAttempt<K>): void;
}

export type SubmitDecision = 'pass' | 'hold';

export interface SubmitGuard<K extends object> {
  /** Decides synchronously: on 'hold' the caller must stop the event before returning. */
  submit(attempt: SubmitAttempt<K>): SubmitDecision;
  /** Whether a submit of this composer is held now. */
  isHeld(key: K): boolean;
  /** Settles when every held submit has been resolved (for tests and teardown). */
  idle(): Promise<void>;
}

/** The guard over its dependencies. */
export function createSubmitGuard<K extends object>(deps: GuardDeps<K>): SubmitGuard<K> {
  const held = new Map<K, Promise<void>>();

  async function resolve(attempt: SubmitAttempt<K>, known: Verdict | undefined): Promise<void> {
    let replayed = false;
    const replay = () => {
      if (replayed) return;
      replayed = true;
      attempt.replay();
    };
    let verdict: Verdict;
    try {
      verdict = known ?? (await deps.check(attempt.request));
    } catch (error) {
      deps.failOpen(error, attempt);
      return replay();
    }
    if (!holdsSubmit(verdict)) return replay();

    let choice: ReviewChoice;
    try {
      choice = await deps.review(attempt, verdict);
    } catch (error) {
      deps.failOpen(error, attempt);
      return replay();
    }
    if (choice === 'post' && !isBlocked(verdict)) return replay();
    if (choice === 'add-disclaimer') return deps.addDisclaimer(attempt, verdict);
    deps.edit(attempt);
  }

  return {
    submit(attempt) {
      if (held.has(attempt.key)) return 'hold';
      const verdict = deps.fresh(attempt.request);
      if (verdict && !holdsSubmit(verdict)) return 'pass';
      // Resolved from a microtask: the held event finishes dispatching before any dialog or replay starts.
      const done = Promise.resolve()
        .then(() => resolve(attempt, verdict))
        .catch((error: unknown) => deps.failOpen(error, attempt))
        .finally(() => held.delete(attempt.key));
      held.set(attempt.key, done);
      return 'hold';
    },
    isHeld: (key) => held.has(key),
    idle: async () => {
      while (held.size > 0) await Promise.all(held.values());
    },
  };
}
