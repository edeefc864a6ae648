import { describe, expect, it, vi } from 'vitest';
import { BADGE_ALARM, nextMinute, showTimeOnBadge, startBadgeClock, type BadgeAction } from '../../../src/ui/badge';
import { MESSAGES } from '../../../src/ui/messages';
import type { TimeVerdict } from '../../../src/messaging/protocol';

const fakeAction = () => ({
  setBadgeText: vi.fn(async (_: { text: string }) => {}),
  setBadgeBackgroundColor: vi.fn(async (_: { color: string }) => {}),
  setTitle: vi.fn(async (_: { title: string }) => {}),
}) satisfies BadgeAction;

const WORKING: TimeVerdict = { permitted: false, state: 'working', until: '2026-11-23T12:30:00+00:00', timezone: 'Europe/London' };
const BREAK: TimeVerdict = { permitted: true, state: 'break', until: '2026-11-23T13:30:00+00:00', timezone: 'Europe/London' };

describe('badge', () => {
  it('says whether personal use is permitted now', async () => {
    const action = fakeAction();
    await showTimeOnBadge(action, WORKING, MESSAGES.en);
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: 'WORK' });
    expect(action.setTitle.mock.calls[0]![0].title).toContain('not permitted now (working time)');
    await showTimeOnBadge(action, BREAK, MESSAGES.en);
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: 'OK' });
  });

  it('aligns the alarm with the minute and refreshes on it', () => {
    expect(nextMinute(Date.UTC(2026, 10, 23, 10, 0, 42))).toBe(Date.UTC(2026, 10, 23, 10, 1, 0));
    const action = fakeAction();
    let listener: ((alarm: { name: string }) => void) | undefined;
    const alarms = { create: vi.fn(), onAlarm: { addListener: (l: typeof listener) => (listener = l) } };
    let time = WORKING;
    startBadgeClock({ alarms, action, time: () => time, messages: MESSAGES.en, now: () => Date.UTC(2026, 10, 23, 10, 0, 42) });
    expect(alarms.create).toHaveBeenCalledWith(BADGE_ALARM, { when: Date.UTC(2026, 10, 23, 10, 1, 0), periodInMinutes: 1 });
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: 'WORK' });
    time = BREAK;
    listener!({ name: 'something-else' });
    expect(action.setBadgeText).toHaveBeenCalledTimes(1);
    listener!({ name: BADGE_ALARM });
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: 'OK' });
  });

  it('does nothing without an action (no toolbar button in the manifest)', () => {
    const alarms = { create: vi.fn(), onAlarm: { addListener: vi.fn() } };
    expect(() => startBadgeClock({ alarms, action: undefined, time: () => WORKING, messages: MESSAGES.en })).not.toThrow();
  });
});
