import { describe, expect, it } from 'vitest';
import { formatUntil, worstSeverity } from '../../../src/ui/format';
import { findingOver } from './verdict-fixtures';

describe('worstSeverity', () => {
  it('orders block over warn over info', () => {
    const f = (severity: 'block' | 'warn' | 'info') => findingOver('x', 'x', { severity });
    expect(worstSeverity([])).toBeNull();
    expect(worstSeverity([f('info'), f('warn')])).toBe('warn');
    expect(worstSeverity([f('info'), f('block'), f('warn')])).toBe('block');
  });
});

describe('formatUntil', () => {
  const now = new Date('2026-11-23T10:00:00Z'); // a Monday
  it('shows the time alone for later today, in the council zone', () => {
    expect(formatUntil('2026-11-23T12:30:00+00:00', 'Europe/London', 'en', now)).toBe('12:30');
  });
  it('names the day for another day', () => {
    expect(formatUntil('2026-11-24T09:00:00+00:00', 'Europe/London', 'en', now)).toBe('Tuesday 24 November 09:00');
  });
  it('uses summer time in summer', () => {
    expect(formatUntil('2026-07-01T11:30:00Z', 'Europe/London', 'en', new Date('2026-07-01T08:00:00Z'))).toBe('12:30');
  });
  it('returns what it cannot read as given', () => {
    expect(formatUntil('soon', 'Europe/London', 'en', now)).toBe('soon');
    expect(formatUntil('2026-11-23T12:30:00Z', 'Not/AZone', 'en', now)).toBe('2026-11-23T12:30:00Z');
  });
});
