// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { restoreCaret, saveCaret } from '../../../src/content/caret';

beforeEach(() => {
  document.body.innerHTML =
    '<div id="ed" contenteditable="true"><div><span>Hello </span><span>world</span></div><div><span>again</span></div></div>' +
    '<textarea id="ta">one two three</textarea><button id="elsewhere">x</button>';
});
const ed = () => document.getElementById('ed')!;

function select(node: Node, start: number, endNode: Node = node, end = start) {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}

describe('caret', () => {
  it('saves a selection as text offsets across spans and blocks', () => {
    const world = ed().querySelectorAll('span')[1]!.firstChild!;
    select(world, 2);
    expect(saveCaret(ed())).toEqual({ start: 8, end: 8 });
    const again = ed().querySelectorAll('span')[2]!.firstChild!;
    select(world, 0, again, 3);
    expect(saveCaret(ed())).toEqual({ start: 6, end: 14 });
  });

  it('returns null when the selection is elsewhere', () => {
    select(document.getElementById('elsewhere')!.firstChild!, 0);
    expect(saveCaret(ed())).toBeNull();
  });

  it('restores the caret even after the editor re-rendered its nodes (as Draft.js and Lexical do)', () => {
    select(ed().querySelectorAll('span')[1]!.firstChild!, 2);
    const saved = saveCaret(ed());
    ed().innerHTML = '<div><span>Hello world</span></div><div><span>again</span></div>'; // same text, new nodes
    restoreCaret(ed(), saved);
    const sel = document.getSelection()!;
    expect(sel.anchorNode?.textContent).toBe('Hello world');
    expect(sel.anchorOffset).toBe(8);
    expect(document.activeElement).toBe(ed());
    expect(ed().textContent).toBe('Hello worldagain'); // untouched
  });

  it('puts the caret at the end when nothing was saved', () => {
    restoreCaret(ed(), null);
    const sel = document.getSelection()!;
    expect(sel.anchorNode?.textContent).toBe('again');
    expect(sel.anchorOffset).toBe(5);
  });

  it('works on a textarea', () => {
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.setSelectionRange(4, 7);
    const saved = saveCaret(ta);
    expect(saved).toEqual({ start: 4, end: 7 });
    ta.setSelectionRange(0, 0);
    restoreCaret(ta, saved);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([4, 7]);
    expect(ta.value).toBe('one two three');
  });
});
