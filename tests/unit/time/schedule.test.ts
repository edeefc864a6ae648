import { describe, it, expect } from 'vitest';
import { DAYS, DEFAULT_SCHEDULE, resolveSchedule, scheduleSchema } from '../../../src/time/schedule';

/** The issues zod reports for `input`, as [path, message] pairs. */
function issues(input: unknown): [PropertyKey[], string][] {
  const result = scheduleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path, issue.message]);
}

describe('scheduleSchema', () => {
  it.each([
    ['an empty object', {}],
    ['the default schedule', DEFAULT_SCHEDULE],
    ['a day off', { workingHours: { fri: null } }],
    ['midnight to midnight', { workingHours: { sat: ['00:00', '24:00'] } }],
    ['a break on some days', { breaks: [{ start: '12:00', end: '12:45', days: ['mon', 'fri'] }] }],
    ['another zone', { timezone: 'America/New_York' }],
    ['no bank holidays', { bankHolidays: 'none' }],
    ['a leap day', { extraHolidays: ['2028-02-29'] }],
  ])('accepts %s', (_, input) => {
    expect(issues(input)).toEqual([]);
  });

  it.each([
    ['a zone that does not exist', { timezone: 'Mars/Base' }, ['timezone'], '"Mars/Base" is not a time zone'],
    ['an hour past 24', { workingHours: { mon: ['09:00', '25:00'] } }, ['workingHours', 'mon', 1], '"25:00" is not a time'],
    ['a time past 24:00', { workingHours: { mon: ['09:00', '24:01'] } }, ['workingHours', 'mon', 1], '"24:01" is not a time'],
    ['an hour without its zero', { workingHours: { tue: ['9:00', '17:00'] } }, ['workingHours', 'tue', 0], '"9:00" is not a time'],
    [
      'an end before the start',
      { workingHours: { wed: ['13:00', '12:00'] } },
      ['workingHours', 'wed', 1],
      'end "12:00" is not after start "13:00"',
    ],
    [
      'an empty day',
      { workingHours: { thu: ['09:00', '09:00'] } },
      ['workingHours', 'thu', 1],
      'end "09:00" is not after start "09:00"',
    ],
    [
      'a break ending before it starts',
      { breaks: [{ start: '13:00', end: '12:00' }] },
      ['breaks', 0, 'end'],
      'end "12:00" is not after start "13:00"',
    ],
    ['a break with a bad time', { breaks: [{ start: '12:60', end: '13:00' }] }, ['breaks', 0, 'start'], '"12:60" is not a time'],
    ['a date that does not exist', { extraHolidays: ['2026-02-30'] }, ['extraHolidays', 0], '"2026-02-30" is not a date'],
    ['a date in another format', { extraHolidays: ['30/12/2026'] }, ['extraHolidays', 0], '"30/12/2026" is not a date'],
  ])('rejects %s', (_, input, path, message) => {
    expect(issues(input)).toEqual([[path, message]]);
  });

  it.each([
    ['an unknown key', { hours: {} }],
    ['an unknown day', { workingHours: { monday: ['09:00', '17:00'] } }],
    ['an unknown break day', { breaks: [{ start: '12:00', end: '13:00', days: ['weekday'] }] }],
    ['an unknown region', { bankHolidays: 'wales' }],
  ])('rejects %s', (_, input) => {
    expect(issues(input)).not.toEqual([]);
  });
});

describe('resolveSchedule', () => {
  it.each([undefined, {}])('gives the default for %j', (input) => {
    expect(resolveSchedule(input)).toEqual(DEFAULT_SCHEDULE);
  });

  it('is Monday to Friday 09:00–17:00 with lunch at 12:30 by default, in London and England', () => {
    expect(DEFAULT_SCHEDULE).toEqual({
      timezone: 'Europe/London',
      workingHours: {
        mon: ['09:00', '17:00'],
        tue: ['09:00', '17:00'],
        wed: ['09:00', '17:00'],
        thu: ['09:00', '17:00'],
        fri: ['09:00', '17:00'],
        sat: null,
        sun: null,
      },
      breaks: [{ start: '12:30', end: '13:30', days: DAYS }],
      bankHolidays: 'england-and-wales',
      extraHolidays: [],
    });
  });

  it('merges working hours day by day', () => {
    const schedule = resolveSchedule({ workingHours: { fri: ['09:00', '16:30'], sat: ['10:00', '12:00'], mon: null } });
    expect(schedule.workingHours).toEqual({
      ...DEFAULT_SCHEDULE.workingHours,
      mon: null,
      fri: ['09:00', '16:30'],
      sat: ['10:00', '12:00'],
    });
  });

  it('takes the other keys whole', () => {
    const schedule = resolveSchedule({
      timezone: 'America/New_York',
      breaks: [],
      bankHolidays: 'northern-ireland',
      extraHolidays: ['2026-12-29'],
    });
    expect(schedule).toEqual({
      ...DEFAULT_SCHEDULE,
      timezone: 'America/New_York',
      breaks: [],
      bankHolidays: 'northern-ireland',
      extraHolidays: ['2026-12-29'],
    });
  });

  it('gives a break without days every day', () => {
    expect(resolveSchedule({ breaks: [{ start: '11:00', end: '11:15' }] }).breaks).toEqual([
      { start: '11:00', end: '11:15', days: DAYS },
    ]);
  });

  it('does not let a resolved schedule change the default', () => {
    const schedule = resolveSchedule({});
    (schedule.workingHours as Record<string, unknown>).mon = null;
    expect(DEFAULT_SCHEDULE.workingHours.mon).toEqual(['09:00', '17:00']);
  });
});
