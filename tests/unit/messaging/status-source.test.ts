// The popup's round trip: the worker may be asleep, slow, or fail; the answer is validated.
import { describe, expect, it, vi } from 'vitest';
import { ProtocolError, type StatusResponse } from '../../../src/messaging/protocol';
import { createStatusSource } from '../../../src/ui/status-source';

const STATUS: StatusResponse = {
  time: { permitted: true, state: 'weekend', until: '2026-11-23T09:00:00+00:00', timezone: 'Europe/London' },
  workingTime: { policy: 'P', ref: '5.1', summary: 'S' },
  at: '2026-11-21T11:00:00.000Z',
};
const timers = { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) as unknown as number, clearTimeout: (id: number) => clearTimeout(id) };

describe('createStatusSource', () => {
  it('returns the validated answer', async () => {
    const send = vi.fn(async () => JSON.parse(JSON.stringify(STATUS)));
    await expect(createStatusSource(send, timers)()).resolves.toEqual(STATUS);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('tries once more when the first send fails (a worker that was just starting)', async () => {
    const send = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(STATUS);
    await expect(createStatusSource(send, timers)()).resolves.toEqual(STATUS);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('tries once more when the first send never answers, then gives up', async () => {
    const send = vi.fn(() => new Promise<unknown>(() => {}));
    await expect(createStatusSource(send, timers, 30)()).rejects.toThrow(/no answer/);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('rejects a malformed answer', async () => {
    await expect(createStatusSource(async () => ({ ...STATUS, time: null }), timers)()).rejects.toThrow(ProtocolError);
  });

  it('keeps a synchronous throw inside the promise', async () => {
    const send = () => {
      throw new Error('Extension context invalidated.');
    };
    await expect(createStatusSource(send, timers)()).rejects.toThrow('Extension context invalidated.');
  });
});
