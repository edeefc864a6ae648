/**
 * The round trip to the background worker. The worker may be asleep (MV3 stops it when idle; a message wakes
 * it) or may never answer: every request has a timeout, and the answer is validated before it is believed.
 */
import { parseCheckResponse, type CheckRequest } from '../messaging/protocol';
import { withTimeout, type Timers } from './timers';
import type { Verdict } from './verdicts';

/** Enough for a cold worker start on a slow council laptop; past this the check counts as failed. */
export const TYPING_TIMEOUT_MS = 4_000;

/** Sends one request; in the extension this is messenger.sendMessage('check', …). */
export type SendCheck = (request: CheckRequest) => Promise<unknown>;

/** Asks the background for a verdict; rejects on timeout, on an error reply, or on a malformed answer. */
export function createRemoteCheck(send: SendCheck, timers: Timers, timeoutMs = TYPING_TIMEOUT_MS) {
  return async (request: CheckRequest): Promise<Verdict> => {
    // send() can throw synchronously ("Extension context invalidated"): keep it inside the promise chain.
    const answer = await withTimeout(Promise.resolve().then(() => send(request)), timeoutMs, timers);
    return parseCheckResponse(answer);
  };
}
