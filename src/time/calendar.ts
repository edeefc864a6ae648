/**
 * Arithmetic on civil dates written "YYYY-MM-DD". Done in UTC, which has no clock changes, so adding a day
 * is always exactly one calendar day whatever zone the date is later read in.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtcMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The "YYYY-MM-DD" for a year, month (1–12) and day; a day past the month's end rolls into the next month. */
export function isoDate(year: number, month: number, day: number): string {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** The day of the week of `date`, numbered as `Date#getDay` does: 0 is Sunday, 6 is Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** Whether `text` is "YYYY-MM-DD" naming a day that exists (so not "2026-02-30"). */
export function isCalendarDate(text: string): boolean {
  // Date.UTC rolls 30 February into March, so a date that survives the round trip unchanged is real.
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && fromUtcMs(toUtcMs(text)) === text;
}
