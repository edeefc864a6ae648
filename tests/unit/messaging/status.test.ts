// The 'status' message: what the popup asks the background, how both ends validate it, and who may ask.
import { describe, expect, it } from 'vitest';
import { fromExtensionPage, handleStatus } from '../../../src/messaging/handlers';
import { parseStatusRequest, parseStatusResponse, ProtocolError, type StatusResponse } from '../../../src/messaging/protocol';
import { DEFAULT_POLICY } from '../../../src/policy/effective';

const deps = (now: string) => ({ policy: () => DEFAULT_POLICY, now: () => new Date(now) });
const SATURDAY = '2026-11-21T11:00:00Z';
const MONDAY_10AM = '2026-11-23T10:00:00Z';
const MONDAY_LUNCH = '2026-11-23T12:45:00Z';

const STATUS: StatusResponse = {
  time: { permitted: false, state: 'working', until: '2026-11-23T12:30:00+00:00', timezone: 'Europe/London' },
  workingTime: { policy: 'P', ref: '5.1', summary: 'S', text: 'Council wording.' },
  at: '2026-11-23T10:00:00.000Z',
};

describe('status requests', () => {
  it.each([[undefined], [null]])('accepts no payload (%j)', (payload) => {
    expect(parseStatusRequest(payload)).toBeUndefined();
  });

  it.each([[{}], ['status'], [0], [[]]])('refuses a payload %j', (payload) => {
    expect(() => parseStatusRequest(payload)).toThrow(ProtocolError);
  });
});

describe('status responses', () => {
  it('round-trip through JSON', () => {
    expect(parseStatusResponse(JSON.parse(JSON.stringify(STATUS)))).toEqual(STATUS);
    const { text: _omitted, ...withoutText } = STATUS.workingTime;
    expect(parseStatusResponse({ ...STATUS, workingTime: withoutText }).workingTime).toEqual(withoutText);
  });

  it.each([
    [undefined],
    [{ ...STATUS, at: undefined }],
    [{ ...STATUS, at: 'yesterday' }],
    [{ ...STATUS, time: { ...STATUS.time, state: 'lunch' } }],
    [{ ...STATUS, time: { ...STATUS.time, permitted: 'no' } }],
    [{ ...STATUS, time: { ...STATUS.time, until: 5 } }],
    [{ ...STATUS, time: { ...STATUS.time, timezone: undefined } }],
    [{ ...STATUS, workingTime: { policy: 'P', ref: '5.1' } }],
  ])('refuses a malformed answer %#', (answer) => {
    expect(() => parseStatusResponse(answer)).toThrow(ProtocolError);
  });
});

describe('handleStatus (the background end)', () => {
  it('reports working time on a Monday at 10:00, until the 12:30 break', () => {
    const status = handleStatus(undefined, deps(MONDAY_10AM));
    expect(status.time).toMatchObject({ permitted: false, state: 'working', timezone: 'Europe/London' });
    expect(status.time.until).toMatch(/^2026-11-23T12:30/);
    expect(status.at).toBe('2026-11-23T10:00:00.000Z');
    expect(status.workingTime).toEqual(DEFAULT_POLICY.clauses['working-time']);
    expect(parseStatusResponse(JSON.parse(JSON.stringify(status)))).toEqual(status);
  });

  it('reports the break until 13:30', () => {
    expect(handleStatus(undefined, deps(MONDAY_LUNCH)).time).toMatchObject({ permitted: true, state: 'break' });
    expect(handleStatus(undefined, deps(MONDAY_LUNCH)).time.until).toMatch(/^2026-11-23T13:30/);
  });

  it('reports the weekend until Monday 09:00', () => {
    const status = handleStatus(null, deps(SATURDAY));
    expect(status.time).toMatchObject({ permitted: true, state: 'weekend' });
    expect(status.time.until).toMatch(/^2026-11-23T09:00/);
  });

  it('refuses a payload', () => {
    expect(() => handleStatus({ text: 'hi' }, deps(SATURDAY))).toThrow(ProtocolError);
  });
});

describe('fromExtensionPage (who may ask for the status)', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const ORIGIN = `chrome-extension://${ID}/`;
  it.each([
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }, true],
    ['the popup opened in a tab', { id: ID, url: `${ORIGIN}popup.html`, tab: { id: 3 } }, true],
    ['a content script (the web page URL)', { id: ID, url: 'https://x.com/home', tab: { id: 3 } }, false],
    ['another extension', { id: 'zzzz', url: `chrome-extension://zzzz/popup.html` }, false],
    ['a look-alike origin', { id: ID, url: `chrome-extension://${ID}x/popup.html` }, false],
    ['no URL', { id: ID }, false],
    ['no id', { url: `${ORIGIN}popup.html` }, false],
  ])('%s -> %s', (_name, sender, allowed) => {
    expect(fromExtensionPage(sender, ID, ORIGIN)).toBe(allowed);
  });
});
