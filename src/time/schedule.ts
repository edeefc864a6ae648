import { z } from 'zod/mini';
import { BANK_HOLIDAY_REGIONS, type BankHolidayRegion } from './bank-holidays';
import { isCalendarDate } from './calendar';

/** The days of the week, Monday first, as a policy names them. */
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

const TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** Minutes since midnight of an "HH:MM" time the schema has accepted ("24:00" is 1440, the next midnight). */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function isTimeZone(name: string): boolean {
  try {
    // Intl is the one place that knows which IANA zones this browser supports: it throws on any other name.
    new Intl.DateTimeFormat('en-GB', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// Messages quote the offending value, so an admin sees which of several times in a policy is wrong.
const quoted = (value: unknown): string => JSON.stringify(value);

const timeSchema = z
  .string()
  .check(z.refine((v) => TIME.test(v), { error: (iss) => `${quoted(iss.input)} is not a time` }));

/** Why `end` can't close a span opened at `start`, if it can't; two bad times already have their own issues. */
function spanError(start: string, end: string): string | undefined {
  if (TIME.test(start) && TIME.test(end) && minutesOf(end) <= minutesOf(start)) {
    return `end ${quoted(end)} is not after start ${quoted(start)}`;
  }
}

const hoursSchema = z.tuple([timeSchema, timeSchema]).check((ctx) => {
  const message = spanError(...ctx.value);
  if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value, path: [1] });
});
const dayHoursSchema = z.optional(z.nullable(hoursSchema));

const breakSchema = z
  .strictObject({ start: timeSchema, end: timeSchema, days: z.optional(z.array(z.enum(DAYS))) })
  .check((ctx) => {
    const message = spanError(ctx.value.start, ctx.value.end);
    if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value, path: ['end'] });
  });

/**
 * A council's working time, as its policy states it. Every key is optional: what a policy leaves out comes from
 * DEFAULT_SCHEDULE (see resolveSchedule). Times are "HH:MM" from 00:00 to 24:00, local to `timezone`.
 */
export const scheduleSchema = z.strictObject({
  /** An IANA time zone, e.g. "Europe/London". */
  timezone: z.optional(
    z.string().check(z.refine(isTimeZone, { error: (iss) => `${quoted(iss.input)} is not a time zone` })),
  ),
  /** Per day, [start, end) of the working day, or null for a day with no work. */
  workingHours: z.optional(
    z.strictObject({
      mon: dayHoursSchema,
      tue: dayHoursSchema,
      wed: dayHoursSchema,
      thu: dayHoursSchema,
      fri: dayHoursSchema,
      sat: dayHoursSchema,
      sun: dayHoursSchema,
    }),
  ),
  /** Breaks during which personal use is permitted; without `days`, a break applies every day. */
  breaks: z.optional(z.array(breakSchema)),
  bankHolidays: z.optional(z.enum(BANK_HOLIDAY_REGIONS)),
  /** The council's own closure days, "YYYY-MM-DD", e.g. a privilege day between Christmas and New Year. */
  extraHolidays: z.optional(
    z.array(z.string().check(z.refine(isCalendarDate, { error: (iss) => `${quoted(iss.input)} is not a date` }))),
  ),
});
export type ScheduleInput = z.infer<typeof scheduleSchema>;

/** The start and end ("HH:MM") of a working day; the end is the first minute not worked. */
export type WorkingHours = readonly [start: string, end: string];

/** A break from `start` up to `end`, on the given days (only where they fall inside working hours). */
export interface Break {
  start: string;
  end: string;
  days: readonly Day[];
}

/** A schedule with every choice made: what the time engine works from. */
export interface Schedule {
  timezone: string;
  workingHours: Readonly<Record<Day, WorkingHours | null>>;
  breaks: readonly Break[];
  bankHolidays: BankHolidayRegion;
  extraHolidays: readonly string[];
}

/** Office hours in England: Monday to Friday 09:00–17:00 with an hour's lunch at 12:30. */
export const DEFAULT_SCHEDULE: Schedule = {
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
};

/**
 * Fills in what a policy's schedule leaves out from DEFAULT_SCHEDULE. Working hours merge day by day, so a policy
 * that only shortens Friday keeps the default Monday to Thursday; every other key is taken whole when given.
 */
export function resolveSchedule(input: ScheduleInput | undefined): Schedule {
  const workingHours: Record<Day, WorkingHours | null> = { ...DEFAULT_SCHEDULE.workingHours };
  for (const day of DAYS) {
    const hours = input?.workingHours?.[day];
    if (hours !== undefined) workingHours[day] = hours;
  }
  return {
    timezone: input?.timezone ?? DEFAULT_SCHEDULE.timezone,
    workingHours,
    breaks:
      input?.breaks?.map((b) => ({ start: b.start, end: b.end, days: b.days ?? DAYS })) ?? DEFAULT_SCHEDULE.breaks,
    bankHolidays: input?.bankHolidays ?? DEFAULT_SCHEDULE.bankHolidays,
    extraHolidays: input?.extraHolidays ?? DEFAULT_SCHEDULE.extraHolidays,
  };
}
