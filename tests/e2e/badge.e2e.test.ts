// The toolbar badge says whether personal use is permitted now, and follows the clock (alarm on the minute).

import { expect, test } from 'vitest';
import { describeE2E } from './harness/e2e-available.ts';
import { MONDAY_10AM, SATURDAY, eventually, setWorkerClock, sessionForFile } from './post-guard-helpers.ts';

/** The extension APIs these tests call inside the worker (evaluated there, typed here). */
declare const chrome: {
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  alarms: {
    create(name: string, info: { when: number; periodInMinutes: number }): void;
    get(name: string): Promise<{ periodInMinutes?: number } | undefined>;
  };
};

describeE2E('Post Guard toolbar badge', () => {
  const session = sessionForFile();

  /** Sets the worker's clock, fires the badge alarm now, and returns the badge text it then shows. */
  async function badgeAt(iso: string): Promise<{ text: string; title: string }> {
    await setWorkerClock(session().browser, iso);
    const worker = await session().browser.serviceWorker();
    const before = await worker.evaluate(() => chrome.action.getBadgeText({}));
    await worker.evaluate(() => {
      const real = (globalThis as unknown as { __realDate: DateConstructor }).__realDate;
      chrome.alarms.create('postguard-badge', { when: real.now() + 50, periodInMinutes: 1 });
    });
    let text = before;
    await eventually(async () => (text = await worker.evaluate(() => chrome.action.getBadgeText({}))) !== before, 5_000, 'the badge to change').catch(() => {});
    return { text, title: await worker.evaluate(() => chrome.action.getTitle({})) };
  }

  test('shows WORK in working time and OK at the weekend', async () => {
    const working = await badgeAt(MONDAY_10AM);
    expect(working.text).toBe('WORK');
    expect(working.title).toContain('not permitted now (working time)');
    const weekend = await badgeAt(SATURDAY);
    expect(weekend.text).toBe('OK');
    expect(weekend.title).toContain('permitted now (the weekend)');
  });

  test('keeps a badge alarm on every minute', async () => {
    const worker = await session().browser.serviceWorker();
    const alarm = await worker.evaluate(() => chrome.alarms.get('postguard-badge'));
    expect(alarm?.periodInMinutes).toBe(1);
  });
});
