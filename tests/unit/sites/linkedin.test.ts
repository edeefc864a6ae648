// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkedinAdapter } from '../../../src/sites/linkedin';
import { composerBox, loadFixture, settle, typeInto } from './load-fixture';

const openShare = async () => {
  (document.querySelector('.share-box-feed-entry__trigger') as HTMLElement).click();
  await settle();
};
/** The fixture keeps the other UI's comment box in the DOM, hidden; only the visible composers matter here. */
const visibleEditors = () => linkedinAdapter.findEditors(document).filter((e) => !e.closest('[hidden]'));
const qlEditor = (id: string) => composerBox(id).querySelector<HTMLElement>('.ql-editor')!;

describe('LinkedIn adapter, classic UI (tests/fixtures/sites/linkedin.html)', () => {
  it('finds the comment box and, once opened, the share box; never Quill\'s hidden clipboard', async () => {
    loadFixture('linkedin', '/feed/');
    expect(visibleEditors()).toEqual([qlEditor('li-comment')]);
    await openShare();
    const editors = visibleEditors();
    expect(editors).toEqual([qlEditor('li-comment'), qlEditor('li-share')]);
    expect(editors.some((e) => e.classList.contains('ql-clipboard'))).toBe(false);
  });

  it('knows the share box from a comment, and pairs each with its button', async () => {
    loadFixture('linkedin', '/feed/');
    await openShare();
    expect(linkedinAdapter.kindOf(qlEditor('li-share'))).toBe('post');
    expect(linkedinAdapter.kindOf(qlEditor('li-comment'))).toBe('comment');
    const post = linkedinAdapter.submitOf(qlEditor('li-share'))!;
    expect(post.classList.contains('share-actions__primary-action')).toBe(true);
    expect(linkedinAdapter.editorsOf(post)).toEqual([qlEditor('li-share')]);
    const comment = linkedinAdapter.submitOf(qlEditor('li-comment'))!;
    expect(comment.classList.contains('comments-comment-box__submit-button')).toBe(true);
    expect(linkedinAdapter.editorsOf(comment)).toEqual([qlEditor('li-comment')]);
  });

  it('reads Quill text without changing it, and has no posting key', () => {
    loadFixture('linkedin', '/feed/');
    typeInto('li-comment', 'Congratulations to the parks team');
    const editor = qlEditor('li-comment');
    const before = editor.innerHTML;
    expect(linkedinAdapter.readText(editor)).toBe('Congratulations to the parks team');
    expect(editor.innerHTML).toBe(before);
    expect(linkedinAdapter.isSubmitKey(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }), editor)).toBe(false);
  });
});

describe('LinkedIn adapter, 2026 UI (share box in an open shadow root)', () => {
  it('finds the TipTap comment box and the share box inside #interop-outlet', async () => {
    loadFixture('linkedin', '/feed/?ui=2026');
    const tiptap = composerBox('li-comment-2026').querySelector<HTMLElement>('.ProseMirror')!;
    expect(visibleEditors()).toEqual([tiptap]);
    expect(linkedinAdapter.kindOf(tiptap)).toBe('comment');
    const button = linkedinAdapter.submitOf(tiptap)!;
    expect(button.textContent).toBe('Comment');
    expect(linkedinAdapter.editorsOf(button)).toEqual([tiptap]);

    await openShare();
    const shadow = document.getElementById('interop-outlet')!.shadowRoot!;
    expect(linkedinAdapter.shadowRoots(document)).toEqual([shadow]);
    const share = shadow.querySelector<HTMLElement>('.ql-editor')!;
    expect(visibleEditors()).toEqual([tiptap, share]);
    expect(linkedinAdapter.kindOf(share)).toBe('post');
    expect(linkedinAdapter.editorsOf(linkedinAdapter.submitOf(share)!)).toEqual([share]);
  });

  it('finds the editor from an event inside the shadow root (composedPath)', async () => {
    loadFixture('linkedin', '/feed/?ui=2026');
    await openShare();
    const share = document.getElementById('interop-outlet')!.shadowRoot!.querySelector<HTMLElement>('.ql-editor')!;
    let found: HTMLElement | null = null;
    window.addEventListener('input', (e) => (found = linkedinAdapter.editorFor(e)), { capture: true, once: true });
    share.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    expect(found).toBe(share);
  });
});

describe('LinkedIn adapter, recommendation form (tests/fixtures/sites/linkedin-recommend.html)', () => {
  it('finds the textarea as a recommendation, with its Send button', () => {
    loadFixture('linkedin-recommend', '/in/sam-someone/edit/forms/recommendation/write/');
    const textarea = document.querySelector<HTMLElement>('#recommendation-message')!;
    expect(linkedinAdapter.findEditors(document)).toEqual([textarea]);
    expect(linkedinAdapter.kindOf(textarea)).toBe('recommendation');
    const send = linkedinAdapter.submitOf(textarea)!;
    expect(send.textContent?.trim()).toBe('Send');
    expect(linkedinAdapter.editorsOf(send)).toEqual([textarea]);
  });

  it('reads the textarea value', () => {
    loadFixture('linkedin-recommend', '/in/sam-someone/');
    const textarea = document.querySelector<HTMLTextAreaElement>('#recommendation-message')!;
    textarea.value = 'I would recommend Sam to any employer';
    expect(linkedinAdapter.readText(textarea)).toBe('I would recommend Sam to any employer');
  });
});
