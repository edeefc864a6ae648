// The toolbar popup (chrome-extension://ID/popup.html) in Chromium with the built extension: the time answer
// from the worker's clock, the working-time clause, Welsh, a sleeping worker, WCAG checks measured in the
// browser, and the disclaimer setting, which then changes what the X fixture warns about.

import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeE2E } from './harness/e2e-available.ts';
import { FIXTURE_URLS, postedItems } from './harness/fixture-page.ts';
import { MONDAY_10AM, SATURDAY, eventually, setWorkerClock, sessionForFile, typeInto, warningDialog, dialogButton, xHomeButton, xHomeEditor } from './post-guard-helpers.ts';

/** The employer named, an opinion on it, no disclaimer: warned unless the profile carries one. */
const PROUD = 'Proud to work at Ashcombe Borough Council, best parks in the county!';

declare const chrome: { storage: { sync: { get(key: string): Promise<Record<string, unknown>> } } };

describeE2E('Post Guard popup', () => {
  const session = sessionForFile();
  const popupUrl = () => `chrome-extension://${session().browser.extensionId}/popup.html`;

  /** Opens the popup in a tab and waits for its answer (or its failure message). */
  async function openPopup(locale?: string): Promise<Page> {
    const page = await session().browser.context.newPage();
    await page.goto(popupUrl());
    if (locale) {
      // Headless Chromium ignores --lang; DevTools overrides set navigator.language. They are set on the
      // extension page itself (a cross-process navigation would drop them), then the page is loaded again.
      const cdp = await session().browser.context.newCDPSession(page);
      const userAgent = await page.evaluate(() => navigator.userAgent);
      await cdp.send('Network.setUserAgentOverride', { userAgent, acceptLanguage: locale });
      await cdp.send('Emulation.setLocaleOverride', { locale });
      await page.reload();
    }
    await page.locator('.pg-now, .pg-error').first().waitFor({ timeout: 10_000 });
    return page;
  }
  const headline = (page: Page) => page.locator('.pg-now').textContent();

  test('on a Monday at 10:00: working time, not permitted until 12:30, with the working-time clause', async () => {
    await setWorkerClock(session().browser, MONDAY_10AM);
    const page = await openPopup();
    expect(await headline(page)).toContain('Working time: personal posting is not permitted until 12:30');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Now\s+Working time/);
    expect(text).toMatch(/Next change\s+12:30: personal use permitted/);
    expect(text).toMatch(/Council's time zone\s+Europe\/London/);
    expect(text).toContain('Lancaster City Council Social Media Policy, 5.1, 5.2 and Note: Do not use social media for personal reasons in working time.');
    expect(await page.locator('h1').textContent()).toBe('Post Guard');
    await page.close();
  });

  test('on a Saturday: the weekend, permitted until Monday 09:00', async () => {
    await setWorkerClock(session().browser, SATURDAY);
    const page = await openPopup();
    expect(await headline(page)).toContain('You can post now: the weekend until Monday 23 November 09:00');
    expect(await page.locator('main').innerText()).toMatch(/Now\s+Weekend/);
    await page.close();
  });

  test('in Welsh with a Welsh browser', async () => {
    await setWorkerClock(session().browser, MONDAY_10AM);
    const page = await openPopup('cy');
    expect(await page.evaluate(() => [navigator.language, document.documentElement.lang])).toEqual(['cy', 'cy']);
    expect(await headline(page)).toContain('Amser gwaith: ni chaniateir postio personol tan 12:30');
    expect(await page.locator('label').textContent()).toBe("Mae ymwadiad 'fy marn i fy hun' ar fy mhroffil yn barod");
    await page.close();
  });

  test('wakes a stopped worker', async () => {
    await session().browser.stopServiceWorker();
    expect(await session().browser.isServiceWorkerRunning()).toBe(false);
    const page = await openPopup();
    // The restarted worker runs on the real clock: whichever answer it gives, it is an answer, not the failure.
    expect(await page.locator('.pg-error').count()).toBe(0);
    expect(await headline(page)).toMatch(/^.(You can post now|Working time: personal posting is not permitted)/);
    expect(await session().browser.isServiceWorkerRunning()).toBe(true);
    await page.close();
  });

  test('meets WCAG 2.2 AA checks measured in Chromium: contrast, target size, focus visible', async () => {
    for (const clock of [MONDAY_10AM, SATURDAY]) {
      await setWorkerClock(session().browser, clock);
      const page = await openPopup();
      const report = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const luminance = ([r, g, b]: number[]) =>
          [r!, g!, b!].map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
        const background = (el: Element | null): string => {
          for (; el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (rgb(bg)[3] !== 0 && bg !== 'transparent') return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        const contrasts: { text: string; ratio: number }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent?.trim() || !n.parentElement) continue;
          const [a, b] = [luminance(rgb(getComputedStyle(n.parentElement).color)), luminance(rgb(background(n.parentElement)))];
          contrasts.push({ text: n.textContent.trim().slice(0, 30), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) });
        }
        const targets = [...document.querySelectorAll('input, button')].map((el) => {
          const r = el.getBoundingClientRect();
          return { el: el.tagName, width: r.width, height: r.height };
        });
        return { contrasts, targets };
      });
      expect(report.contrasts.length).toBeGreaterThan(8);
      for (const c of report.contrasts) expect(c.ratio, c.text).toBeGreaterThanOrEqual(4.5);
      for (const t of report.targets) {
        expect(t.width, t.el).toBeGreaterThanOrEqual(24);
        expect(t.height, t.el).toBeGreaterThanOrEqual(24);
      }
      // Focus reaches the checkbox by Tab and is shown.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { id: el.id, outline: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) };
      });
      expect(focused).toMatchObject({ id: 'pg-disclaimer', outline: 'solid' });
      expect(focused.width).toBeGreaterThanOrEqual(2);
      await page.close();
    }
  });

  test('the disclaimer checkbox, by keyboard, stops the disclaimer warning on X', async () => {
    await setWorkerClock(session().browser, SATURDAY);
    const xPage = async () => {
      const page = await session().browser.context.newPage();
      await page.goto(FIXTURE_URLS.xHome);
      await typeInto(page, xHomeEditor(page), PROUD);
      await page.waitForTimeout(600); // the typing check has answered
      await xHomeButton(page).click();
      return page;
    };

    // Without the setting: held, "No disclaimer".
    const before = await xPage();
    await warningDialog(before).waitFor();
    expect(await warningDialog(before).textContent()).toContain('No disclaimer');
    await dialogButton(before, 'Edit post').click();
    await before.close();

    // Tick it in the popup with the keyboard alone.
    const popup = await openPopup();
    const box = popup.locator('#pg-disclaimer');
    await eventually(async () => !(await box.isDisabled()), 3_000, 'the stored value');
    expect(await box.isChecked()).toBe(false);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('pg-disclaimer');
    await popup.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    const worker = await session().browser.serviceWorker();
    await eventually(async () => (await worker.evaluate(() => chrome.storage.sync.get('profileHasDisclaimer'))).profileHasDisclaimer === true, 3_000, 'the setting to be stored');
    await popup.close();

    // With it: no disclaimer warning; the post goes out at once.
    const after = await xPage();
    await eventually(async () => (await postedItems(after)).length > 0, 3_000, 'the post');
    expect(await postedItems(after)).toEqual([{ composer: 'x-home', text: PROUD }]);
    expect(await warningDialog(after).count()).toBe(0);
    await after.close();

    // The popup shows the stored value when opened again.
    const again = await openPopup();
    await eventually(async () => again.locator('#pg-disclaimer').isChecked(), 3_000, 'the box to show the stored value');
    await again.close();
  });

  test('the popup made no network request: only its own files, nothing from the worker', () => {
    const { requests, extensionId } = session().browser;
    expect(session().browser.foreignRequests()).toEqual([]);
    expect(requests.filter((r) => r.fromServiceWorker)).toEqual([]);
    const fromPopup = requests.filter((r) => r.pageUrl.startsWith(`chrome-extension://${extensionId}/`));
    expect(fromPopup.length).toBeGreaterThan(0);
    expect(fromPopup.filter((r) => !r.url.startsWith(`chrome-extension://${extensionId}/`))).toEqual([]);
  });
});
