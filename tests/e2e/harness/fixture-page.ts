// Typed helpers for the fixture pages in tests/fixtures/sites/ (window.__posted, window.FakeEditor).

import type { Page } from 'playwright-core';

export interface PostedItem {
  composer: string;
  text: string;
}

/** The composer ids the fixture pages record with each post. */
export type ComposerId =
  | 'x-home'
  | 'x-reply'
  | 'x-modal'
  | 'x-quote'
  | 'fb-post'
  | 'fb-comment'
  | 'li-share'
  | 'li-comment'
  | 'li-share-2026'
  | 'li-comment-2026'
  | 'li-recommend'
  | 'demo-x'
  | 'demo-fb-post'
  | 'demo-fb-comment'
  | 'demo-li-share'
  | 'demo-li-comment'
  | 'demo-li-recommend';

/** Fixture URLs (resolved to the fixture server by the browser's --host-resolver-rules). */
export const FIXTURE_URLS = {
  xHome: 'https://x.com/home',
  xCompose: 'https://x.com/compose/post',
  facebook: 'https://www.facebook.com/',
  linkedin: 'https://www.linkedin.com/feed/',
  linkedin2026: 'https://www.linkedin.com/feed/?ui=2026',
  linkedinRecommend: 'https://www.linkedin.com/in/sam-someone/edit/forms/recommendation/write/',
  demo: 'https://x.com/demo',
} as const;

interface FixtureWindow {
  __posted?: PostedItem[];
  FakeEditor?: { textOf(id: string): string | null; all(): string[] };
}

/** Everything the page "posted", oldest first (window.__posted). */
export function postedItems(page: Page): Promise<PostedItem[]> {
  return page.evaluate(() => ((window as unknown as FixtureWindow).__posted ?? []).map((p) => ({ ...p })));
}

/** The editor's own state (what a click on its button would post), or null if that composer is not mounted. */
export function editorText(page: Page, composer: ComposerId): Promise<string | null> {
  return page.evaluate((id) => (window as unknown as FixtureWindow).FakeEditor?.textOf(id) ?? null, composer);
}

/** The ids of the composers mounted now. */
export function mountedComposers(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as FixtureWindow).FakeEditor?.all() ?? []);
}
