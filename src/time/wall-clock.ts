import { TZDate } from '@date-fns/tz';
import { isoDate } from './calendar';

/** An instant as a clock on the wall in one time zone shows it. */
export interface WallClock {
  /** The local date, "YYYY-MM-DD". */
  date: string;
  /** Minutes since local midnight; seconds are kept as a fraction so 16:59:30 is still before 17:00. */
  minutes: number;
}

/** Reads `instant` off a wall clock in `timeZone`, so BST and GMT (or any zone's rules) are applied. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const local = new TZDate(instant.getTime(), timeZone);
  return {
    date: isoDate(local.getFullYear(), local.getMonth() + 1, local.getDate()),
    minutes:
      local.getHours() * 60 + local.getMinutes() + (local.getSeconds() * 1000 + local.getMilliseconds()) / 60_000,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The ISO-8601 instant, with the zone's UTC offset (e.g. "2026-03-30T13:30:00+01:00"), at which a wall clock in
 * `timeZone` shows `minutes` past midnight on `date`. 1440 is the next midnight. A time skipped by a clock change
 * comes out after the change (01:30 on the day BST starts is 02:30 BST); a time that happens twice comes out as the
 * later one.
 */
export function zonedIso(date: string, minutes: number, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const local = new TZDate(year, month - 1, day, 0, minutes, timeZone);
  // getTimezoneOffset is minutes *behind* UTC, so BST's +01:00 is -60.
  const offset = -local.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${isoDate(local.getFullYear(), local.getMonth() + 1, local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
