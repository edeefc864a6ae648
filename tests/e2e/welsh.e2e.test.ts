// With a Welsh browser (navigator.language "cy"), Post Guard speaks Welsh: notice, dialog and buttons.

import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { describeE2E } from './harness/e2e-available.ts';
import { FIXTURE_URLS, postedItems } from './harness/fixture-page.ts';
import { LEAK, SATURDAY, dialogButton, notices, setWorkerClock, sessionForFile, typeInto, warningDialog, xHomeButton, xHomeEditor } from './post-guard-helpers.ts';

describeE2E('Post Guard in Welsh', () => {
  const session = sessionForFile();
  let page: Page;

  beforeAll(async () => {
    await setWorkerClock(session().browser, SATURDAY);
    page = await session().browser.context.newPage();
    // Headless Chromium ignores --lang; DevTools overrides (as Playwright's `locale` option does) set
    // navigator.language for every world of the page, the content script's included.
    const cdp = await session().browser.context.newCDPSession(page);
    const userAgent = await page.evaluate(() => navigator.userAgent);
    await cdp.send('Network.setUserAgentOverride', { userAgent, acceptLanguage: 'cy' });
    await cdp.send('Emulation.setLocaleOverride', { locale: 'cy' });
    await page.goto(FIXTURE_URLS.xHome);
  });

  test('shows the notice, the category and the buttons in Welsh', async () => {
    expect(await page.evaluate(() => navigator.language)).toMatch(/^cy/);
    await typeInto(page, xHomeEditor(page), LEAK);
    await notices(page).filter({ hasText: 'mater' }).waitFor();
    await xHomeButton(page).click();
    await warningDialog(page).waitFor();
    expect(await warningDialog(page).textContent()).toContain('Gwybodaeth gyfrinachol');
    await dialogButton(page, "Golygu'r neges").click();
    await warningDialog(page).waitFor({ state: 'detached' });
    expect(await postedItems(page)).toEqual([]);
  });
});
