// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../../src/sites/facebook';
import { composerBox, loadFixture, settle, typeInto } from './load-fixture';

const editorOf = (id: string) => composerBox(id).querySelector<HTMLElement>('[data-lexical-editor="true"]')!;
const openCreatePost = async () => {
  (document.querySelector('[data-fixture-trigger="fb-create-post"]') as HTMLElement).click();
  await settle();
};

describe('Facebook adapter (tests/fixtures/sites/facebook.html)', () => {
  beforeEach(() => loadFixture('facebook', '/'));

  it('finds the comment box; the "What\'s on your mind?" trigger is not an editor', () => {
    expect(facebookAdapter.findEditors(document)).toEqual([editorOf('fb-comment')]);
  });

  it('finds the Create post dialog once it opens, beside the comment box', async () => {
    await openCreatePost();
    expect(facebookAdapter.findEditors(document)).toEqual([editorOf('fb-comment'), editorOf('fb-post')]);
  });

  it('knows a post from a comment', async () => {
    await openCreatePost();
    expect(facebookAdapter.kindOf(editorOf('fb-post'))).toBe('post');
    expect(facebookAdapter.kindOf(editorOf('fb-comment'))).toBe('comment');
  });

  it("pairs the dialog's Post button with its editor, and finds no button for the comment (it posts on Enter)", async () => {
    await openCreatePost();
    const post = facebookAdapter.submitOf(editorOf('fb-post'))!;
    expect(post.getAttribute('aria-label')).toBe('Post');
    expect(facebookAdapter.editorsOf(post)).toEqual([editorOf('fb-post')]);
    // The article's own "Leave a comment" action is not a submit control.
    expect(facebookAdapter.submitOf(editorOf('fb-comment'))).toBeNull();
  });

  it('reads Lexical paragraphs without changing the editor', () => {
    typeInto('fb-comment', 'Great news\nwell done');
    const editor = editorOf('fb-comment');
    const before = editor.innerHTML;
    expect(facebookAdapter.readText(editor).replace(/\n+/g, '\n')).toBe('Great news\nwell done');
    expect(editor.innerHTML).toBe(before);
  });

  it('posts a comment on Enter (not Shift+Enter); Create post takes Enter as a new line', async () => {
    await openCreatePost();
    const enter = (init: KeyboardEventInit = {}) => new KeyboardEvent('keydown', { key: 'Enter', ...init });
    expect(facebookAdapter.isSubmitKey(enter(), editorOf('fb-comment'))).toBe(true);
    expect(facebookAdapter.isSubmitKey(enter({ shiftKey: true }), editorOf('fb-comment'))).toBe(false);
    expect(facebookAdapter.isSubmitKey(enter({ isComposing: true }), editorOf('fb-comment'))).toBe(false);
    expect(facebookAdapter.isSubmitKey(enter(), editorOf('fb-post'))).toBe(false);
    expect(facebookAdapter.isSubmitKey(enter({ ctrlKey: true }), editorOf('fb-post'))).toBe(false);
  });

  it('calls a box labelled "Reply to …" a reply', () => {
    document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true" data-lexical-editor="true" aria-label="Reply to Sam Someone" id="r"></div>');
    expect(facebookAdapter.kindOf(document.getElementById('r')!)).toBe('reply');
  });
});
