import { describe, it, expect } from 'vitest';
import { bankHolidays } from '../../../src/time/bank-holidays';

// The dates gov.uk publishes (www.gov.uk/bank-holidays), weekend holidays shown only as their substitute days.
const ENGLAND_AND_WALES: Record<number, string[]> = {
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

const SCOTLAND: Record<number, string[]> = {
  2020: ['01-01', '01-02', '04-10', '05-08', '05-25', '08-03', '11-30', '12-25', '12-28'],
  2021: ['01-01', '01-04', '04-02', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
  2022: ['01-03', '01-04', '04-15', '05-02', '06-02', '06-03', '08-01', '09-19', '11-30', '12-26', '12-27'],
  2023: ['01-02', '01-03', '04-07', '05-01', '05-08', '05-29', '08-07', '11-30', '12-25', '12-26'],
  2024: ['01-01', '01-02', '03-29', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26'],
  2025: ['01-01', '01-02', '04-18', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26'],
  2026: ['01-01', '01-02', '04-03', '05-04', '05-25', '08-03', '11-30', '12-25', '12-28'],
  2027: ['01-01', '01-04', '03-26', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
};

// Northern Ireland has England and Wales's holidays plus St Patrick's Day and the Battle of the Boyne.
const NORTHERN_IRELAND_EXTRA: Record<number, string[]> = {
  2020: ['03-17', '07-13'],
  2021: ['03-17', '07-12'],
  2022: ['03-17', '07-12'],
  2023: ['03-17', '07-12'],
  2024: ['03-18', '07-12'],
  2025: ['03-17', '07-14'],
  2026: ['03-17', '07-13'],
  2027: ['03-17', '07-12'],
};

const YEARS = Object.keys(ENGLAND_AND_WALES).map(Number);
const dated = (year: number, days: string[]): string[] => days.map((day) => `${year}-${day}`).sort();
const sorted = (set: ReadonlySet<string>): string[] => [...set].sort();

describe('bankHolidays', () => {
  it.each(YEARS)('England and Wales %i matches gov.uk', (year) => {
    expect(sorted(bankHolidays(year, 'england-and-wales'))).toEqual(dated(year, ENGLAND_AND_WALES[year]!));
  });

  it.each(YEARS)('Scotland %i matches gov.uk', (year) => {
    expect(sorted(bankHolidays(year, 'scotland'))).toEqual(dated(year, SCOTLAND[year]!));
  });

  it.each(YEARS)('Northern Ireland %i matches gov.uk', (year) => {
    const expected = [...ENGLAND_AND_WALES[year]!, ...NORTHERN_IRELAND_EXTRA[year]!];
    expect(sorted(bankHolidays(year, 'northern-ireland'))).toEqual(dated(year, expected));
  });

  it.each([
    ['Christmas on Saturday: Mon 27 and Tue 28', 'england-and-wales', ['2021-12-27', '2021-12-28']],
    ['Christmas on Sunday: Boxing Day Mon 26, Christmas Tue 27', 'england-and-wales', ['2022-12-26', '2022-12-27']],
    ['New Year on Saturday: Mon 3 January', 'england-and-wales', ['2022-01-03']],
    ['1 and 2 January on a weekend: Mon 3 and Tue 4', 'scotland', ['2022-01-03', '2022-01-04']],
    ["St Patrick's Day on Sunday: Mon 18 March", 'northern-ireland', ['2024-03-18']],
    ["St Andrew's Day on Saturday: Mon 2 December", 'scotland', ['2024-12-02']],
  ] as const)('substitutes %s', (_, region, dates) => {
    const holidays = bankHolidays(Number(dates[0].slice(0, 4)), region);
    for (const date of dates) expect(holidays.has(date), date).toBe(true);
  });

  it.each([
    ['2021-12-25', 'england-and-wales'],
    ['2022-01-01', 'england-and-wales'],
    ['2022-01-02', 'scotland'],
    ['2024-03-17', 'northern-ireland'],
  ] as const)('leaves out %s (%s), which fell on a weekend', (date, region) => {
    expect(bankHolidays(Number(date.slice(0, 4)), region).has(date)).toBe(false);
  });

  it.each([
    ['Easter Monday', '2026-04-06', true, false],
    ['late August (last Monday)', '2026-08-31', true, false],
    ['early August (first Monday)', '2026-08-03', false, true],
    ['2 January', '2026-01-02', false, true],
    ["St Andrew's Day", '2026-11-30', false, true],
  ])('%s: England %s, Scotland %s', (_, date, england, scotland) => {
    expect(bankHolidays(2026, 'england-and-wales').has(date)).toBe(england);
    expect(bankHolidays(2026, 'scotland').has(date)).toBe(scotland);
  });

  it.each([
    ['2020-05-04', '2020-05-08'],
    ['2022-05-30', '2022-06-02'],
  ])('a proclamation moved %s to %s in every region', (regular, moved) => {
    for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
      const holidays = bankHolidays(Number(regular.slice(0, 4)), region);
      expect(holidays.has(regular)).toBe(false);
      expect(holidays.has(moved)).toBe(true);
    }
  });

  it('has none for "none"', () => {
    expect(bankHolidays(2026, 'none').size).toBe(0);
  });

  it('computes each year and region once', () => {
    expect(bankHolidays(2030, 'scotland')).toBe(bankHolidays(2030, 'scotland'));
  });
});
