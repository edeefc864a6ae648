import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, resolvePolicy } from '../../../src/policy/effective';
import { check } from '../../../src/engine/check';

const errorsOf = (input: unknown) => {
  const result = resolvePolicy(input);
  return result.ok ? [] : result.errors;
};

describe('the deployed policy', () => {
  it('accepts an empty policy and a policy of three keys', () => {
    expect(resolvePolicy({}).ok).toBe(true);
    const result = resolvePolicy({ organisation: { name: 'Ashcombe Borough Council' }, rulePack: 'lancaster', severity: { political: 'off' } });
    expect(result.ok && result.policy.packId).toBe('lancaster');
  });

  it.each([
    [{ schedule: { breaks: [{ start: '12:00', end: '13:00' }, { start: '15:00', end: '25:00' }] } }, 'schedule.breaks[1].end: "25:00" is not a time'],
    [{ rulePack: 'atlantis' }, 'rulePack: "atlantis" is not a bundled rule pack'],
    [{ severity: { political: 'loud' } }, 'severity.political:'],
    [{ organisation: { name: '' } }, 'organisation.name: must not be empty'],
    [{ confidentialTerms: 'Falcon' }, 'confidentialTerms:'],
    [{ colour: 'blue' }, 'colour'],
    [{ schedule: { timezone: 'Mars/Base' } }, 'schedule.timezone: "Mars/Base" is not a time zone'],
  ])('names the key and the problem: %j', (input, message) => {
    const errors = errorsOf(input);
    expect(errors.some((error) => error.includes(message)), errors.join('\n')).toBe(true);
  });

  it('lists every problem at once, without a stack trace', () => {
    const errors = errorsOf({ severity: { political: 'loud' }, schedule: { timezone: 'Nowhere' }, suppliers: [1] });
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('rejects JSON that is not an object', () => {
    expect(errorsOf('policy').length).toBe(1);
    expect(errorsOf([1, 2]).length).toBe(1);
  });

  it('takes what it leaves out from the pack and the default schedule', () => {
    const result = resolvePolicy({ schedule: { workingHours: { fri: ['09:00', '16:00'] } } });
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.policy.schedule.workingHours.mon).toEqual(['09:00', '17:00']);
    expect(result.policy.schedule.workingHours.fri).toEqual(['09:00', '16:00']);
    expect(result.policy.clauses).toEqual(DEFAULT_POLICY.clauses);
  });

  it("shows the council's own wording next to the summary", () => {
    const result = resolvePolicy({ clauses: { political: { ref: '9.3', text: 'Officers must remain politically neutral.' } } });
    if (!result.ok) throw new Error(result.errors.join());
    const [finding] = check('Vote Green on Thursday', {}, result.policy);
    expect(finding?.clause).toMatchObject({ ref: '9.3', text: 'Officers must remain politically neutral.' });
  });

  it('uses its own confidential terms, suppliers, organisation and disclaimer phrases', () => {
    const result = resolvePolicy({
      organisation: { name: 'Wexley District Council', aliases: ['WDC'] },
      confidentialTerms: ['Operation Heron'],
      suppliers: ['Acme Skips'],
      disclaimerPhrases: ['speaking for myself'],
      disclaimerText: 'Personal account: {organisation} does not endorse this.',
    });
    if (!result.ok) throw new Error(result.errors.join());
    const { policy } = result;
    expect(check('operation heron starts soon', {}, policy).map((f) => f.category)).toEqual(['confidential']);
    // Criticising a supplier both disparages a partner and is a (negative) reference.
    expect(check('Acme Skips are cowboys', {}, policy).map((f) => f.category).sort()).toEqual(['disparaging', 'reference']);
    const opinion = check('Proud to work at WDC, best parks in England', {}, policy);
    expect(opinion.map((f) => f.category)).toEqual(['disclaimer-missing']);
    expect(opinion[0]?.fix?.text).toBe('Personal account: Wexley District Council does not endorse this.');
    expect(check('Proud to work at WDC, best parks in England, speaking for myself', {}, policy)).toEqual([]);
  });

  it('turns a category off, or changes its severity', () => {
    const off = resolvePolicy({ severity: { political: 'off', offensive: 'block' } });
    if (!off.ok) throw new Error(off.errors.join());
    expect(check('Vote Green on Thursday', {}, off.policy)).toEqual([]);
    expect(check('what a c*nt', {}, off.policy)[0]?.severity).toBe('block');
  });

  it("uses a council pack's clauses", () => {
    const result = resolvePolicy({ rulePack: 'lancaster' });
    if (!result.ok) throw new Error(result.errors.join());
    const [finding] = check("I'd recommend her to any employer", {}, result.policy);
    expect(finding?.clause).toMatchObject({ policy: expect.stringContaining('Lancaster'), ref: '4.2' });
  });
});
