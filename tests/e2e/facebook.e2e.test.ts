// Post Guard on the Facebook fixture (tests/fixtures/sites/facebook.html): the comment box that posts on Enter
// (no button), and the Create post dialog that opens later.

import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { describeE2E } from './harness/e2e-available.ts';
import { FIXTURE_URLS, editorText, postedItems } from './harness/fixture-page.ts';
import {
  CLEAN,
  LEAK,
  POLITICAL,
  SATURDAY,
  dialogButton,
  eventually,
  notices,
  setWorkerClock,
  sessionForFile,
  typeInto,
  warningDialog,
} from './post-guard-helpers.ts';

describeE2E('Post Guard on Facebook', () => {
  const session = sessionForFile();
  let page: Page;
  const comment = () => page.locator('[data-fixture-composer="fb-comment"] [data-lexical-editor="true"]');

  beforeEach(async () => {
    await setWorkerClock(session().browser, SATURDAY);
    page = await session().browser.context.newPage();
    await page.goto(FIXTURE_URLS.facebook);
  });

  test('a comment posted with Enter is held; "Post anyway" posts it once, unchanged', async () => {
    await typeInto(page, comment(), POLITICAL);
    await page.keyboard.press('Enter');
    await warningDialog(page).waitFor();
    expect(await postedItems(page)).toEqual([]);
    await dialogButton(page, 'Post anyway').click();
    await eventually(async () => (await postedItems(page)).length > 0, 3_000, 'the comment');
    await page.waitForTimeout(200);
    expect(await postedItems(page)).toEqual([{ composer: 'fb-comment', text: POLITICAL }]);
  });

  test('Shift+Enter is a new line, not a submit', async () => {
    await typeInto(page, comment(), LEAK);
    await page.keyboard.press('Shift+Enter');
    await page.waitForTimeout(200);
    expect(await warningDialog(page).count()).toBe(0);
    expect(await editorText(page, 'fb-comment')).toBe(`${LEAK}\n`);
  });

  test('a clean comment posts on Enter with no dialog', async () => {
    await typeInto(page, comment(), CLEAN);
    await page.waitForTimeout(600);
    await page.keyboard.press('Enter');
    expect(await postedItems(page)).toEqual([{ composer: 'fb-comment', text: CLEAN }]);
    expect(await warningDialog(page).count()).toBe(0);
  });

  test('the Create post dialog, opened later, is guarded: a block cannot be posted', async () => {
    await page.locator('[data-fixture-trigger="fb-create-post"]').click();
    const editor = page.locator('[data-fixture-composer="fb-post"] [data-lexical-editor="true"]');
    await editor.waitFor();
    await typeInto(page, editor, LEAK);
    await notices(page).filter({ hasText: 'Not allowed' }).waitFor();
    await page.locator('[role="dialog"] [role="button"][aria-label="Post"]').click();
    await warningDialog(page).waitFor();
    expect(await warningDialog(page).textContent()).toContain('Confidential information');
    expect(await dialogButton(page, 'Post anyway').count()).toBe(0);
    // Escape is Post Guard's ("Edit post"): the page's own Escape (which closes Create post) never sees it.
    await page.keyboard.press('Escape');
    await warningDialog(page).waitFor({ state: 'detached' });
    expect(await editor.count()).toBe(1);
    expect(await editorText(page, 'fb-post')).toBe(LEAK);
    expect(await postedItems(page)).toEqual([]);
  });
});
