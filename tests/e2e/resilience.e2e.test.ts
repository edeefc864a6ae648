// What must hold whatever happens: working time is explained, "Add disclaimer" goes through the editor, a
// stopped worker does not break posting, and nothing leaves the browser.

import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { describeE2E } from './harness/e2e-available.ts';
import { FIXTURE_URLS, editorText, postedItems } from './harness/fixture-page.ts';
import {
  CLEAN,
  LEAK,
  MONDAY_10AM,
  NO_DISCLAIMER,
  SATURDAY,
  caretOf,
  dialogButton,
  eventually,
  expectNoRequestsOfItsOwn,
  notices,
  setWorkerClock,
  sessionForFile,
  typeInto,
  warningDialog,
  xHomeButton,
  xHomeEditor,
} from './post-guard-helpers.ts';

describeE2E('Post Guard resilience', () => {
  const session = sessionForFile();
  let page: Page;
  const home = () => xHomeEditor(page);
  const homeButton = () => xHomeButton(page);

  async function freshPage(): Promise<Page> {
    page = await session().browser.context.newPage();
    await page.goto(FIXTURE_URLS.xHome);
    return page;
  }

  test('in working time, a clean post shows the working-time clause and when personal use is next permitted', async () => {
    await setWorkerClock(session().browser, MONDAY_10AM);
    await freshPage();
    await typeInto(page, home(), CLEAN);
    await notices(page).filter({ hasText: 'working time' }).waitFor();
    await homeButton().click();
    await warningDialog(page).waitFor();
    const text = await warningDialog(page).textContent();
    expect(text).toContain('Working time');
    expect(text).toContain('5.1, 5.2 and Note');
    // 12:30 London time (the page's own clock is not shifted, so the day may be named too).
    expect(text).toMatch(/Personal use is permitted again from (\w+ \d+ \w+ )?12:30\./);
    await dialogButton(page, 'Post anyway').click();
    await eventually(async () => (await postedItems(page)).length > 0, 3_000, 'the post');
    expect(await postedItems(page)).toEqual([{ composer: 'x-home', text: CLEAN }]);
  });

  test('"Add disclaimer" types the disclaimer at the end through the editor, which then posts it', async () => {
    await setWorkerClock(session().browser, SATURDAY);
    await freshPage();
    await typeInto(page, home(), NO_DISCLAIMER);
    await homeButton().click();
    await warningDialog(page).waitFor();
    expect(await warningDialog(page).textContent()).toContain('No disclaimer');
    await dialogButton(page, 'Add disclaimer').click();
    await warningDialog(page).waitFor({ state: 'detached' });
    await eventually(async () => ((await editorText(page, 'x-home')) ?? '').length > NO_DISCLAIMER.length, 2_000, 'the disclaimer');
    const withDisclaimer = (await editorText(page, 'x-home'))!;
    expect(withDisclaimer).toMatch(new RegExp(`^${NO_DISCLAIMER} The views expressed here are my own`));
    const caret = await caretOf(page, 'x-home');
    expect(caret.focused).toBe(true);
    expect(caret.caret).toEqual([withDisclaimer.length, withDisclaimer.length]);
    expect(await postedItems(page)).toEqual([]);
    // The editor's own state has the disclaimer: what it posts is what the user sees.
    await page.waitForTimeout(600);
    await homeButton().click();
    await eventually(async () => (await postedItems(page)).length > 0, 3_000, 'the post');
    expect(await postedItems(page)).toEqual([{ composer: 'x-home', text: withDisclaimer }]);
  });

  test('a worker stopped mid-session does not break posting (cold start on the next check)', async () => {
    await setWorkerClock(session().browser, SATURDAY);
    await freshPage();
    await typeInto(page, home(), 'First');
    await page.waitForTimeout(500);
    await session().browser.stopServiceWorker();
    expect(await session().browser.isServiceWorkerRunning()).toBe(false);
    await page.keyboard.type(` ${CLEAN}`);
    await homeButton().click();
    // The worker restarts with the real clock: in working hours the working-time dialog is the right answer.
    await eventually(async () => (await postedItems(page)).length > 0 || (await warningDialog(page).count()) > 0, 5_000, 'post or dialog');
    if ((await warningDialog(page).count()) > 0) {
      expect(await warningDialog(page).textContent()).toContain('Working time');
      await dialogButton(page, 'Post anyway').click();
      await eventually(async () => (await postedItems(page)).length > 0, 3_000, 'the post');
    }
    expect(await postedItems(page)).toEqual([{ composer: 'x-home', text: `First ${CLEAN}` }]);
  });

  test('a worker that never answers: the submit waits briefly, then goes out; the user is told once, quietly', async () => {
    await setWorkerClock(session().browser, SATURDAY);
    await freshPage();
    const worker = await session().browser.serviceWorker();
    // Keep the worker busy for 4 s: the check is not answered within the submit's 1.5 s wait.
    await worker.evaluate(() => {
      setTimeout(() => {
        const end = performance.now() + 4_000;
        while (performance.now() < end) {
          // busy: no message is handled
        }
      }, 0);
    });
    await typeInto(page, home(), LEAK);
    const clicked = Date.now();
    await homeButton().click();
    await eventually(async () => (await postedItems(page)).length > 0, 4_000, 'the post to go out unchecked');
    expect(Date.now() - clicked).toBeLessThan(3_000);
    expect(await postedItems(page)).toEqual([{ composer: 'x-home', text: LEAK }]);
    expect(await warningDialog(page).count()).toBe(0);
    const told = notices(page).filter({ hasText: "couldn't check" });
    await told.waitFor();
    expect(await told.count()).toBe(1);
    // Quietly: a status line, nothing focusable, focus still where the user's click put it.
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('postguard-warning');
  });

  test('the extension made no network request of its own', () => {
    expectNoRequestsOfItsOwn(session().browser);
  });
});
