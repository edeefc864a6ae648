import { addDays, isoDate, weekdayOf } from './calendar';

/** The UK bank-holiday calendars a council can follow; "none" means only its own extra holidays. */
export const BANK_HOLIDAY_REGIONS = ['england-and-wales', 'scotland', 'northern-ireland', 'none'] as const;
export type BankHolidayRegion = (typeof BANK_HOLIDAY_REGIONS)[number];

/** A region that has bank holidays of its own. */
type UkRegion = Exclude<BankHolidayRegion, 'none'>;

/**
 * One-off changes made by Royal Proclamation under the Banking and Financial Dealings Act 1971 (s.1(2) moves a
 * bank holiday, s.1(3) appoints an extra one), each proclaimed in The London Gazette and applying to every UK
 * region. `replaces` is the regular date the proclamation took away. Rules can't predict these, so they are data.
 */
const PROCLAIMED: readonly { date: string; replaces?: string }[] = [
  // 75th anniversary of VE Day: the early May bank holiday moved from Monday 4 May to Friday 8 May.
  { date: '2020-05-08', replaces: '2020-05-04' },
  // Platinum Jubilee: the spring bank holiday moved from Monday 30 May to Thursday 2 June ...
  { date: '2022-06-02', replaces: '2022-05-30' },
  // ... and Friday 3 June was added.
  { date: '2022-06-03' },
  // The State Funeral of Queen Elizabeth II.
  { date: '2022-09-19' },
  // The Coronation of King Charles III.
  { date: '2023-05-08' },
];

const MONDAY = 1;
const SATURDAY = 6;
const SUNDAY = 0;

/** Easter Sunday in the Gregorian calendar, by the anonymous ("Meeus/Jones/Butcher") algorithm. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function firstMonday(year: number, month: number): string {
  const first = isoDate(year, month, 1);
  return addDays(first, (MONDAY - weekdayOf(first) + 7) % 7);
}

function lastMonday(year: number, month: number): string {
  const last = isoDate(year, month + 1, 0);
  return addDays(last, -((weekdayOf(last) - MONDAY + 7) % 7));
}

/** The region's holidays on their nominal dates, before weekend ones are moved to substitute days. */
function nominalHolidays(year: number, region: UkRegion): string[] {
  const easter = easterSunday(year);
  const goodFriday = addDays(easter, -2);
  const christmas = [isoDate(year, 12, 25), isoDate(year, 12, 26)];
  const may = [firstMonday(year, 5), lastMonday(year, 5)];
  if (region === 'scotland') {
    return [
      isoDate(year, 1, 1),
      isoDate(year, 1, 2),
      goodFriday,
      ...may,
      firstMonday(year, 8),
      isoDate(year, 11, 30), // St Andrew's Day
      ...christmas,
    ];
  }
  const england = [isoDate(year, 1, 1), goodFriday, addDays(easter, 1), ...may, lastMonday(year, 8), ...christmas];
  return region === 'northern-ireland'
    ? [...england, isoDate(year, 3, 17) /* St Patrick's Day */, isoDate(year, 7, 12) /* Battle of the Boyne */]
    : england;
}

const isWeekend = (date: string): boolean => [SATURDAY, SUNDAY].includes(weekdayOf(date));

/**
 * Moves each holiday that falls on a weekend to the next weekday that isn't already a holiday, taking holidays in
 * date order: so Christmas on a Saturday is kept on Monday 27 and Boxing Day on Tuesday 28, while Christmas on a
 * Sunday goes to Tuesday 27 because Boxing Day already has Monday 26.
 */
function withSubstitutes(holidays: readonly string[]): Set<string> {
  const taken = new Set(holidays);
  const result = new Set<string>();
  for (const date of [...holidays].sort()) {
    let day = date;
    if (isWeekend(day)) {
      while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
      taken.add(day);
    }
    result.add(day);
  }
  return result;
}

/** Applies the year's proclaimed changes to its regular holidays. */
function proclaimed(year: number, holidays: readonly string[]): string[] {
  const changes = PROCLAIMED.filter((change) => change.date.startsWith(`${year}-`));
  const removed = new Set(changes.map((change) => change.replaces));
  return [...holidays.filter((date) => !removed.has(date)), ...changes.map((change) => change.date)];
}

const memo = new Map<string, ReadonlySet<string>>();

/**
 * The bank holidays of `year` in `region`, as "YYYY-MM-DD", matching the dates gov.uk publishes: a holiday that
 * falls on a weekend appears only as its weekday substitute. Computed once per year and region, then shared.
 */
export function bankHolidays(year: number, region: BankHolidayRegion): ReadonlySet<string> {
  const key = `${region}:${year}`;
  let holidays = memo.get(key);
  if (!holidays) {
    holidays = region === 'none' ? new Set() : withSubstitutes(proclaimed(year, nominalHolidays(year, region)));
    memo.set(key, holidays);
  }
  return holidays;
}

