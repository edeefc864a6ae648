/**
 * Facebook: Lexical editors driven by React; class names are hashed and change, so only Lexical's own
 * attribute, roles and aria-labels are used. Try it on: https://www.facebook.com/ ("What's on your mind?"
 * opens the Create post dialog) and the comment box under any post.
 */
import type { ComposerKind } from '../engine/types';
import { defineSiteAdapter, type Editor } from './adapter';

/** Facebook's selectors, in one place. */
export const FACEBOOK_SELECTORS = {
  /** Lexical marks its editable root with data-lexical-editor. */
  editor: '[data-lexical-editor="true"][contenteditable="true"]',
  /** The dialog's Post button and a comment box's send button are div[role=button]s named by aria-label
   *  (labels are localised: English UI only for now). */
  submit: '[role="button"][aria-label="Post"], [role="button"][aria-label="Comment"], [role="button"][aria-label="Reply"], button[type="submit"][aria-label="Post"]',
  /** The Create post dialog, a comment form, or the post (article) a comment box belongs to. */
  boundary: '[role="dialog"], form, [role="article"], article',
} as const;

/** The label the editor is known by: aria-label, aria-placeholder, or the placeholder Lexical renders beside it. */
function labelOf(editor: Editor): string {
  return editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
}

/** A comment or a reply to one (labelled "Write a comment…", "Reply to …"); the post composer is the dialog. */
function facebookKind(editor: Editor): ComposerKind {
  const label = labelOf(editor);
  if (/\breply\b/i.test(label)) return 'reply';
  if (/\bcomment\b/i.test(label)) return 'comment';
  return editor.closest('[role="dialog"]') ? 'post' : 'comment';
}

/** The Facebook adapter. */
export const facebookAdapter = defineSiteAdapter({
  platform: 'facebook',
  editor: FACEBOOK_SELECTORS.editor,
  submit: FACEBOOK_SELECTORS.submit,
  boundary: FACEBOOK_SELECTORS.boundary,
  kindOf: facebookKind,
  // Enter without Shift posts a comment or reply; in Create post Enter starts a new paragraph.
  submitKey: (kind) => (kind === 'comment' || kind === 'reply' ? 'enter' : null),
});
