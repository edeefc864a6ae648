/**
 * X (Twitter): Draft.js editors driven by React. Selectors from ../shared/reference/composers.md; data-testid
 * attributes are X's own test hooks and have outlived several redesigns, so they are preferred to classes.
 * Try it on: https://x.com/home (timeline box), https://x.com/compose/post (modal), any /status/ page (reply),
 * "Quote" on any post (quote modal).
 */
import type { ComposerKind } from '../engine/types';
import { defineSiteAdapter, type Editor } from './adapter';

/** X's selectors, in one place. */
export const X_SELECTORS = {
  /** The Draft.js editable root carries tweetTextarea_N (N = position in a thread); the mobile web page
   *  uses a real textarea inside a div with that test id. (`tweetTextarea_0_label` and
   *  `…RichTextInputContainer` share the prefix but are not editable, hence the contenteditable filter.) */
  editor: '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] textarea',
  /** tweetButtonInline: home timeline and reply boxes; tweetButton: the compose modal (/compose/post). */
  submit: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  /** The compose modal is a role=dialog; the inline boxes sit in the primary column. */
  boundary: '[role="dialog"], [data-testid="primaryColumn"], main',
  /** The post being replied to, shown above the editor in the reply modal. */
  repliedTweet: 'article[data-testid="tweet"]',
} as const;

/** A reply box sits under a post on a /status/ page, or in a modal that shows the post being replied to. */
function xKind(editor: Editor): ComposerKind {
  const dialog = editor.closest('[role="dialog"]');
  if (dialog) return dialog.querySelector(X_SELECTORS.repliedTweet) ? 'reply' : 'post';
  return /\/status\/\d+/.test(editor.ownerDocument.location?.pathname ?? '') ? 'reply' : 'post';
}

/** The X adapter. */
export const xAdapter = defineSiteAdapter({
  platform: 'x',
  editor: X_SELECTORS.editor,
  submit: X_SELECTORS.submit,
  boundary: X_SELECTORS.boundary,
  kindOf: xKind,
});
