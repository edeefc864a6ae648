import { bankHolidays } from './bank-holidays';
import { addDays, weekdayOf } from './calendar';
import { DAYS, minutesOf, type Day, type Schedule } from './schedule';
import { wallClock, zonedIso } from './wall-clock';

import type { TimeState } from './states';

export { TIME_STATES, type TimeState } from './states';

export interface TimeStatus {
  /** Whether personal use of social media is permitted: everywhere but working time. */
  permitted: boolean;
  state: TimeState;
  /** ISO-8601 instant with the zone's offset at which `permitted` next flips, or null if it never does. */
  until: string | null;
}

/** How far ahead to look for the next change: long enough for Christmas, short enough to stay cheap. */
const SEARCH_DAYS = 14;
const MIDNIGHT = 24 * 60;

/** A half-open span of minutes since local midnight: start is inside, end is not. */
interface Span {
  start: number;
  end: number;
}

/** One local day: a holiday, a day without work, or its working hours and the working spans between breaks. */
type DayPlan = { kind: 'holiday' } | { kind: 'off' } | { kind: 'work'; hours: Span; working: Span[] };

// Date#getDay numbers from Sunday; policies name days from Monday.
const dayName = (weekday: number): Day => DAYS[(weekday + 6) % 7] as Day;

const contains = (span: Span, minute: number): boolean => span.start <= minute && minute < span.end;

/** What `date` holds under `schedule`; a holiday outranks working hours, whatever the day. */
function planDay(date: string, schedule: Schedule): DayPlan {
  const holidays = bankHolidays(Number(date.slice(0, 4)), schedule.bankHolidays);
  if (holidays.has(date) || schedule.extraHolidays.includes(date)) return { kind: 'holiday' };
  const day = dayName(weekdayOf(date));
  const hoursOfDay = schedule.workingHours[day];
  if (!hoursOfDay) return { kind: 'off' };
  const hours = { start: minutesOf(hoursOfDay[0]), end: minutesOf(hoursOfDay[1]) };
  // Cut the day's breaks out of its hours, clipped to them: a break outside working hours changes nothing.
  const breaks = schedule.breaks
    .filter((b) => b.days.includes(day))
    .map((b) => ({ start: Math.max(minutesOf(b.start), hours.start), end: Math.min(minutesOf(b.end), hours.end) }))
    .filter((b) => b.start < b.end)
    .sort((a, b) => a.start - b.start);
  const working: Span[] = [];
  let from = hours.start;
  for (const b of breaks) {
    if (b.start > from) working.push({ start: from, end: b.start });
    from = Math.max(from, b.end);
  }
  if (from < hours.end) working.push({ start: from, end: hours.end });
  return { kind: 'work', hours, working };
}

function workingSpans(plan: DayPlan): Span[] {
  return plan.kind === 'work' ? plan.working : [];
}

/** When work going on at `minute` of `date` stops, following it past midnight into a day that starts at 00:00. */
function endOfWork(date: string, minute: number, schedule: Schedule): string | null {
  let day = date;
  let span = workingSpans(planDay(day, schedule)).find((s) => contains(s, minute));
  for (let i = 0; span && i < SEARCH_DAYS; i++) {
    if (span.end < MIDNIGHT) return zonedIso(day, span.end, schedule.timezone);
    day = addDays(day, 1);
    span = workingSpans(planDay(day, schedule)).find((s) => s.start === 0);
    if (!span) return zonedIso(day, 0, schedule.timezone);
  }
  return null;
}

/** When work next starts after `minute` of `date`, or null if not within SEARCH_DAYS. */
function startOfWork(date: string, minute: number, schedule: Schedule): string | null {
  for (let i = 0; i <= SEARCH_DAYS; i++) {
    const day = addDays(date, i);
    const span = workingSpans(planDay(day, schedule)).find((s) => i > 0 || s.start > minute);
    if (span) return zonedIso(day, span.start, schedule.timezone);
  }
  return null;
}

function stateAt(date: string, minute: number, schedule: Schedule): TimeState {
  const plan = planDay(date, schedule);
  if (plan.kind === 'holiday') return 'holiday';
  // A day without work is only a weekend on Saturday or Sunday; a council closed on Mondays is outside hours.
  if (plan.kind === 'off') return ['sat', 'sun'].includes(dayName(weekdayOf(date))) ? 'weekend' : 'outside-hours';
  if (plan.working.some((s) => contains(s, minute))) return 'working';
  return contains(plan.hours, minute) ? 'break' : 'outside-hours';
}

/**
 * Where `instant` falls in the council's week, read on the wall clock of the schedule's time zone so clock changes
 * are followed: whether personal use is permitted, why, and until when.
 */
export function timeStatus(instant: Date, schedule: Schedule): TimeStatus {
  const { date, minutes } = wallClock(instant, schedule.timezone);
  const state = stateAt(date, minutes, schedule);
  const permitted = state !== 'working';
  return {
    permitted,
    state,
    until: permitted ? startOfWork(date, minutes, schedule) : endOfWork(date, minutes, schedule),
  };
}
