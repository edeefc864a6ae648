import { describe, it, expect } from 'vitest';
import { resolveSchedule, type ScheduleInput } from '../../../src/time/schedule';
import { timeStatus, type TimeStatus } from '../../../src/time/time-status';

const london = resolveSchedule(undefined);

/** [instant (UTC), expected state, expected until] run against `schedule`. */
type Row = [string, TimeStatus['state'], string | null];

function check(input: ScheduleInput | undefined) {
  const schedule = resolveSchedule(input);
  return (instant: string, state: TimeStatus['state'], until: string | null) => {
    expect(timeStatus(new Date(instant), schedule)).toEqual({ permitted: state !== 'working', state, until });
  };
}

describe('timeStatus on a default working day (Monday 30 March 2026, BST)', () => {
  it.each<Row>([
    ['2026-03-30T07:59:00Z', 'outside-hours', '2026-03-30T09:00:00+01:00'], // 08:59
    ['2026-03-30T07:59:59.999Z', 'outside-hours', '2026-03-30T09:00:00+01:00'],
    ['2026-03-30T08:00:00Z', 'working', '2026-03-30T12:30:00+01:00'], // 09:00: the day has started
    ['2026-03-30T08:30:00Z', 'working', '2026-03-30T12:30:00+01:00'],
    ['2026-03-30T11:29:59Z', 'working', '2026-03-30T12:30:00+01:00'],
    ['2026-03-30T11:30:00Z', 'break', '2026-03-30T13:30:00+01:00'], // 12:30: the break has started
    ['2026-03-30T12:29:00Z', 'break', '2026-03-30T13:30:00+01:00'],
    ['2026-03-30T12:30:00Z', 'working', '2026-03-30T17:00:00+01:00'], // 13:30: the break is over
    ['2026-03-30T15:59:00Z', 'working', '2026-03-30T17:00:00+01:00'], // 16:59
    ['2026-03-30T15:59:59Z', 'working', '2026-03-30T17:00:00+01:00'],
    ['2026-03-30T16:00:00Z', 'outside-hours', '2026-03-31T09:00:00+01:00'], // 17:00: the day is over
    ['2026-03-30T23:30:00Z', 'outside-hours', '2026-03-31T09:00:00+01:00'], // 00:30 on Tuesday
  ])('%s is %s until %s', check(undefined));
});

describe('timeStatus across clock changes in Europe/London', () => {
  it.each<Row>([
    // GMT to BST at 01:00 UTC on Sunday 29 March 2026.
    ['2026-03-27T08:30:00Z', 'outside-hours', '2026-03-27T09:00:00+00:00'], // 08:30 GMT
    ['2026-03-27T09:00:00Z', 'working', '2026-03-27T12:30:00+00:00'],
    ['2026-03-27T17:00:00Z', 'outside-hours', '2026-03-30T09:00:00+01:00'], // Friday 17:00 GMT to Monday in BST
    ['2026-03-29T00:30:00Z', 'weekend', '2026-03-30T09:00:00+01:00'],
    ['2026-03-29T01:30:00Z', 'weekend', '2026-03-30T09:00:00+01:00'],
    ['2026-03-30T08:30:00Z', 'working', '2026-03-30T12:30:00+01:00'], // 09:30 BST
    // BST to GMT at 01:00 UTC on Sunday 25 October 2026.
    ['2026-10-23T07:30:00Z', 'outside-hours', '2026-10-23T09:00:00+01:00'], // 08:30 BST
    ['2026-10-23T08:30:00Z', 'working', '2026-10-23T12:30:00+01:00'], // 09:30 BST
    ['2026-10-23T16:00:00Z', 'outside-hours', '2026-10-26T09:00:00+00:00'], // Friday 17:00 BST to Monday in GMT
    ['2026-10-26T08:30:00Z', 'outside-hours', '2026-10-26T09:00:00+00:00'], // 08:30 GMT
    ['2026-10-26T09:00:00Z', 'working', '2026-10-26T12:30:00+00:00'], // 09:00 GMT
    ['2026-10-26T16:59:00Z', 'working', '2026-10-26T17:00:00+00:00'],
  ])('%s is %s until %s', check(undefined));

  it.each<Row>([
    ['2026-03-29T08:00:00Z', 'working', '2026-03-29T12:30:00+01:00'], // 09:00 BST on the day BST starts
    ['2026-03-29T07:59:00Z', 'outside-hours', '2026-03-29T09:00:00+01:00'],
    ['2026-10-25T08:30:00Z', 'outside-hours', '2026-10-25T09:00:00+00:00'], // 08:30 GMT on the day BST ends
    ['2026-10-25T09:00:00Z', 'working', '2026-10-25T12:30:00+00:00'],
  ])('on the change days themselves, %s is %s until %s', check({ workingHours: { sun: ['09:00', '17:00'] } }));

  it('starts work at a time the clocks skip as soon as that time has passed', () => {
    // 01:30 on 29 March 2026 never happens in London: the clocks go from 00:59 GMT to 02:00 BST.
    check({ workingHours: { sun: ['01:30', '17:00'] }, breaks: [] })(
      '2026-03-29T00:30:00Z',
      'outside-hours',
      '2026-03-29T02:30:00+01:00',
    );
  });
});

describe('timeStatus in America/New_York', () => {
  it.each<Row>([
    // EST to EDT on Sunday 8 March 2026, three weeks before London changes.
    ['2026-03-06T13:30:00Z', 'outside-hours', '2026-03-06T09:00:00-05:00'], // 08:30 EST
    ['2026-03-06T14:30:00Z', 'working', '2026-03-06T12:30:00-05:00'], // 09:30 EST
    ['2026-03-06T22:00:00Z', 'outside-hours', '2026-03-09T09:00:00-04:00'], // Friday 17:00 EST to Monday in EDT
    ['2026-03-09T13:30:00Z', 'working', '2026-03-09T12:30:00-04:00'], // 09:30 EDT
    ['2026-03-09T12:30:00Z', 'outside-hours', '2026-03-09T09:00:00-04:00'], // 08:30 EDT
    ['2026-03-09T16:45:00Z', 'break', '2026-03-09T13:30:00-04:00'], // 12:45 EDT
  ])('%s is %s until %s', check({ timezone: 'America/New_York', bankHolidays: 'none' }));
});

describe('timeStatus on holidays', () => {
  it.each<Row>([
    ['2026-04-03T10:00:00Z', 'holiday', '2026-04-07T09:00:00+01:00'], // Good Friday, then Easter Monday
    ['2026-04-06T10:00:00Z', 'holiday', '2026-04-07T09:00:00+01:00'], // Easter Monday
    ['2026-08-03T10:00:00Z', 'working', '2026-08-03T12:30:00+01:00'],
    ['2026-08-31T10:00:00Z', 'holiday', '2026-09-01T09:00:00+01:00'], // summer bank holiday
    ['2026-12-24T17:00:00Z', 'outside-hours', '2026-12-29T09:00:00+00:00'], // over Christmas and Boxing Day's Monday
    ['2021-12-27T10:00:00Z', 'holiday', '2021-12-29T09:00:00+00:00'], // substitute for Christmas
    ['2021-12-28T10:00:00Z', 'holiday', '2021-12-29T09:00:00+00:00'], // substitute for Boxing Day
    ['2022-01-03T10:00:00Z', 'holiday', '2022-01-04T09:00:00+00:00'], // substitute for New Year's Day
    ['2022-01-04T10:00:00Z', 'working', '2022-01-04T12:30:00+00:00'],
  ])('in England, %s is %s until %s', check(undefined));

  it.each<Row>([
    ['2026-04-03T10:00:00Z', 'holiday', '2026-04-06T09:00:00+01:00'], // Good Friday
    ['2026-04-06T10:00:00Z', 'working', '2026-04-06T12:30:00+01:00'], // no Easter Monday
    ['2026-08-03T10:00:00Z', 'holiday', '2026-08-04T09:00:00+01:00'], // summer bank holiday is the first Monday
    ['2026-08-31T10:00:00Z', 'working', '2026-08-31T12:30:00+01:00'],
    ['2022-01-04T10:00:00Z', 'holiday', '2022-01-05T09:00:00+00:00'], // substitute for 2 January
    ['2026-11-30T10:00:00Z', 'holiday', '2026-12-01T09:00:00+00:00'], // St Andrew's Day
  ])('in Scotland, %s is %s until %s', check({ bankHolidays: 'scotland' }));

  it.each<Row>([
    ['2024-03-18T10:00:00Z', 'holiday', '2024-03-19T09:00:00+00:00'], // St Patrick's Day was a Sunday
    ['2026-07-13T10:00:00Z', 'holiday', '2026-07-14T09:00:00+01:00'], // so was the Boyne
  ])('in Northern Ireland, %s is %s until %s', check({ bankHolidays: 'northern-ireland' }));

  it.each<Row>([
    ['2026-12-29T10:00:00Z', 'holiday', '2027-01-04T09:00:00+00:00'], // on to the Monday after New Year
    ['2026-12-24T17:00:00Z', 'outside-hours', '2027-01-04T09:00:00+00:00'],
    ['2027-01-04T10:00:00Z', 'working', '2027-01-04T12:30:00+00:00'],
  ])('with extra holidays, %s is %s until %s', check({ extraHolidays: ['2026-12-29', '2026-12-30', '2026-12-31'] }));

  it('has no bank holidays when the region is "none"', () => {
    check({ bankHolidays: 'none' })('2026-04-06T10:00:00Z', 'working', '2026-04-06T12:30:00+01:00');
  });

  it('lets a holiday outrank working hours and breaks', () => {
    // Monday 28 December 2026 (Boxing Day's substitute), in what would be working hours and then the lunch break.
    check(undefined)('2026-12-28T10:00:00Z', 'holiday', '2026-12-29T09:00:00+00:00');
    check(undefined)('2026-12-28T12:45:00Z', 'holiday', '2026-12-29T09:00:00+00:00');
  });
});

describe('timeStatus with breaks', () => {
  it.each<Row>([
    ['2026-03-27T12:15:00Z', 'break', '2026-03-27T13:00:00+00:00'], // Friday: the break applies
    ['2026-03-26T12:15:00Z', 'working', '2026-03-26T17:00:00+00:00'], // Thursday: it doesn't
  ])('restricted to Friday, %s is %s until %s', check({ breaks: [{ start: '12:00', end: '13:00', days: ['fri'] }] }));

  it.each<Row>([
    ['2026-01-12T18:30:00Z', 'outside-hours', '2026-01-13T09:15:00+00:00'], // a break after hours is just after hours
    ['2026-01-12T08:15:00Z', 'outside-hours', '2026-01-12T09:15:00+00:00'], // so is the part of one before hours
    ['2026-01-12T09:05:00Z', 'break', '2026-01-12T09:15:00+00:00'], // work starts when the break ends
    ['2026-01-12T16:00:00Z', 'working', '2026-01-12T16:30:00+00:00'],
    ['2026-01-12T16:45:00Z', 'break', '2026-01-13T09:15:00+00:00'], // a break running into the evening
  ])('outside working hours, %s is %s until %s', check({
    breaks: [
      { start: '08:00', end: '09:15' },
      { start: '16:30', end: '17:30' },
      { start: '18:00', end: '19:00' },
    ],
  }));

  it.each<Row>([
    ['2026-01-12T11:00:00Z', 'working', '2026-01-12T12:00:00+00:00'],
    ['2026-01-12T12:45:00Z', 'break', '2026-01-12T13:30:00+00:00'], // overlapping breaks are one break
    ['2026-01-12T13:10:00Z', 'break', '2026-01-12T13:30:00+00:00'],
  ])('with overlapping breaks, %s is %s until %s', check({
    breaks: [
      { start: '12:00', end: '13:00' },
      { start: '12:30', end: '13:30' },
    ],
  }));
});

describe('timeStatus on days without work', () => {
  it.each<Row>([
    ['2026-01-10T12:00:00Z', 'weekend', '2026-01-13T09:00:00+00:00'], // Saturday, and Monday is off
    ['2026-01-11T12:00:00Z', 'weekend', '2026-01-13T09:00:00+00:00'], // Sunday
    ['2026-01-12T12:00:00Z', 'outside-hours', '2026-01-13T09:00:00+00:00'], // a Monday off is not a weekend
  ])('%s is %s until %s', check({ workingHours: { mon: null } }));

  it.each<Row>([
    ['2026-01-10T07:00:00Z', 'outside-hours', '2026-01-10T08:00:00+00:00'], // a working Saturday's early morning
    ['2026-01-10T10:00:00Z', 'working', '2026-01-10T12:00:00+00:00'], // ends before the lunch break
  ])('with Saturday hours, %s is %s until %s', check({ workingHours: { sat: ['08:00', '12:00'] } }));

  it('never changes when nobody works', () => {
    const none = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };
    check({ workingHours: none })('2026-01-12T12:00:00Z', 'outside-hours', null);
    check({ workingHours: none })('2026-01-10T12:00:00Z', 'weekend', null);
  });

  it('follows work past midnight into a day that starts at 00:00', () => {
    const workingHours: ScheduleInput['workingHours'] = { fri: ['09:00', '24:00'], sat: ['00:00', '24:00'] };
    check({ workingHours, breaks: [] })('2026-03-27T20:00:00Z', 'working', '2026-03-29T00:00:00+00:00');
  });

  it('never changes when work never stops', () => {
    const always: [string, string] = ['00:00', '24:00'];
    const hours = { mon: always, tue: always, wed: always, thu: always, fri: always, sat: always, sun: always };
    check({ workingHours: hours, breaks: [], bankHolidays: 'none' })('2026-01-12T12:00:00Z', 'working', null);
  });
});

it('uses the default schedule', () => {
  expect(timeStatus(new Date('2026-03-30T08:30:00Z'), london)).toEqual({
    permitted: false,
    state: 'working',
    until: '2026-03-30T12:30:00+01:00',
  });
});
