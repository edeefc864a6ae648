// @vitest-environment happy-dom
/**
 * The interceptor on the fixture pages' fake editors (which post from their own state, in bubble-phase
 * listeners, as the real sites do): a held submit posts nothing, a replay posts exactly once, a clean
 * fresh verdict lets the site's own submit run untouched.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interceptSubmits } from '../../../src/content/interceptor';
import { createSubmitGuard, type GuardDeps, type SubmitAttempt } from '../../../src/content/submit-guard';
import type { Verdict } from '../../../src/content/verdicts';
import type { CheckRequest } from '../../../src/messaging/protocol';
import type { Editor, SiteAdapter } from '../../../src/sites/adapter';
import { facebookAdapter } from '../../../src/sites/facebook';
import { linkedinAdapter } from '../../../src/sites/linkedin';
import { xAdapter } from '../../../src/sites/x';
import type { ReviewChoice } from '../../../src/ui/WarningDialog';
import { composerBox, loadFixture, posted, typeInto } from '../sites/load-fixture';
import { CLEAN, findingOver, verdictOf } from '../ui/verdict-fixtures';

const LEAK = 'Cabinet papers say parking charges go up 20% in April, not public till next week';
const WARN_TEXT = 'Vote Green on Thursday';
const verdicts: Record<string, Verdict> = {
  [LEAK]: verdictOf([findingOver(LEAK, 'not public till next week')]),
  [WARN_TEXT]: verdictOf([findingOver(WARN_TEXT, 'Vote Green', { category: 'political', severity: 'warn' })]),
};

let removers: Array<() => void> = [];
afterEach(() => {
  removers.forEach((r) => r());
  removers = [];
});

/** Installs the interceptor with a guard whose verdicts are known up front and whose dialog answers `choice`. */
function install(adapter: SiteAdapter, opts: { choice?: ReviewChoice; fresh?: boolean; check?: (request: CheckRequest) => Promise<Verdict> } = {}) {
  const deps = {
    fresh: vi.fn((r: { text: string }) => (opts.fresh === false ? undefined : (verdicts[r.text] ?? CLEAN))),
    check: vi.fn(opts.check ?? (async (_request: CheckRequest) => CLEAN)),
    review: vi.fn(async (_attempt: SubmitAttempt<Editor>, _verdict: Verdict) => opts.choice ?? 'edit'),
    edit: vi.fn(),
    addDisclaimer: vi.fn(),
    failOpen: vi.fn(),
  } satisfies GuardDeps<Editor>;
  const guard = createSubmitGuard<Editor>(deps);
  const failOpen = vi.fn();
  interceptSubmits(window, {
    adapter,
    guard,
    listen: (target, type, handler, options) => {
      target.addEventListener(type, handler, options);
      removers.push(() => target.removeEventListener(type, handler, options));
    },
    isOwnUi: () => false,
    prefetch: vi.fn(),
    failOpen,
  });
  return { deps, guard, failOpen };
}

const xButton = (id: string) => composerBox(id).querySelector<HTMLElement>('[data-testid="tweetButtonInline"]')!;
const xEditor = (id: string) => composerBox(id).querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;

describe('interceptor on X', () => {
  beforeEach(() => loadFixture('x', '/home'));

  it('lets a clean post go through untouched, at once', () => {
    const { deps } = install(xAdapter);
    typeInto('x-home', 'Lovely sunny day for a walk');
    xButton('x-home').click();
    expect(posted()).toEqual([{ composer: 'x-home', text: 'Lovely sunny day for a walk' }]);
    expect(deps.check).not.toHaveBeenCalled();
  });

  it('holds a flagged post: nothing is posted, and the dialog is asked', async () => {
    const { deps, guard } = install(xAdapter, { choice: 'edit' });
    typeInto('x-home', LEAK);
    xButton('x-home').click();
    expect(posted()).toEqual([]);
    await guard.idle();
    expect(deps.review).toHaveBeenCalledTimes(1);
    expect(deps.edit).toHaveBeenCalledTimes(1);
    expect(posted()).toEqual([]);
    expect(xAdapter.readText(xEditor('x-home'))).toBe(LEAK); // text untouched
  });

  it('"Post anyway" posts exactly once, with the text unchanged', async () => {
    const { guard } = install(xAdapter, { choice: 'post' });
    typeInto('x-home', WARN_TEXT);
    xButton('x-home').click();
    xButton('x-home').click(); // an impatient second click while held
    await guard.idle();
    expect(posted()).toEqual([{ composer: 'x-home', text: WARN_TEXT }]);
  });

  it('a blocked post cannot be posted, even if the dialog were to say post', async () => {
    const { guard } = install(xAdapter, { choice: 'post' });
    typeInto('x-home', LEAK);
    xButton('x-home').click();
    await guard.idle();
    expect(posted()).toEqual([]);
  });

  it('holds Ctrl+Enter and Cmd+Enter, and replays them as the button click', async () => {
    const { guard } = install(xAdapter, { choice: 'post' });
    for (const [i, mod] of [{ ctrlKey: true }, { metaKey: true }].entries()) {
      typeInto('x-reply', WARN_TEXT);
      xEditor('x-reply').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...mod }));
      expect(posted()).toHaveLength(i); // held: the editor's own Ctrl+Enter handler did not run
      await guard.idle();
      expect(posted()).toHaveLength(i + 1);
    }
    expect(posted()).toEqual([
      { composer: 'x-reply', text: WARN_TEXT },
      { composer: 'x-reply', text: WARN_TEXT },
    ]);
  });

  it('keeps two composers apart: the reply is checked, not the home box', async () => {
    const { deps, guard } = install(xAdapter, { choice: 'edit' });
    typeInto('x-home', 'Lovely sunny day for a walk');
    typeInto('x-reply', LEAK);
    xButton('x-reply').click();
    await guard.idle();
    expect(deps.review.mock.calls[0]![0].request).toEqual({ text: LEAK, platform: 'x', composer: 'reply' });
    xButton('x-home').click();
    expect(posted()).toEqual([{ composer: 'x-home', text: 'Lovely sunny day for a walk' }]);
  });

  it('waits for a check when the verdict is stale, then replays a clean post once', async () => {
    const { deps, guard } = install(xAdapter, { fresh: false });
    typeInto('x-home', 'Lovely sunny day for a walk');
    xButton('x-home').click();
    expect(posted()).toEqual([]);
    await guard.idle();
    expect(deps.check).toHaveBeenCalledTimes(1);
    expect(posted()).toEqual([{ composer: 'x-home', text: 'Lovely sunny day for a walk' }]);
  });

  it('decides afresh when the user typed on while the submit was held', async () => {
    const typedOn = `Lovely sunny day for a walk. ${WARN_TEXT}`;
    verdicts[typedOn] = verdictOf([findingOver(typedOn, 'Vote Green', { category: 'political', severity: 'warn' })]);
    let answerFirst!: (v: Verdict) => void;
    const check = vi.fn((request: CheckRequest) =>
      check.mock.calls.length === 1 ? new Promise<Verdict>((r) => (answerFirst = r)) : Promise.resolve(verdicts[request.text] ?? CLEAN),
    );
    const { deps, guard } = install(xAdapter, { fresh: false, check, choice: 'edit' });
    typeInto('x-home', 'Lovely sunny day for a walk');
    xButton('x-home').click();
    await Promise.resolve();
    typeInto('x-home', typedOn); // typed on during the wait
    answerFirst(CLEAN); // the verdict for the OLD text
    await guard.idle();
    await new Promise((r) => setTimeout(r, 10));
    await guard.idle();
    expect(check.mock.calls.map(([r]) => r.text)).toEqual(['Lovely sunny day for a walk', typedOn]);
    expect(deps.review).toHaveBeenCalledTimes(1);
    expect(posted()).toEqual([]); // the new text was flagged, and the user chose to edit
  });

  it('fails open: a worker that never answers (timeout) lets the post go, once', async () => {
    const { deps, guard } = install(xAdapter, { fresh: false, check: () => Promise.reject(new Error('no answer within 1500 ms')) });
    typeInto('x-home', LEAK);
    xButton('x-home').click();
    await guard.idle();
    expect(deps.failOpen).toHaveBeenCalledTimes(1);
    expect(posted()).toEqual([{ composer: 'x-home', text: LEAK }]);
  });

  it('fails open on an exception inside Post Guard: the site posts as if it were absent', () => {
    const broken: SiteAdapter = { ...xAdapter, submitFor: () => { throw new Error('selector exploded'); } };
    const { failOpen } = install(broken);
    typeInto('x-home', LEAK);
    xButton('x-home').click();
    expect(posted()).toEqual([{ composer: 'x-home', text: LEAK }]);
    expect(failOpen).toHaveBeenCalledTimes(1);
  });

  it('leaves a disabled button and an empty box alone', () => {
    const { deps } = install(xAdapter);
    xButton('x-home').click();
    expect(deps.fresh).not.toHaveBeenCalled();
  });
});

describe('interceptor on Facebook', () => {
  beforeEach(() => loadFixture('facebook', '/'));

  it('holds a comment posted with Enter, and replays the Enter once on "Post anyway"', async () => {
    const { guard } = install(facebookAdapter, { choice: 'post' });
    typeInto('fb-comment', WARN_TEXT);
    const editor = composerBox('fb-comment').querySelector<HTMLElement>('[data-lexical-editor]')!;
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(posted()).toEqual([]);
    await guard.idle();
    expect(posted()).toEqual([{ composer: 'fb-comment', text: WARN_TEXT }]);
  });

  it('lets Shift+Enter (a new line) through untouched', () => {
    const { deps } = install(facebookAdapter);
    typeInto('fb-comment', LEAK);
    const editor = composerBox('fb-comment').querySelector<HTMLElement>('[data-lexical-editor]')!;
    const event = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true });
    editor.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    expect(deps.fresh).not.toHaveBeenCalled();
  });
});

describe('interceptor on LinkedIn', () => {
  it('holds a recommendation sent through a form, and replays it once', async () => {
    loadFixture('linkedin-recommend', '/in/sam-someone/');
    const { deps, guard } = install(linkedinAdapter, { choice: 'post' });
    const textarea = document.querySelector<HTMLTextAreaElement>('#recommendation-message')!;
    textarea.value = WARN_TEXT;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true }));
    document.querySelector<HTMLButtonElement>('.recommendation-form button[type="submit"]')!.click();
    expect(posted()).toEqual([]);
    await guard.idle();
    expect(deps.review.mock.calls[0]![0].request.composer).toBe('recommendation');
    expect(posted()).toEqual([{ composer: 'li-recommend', text: WARN_TEXT }]);
  });
});
