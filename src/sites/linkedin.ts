/**
 * LinkedIn: the older Ember/Quill UI and the 2026 React UI (TipTap/ProseMirror comments, the share box inside
 * an open shadow root at #interop-outlet). Try it on: https://www.linkedin.com/feed/ ("Start a post"), the
 * comment box under any post, and "Recommend" on a connection's profile.
 */
import type { ComposerKind } from '../engine/types';
import { defineSiteAdapter, type Editor } from './adapter';

/** LinkedIn's selectors, in one place. */
export const LINKEDIN_SELECTORS = {
  /** Quill editors (share box, classic comments; Quill's hidden .ql-clipboard is contenteditable too, hence
   *  the class), TipTap editors (2026 comments), and the recommendation form's plain textarea. */
  editor: [
    '.ql-editor[contenteditable="true"]',
    '.tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
    'textarea[aria-label*="recommendation" i]',
    '.recommendation-form textarea',
  ].join(', '),
  /** Share box Post; classic comment submit; 2026 comment button (named "Comment"/"Reply": its other
   *  attributes are not known yet); the recommendation form's Send. */
  submit: [
    'button.share-actions__primary-action',
    'button.comments-comment-box__submit-button',
    '[componentkey^="commentBox-"] button[aria-label="Comment"]',
    '[componentkey^="commentBox-"] button[aria-label="Reply"]',
    '[componentkey^="commentBox-"] button[type="submit"]',
    '.recommendation-form button[type="submit"]',
    'form:has(textarea[aria-label*="recommendation" i]) button[type="submit"]',
  ].join(', '),
  /** The share dialog, a comment box, a form. */
  boundary: '[role="dialog"], form, [componentkey^="commentBox-"], .comments-comment-box',
  /** The 2026 UI renders the share box inside this host's open shadow root. */
  shadowHosts: '#interop-outlet',
  /** The Recommend form ("Write a recommendation"), found by its label, its form, or its route. */
  recommendation: '.recommendation-form, [role="dialog"][aria-labelledby*="recommendation"]',
  comment: '.comments-comment-box, [componentkey^="commentBox-"], [data-testid="ui-core-tiptap-text-editor-wrapper"]',
} as const;

/** Recommendation form first (the reference clause applies to it), then comment boxes, else the share box. */
function linkedinKind(editor: Editor): ComposerKind {
  if (
    editor.closest(LINKEDIN_SELECTORS.recommendation) ||
    /recommendation/i.test(editor.getAttribute('aria-label') ?? '') ||
    /\/recommendation\//.test(editor.ownerDocument.location?.pathname ?? '')
  ) {
    return 'recommendation';
  }
  const comment = editor.closest(LINKEDIN_SELECTORS.comment);
  if (comment) return /\breply\b/i.test(editor.getAttribute('aria-label') ?? '') ? 'reply' : 'comment';
  return 'post';
}

/** The LinkedIn adapter. No keyboard shortcut posts on LinkedIn: only its buttons do. */
export const linkedinAdapter = defineSiteAdapter({
  platform: 'linkedin',
  editor: LINKEDIN_SELECTORS.editor,
  submit: LINKEDIN_SELECTORS.submit,
  boundary: LINKEDIN_SELECTORS.boundary,
  shadowHosts: LINKEDIN_SELECTORS.shadowHosts,
  kindOf: linkedinKind,
  submitKey: () => null,
});
