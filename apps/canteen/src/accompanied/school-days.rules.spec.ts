import { checkDateRange, isSchoolDay, schoolDaysBetween } from '@houqin/common';
import { accompaniedGaps, checkMealRating } from './school-days.rules';

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    const e = error as { extensions?: { code?: string; field?: string } };
    return `${e.extensions?.code}:${e.extensions?.field}`;
  }
  return 'ok';
};

describe('the school-day calendar (weekdays, minus public holidays, plus make-up working days 调休)', () => {
  it('knows the 2026 public holidays that fall on weekdays', () => {
    for (const holiday of [
      '2026-01-01', // 元旦 (Thursday)
      '2026-01-02', // 元旦 (Friday)
      '2026-02-16', // 春节 (Monday) …
      '2026-02-20',
      '2026-02-23', // … to Monday 23rd
      '2026-04-06', // 清明 (Monday)
      '2026-05-01', // 劳动节 (Friday) …
      '2026-05-04',
      '2026-05-05', // … to Tuesday 5th
      '2026-06-19', // 端午 (Friday)
      '2026-09-25', // 中秋 (Friday)
      '2026-10-01', // 国庆 (Thursday) …
      '2026-10-07', // … to Wednesday 7th
    ])
      expect([holiday, isSchoolDay(holiday)]).toEqual([holiday, false]);
  });

  it('knows the 2026 make-up working days (调休) that fall on weekends', () => {
    for (const makeUp of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
      expect([makeUp, isSchoolDay(makeUp)]).toEqual([makeUp, true]);
  });

  it('keeps ordinary weekdays and weekends as they are', () => {
    expect(isSchoolDay('2026-03-02')).toBe(true); // Monday
    expect(isSchoolDay('2026-03-06')).toBe(true); // Friday
    expect(isSchoolDay('2026-03-07')).toBe(false); // Saturday
    expect(isSchoolDay('2026-03-08')).toBe(false); // Sunday
  });

  it('lists the school days of a range: the May Day week of 2026 has three, one of them a Saturday', () => {
    // Mon 4 and Tue 5 are holidays; Sat 9 is made a working day.
    expect(schoolDaysBetween('2026-05-04', '2026-05-10')).toEqual(['2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09']);
    expect(schoolDaysBetween('2026-03-02', '2026-03-08')).toHaveLength(5);
    expect(schoolDaysBetween('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('finds the school days without an accompanied lunch, never a day still to come', () => {
    const accompanied = new Set(['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-07']);
    expect(accompaniedGaps('2026-03-02', '2026-03-13', '2026-03-09', accompanied)).toEqual({
      schoolDays: ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09'],
      gaps: ['2026-03-04', '2026-03-06', '2026-03-09'],
    });
    expect(accompaniedGaps('2026-03-10', '2026-03-13', '2026-03-09', accompanied)).toEqual({ schoolDays: [], gaps: [] });
  });

  it('refuses a reversed or over-long range, and a rating outside 1–5, naming the field', () => {
    expect(code(() => checkDateRange('2026-03-02', '2026-03-01'))).toBe('BAD_USER_INPUT:to');
    expect(code(() => checkDateRange('2026-01-01', '2027-01-02'))).toBe('BAD_USER_INPUT:to');
    expect(code(() => checkDateRange('2026-01-01', '2027-01-01'))).toBe('ok');
    for (const bad of [0, 6, 2.5, -1]) expect(code(() => checkMealRating(bad))).toBe('BAD_USER_INPUT:rating');
    expect(code(() => checkMealRating(5))).toBe('ok');
  });
});
