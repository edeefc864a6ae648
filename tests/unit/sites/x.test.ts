// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { composerBox, loadFixture, settle, typeInto } from './load-fixture';

const editorOf = (id: string) => composerBox(id).querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;

describe('X adapter (tests/fixtures/sites/x.html)', () => {
  beforeEach(() => loadFixture('x', '/home'));

  it('finds both composers on the home page, the editable roots only', () => {
    const editors = xAdapter.findEditors(document);
    expect(editors).toEqual([editorOf('x-home'), editorOf('x-reply')]);
    for (const e of editors) expect(e.getAttribute('contenteditable')).toBe('true');
  });

  it('knows a post from a reply', () => {
    expect(xAdapter.kindOf(editorOf('x-home'))).toBe('post');
    expect(xAdapter.kindOf(editorOf('x-reply'))).toBe('reply');
  });

  it('pairs each composer with its own button, both ways, though both share data-testids', () => {
    for (const id of ['x-home', 'x-reply']) {
      const button = xAdapter.submitOf(editorOf(id))!;
      expect(button.closest('[data-fixture-composer]')).toBe(composerBox(id));
      expect(xAdapter.editorsOf(button)).toEqual([editorOf(id)]);
    }
  });

  it('reads the text without changing the editor', () => {
    typeInto('x-home', 'Lovely sunny day\nfor a walk');
    const editor = editorOf('x-home');
    const before = editor.innerHTML;
    expect(xAdapter.readText(editor)).toBe('Lovely sunny day\nfor a walk');
    expect(editor.innerHTML).toBe(before);
  });

  it('finds the submit control from a click on the label inside it, and the editor from its text', () => {
    const span = composerBox('x-reply').querySelector('[data-testid="tweetButtonInline"] span')!;
    const click = new MouseEvent('click', { bubbles: true, composed: true });
    let found: HTMLElement | null = null;
    span.addEventListener('click', (e) => (found = xAdapter.submitFor(e)), { once: true });
    span.dispatchEvent(click);
    expect(found).toBe(composerBox('x-reply').querySelector('[data-testid="tweetButtonInline"]'));
    typeInto('x-home', 'hello');
    const textNode = editorOf('x-home').querySelector('[data-text="true"]')!;
    expect(xAdapter.editorAt(textNode)).toBe(editorOf('x-home'));
  });

  it('takes Ctrl+Enter and Cmd+Enter as submit, but not Enter, Shift+Enter or an IME Enter', () => {
    const e = editorOf('x-home');
    const key = (init: KeyboardEventInit) => xAdapter.isSubmitKey(new KeyboardEvent('keydown', { key: 'Enter', ...init }), e);
    expect(key({ ctrlKey: true })).toBe(true);
    expect(key({ metaKey: true })).toBe(true);
    expect(key({})).toBe(false);
    expect(key({ shiftKey: true })).toBe(false);
    expect(key({ ctrlKey: true, isComposing: true })).toBe(false);
  });

  it('finds the compose modal that opens later, as a post, next to the home composers', async () => {
    (document.querySelector('[data-testid="SideNav_NewTweet_Button"]') as HTMLElement).click();
    await settle();
    expect(location.pathname).toBe('/compose/post');
    const modal = editorOf('x-modal');
    expect(xAdapter.findEditors(document)).toHaveLength(3);
    expect(xAdapter.kindOf(modal)).toBe('post');
    const button = xAdapter.submitOf(modal)!;
    expect(button.getAttribute('data-testid')).toBe('tweetButton');
    expect(xAdapter.editorsOf(button)).toEqual([modal]);
  });

  it('takes a quote post for a post, not a reply', async () => {
    (document.querySelector('article [data-testid="retweet"]') as HTMLElement).click();
    (document.querySelector('[data-testid="Dropdown"] a') as HTMLElement).click();
    await settle();
    expect(xAdapter.kindOf(editorOf('x-quote'))).toBe('post');
  });

  it('takes the reply modal (a post shown above the box) for a reply', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog" aria-modal="true" id="reply-modal"><article data-testid="tweet">original</article>' +
        '<div contenteditable="true" role="textbox" data-testid="tweetTextarea_0"></div><button data-testid="tweetButton">Reply</button></div>',
    );
    const editor = document.querySelector<HTMLElement>('#reply-modal [data-testid="tweetTextarea_0"]')!;
    expect(xAdapter.kindOf(editor)).toBe('reply');
  });

  it('reads a thread (several boxes, one button) as one post', () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog" id="thread"><div contenteditable="true" data-testid="tweetTextarea_0">one</div>' +
        '<div contenteditable="true" data-testid="tweetTextarea_1">two</div><button data-testid="tweetButton">Post all</button></div>',
    );
    const button = document.querySelector<HTMLElement>('#thread [data-testid="tweetButton"]')!;
    expect(xAdapter.editorsOf(button).map((e) => e.getAttribute('data-testid'))).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
  });

  it('finds nothing on a page without composers (fails open, no throw)', () => {
    document.body.innerHTML = '<main><p>Nothing to post here</p><button data-testid="tweetButtonInline">Post</button></main>';
    expect(xAdapter.findEditors(document)).toEqual([]);
    expect(xAdapter.editorsOf(document.querySelector('button')!)).toEqual([]);
  });
});
