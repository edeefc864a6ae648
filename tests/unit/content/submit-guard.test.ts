import { describe, expect, it, vi } from 'vitest';
import type { CheckRequest } from '../../../src/messaging/protocol';
import { createSubmitGuard, type GuardDeps, type SubmitAttempt } from '../../../src/content/submit-guard';
import type { Verdict } from '../../../src/content/verdicts';
import type { ReviewChoice } from '../../../src/ui/WarningDialog';
import { CLEAN, findingOver, verdictOf } from '../ui/verdict-fixtures';

const TEXT = 'Cabinet papers say parking charges go up 20% in April, not public till next week';
const BLOCKED = verdictOf([findingOver(TEXT, 'not public till next week')]);
const WARNED = verdictOf([findingOver(TEXT, 'Cabinet papers', { severity: 'warn' })]);
const INFO_ONLY = verdictOf([findingOver(TEXT, 'Cabinet papers', { severity: 'info' })]);
const WORKING_TIME = verdictOf([], false);

type Key = { id: string };

function setup(opts: { fresh?: Verdict; check?: () => Promise<Verdict>; choice?: ReviewChoice | Promise<ReviewChoice> | Error } = {}) {
  const deps = {
    fresh: vi.fn((_r: CheckRequest) => opts.fresh),
    check: vi.fn(opts.check ?? (async () => CLEAN)),
    review: vi.fn(async () => {
      if (opts.choice instanceof Error) throw opts.choice;
      return (await opts.choice) ?? 'edit';
    }),
    edit: vi.fn(),
    addDisclaimer: vi.fn(),
    failOpen: vi.fn(),
  } satisfies GuardDeps<Key>;
  const guard = createSubmitGuard<Key>(deps);
  const key = { id: 'composer' };
  const attempt: SubmitAttempt<Key> = {
    key,
    editors: [key],
    request: { text: TEXT, platform: 'x', composer: 'post' },
    replay: vi.fn(),
  };
  return { deps, guard, attempt };
}

describe('submit guard', () => {
  it('passes a fresh clean verdict at once: no check, no dialog, no replay', async () => {
    const { deps, guard, attempt } = setup({ fresh: CLEAN });
    expect(guard.submit(attempt)).toBe('pass');
    await guard.idle();
    expect(deps.check).not.toHaveBeenCalled();
    expect(deps.review).not.toHaveBeenCalled();
    expect(attempt.replay).not.toHaveBeenCalled();
  });

  it('passes info-only findings (info never holds)', () => {
    const { guard, attempt } = setup({ fresh: INFO_ONLY });
    expect(guard.submit(attempt)).toBe('pass');
  });

  it('holds a stale submit, checks, and replays once when the check is clean', async () => {
    const { deps, guard, attempt } = setup();
    expect(guard.submit(attempt)).toBe('hold');
    expect(guard.isHeld(attempt.key)).toBe(true);
    await guard.idle();
    expect(deps.check).toHaveBeenCalledWith(attempt.request);
    expect(deps.review).not.toHaveBeenCalled();
    expect(attempt.replay).toHaveBeenCalledTimes(1);
    expect(guard.isHeld(attempt.key)).toBe(false);
  });

  it('fails open when the check times out or fails: replays once and tells', async () => {
    const { deps, guard, attempt } = setup({ check: () => Promise.reject(new Error('no answer within 1500 ms')) });
    expect(guard.submit(attempt)).toBe('hold');
    await guard.idle();
    expect(attempt.replay).toHaveBeenCalledTimes(1);
    expect(deps.failOpen).toHaveBeenCalledTimes(1);
    expect(deps.review).not.toHaveBeenCalled();
  });

  it('shows the dialog for a fresh verdict with findings, without asking again', async () => {
    const { deps, guard, attempt } = setup({ fresh: WARNED, choice: 'edit' });
    expect(guard.submit(attempt)).toBe('hold');
    await guard.idle();
    expect(deps.check).not.toHaveBeenCalled();
    expect(deps.review).toHaveBeenCalledWith(attempt, WARNED);
    expect(deps.edit).toHaveBeenCalledWith(attempt);
    expect(attempt.replay).not.toHaveBeenCalled();
  });

  it('"Post anyway" replays exactly once', async () => {
    const { guard, attempt } = setup({ fresh: WARNED, choice: 'post' });
    guard.submit(attempt);
    await guard.idle();
    expect(attempt.replay).toHaveBeenCalledTimes(1);
  });

  it('never replays a blocked post, whatever the dialog answers', async () => {
    const { deps, guard, attempt } = setup({ fresh: BLOCKED, choice: 'post' });
    guard.submit(attempt);
    await guard.idle();
    expect(attempt.replay).not.toHaveBeenCalled();
    expect(deps.edit).toHaveBeenCalled();
  });

  it('holds in working time even when the text is clean, and lets the user post anyway', async () => {
    const { deps, guard, attempt } = setup({ fresh: WORKING_TIME, choice: 'post' });
    expect(guard.submit(attempt)).toBe('hold');
    await guard.idle();
    expect(deps.review).toHaveBeenCalledWith(attempt, WORKING_TIME);
    expect(attempt.replay).toHaveBeenCalledTimes(1);
  });

  it('"Add disclaimer" types the disclaimer and does not post', async () => {
    const { deps, guard, attempt } = setup({ fresh: WARNED, choice: 'add-disclaimer' });
    guard.submit(attempt);
    await guard.idle();
    expect(deps.addDisclaimer).toHaveBeenCalledWith(attempt, WARNED);
    expect(attempt.replay).not.toHaveBeenCalled();
  });

  it('swallows further submits of a held composer (a double click never posts twice)', async () => {
    let choose!: (c: ReviewChoice) => void;
    const { deps, guard, attempt } = setup({ fresh: WARNED, choice: new Promise((r) => (choose = r)) });
    expect(guard.submit(attempt)).toBe('hold');
    expect(guard.submit(attempt)).toBe('hold');
    await Promise.resolve();
    choose('post');
    await guard.idle();
    expect(deps.review).toHaveBeenCalledTimes(1);
    expect(attempt.replay).toHaveBeenCalledTimes(1);
  });

  it('fails open when the dialog cannot be shown', async () => {
    const { deps, guard, attempt } = setup({ fresh: WARNED, choice: new Error('mount failed') });
    guard.submit(attempt);
    await guard.idle();
    expect(deps.failOpen).toHaveBeenCalled();
    expect(attempt.replay).toHaveBeenCalledTimes(1);
  });

  it('starts nothing before the held event has finished dispatching', () => {
    const { deps, guard, attempt } = setup({ fresh: WARNED });
    guard.submit(attempt);
    expect(deps.review).not.toHaveBeenCalled(); // a microtask later, not inside the event handler
  });
});
