import { describe, it, expect } from 'vitest';
import { addDays, isCalendarDate, isoDate, weekdayOf } from '../../../src/time/calendar';

describe('calendar', () => {
  it.each([
    [2026, 3, 29, '2026-03-29'],
    [2026, 13, 1, '2027-01-01'],
    [2026, 3, 0, '2026-02-28'], // day 0 is the last day of the month before
    [2028, 2, 29, '2028-02-29'],
  ])('isoDate(%i, %i, %i) is %s', (year, month, day, expected) => {
    expect(isoDate(year, month, day)).toBe(expected);
  });

  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'], // the day BST starts is still one calendar day
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-12-24', 14, '2027-01-07'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-03-29', 0],
    ['2026-03-30', 1],
    ['2027-12-25', 6],
  ])('weekdayOf(%s) is %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it.each([
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
  ])('isCalendarDate(%s) is %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});
