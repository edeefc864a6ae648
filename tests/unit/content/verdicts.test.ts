import { describe, expect, it, vi } from 'vitest';
import { createVerdictStore, holdsSubmit, isBlocked, VERDICT_MAX_AGE_MS } from '../../../src/content/verdicts';
import { CLEAN, findingOver, verdictOf } from '../ui/verdict-fixtures';

const request = (text: string) => ({ text, platform: 'x', composer: 'post' }) as const;

describe('verdict store', () => {
  it('answers from the cache for the same text, composer and platform only', async () => {
    const ask = vi.fn(async () => CLEAN);
    const store = createVerdictStore(ask);
    expect(store.fresh(request('hello'))).toBeUndefined();
    await store.get(request('hello'));
    expect(store.fresh(request('hello'))).toBe(CLEAN);
    expect(store.fresh(request('hello!'))).toBeUndefined();
    expect(store.fresh({ ...request('hello'), composer: 'reply' })).toBeUndefined();
    await store.get(request('hello'));
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('shares one round trip between concurrent asks', async () => {
    const ask = vi.fn(async () => CLEAN);
    const store = createVerdictStore(ask);
    await Promise.all([store.get(request('a')), store.get(request('a'))]);
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('forgets a verdict after a minute (the time of day is part of it)', async () => {
    let now = 0;
    const store = createVerdictStore(async () => CLEAN, () => now);
    await store.get(request('a'));
    now = VERDICT_MAX_AGE_MS + 1;
    expect(store.fresh(request('a'))).toBeUndefined();
  });

  it('does not cache failures', async () => {
    const ask = vi.fn().mockRejectedValueOnce(new Error('asleep')).mockResolvedValueOnce(CLEAN);
    const store = createVerdictStore(ask);
    await expect(store.get(request('a'))).rejects.toThrow('asleep');
    await expect(store.get(request('a'))).resolves.toBe(CLEAN);
  });

  it('keeps a bounded number of verdicts', async () => {
    const store = createVerdictStore(async () => CLEAN);
    for (let i = 0; i < 40; i++) await store.get(request(`t${i}`));
    expect(store.fresh(request('t0'))).toBeUndefined();
    expect(store.fresh(request('t39'))).toBe(CLEAN);
  });
});

describe('holdsSubmit / isBlocked', () => {
  it.each([
    ['clean', CLEAN, false, false],
    ['info', verdictOf([findingOver('a', 'a', { severity: 'info' })]), false, false],
    ['warn', verdictOf([findingOver('a', 'a', { severity: 'warn' })]), true, false],
    ['block', verdictOf([findingOver('a', 'a', { severity: 'block' })]), true, true],
    ['working time', verdictOf([], false), true, false],
  ])('%s', (_name, verdict, holds, blocked) => {
    expect(holdsSubmit(verdict)).toBe(holds);
    expect(isBlocked(verdict)).toBe(blocked);
  });
});
