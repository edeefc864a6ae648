import { describe, it, expect } from 'vitest';
import { wallClock, zonedIso } from '../../../src/time/wall-clock';

describe('wallClock', () => {
  it.each([
    ['2026-03-27T08:30:00Z', 'Europe/London', '2026-03-27', 8 * 60 + 30], // GMT
    ['2026-03-30T08:30:00Z', 'Europe/London', '2026-03-30', 9 * 60 + 30], // BST
    ['2026-03-30T23:30:00Z', 'Europe/London', '2026-03-31', 30], // already tomorrow in London
    ['2026-03-30T03:30:00Z', 'America/New_York', '2026-03-29', 23 * 60 + 30], // still yesterday in New York
    ['2026-03-30T08:30:30Z', 'Europe/London', '2026-03-30', 9 * 60 + 30.5],
  ])('reads %s in %s as %s, minute %d', (instant, zone, date, minutes) => {
    expect(wallClock(new Date(instant), zone)).toEqual({ date, minutes });
  });
});

describe('zonedIso', () => {
  it.each([
    ['2026-03-30', 13 * 60 + 30, 'Europe/London', '2026-03-30T13:30:00+01:00'],
    ['2026-01-12', 9 * 60, 'Europe/London', '2026-01-12T09:00:00+00:00'],
    ['2026-01-12', 9 * 60, 'America/New_York', '2026-01-12T09:00:00-05:00'],
    ['2026-01-12', 9 * 60, 'Asia/Kolkata', '2026-01-12T09:00:00+05:30'],
    ['2026-03-28', 24 * 60, 'Europe/London', '2026-03-29T00:00:00+00:00'], // 24:00 is the next midnight
    ['2026-03-29', 90, 'Europe/London', '2026-03-29T02:30:00+01:00'], // 01:30 is skipped when BST starts
    ['2026-10-25', 90, 'Europe/London', '2026-10-25T01:30:00+00:00'], // 01:30 happens twice when BST ends
  ])('gives %s at minute %i in %s as %s', (date, minutes, zone, expected) => {
    expect(zonedIso(date, minutes, zone)).toBe(expected);
  });
});
