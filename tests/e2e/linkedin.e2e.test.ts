// Post Guard on the LinkedIn fixtures: the recommendation form (where the reference clause applies), the
// classic share box and comment (form submit), and the 2026 share box inside an open shadow root.

import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { describeE2E } from './harness/e2e-available.ts';
import { FIXTURE_URLS, postedItems } from './harness/fixture-page.ts';
import {
  CLEAN,
  LEAK,
  SATURDAY,
  dialogButton,
  eventually,
  setWorkerClock,
  sessionForFile,
  typeInto,
  warningDialog,
} from './post-guard-helpers.ts';

describeE2E('Post Guard on LinkedIn', () => {
  const session = sessionForFile();
  let page: Page;

  beforeEach(async () => {
    await setWorkerClock(session().browser, SATURDAY);
    page = await session().browser.context.newPage();
  });

  test('a recommendation cites the reference clause; "Post anyway" sends it once', async () => {
    await page.goto(FIXTURE_URLS.linkedinRecommend);
    const text = 'Sam is a great team player, I would recommend him to any employer';
    await typeInto(page, page.locator('#recommendation-message'), text);
    await page.locator('.recommendation-form button[type="submit"]').click();
    await warningDialog(page).waitFor();
    const dialogText = await warningDialog(page).textContent();
    expect(dialogText).toContain('A reference or endorsement');
    expect(dialogText).toContain('4.2');
    await dialogButton(page, 'Post anyway').click();
    await eventually(async () => (await postedItems(page)).length > 0, 3_000, 'the recommendation');
    await page.waitForTimeout(200);
    expect(await postedItems(page)).toEqual([{ composer: 'li-recommend', text }]);
  });

  test('a clean classic comment submits through its form at once', async () => {
    await page.goto(FIXTURE_URLS.linkedin);
    await typeInto(page, page.locator('[data-fixture-composer="li-comment"] .ql-editor'), 'Congratulations to the parks team');
    await page.waitForTimeout(600);
    await page.locator('button.comments-comment-box__submit-button').click();
    expect(await postedItems(page)).toEqual([{ composer: 'li-comment', text: 'Congratulations to the parks team' }]);
  });

  test('the 2026 share box inside a shadow root is guarded', async () => {
    await page.goto(FIXTURE_URLS.linkedin2026);
    await page.locator('.share-box-feed-entry__trigger').click();
    const editor = page.locator('#interop-outlet .ql-editor');
    await editor.waitFor();
    await typeInto(page, editor, LEAK);
    await page.locator('#interop-outlet button.share-actions__primary-action').click();
    await warningDialog(page).waitFor();
    expect(await warningDialog(page).textContent()).toContain('Confidential information');
    await page.keyboard.press('Escape');
    await warningDialog(page).waitFor({ state: 'detached' });
    expect(await postedItems(page)).toEqual([]);
    // And a clean share passes untouched once the text is replaced.
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(CLEAN);
    await page.waitForTimeout(600);
    await page.locator('#interop-outlet button.share-actions__primary-action').click();
    expect(await postedItems(page)).toEqual([{ composer: 'li-share-2026', text: CLEAN }]);
  });
});
