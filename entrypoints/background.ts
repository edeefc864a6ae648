import { DEFAULT_POLICY } from '@/src/policy/effective';
import { fromExtensionPage, handleCheck, handleStatus, timeVerdict } from '@/src/messaging/handlers';
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
  const now = () => new Date();

  messenger.onMessage('check', ({ data, sender }) => {
    // Only this extension's own content scripts may ask (runtime messages from elsewhere are refused).
    if (sender.id !== browser.runtime.id) throw new Error('unknown sender');
    return handleCheck(data, { policy, profileHasDisclaimer: () => profileHasDisclaimer.getValue(), now });
  });

  messenger.onMessage('status', ({ data, sender }) => {
    // Only the extension's own pages (the popup) ask for the status.
    if (!fromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) throw new Error('unknown sender');
    return handleStatus(data, { policy, now });
  });

  startBadgeClock({
    alarms: browser.alarms,
    action: browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction,
    time: () => timeVerdict(policy(), now()),
    messages: messagesFor(navigator.language),
  });
});
