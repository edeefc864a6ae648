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
  /** A post (the one being replied to, in the reply modal; the timeline's posts hold inline reply boxes). */
  tweet: 'article[data-testid="tweet"]',
  /** The card of the post being quoted, inside the quote modal. */
  quotedTweet: '[data-testid="quoteTweet"]',
} as const;

/** The post being replied to, outside the quoted-post card a quote post carries. */
function repliedTweetIn(scope: Element): boolean {
  return [...scope.querySelectorAll(X_SELECTORS.tweet)].some((tweet) => !tweet.closest(X_SELECTORS.quotedTweet));
}

/**
 * A reply box sits inside or under a post (inline, under the focal post of a /status/ page) or in a modal that
 * shows the post being replied to; a quote post is a post (its quoted post is in a quoteTweet card).
 */
function xKind(editor: Editor): ComposerKind {
  if (editor.closest(X_SELECTORS.tweet)) return 'reply';
  const dialog = editor.closest('[role="dialog"]');
  if (dialog) return repliedTweetIn(dialog) ? 'reply' : 'post';
  return /\/status\/\d+/.test(editor.ownerDocument.location?.pathname ?? '') ? 'reply' : 'post';
}

/** The X adapter. */
export const xAdapter = defineSiteAdapter({
  platform: 'x',
  editor: X_SELECTORS.editor,
  submit: X_SELECTORS.submit,
  boundary: X_SELECTORS.boundary,
  kindOf: xKind,
  // Ctrl+Enter and Cmd+Enter post from every X composer.
  submitKey: () => 'mod-enter',
});
