// Helpers for the Post Guard e2e suites (the harness in ./harness/ starts the server and the browser; this file
// knows Post Guard: its UI in the page, and the worker's clock).

import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './harness/browser.ts';
import { EXTENSION_DIR } from './harness/e2e-available.ts';
import { startFixtureServer, type FixtureServer } from './harness/server.ts';

export const LEAK = 'Cabinet papers say parking charges go up 20% in April, not public till next week';
export const CLEAN = 'Lovely sunny day for a walk';
export const POLITICAL = 'Vote Green on Thursday, the only party that cares';
export const NO_DISCLAIMER = 'As a council officer, I think the new bin rota is brilliant';

/** A Saturday: personal use permitted, so only the text decides. */
export const SATURDAY = '2026-11-21T11:00:00Z';
/** A Monday at 10:00 in London: working time. */
export const MONDAY_10AM = '2026-11-23T10:00:00Z';

export interface Session {
  server: FixtureServer;
  browser: LaunchedBrowser;
  close(): Promise<void>;
}

/** Starts the fixture server and Chromium with the built extension. */
async function startSession(): Promise<Session> {
  const server = await startFixtureServer();
  const browser = await launchWithExtension({ extensionDir: EXTENSION_DIR, port: server.port, spkiHash: server.spkiHash });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * One session for a whole test file: started before its first test, closed after its last. Call it inside the
 * file's describe block; it returns the running session.
 */
export function sessionForFile(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('the session has not started');
    return session;
  };
}

/**
 * Sets the clock of the extension's worker (only its Date, only until the worker restarts), so a test decides
 * whether it is working time. The time moves on from `iso` in real time.
 */
export async function setWorkerClock(browser: LaunchedBrowser, iso: string): Promise<void> {
  const worker = await browser.serviceWorker();
  await worker.evaluate((target) => {
    const g = globalThis as unknown as { Date: DateConstructor; __realDate?: DateConstructor };
    const Real = g.__realDate ?? g.Date;
    g.__realDate = Real;
    const offset = new Real(target).getTime() - Real.now();
    class ShiftedDate extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...(args as [string]));
      }
      static override now(): number {
        return Real.now() + offset;
      }
    }
    g.Date = ShiftedDate as unknown as DateConstructor;
  }, iso);
}

/** Clicks into an editor and types like a user (beforeinput/input per key), then waits for the check. */
export async function typeInto(page: Page, editor: Locator, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text);
}

/** Post Guard's inline notices (role=status inside <postguard-warning>'s open shadow root). */
/** The X fixture's home-timeline editor (tests/fixtures/sites/x.html). */
export function xHomeEditor(page: Page): Locator {
  return page.locator('[data-fixture-composer="x-home"] [data-testid="tweetTextarea_0"]');
}

/** The X fixture's home-timeline Post button. */
export function xHomeButton(page: Page): Locator {
  return page.locator('[data-fixture-composer="x-home"] [data-testid="tweetButtonInline"]');
}

export function notices(page: Page): Locator {
  return page.locator('postguard-warning [role="status"]');
}

/** Post Guard's dialog. */
export function warningDialog(page: Page): Locator {
  return page.locator('postguard-warning [role="alertdialog"]');
}

/** A button in the dialog, by its visible name. */
export function dialogButton(page: Page, name: string): Locator {
  return warningDialog(page).getByRole('button', { name, exact: true });
}

/** Waits for a condition polled in Node (Playwright's own expect is not used with vitest). */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The caret and focus of a fixture editor, from the page (the fake editor's own offsets). */
export function caretOf(page: Page, composer: string): Promise<{ focused: boolean; caret: [number, number]; text: string }> {
  return page.evaluate((id) => {
    const fake = (window as unknown as { FakeEditor: { get(id: string): { el: HTMLElement; text: string; selectionOffsets(): [number, number] } } }).FakeEditor.get(id);
    const root = fake.el.getRootNode() as Document | ShadowRoot;
    return { focused: root.activeElement === fake.el, caret: fake.selectionOffsets(), text: fake.text };
  }, composer);
}

/** Asserts that nothing Post Guard did reached the network: no request from the worker, none to a foreign host. */
export function expectNoRequestsOfItsOwn(browser: LaunchedBrowser): void {
  expect(browser.foreignRequests()).toEqual([]);
  expect(browser.requests.filter((r) => r.fromServiceWorker)).toEqual([]);
  expect(browser.requests.filter((r) => r.url.startsWith('chrome-extension://') && r.resourceType !== 'script')).toEqual([]);
}
