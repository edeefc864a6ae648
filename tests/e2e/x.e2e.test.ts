// Post Guard on the X fixture (tests/fixtures/sites/x.html) in Chromium with the built extension: the inline
// notice, the dialog at submit with the right clause, Edit post, Post anyway, a clean post, Ctrl/Cmd+Enter,
// a blocked post, and the compose modal that opens later on a pushState route.

import type { Page } from 'playwright-core';
import { beforeEach, expect, test } from 'vitest';
import { describeE2E } from './harness/e2e-available.ts';
import { FIXTURE_URLS, editorText, postedItems } from './harness/fixture-page.ts';
import {
  CLEAN,
  LEAK,
  POLITICAL,
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

describeE2E('Post Guard on X', () => {
  const session = sessionForFile();
  let page: Page;
  const home = () => xHomeEditor(page);
  const homeButton = () => xHomeButton(page);

  beforeEach(async () => {
    await setWorkerClock(session().browser, SATURDAY);
    page = await session().browser.context.newPage();
    await page.goto(FIXTURE_URLS.xHome);
  });

  test('shows an inline notice with the count and worst severity, without taking focus', async () => {
    await typeInto(page, home(), LEAK);
    await notices(page).filter({ hasText: 'Not allowed' }).waitFor({ timeout: 5_000 });
    expect(await notices(page).filter({ hasText: 'Not allowed' }).textContent()).toMatch(/Post Guard: \d+ issues? · Not allowed/);
    expect((await caretOf(page, 'x-home')).focused).toBe(true);
  });

  test('holds a confidential post at submit: the dialog cites the clause, and a block has no "Post anyway"', async () => {
    await typeInto(page, home(), LEAK);
    await homeButton().click();
    await warningDialog(page).waitFor();
    const text = await warningDialog(page).textContent();
    expect(text).toContain('Confidential information');
    expect(text).toContain('6.1.2');
    expect(await warningDialog(page).locator('mark').count()).toBeGreaterThan(0);
    expect(await dialogButton(page, 'Post anyway').count()).toBe(0);
    expect(await postedItems(page)).toEqual([]);
  });

  test('"Edit post" closes the dialog, puts focus and caret back, and leaves the text alone', async () => {
    await typeInto(page, home(), POLITICAL);
    // Move the caret into the middle, where the user was working.
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    const before = await caretOf(page, 'x-home');
    await homeButton().click();
    await warningDialog(page).waitFor();
    await dialogButton(page, 'Edit post').click();
    await warningDialog(page).waitFor({ state: 'detached' });
    const after = await caretOf(page, 'x-home');
    expect(after).toEqual({ ...before, focused: true });
    expect(after.text).toBe(POLITICAL);
    expect(await postedItems(page)).toEqual([]);
  });

  test('"Post anyway" posts exactly once, with the text unchanged', async () => {
    await typeInto(page, home(), POLITICAL);
    await homeButton().click();
    await warningDialog(page).waitFor();
    expect(await warningDialog(page).textContent()).toContain('Party politics');
    await dialogButton(page, 'Post anyway').click();
    await eventually(async () => (await postedItems(page)).length > 0, 3_000, 'the post');
    await page.waitForTimeout(300);
    expect(await postedItems(page)).toEqual([{ composer: 'x-home', text: POLITICAL }]);
  });

  test('a clean post submits at once, with no dialog', async () => {
    await typeInto(page, home(), CLEAN);
    await page.waitForTimeout(600); // the typing check has answered
    await homeButton().click();
    expect(await postedItems(page)).toEqual([{ composer: 'x-home', text: CLEAN }]);
    expect(await warningDialog(page).count()).toBe(0);
  });

  test('a clean post clicked before the check answered waits for it, then posts once', async () => {
    await typeInto(page, home(), CLEAN);
    await homeButton().click(); // within the 300 ms debounce
    await eventually(async () => (await postedItems(page)).length > 0, 3_000, 'the post');
    expect(await postedItems(page)).toEqual([{ composer: 'x-home', text: CLEAN }]);
    expect(await warningDialog(page).count()).toBe(0);
  });

  test('Ctrl+Enter and Cmd+Enter are held too; Escape means "Edit post"', async () => {
    for (const shortcut of ['Control+Enter', 'Meta+Enter']) {
      await typeInto(page, home(), ` ${POLITICAL}`);
      await page.keyboard.press(shortcut);
      await warningDialog(page).waitFor();
      expect(await postedItems(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await warningDialog(page).waitFor({ state: 'detached' });
      expect((await caretOf(page, 'x-home')).focused).toBe(true);
    }
    expect(await editorText(page, 'x-home')).toContain(POLITICAL);
  });

  test('the dialog works by keyboard alone: focus inside, Tab stays inside', async () => {
    await typeInto(page, home(), POLITICAL);
    await page.keyboard.press('Control+Enter');
    await warningDialog(page).waitFor();
    const focusedName = () =>
      page.evaluate(() => {
        const host = [...document.querySelectorAll('postguard-warning')].find((h) => h.shadowRoot?.querySelector('[role="alertdialog"]'));
        return host?.shadowRoot?.activeElement?.textContent ?? null;
      });
    expect(await focusedName()).toBe('Edit post');
    const seen = new Set<string | null>();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      seen.add(await focusedName());
    }
    expect([...seen].sort()).toEqual(['Edit post', 'Post anyway']);
    await page.keyboard.press('Enter'); // on whichever button has focus; a choice is made by keyboard
    await warningDialog(page).waitFor({ state: 'detached' });
  });

  test('the compose modal that opens later is guarded, and its dialog opens inside it', async () => {
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    const modalEditor = page.locator('[data-fixture-composer="x-modal"] [data-testid="tweetTextarea_0"]');
    await modalEditor.waitFor();
    expect(new URL(page.url()).pathname).toBe('/compose/post');
    await typeInto(page, modalEditor, POLITICAL);
    await page.locator('[data-testid="tweetButton"]').click();
    await warningDialog(page).waitFor();
    expect(await page.locator('[role="dialog"] postguard-warning').count()).toBe(1);
    await dialogButton(page, 'Post anyway').click();
    await eventually(async () => (await postedItems(page)).length > 0, 3_000, 'the post');
    expect(await postedItems(page)).toEqual([{ composer: 'x-modal', text: POLITICAL }]);
  });

  test('the extension made no network request of its own', () => {
    expectNoRequestsOfItsOwn(session().browser);
  });
});
