/**
 * The popup's round trip to the background worker. The worker may be asleep (MV3 stops it when idle; the
 * message wakes it), and a message sent while it starts can fail ("Receiving end does not exist"), so a
 * failed or unanswered request is tried once more. The answer is validated before it is believed.
 */
import { withTimeout, type Timers } from '../content/timers';
import { parseStatusResponse, type StatusResponse } from '../messaging/protocol';

/** Enough for a cold worker start on a slow council laptop; past this an attempt counts as failed. */
export const STATUS_TIMEOUT_MS = 4_000;
/** The pause before the second attempt, so a worker that was just starting has registered its listeners. */
export const STATUS_RETRY_DELAY_MS = 250;

/** Sends one status request; in the extension this is messenger.sendMessage('status'). */
export type SendStatus = () => Promise<unknown>;

/** Asks the background for the status; rejects when both attempts fail, time out or answer malformed. */
export function createStatusSource(send: SendStatus, timers: Timers, timeoutMs = STATUS_TIMEOUT_MS) {
  // send() can throw synchronously ("Extension context invalidated"): keep it inside the promise chain.
  const attempt = async () => parseStatusResponse(await withTimeout(Promise.resolve().then(send), timeoutMs, timers));
  return async (): Promise<StatusResponse> => {
    try {
      return await attempt();
    } catch {
      await new Promise<void>((resolve) => timers.setTimeout(resolve, STATUS_RETRY_DELAY_MS));
      return attempt();
    }
  };
}
