/**
 * The toolbar badge: whether personal use of social media is permitted right now. Runs in the background
 * worker, which MV3 may stop at any time, so the badge is refreshed by an alarm on every minute boundary
 * (the alarm wakes the worker) and whenever the worker starts.
 */
import type { TimeVerdict } from '../messaging/protocol';
import { formatUntil } from './format';
import type { Messages } from './messages';

/** The alarm's name: one alarm, recreated idempotently on each start. */
export const BADGE_ALARM = 'postguard-badge';

/** Green and red with white text at 4.5:1 or more. */
const COLOURS = { permitted: '#146c2e', notPermitted: '#8c1d18' } as const;

/** The parts of browser.action the badge uses (typed narrowly so tests can pass a fake). */
export interface BadgeAction {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  setTitle(details: { title: string }): Promise<void>;
}

/** The parts of browser.alarms the badge uses. */
export interface BadgeAlarms {
  create(name: string, info: { when: number; periodInMinutes: number }): Promise<void> | void;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void };
}

/** Shows one time verdict on the badge. */
export async function showTimeOnBadge(action: BadgeAction, time: TimeVerdict, messages: Messages): Promise<void> {
  const when = time.until ? formatUntil(time.until, time.timezone, messages.lang) : null;
  await Promise.all([
    action.setBadgeText({ text: time.permitted ? messages.badgePermitted : messages.badgeNotPermitted }),
    action.setBadgeBackgroundColor({ color: time.permitted ? COLOURS.permitted : COLOURS.notPermitted }),
    action.setTitle({ title: messages.badgeTitle(time.permitted, messages.timeState[time.state], when) }),
  ]);
}

/** The start of the next minute, so the badge flips when the break starts, not up to a minute later. */
export function nextMinute(now: number): number {
  return Math.floor(now / 60_000) * 60_000 + 60_000;
}

/**
 * Keeps the badge current: now, and on every minute boundary. The alarm listener is added synchronously so a
 * worker woken by the alarm handles it. Returns `refresh`, to call when the policy changes.
 */
export function startBadgeClock(options: {
  alarms: BadgeAlarms;
  action: BadgeAction | undefined;
  time: () => TimeVerdict;
  messages: Messages;
  now?: () => number;
}): () => void {
  const { alarms, action, time, messages } = options;
  const refresh = () => {
    // No action in the manifest (or the MV2 name): nothing to show, nothing to break.
    if (!action) return;
    showTimeOnBadge(action, time(), messages).catch(() => {});
  };
  alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) refresh();
  });
  void alarms.create(BADGE_ALARM, { when: nextMinute((options.now ?? Date.now)()), periodInMinutes: 1 });
  refresh();
  return refresh;
}
