// Proves the e2e harness works, with a throwaway probe extension (not Post Guard): the fixture server answers
// under the real hostnames, the extension's content script runs on x.com, the fixture's fake editor posts
// exactly once from its own state, the service worker can be stopped mid-test, and no request leaves for any
// other host.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { computeExtensionId, launchWithExtension, type LaunchedBrowser } from './harness/browser.ts';
import { describeE2E } from './harness/e2e-available.ts';
import { FIXTURE_URLS, editorText, postedItems } from './harness/fixture-page.ts';
import { E2E_TMP, FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from './harness/server.ts';

const PROBE_DIR = join(E2E_TMP, 'probe-extension');

/** A minimal MV3 extension: a content script that marks the page, a worker that answers with its start time. */
function buildProbeExtension(): string {
  rmSync(PROBE_DIR, { recursive: true, force: true });
  mkdirSync(PROBE_DIR, { recursive: true });
  const matches = FIXTURE_HOSTS.map((h) => `https://${h}/*`);
  writeFileSync(
    join(PROBE_DIR, 'manifest.json'),
    JSON.stringify(
      {
        manifest_version: 3,
        name: 'Post Guard e2e probe',
        version: '0.0.1',
        background: { service_worker: 'worker.js' },
        host_permissions: matches,
        content_scripts: [{ matches, js: ['content.js'], run_at: 'document_start' }],
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(PROBE_DIR, 'content.js'),
    `document.documentElement.dataset.probe = "1";
chrome.runtime.sendMessage({ type: "hello" }).then(
  (reply) => { document.documentElement.dataset.probeWorker = String(reply.startedAt); },
  (err) => { document.documentElement.dataset.probeError = String(err); },
);
`,
  );
  writeFileSync(
    join(PROBE_DIR, 'worker.js'),
    `const startedAt = Date.now() + Math.random();
self.probeStartedAt = startedAt;
chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg && msg.type === "hello") sendResponse({ startedAt });
  return false;
});
`,
  );
  return PROBE_DIR;
}

describeE2E(
  'e2e harness',
  () => {
    let server: FixtureServer;
    let browser: LaunchedBrowser;
    let page: Page;

    beforeAll(async () => {
      const t0 = Date.now();
      server = await startFixtureServer();
      const t1 = Date.now();
      browser = await launchWithExtension({
        extensionDir: buildProbeExtension(),
        port: server.port,
        spkiHash: server.spkiHash,
      });
      page = await browser.context.newPage();
      console.info(`[e2e harness] server ${t1 - t0} ms, browser + extension ${Date.now() - t1} ms`);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('serves https://x.com/home from the fixture server and runs the content script there', async () => {
      const response = await page.goto(FIXTURE_URLS.xHome);
      expect(response?.status()).toBe(200);
      expect(await response?.headerValue('x-post-guard-fixture')).toBe('1');
      expect(page.url()).toBe('https://x.com/home');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.probe)).toBe('1');
      // The content script reached the service worker and back.
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.probeWorker ?? null)).not.toBeNull();
      expect(browser.extensionId).toBe(computeExtensionId(PROBE_DIR)); // unpacked: sha256 of the folder path
      expect(server.requests.some((r) => r.host === 'x.com' && r.path === '/home' && r.servedAs === 'x.html')).toBe(true);
    });

    test('the fake editor posts exactly once, from its own state', async () => {
      const composer = page.locator('[data-fixture-composer="x-home"]');
      const box = composer.locator('[data-testid="tweetTextarea_0"]');
      const button = composer.locator('[data-testid="tweetButtonInline"]');
      await expect.poll(() => button.getAttribute('aria-disabled')).toBe('true');

      await box.click();
      await page.keyboard.type('Bins go out on Monday');
      expect(await editorText(page, 'x-home')).toBe('Bins go out on Monday');
      expect(await button.getAttribute('aria-disabled')).toBeNull();
      // The placeholder is not part of the editable's text.
      expect(await box.innerText()).toBe('Bins go out on Monday');

      // A DOM change behind the editor's back is not what gets posted (Draft.js keeps its state).
      await box.evaluate((el) => {
        el.textContent = 'changed behind the editor';
      });
      await button.click();

      await expect.poll(() => page.locator('[data-testid="posted-item"]').count()).toBe(1);
      await page.waitForTimeout(200); // nothing else arrives later
      expect(await postedItems(page)).toEqual([{ composer: 'x-home', text: 'Bins go out on Monday' }]);
      expect(await page.locator('[data-testid="posted-item"] [data-testid="posted-text"]').allInnerTexts()).toEqual([
        'Bins go out on Monday',
      ]);
      expect(await editorText(page, 'x-home')).toBe('');
      expect(await button.getAttribute('aria-disabled')).toBe('true');
    });

    test('the compose modal is added later, on a pushState route', async () => {
      expect(await page.locator('[role="dialog"]').count()).toBe(0);
      await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
      expect(page.url()).toBe('https://x.com/compose/post');
      const modalBox = page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]');
      await modalBox.waitFor();
      await page.evaluate(() => document.execCommand('insertText', false, 'Typed by execCommand'));
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
      expect(page.url()).toBe('https://x.com/home');
      expect((await postedItems(page)).at(-1)).toEqual({ composer: 'x-modal', text: 'Typed by execCommand' });
    });

    test('the service worker can be stopped mid-test and wakes on the next message', async () => {
      const worker = await browser.serviceWorker();
      const before = await worker.evaluate(() => (self as unknown as { probeStartedAt: number }).probeStartedAt);
      expect(await browser.isServiceWorkerRunning()).toBe(true);

      await browser.stopServiceWorker();
      expect(await browser.isServiceWorkerRunning()).toBe(false);

      // The content script's message on the next page load starts the worker again, with fresh globals.
      await page.reload();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.probeWorker ?? null)).not.toBeNull();
      const woken = await browser.serviceWorker();
      const after = await woken.evaluate(() => (self as unknown as { probeStartedAt: number }).probeStartedAt);
      expect(after).not.toBe(before);
      expect(Number(await page.evaluate(() => document.documentElement.dataset.probeWorker))).toBe(after);

      // And it can be started without an extension event.
      await browser.stopServiceWorker();
      await browser.startServiceWorker();
      expect(await browser.isServiceWorkerRunning()).toBe(true);
    });

    test('every fixture composer posts exactly once from its state', async () => {
      const p = await browser.context.newPage();
      const typeInto = async (selector: string, text: string) => {
        const box = p.locator(selector);
        await box.waitFor();
        await box.click();
        await p.keyboard.type(text);
      };

      // X: reply box inside the article; quote modal from the Repost menu.
      await p.goto(FIXTURE_URLS.xHome);
      await typeInto('article [data-fixture-composer="x-reply"] [data-testid="tweetTextarea_0"]', 'A reply');
      await p.locator('[data-fixture-composer="x-reply"] [data-testid="tweetButtonInline"]').click();
      await p.locator('article [data-testid="retweet"]').click();
      await p.getByRole('menuitem', { name: 'Quote' }).click();
      await typeInto('[role="dialog"] [data-testid="tweetTextarea_0"]', 'A quote');
      expect(await p.locator('[role="dialog"] article [data-testid="tweetText"]').count()).toBe(1);
      await p.locator('[role="dialog"] [data-testid="tweetButton"]').click();
      await expect.poll(() => postedItems(p)).toEqual([
        { composer: 'x-reply', text: 'A reply' },
        { composer: 'x-quote', text: 'A quote' },
      ]);

      // Facebook: Create post dialog (added later), then a comment sent with Enter.
      await p.goto(FIXTURE_URLS.facebook);
      expect(await p.locator('[role="dialog"]').count()).toBe(0);
      await p.locator('[data-fixture-trigger="fb-create-post"]').click();
      await typeInto('[role="dialog"][aria-label="Create post"] [data-lexical-editor="true"]', 'Line one');
      await p.keyboard.press('Enter');
      await p.keyboard.type('Line two');
      expect(await p.locator('[role="dialog"] [data-lexical-text="true"]').allInnerTexts()).toEqual(['Line one', 'Line two']);
      await p.locator('[role="dialog"] div[role="button"][aria-label="Post"]').click();
      await typeInto('[role="article"] [role="textbox"][aria-label="Write a comment…"]', 'A comment');
      await p.keyboard.press('Enter');
      await expect.poll(() => postedItems(p)).toEqual([
        { composer: 'fb-post', text: 'Line one\nLine two' },
        { composer: 'fb-comment', text: 'A comment' },
      ]);

      // LinkedIn classic: share modal and comment form.
      await p.goto(FIXTURE_URLS.linkedin);
      await p.locator('.share-box-feed-entry__trigger').click();
      await typeInto('.share-creation-state__text-editor .ql-editor[contenteditable="true"][role="textbox"]', 'A share');
      await p.locator('button.share-actions__primary-action').click();
      await typeInto('.comments-comment-box__form .ql-editor[role="textbox"]', 'A LinkedIn comment');
      await p.locator('button.comments-comment-box__submit-button').click();
      await expect.poll(() => postedItems(p)).toEqual([
        { composer: 'li-share', text: 'A share' },
        { composer: 'li-comment', text: 'A LinkedIn comment' },
      ]);

      // LinkedIn 2026: the share modal inside #interop-outlet's open shadow root; TipTap comments.
      await p.goto(FIXTURE_URLS.linkedin2026);
      await p.locator('.share-box-feed-entry__trigger').click();
      await typeInto('#interop-outlet .share-creation-state__text-editor .ql-editor', 'A shadow share');
      expect(p.url()).toBe('https://www.linkedin.com/sharing/compose/');
      // Not in the light DOM: document.querySelector does not see into the shadow root.
      expect(await p.evaluate(() => document.querySelectorAll('.share-creation-state__text-editor').length)).toBe(0);
      await p.locator('#interop-outlet button.share-actions__primary-action').click();
      await typeInto('[componentkey^="commentBox-"] .tiptap.ProseMirror[role="textbox"]', 'A TipTap comment');
      await p.locator('[componentkey^="commentBox-"] button').click();
      await expect.poll(() => postedItems(p)).toEqual([
        { composer: 'li-share-2026', text: 'A shadow share' },
        { composer: 'li-comment-2026', text: 'A TipTap comment' },
      ]);

      // LinkedIn recommendation form.
      await p.goto(FIXTURE_URLS.linkedinRecommend);
      await p.getByRole('textbox', { name: 'Write a recommendation' }).fill('Sam is excellent');
      await p.getByRole('button', { name: 'Send' }).click();
      await expect.poll(() => postedItems(p)).toEqual([{ composer: 'li-recommend', text: 'Sam is excellent' }]);

      // The demo page mounts all its composers under any fixture hostname.
      await p.goto('https://www.linkedin.com/demo');
      expect(await p.title()).toBe('Post Guard demo');
      await p.close();
    });

    test('no request went to any host but the fixture server (and chrome-extension://)', async () => {
      expect(browser.requests.length).toBeGreaterThan(0);
      expect(browser.foreignRequests()).toEqual([]);
      for (const r of server.requests) expect(FIXTURE_HOSTS as readonly string[]).toContain(r.host);
    });

    test('the request log does see a request to another host, which the resolver rules stop', async () => {
      const worker = await browser.serviceWorker();
      const outcome = await worker.evaluate(() =>
        fetch('https://example.com/post-guard-must-not-reach-this').then(
          (r) => `status ${r.status}`,
          (e: unknown) => `failed: ${String(e)}`,
        ),
      );
      expect(outcome).toMatch(/^failed/);
      expect(browser.foreignRequests().map((r) => [r.url, r.fromServiceWorker])).toEqual([
        ['https://example.com/post-guard-must-not-reach-this', true],
      ]);
      expect(server.requests.some((r) => r.path.includes('must-not-reach'))).toBe(false);
    });
  },
  { needsExtension: false },
);
