// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEBOUNCE_MS } from '../../../src/content/debounce';
import type { NoticeBoard } from '../../../src/content/notices';
import type { Verdict, VerdictStore } from '../../../src/content/verdicts';
import { RESCAN_MS, watchComposers } from '../../../src/content/watcher';
import type { CheckRequest } from '../../../src/messaging/protocol';
import { xAdapter } from '../../../src/sites/x';
import { MESSAGES } from '../../../src/ui/messages';
import { composerBox, loadFixture, settle, typeInto } from '../sites/load-fixture';
import { CLEAN, findingOver, verdictOf } from '../ui/verdict-fixtures';

const LEAK = 'Cabinet papers say parking charges go up 20% in April, not public till next week';
const stops: Array<() => void> = [];
const removers: Array<() => void> = [];
afterEach(() => {
  stops.splice(0).forEach((s) => s());
  removers.splice(0).forEach((r) => r());
});

function start(get: (r: CheckRequest) => Promise<Verdict> = async (r) => (r.text === LEAK ? verdictOf([findingOver(LEAK, 'not public till next week')]) : CLEAN)) {
  const verdicts: VerdictStore = { fresh: () => undefined, get: vi.fn(get) };
  const board = { set: vi.fn(), setPage: vi.fn(), drop: vi.fn(), reposition: vi.fn() } satisfies NoticeBoard;
  const failOpen = vi.fn();
  const watcher = watchComposers({
    adapter: xAdapter,
    doc: document,
    timers: { setTimeout: (f, ms) => window.setTimeout(f, ms), clearTimeout: (id) => window.clearTimeout(id) },
    verdicts,
    board,
    messages: MESSAGES.en,
    listen: (target, type, handler, options) => {
      target.addEventListener(type, handler, options);
      removers.push(() => target.removeEventListener(type, handler, options));
    },
    onStop: (cb) => stops.push(cb),
    failOpen,
  });
  return { watcher, verdicts, board, failOpen };
}

const editorOf = (id: string) => composerBox(id).querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
/** Types as the user would: the editor changes, then an input event. */
function type(id: string, text: string) {
  typeInto(id, text);
  editorOf(id).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('composer watcher', () => {
  beforeEach(() => loadFixture('x', '/home'));

  it('finds the composers on the page at start', () => {
    const { watcher } = start();
    expect([...watcher.editors]).toEqual([editorOf('x-home'), editorOf('x-reply')]);
  });

  it('checks once the user pauses, not on every keystroke, and shows the notice', async () => {
    const { verdicts, board } = start();
    for (const end of [10, 30, LEAK.length]) {
      type('x-home', LEAK.slice(0, end));
      await settle(50);
    }
    expect(verdicts.get).not.toHaveBeenCalled();
    await settle(DEBOUNCE_MS);
    expect(verdicts.get).toHaveBeenCalledTimes(1);
    expect(verdicts.get).toHaveBeenCalledWith({ text: LEAK, platform: 'x', composer: 'post' });
    expect(board.set).toHaveBeenLastCalledWith(editorOf('x-home'), { text: 'Post Guard: 1 issue · Not allowed', tone: 'block' });
  });

  it('clears the notice when the box is emptied', async () => {
    const { board, verdicts } = start();
    type('x-home', '   ');
    await settle(DEBOUNCE_MS + 20);
    expect(verdicts.get).not.toHaveBeenCalled();
    expect(board.set).toHaveBeenLastCalledWith(editorOf('x-home'), null);
  });

  it('tells the failure reporter when a check cannot run (and leaves the page alone)', async () => {
    const { failOpen } = start(() => Promise.reject(new Error('asleep')));
    type('x-home', 'hello');
    await settle(DEBOUNCE_MS + 20);
    expect(failOpen).toHaveBeenCalledWith(expect.any(Error), editorOf('x-home'));
  });

  it('finds a composer that opens later (the compose modal, on a pushState route)', async () => {
    const { watcher } = start();
    (document.querySelector('[data-testid="SideNav_NewTweet_Button"]') as HTMLElement).click();
    await settle(150 + RESCAN_MS + 50);
    expect(location.pathname).toBe('/compose/post');
    expect(watcher.editors.has(editorOf('x-modal'))).toBe(true);
  });

  it('checks a composer that opens with text (a restored draft) without waiting for typing', async () => {
    const { verdicts } = start();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog" id="draft"><div contenteditable="true" data-testid="tweetTextarea_0">A restored draft</div><button data-testid="tweetButton">Post</button></div>',
    );
    await settle(RESCAN_MS + DEBOUNCE_MS + 50);
    expect(verdicts.get).toHaveBeenCalledWith({ text: 'A restored draft', platform: 'x', composer: 'post' });
  });

  it('forgets a composer that leaves the page, and its notice', async () => {
    const { watcher, board } = start();
    const reply = editorOf('x-reply');
    composerBox('x-reply').remove();
    await settle(RESCAN_MS + 50);
    expect(watcher.editors.has(reply)).toBe(false);
    expect(board.drop).toHaveBeenCalledWith(reply);
  });

  it('remembers the caret per composer and the composer last used', () => {
    const { watcher } = start();
    type('x-reply', 'Hello world');
    const text = editorOf('x-reply').querySelector('[data-text="true"]')!.firstChild!;
    editorOf('x-reply').focus();
    const range = document.createRange();
    range.setStart(text, 5);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    expect(watcher.caretOf(editorOf('x-reply'))).toEqual({ start: 5, end: 5 });
    expect(watcher.lastUsedOf([editorOf('x-home'), editorOf('x-reply')])).toBe(editorOf('x-reply'));
  });
});
