import { DEFAULT_POLICY } from '@/src/policy/effective';
import { handleCheck, timeVerdict } from '@/src/messaging/handlers';
import { messenger } from '@/src/messaging/protocol';
import { profileHasDisclaimer } from '@/src/storage/items';
import { startBadgeClock } from '@/src/ui/badge';
import { messagesFor } from '@/src/ui/messages';

/**
 * The worker: answers checks and keeps the badge current. Everything is registered synchronously at start,
 * so a worker woken by a message or an alarm (MV3 stops it when idle) handles what woke it.
 */
export default defineBackground(() => {
  // The bundled default; the managed policy (a later issue) will replace this getter's source.
  const policy = () => DEFAULT_POLICY;

  messenger.onMessage('check', ({ data, sender }) => {
    // Only this extension's own content scripts may ask (runtime messages from elsewhere are refused).
    if (sender.id !== browser.runtime.id) throw new Error('unknown sender');
    return handleCheck(data, { policy, profileHasDisclaimer: () => profileHasDisclaimer.getValue(), now: () => new Date() });
  });

  startBadgeClock({
    alarms: browser.alarms,
    action: browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction,
    time: () => timeVerdict(policy(), new Date()),
    messages: messagesFor(navigator.language),
  });
});
