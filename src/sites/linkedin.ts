/**
 * LinkedIn: the older Ember/Quill UI and the 2026 React UI (TipTap/ProseMirror comments, the share box inside
 * an open shadow root at #interop-outlet). Try it on: https://www.linkedin.com/feed/ ("Start a post"), the
 * comment box under any post, and "Recommend" on a connection's profile.
 */
import type { ComposerKind } from '../engine/types';
import { defineSiteAdapter, type Editor } from './adapter';

/** LinkedIn's selectors, in one place. */
export const LINKEDIN_SELECTORS = {
  /** Quill editors (share box, older comments), TipTap editors (2026 comments), and the recommendation
   *  form's plain textarea. */
  editor: [
    '.ql-editor[contenteditable="true"]',
    '.tiptap.ProseMirror[contenteditable="true"][role="textbox"]',
    'form[data-testid="recommendation-form"] textarea',
    'textarea[name="recommendation"]',
  ].join(', '),
  /** Share box Post, comment submit (old and new UI), recommendation Send. */
  submit: [
    'button.share-actions__primary-action',
    'button.comments-comment-box__submit-button',
    '[componentkey^="commentBox-"] button[type="submit"]',
    'form[data-testid="recommendation-form"] button[type="submit"]',
  ].join(', '),
  /** The share dialog, a comment box container or form, the recommendation form. */
  boundary: '[role="dialog"], form, [componentkey^="commentBox-"], .comments-comment-box',
  /** The 2026 UI renders the share box inside this host's open shadow root. */
  shadowHosts: '#interop-outlet',
  recommendation: 'form[data-testid="recommendation-form"], [data-testid="recommendation-form"]',
  comment: '.comments-comment-box, .comments-comment-box__form, [componentkey^="commentBox-"], [data-testid="ui-core-tiptap-text-editor-wrapper"]',
} as const;

/** Recommendation form first (the reference clause applies to it), then comment boxes, else the share box. */
function linkedinKind(editor: Editor): ComposerKind {
  if (editor.closest(LINKEDIN_SELECTORS.recommendation) || editor.matches('textarea[name="recommendation"]')) {
    return 'recommendation';
  }
  const comment = editor.closest(LINKEDIN_SELECTORS.comment);
  if (comment) return /\breply\b/i.test(editor.getAttribute('aria-label') ?? '') ? 'reply' : 'comment';
  return 'post';
}

/** The LinkedIn adapter. */
export const linkedinAdapter = defineSiteAdapter({
  platform: 'linkedin',
  editor: LINKEDIN_SELECTORS.editor,
  submit: LINKEDIN_SELECTORS.submit,
  boundary: LINKEDIN_SELECTORS.boundary,
  shadowHosts: LINKEDIN_SELECTORS.shadowHosts,
  kindOf: linkedinKind,
});
