import { describe, expect, it } from 'vitest';
import { handleCheck } from '../../../src/messaging/handlers';
import { MAX_TEXT_LENGTH, parseCheckRequest, parseCheckResponse, ProtocolError } from '../../../src/messaging/protocol';
import { DEFAULT_POLICY } from '../../../src/policy/effective';
import { CLEAN, findingOver, verdictOf } from '../ui/verdict-fixtures';

const deps = (now: string) => ({
  policy: () => DEFAULT_POLICY,
  profileHasDisclaimer: async () => false,
  now: () => new Date(now),
});
const SATURDAY = '2026-11-21T11:00:00Z';
const MONDAY_10AM = '2026-11-23T10:00:00Z';

describe('check requests', () => {
  it('accepts a well-formed request and drops unknown fields', () => {
    expect(parseCheckRequest({ text: 'hi', platform: 'x', composer: 'reply', extra: 1 })).toEqual({ text: 'hi', platform: 'x', composer: 'reply' });
  });

  it.each([
    [null],
    ['hi'],
    [{ text: 1, platform: 'x', composer: 'post' }],
    [{ text: 'hi', platform: 'myspace', composer: 'post' }],
    [{ text: 'hi', platform: 'x', composer: 'dm' }],
    [{ text: 'x'.repeat(MAX_TEXT_LENGTH + 1), platform: 'x', composer: 'post' }],
  ])('refuses %j', (payload) => {
    expect(() => parseCheckRequest(payload)).toThrow(ProtocolError);
  });

  it('never quotes the payload in its error (it may be the post)', () => {
    try {
      parseCheckRequest({ text: 'SECRET'.repeat(5000), platform: 'x', composer: 'post' });
    } catch (error) {
      expect(String(error)).not.toContain('SECRET');
    }
  });
});

describe('check responses', () => {
  it('round-trip', () => {
    const verdict = verdictOf([findingOver('a b', 'b', { fix: { kind: 'add-disclaimer', text: 'Mine.' } })]);
    expect(parseCheckResponse(JSON.parse(JSON.stringify(verdict)))).toEqual(verdict);
    expect(parseCheckResponse(CLEAN)).toEqual(CLEAN);
  });

  it.each([
    [undefined],
    [{ ...CLEAN, findings: 'none' }],
    [{ ...CLEAN, time: { ...CLEAN.time, permitted: 'yes' } }],
    [{ ...CLEAN, findings: [{ ...findingOver('a', 'a'), severity: 'fatal' }] }],
    [{ ...CLEAN, findings: [{ ...findingOver('a', 'a'), start: -1 }] }],
  ])('refuses a malformed answer %#', (answer) => {
    expect(() => parseCheckResponse(answer)).toThrow(ProtocolError);
  });
});

describe('handleCheck (the background end)', () => {
  it('flags a cabinet leak as confidential, with its clause', async () => {
    const text = 'Cabinet papers say parking charges go up 20% in April, not public till next week';
    const verdict = await handleCheck({ text, platform: 'x', composer: 'post' }, deps(SATURDAY));
    expect(verdict.findings.map((f) => f.category)).toContain('confidential');
    const finding = verdict.findings.find((f) => f.category === 'confidential')!;
    expect(finding.severity).toBe('block');
    expect(finding.clause.ref).toBe('6.1.2');
    expect(text.slice(finding.start, finding.end)).toMatch(/\S/);
    expect(() => parseCheckResponse(verdict)).not.toThrow();
  });

  it('finds nothing in a harmless post at the weekend', async () => {
    const verdict = await handleCheck({ text: 'Lovely sunny day for a walk', platform: 'facebook', composer: 'post' }, deps(SATURDAY));
    expect(verdict.findings).toEqual([]);
    expect(verdict.time).toMatchObject({ permitted: true, state: 'weekend' });
  });

  it('reports working time with the working-time clause and when it ends', async () => {
    const verdict = await handleCheck({ text: 'Lovely sunny day for a walk', platform: 'x', composer: 'post' }, deps(MONDAY_10AM));
    expect(verdict.time).toMatchObject({ permitted: false, state: 'working', timezone: 'Europe/London' });
    expect(verdict.time.until).toMatch(/^2026-11-23T12:30/);
    expect(verdict.workingTime.ref).toBe(DEFAULT_POLICY.clauses['working-time'].ref);
  });

  it('honours the "my profile carries a disclaimer" setting', async () => {
    const request = { text: 'As a council officer, I think the new bin rota is brilliant', platform: 'linkedin', composer: 'post' };
    const without = await handleCheck(request, deps(SATURDAY));
    expect(without.findings.map((f) => f.category)).toContain('disclaimer-missing');
    expect(without.findings.find((f) => f.category === 'disclaimer-missing')?.fix?.kind).toBe('add-disclaimer');
    const withSetting = await handleCheck(request, { ...deps(SATURDAY), profileHasDisclaimer: async () => true });
    expect(withSetting.findings.map((f) => f.category)).not.toContain('disclaimer-missing');
  });

  it('refuses a malformed request', async () => {
    await expect(handleCheck({ text: 'hi' }, deps(SATURDAY))).rejects.toThrow(ProtocolError);
  });
});
