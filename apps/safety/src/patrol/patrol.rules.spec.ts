import { isSchoolDayOf } from '@houqin/common';
import { patrolDay, patrolDueOn, patrolWindows } from './patrol.rules';

const TERMS = [{ startsOn: '2026-09-01', endsOn: '2027-01-22' }];
const schoolDay = (day: string) => isSchoolDayOf(day, TERMS);

describe('patrol rules (巡查)', () => {
  it('a patrol is today by default, never in the future nor more than a week back', () => {
    expect(patrolDay(null, '2026-11-16')).toBe('2026-11-16');
    expect(patrolDay('2026-11-09', '2026-11-16')).toBe('2026-11-09');
    expect(() => patrolDay('2026-11-17', '2026-11-16')).toThrow('in the future');
    expect(() => patrolDay('2026-11-08', '2026-11-16')).toThrow('more than 7 days ago');
  });

  it('a daily zone expects a patrol each school day: the weekend expects none, a missed Wednesday shows', () => {
    // Mon 2026-11-09 … Sun 2026-11-15, patrolled Mon, Tue, Thu, Fri.
    const week = patrolWindows(
      '2026-11-09',
      '2026-11-15',
      1,
      ['2026-11-09', '2026-11-10', '2026-11-12', '2026-11-13'],
      schoolDay,
      '2026-11-16',
    );
    expect(week).toEqual({ expected: 5, covered: 4, missed: [{ from: '2026-11-11', to: '2026-11-11' }] });
  });

  it('a weekly zone counts whole weeks from the period’s start, the last one shorter; the summer holiday expects none', () => {
    const november = patrolWindows('2026-11-01', '2026-11-30', 7, ['2026-11-03', '2026-11-20'], schoolDay, '2026-12-04');
    expect(november.expected).toBe(5);
    expect(november.covered).toBe(2);
    expect(november.missed.map((w) => w.from)).toEqual(['2026-11-08', '2026-11-22', '2026-11-29']);
    // The summer holiday expects nothing.
    expect(patrolWindows('2026-07-15', '2026-08-20', 7, [], schoolDay, '2026-12-04')).toEqual({ expected: 0, covered: 0, missed: [] });
  });

  it('on a day within the period, counts only what is over: the open window is not missed yet, the days ahead not at all', () => {
    // Wednesday 2026-11-18 of a weekly zone: the week from the 15th is still open, the weeks after not yet come.
    expect(patrolWindows('2026-11-01', '2026-11-30', 7, ['2026-11-03'], schoolDay, '2026-11-18')).toEqual({
      expected: 2,
      covered: 1,
      missed: [{ from: '2026-11-08', to: '2026-11-14' }],
    });
    // Patrolled already this week: it counts, covered.
    expect(patrolWindows('2026-11-01', '2026-11-30', 7, ['2026-11-03', '2026-11-16'], schoolDay, '2026-11-18').covered).toBe(2);
  });

  it('the next patrol is due a frequency after the last, or by the first window’s end', () => {
    expect(patrolDueOn('2026-11-10', '2026-09-01', 7)).toBe('2026-11-17');
    expect(patrolDueOn(null, '2026-11-16', 1)).toBe('2026-11-16');
    expect(patrolDueOn(null, '2026-11-16', 7)).toBe('2026-11-22');
  });
});
