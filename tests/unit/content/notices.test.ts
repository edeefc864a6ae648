// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createNoticeBoard, noticeFor } from '../../../src/content/notices';
import { MESSAGES } from '../../../src/ui/messages';
import type { NoticeModel } from '../../../src/ui/NoticeLayer';
import { CLEAN, findingOver, verdictOf } from '../ui/verdict-fixtures';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('noticeFor', () => {
  it('gives the count and the worst severity', () => {
    const v = verdictOf([findingOver('a b', 'a', { severity: 'warn' }), findingOver('a b', 'b', { severity: 'block' })]);
    expect(noticeFor(v, MESSAGES.en)).toEqual({ text: 'Post Guard: 2 issues · Not allowed', tone: 'block' });
  });
  it('speaks of working time when the text is clean but personal use is not permitted', () => {
    expect(noticeFor(verdictOf([], false), MESSAGES.en)?.tone).toBe('time');
  });
  it('says nothing for a clean post in free time', () => {
    expect(noticeFor(CLEAN, MESSAGES.en)).toBeNull();
  });
});

describe('notice board', () => {
  it('mounts nothing until there is something to say, then mounts once', async () => {
    const renders: NoticeModel[][] = [];
    const mount = vi.fn(async () => ({ host: document.createElement('postguard-warning'), render: (n: readonly NoticeModel[]) => void renders.push([...n]) }));
    const board = createNoticeBoard(mount, window);
    const editor = document.createElement('div');
    editor.getBoundingClientRect = () => DOMRect.fromRect({ x: 100, y: 100, width: 400, height: 80 });
    document.body.append(editor);
    board.set(editor, null);
    board.reposition();
    await flush();
    expect(mount).not.toHaveBeenCalled();
    board.set(editor, { text: 'Post Guard: 1 issue · Warning', tone: 'warn' });
    board.set(editor, { text: 'Post Guard: 1 issue · Warning', tone: 'warn' }); // unchanged: no re-render
    await flush();
    expect(mount).toHaveBeenCalledTimes(1);
    expect(renders).toHaveLength(1);
    expect(renders[0]![0]).toMatchObject({ text: 'Post Guard: 1 issue · Warning', tone: 'warn' });
    // Placed just above the composer's top-right corner, in viewport coordinates.
    expect(renders[0]![0]!.right).toBe(window.innerWidth - 500);
    expect(renders[0]![0]!.bottom).toBe(window.innerHeight - 100 + 4);
  });

  it('drops the notice of a composer that left the page', async () => {
    const renders: NoticeModel[][] = [];
    const board = createNoticeBoard(async () => ({ host: document.body, render: (n) => void renders.push([...n]) }), window);
    const editor = document.createElement('div');
    document.body.append(editor);
    board.set(editor, { text: 'x', tone: 'info' });
    await flush();
    editor.remove();
    board.reposition();
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await flush();
    expect(renders.at(-1)).toEqual([]);
  });

  it('never lets a failed mount escape (notices are a courtesy)', async () => {
    const board = createNoticeBoard(() => Promise.reject(new Error('no body')), window);
    board.setPage({ text: "Post Guard couldn't check this post.", tone: 'unavailable' });
    await flush();
  });
});
