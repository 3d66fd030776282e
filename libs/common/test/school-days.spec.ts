import { isWorkday } from 'chinese-days';
import { addSchoolDays, CalendarDayKind, calendarDayKind, isMakeUpWorkday, isSchoolDayOf, statutoryHolidays } from '../src/school-days';

/** First Primary's calendar (校历): the spring and autumn terms of 2026. */
const TERMS_2026 = [
  { startsOn: '2026-03-02', endsOn: '2026-07-03' },
  { startsOn: '2026-09-01', endsOn: '2027-01-22' },
];

describe("a school's calendar (校历)", () => {
  it('tells weekends, public holidays, make-up working days and vacations apart', () => {
    expect(calendarDayKind('2026-12-03', TERMS_2026)).toBe(CalendarDayKind.SCHOOL_DAY); // a Thursday in the autumn term
    expect(calendarDayKind('2026-12-05', TERMS_2026)).toBe(CalendarDayKind.WEEKEND);
    expect(calendarDayKind('2026-10-01', TERMS_2026)).toBe(CalendarDayKind.PUBLIC_HOLIDAY); // National Day (国庆节)
    expect(calendarDayKind('2026-09-26', TERMS_2026)).toBe(CalendarDayKind.PUBLIC_HOLIDAY); // a Saturday of the Mid-autumn holiday (中秋)
    expect(calendarDayKind('2026-10-10', TERMS_2026)).toBe(CalendarDayKind.SCHOOL_DAY); // Saturday made a working day (调休上班)
    expect(calendarDayKind('2026-08-10', TERMS_2026)).toBe(CalendarDayKind.VACATION); // summer vacation (暑假)
    expect(calendarDayKind('2026-08-10', [])).toBe(CalendarDayKind.SCHOOL_DAY); // no terms entered: the national calendar alone
    expect(calendarDayKind('2027-03-01', TERMS_2026)).toBe(CalendarDayKind.SCHOOL_DAY); // after the last term entered
    expect(isSchoolDayOf('2026-07-06', TERMS_2026)).toBe(false);
  });

  it('counts school days forward: over a weekend, the National Day week and into the next term', () => {
    expect(addSchoolDays('2026-12-03', 0, TERMS_2026)).toBe('2026-12-03');
    expect(addSchoolDays('2026-12-03', 3, TERMS_2026)).toBe('2026-12-08'); // Thu → Fri, Mon, Tue
    expect(addSchoolDays('2026-12-05', 0, TERMS_2026)).toBe('2026-12-07'); // reported on Saturday: Monday
    expect(addSchoolDays('2026-12-05', 3, TERMS_2026)).toBe('2026-12-10'); // Monday is day 0
    expect(addSchoolDays('2026-09-30', 1, TERMS_2026)).toBe('2026-10-08'); // over the 1–7 October holiday
    expect(addSchoolDays('2026-07-03', 1, TERMS_2026)).toBe('2026-09-01'); // the last day of a term: the next term
  });

  it('refuses a count that is not a whole number of days', () => {
    expect(() => addSchoolDays('2026-12-03', -1, TERMS_2026)).toThrow(RangeError);
    expect(() => addSchoolDays('2026-12-03', 1.5, TERMS_2026)).toThrow(RangeError);
  });
});

describe('a year the holiday package does not carry yet (法定节假日)', () => {
  it('computes the statutory holidays as the law names them: every one is a day off in the years the package carries', () => {
    for (const year of [2025, 2026]) {
      const days = [...statutoryHolidays(year)];
      expect(days).toHaveLength(13);
      for (const day of days) expect([day, isWorkday(day)]).toEqual([day, false]);
    }
    expect([...statutoryHolidays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-02-16', // 除夕
      '2026-02-17', // 春节
      '2026-02-18',
      '2026-02-19',
      '2026-04-05', // 清明
      '2026-05-01',
      '2026-05-02',
      '2026-06-19', // 端午
      '2026-09-25', // 中秋
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
    ]);
  });

  it('keeps 2027’s statutory holidays off until the State Council’s notice is in the package (no make-up days yet)', () => {
    expect(isWorkday('2027-01-01')).toBe(true); // the package does not know 2027 yet
    expect(calendarDayKind('2027-01-01', [])).toBe(CalendarDayKind.PUBLIC_HOLIDAY); // New Year's Day, a Friday
    for (const day of ['2027-02-05', '2027-02-08', '2027-04-05', '2027-06-09', '2027-09-15', '2027-10-01'])
      expect([day, calendarDayKind(day, [])]).toEqual([day, CalendarDayKind.PUBLIC_HOLIDAY]);
    expect(calendarDayKind('2027-01-04', [])).toBe(CalendarDayKind.SCHOOL_DAY);
    expect(calendarDayKind('2027-01-02', [])).toBe(CalendarDayKind.WEEKEND);
    expect(isMakeUpWorkday('2027-01-02')).toBe(false);
    // A repair reported on the last school day of 2026: three school days skip New Year's Day and the weekend.
    expect(addSchoolDays('2026-12-31', 3, [])).toBe('2027-01-06');
  });
});
