import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer, DEBOUNCE_MS } from '../../../src/content/debounce';
import { contextTimers, withTimeout, type Invalidatable } from '../../../src/content/timers';

function fakeCtx() {
  const callbacks: Array<() => void> = [];
  const ctx: Invalidatable & { invalidate(): void } = {
    isValid: true,
    onInvalidated: (cb) => {
      callbacks.push(cb);
      return () => {};
    },
    invalidate() {
      (this as { isValid: boolean }).isValid = false;
      callbacks.forEach((cb) => cb());
    },
  };
  return ctx;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('debounce', () => {
  it('runs once, DEBOUNCE_MS after the last keystroke, per key', () => {
    const run = vi.fn();
    const d = createDebouncer<string>(contextTimers(fakeCtx(), globalThis as unknown as Window), run);
    d.schedule('a');
    vi.advanceTimersByTime(DEBOUNCE_MS - 50);
    d.schedule('a');
    d.schedule('b');
    vi.advanceTimersByTime(DEBOUNCE_MS - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run.mock.calls).toEqual([['a'], ['b']]);
  });

  it('cancels', () => {
    const run = vi.fn();
    const d = createDebouncer<string>(contextTimers(fakeCtx(), globalThis as unknown as Window), run);
    d.schedule('a');
    d.cancel('a');
    vi.advanceTimersByTime(DEBOUNCE_MS * 2);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('context timers', () => {
  it('never fire after the context is invalidated', () => {
    const ctx = fakeCtx();
    const run = vi.fn();
    contextTimers(ctx, globalThis as unknown as Window).setTimeout(run, 100);
    ctx.invalidate();
    vi.advanceTimersByTime(200);
    expect(run).not.toHaveBeenCalled();
  });

  it('time out a promise that never settles (a worker that never answers)', async () => {
    const timers = contextTimers(fakeCtx(), globalThis as unknown as Window);
    const result = withTimeout(new Promise(() => {}), 1500, timers);
    vi.advanceTimersByTime(1500);
    await expect(result).rejects.toThrow('no answer within 1500 ms');
  });

  it('pass through an answer in time', async () => {
    const timers = contextTimers(fakeCtx(), globalThis as unknown as Window);
    await expect(withTimeout(Promise.resolve(42), 1500, timers)).resolves.toBe(42);
  });
});
