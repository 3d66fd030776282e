import type { GraphQLError } from 'graphql';
import { checkNoOverlap, checkTermDates, MAX_TERM_DAYS } from './term.rules';

const fieldOf = (act: () => void): string | undefined => {
  try {
    act();
  } catch (error) {
    return ((error as GraphQLError).extensions as { field?: string }).field;
  }
  return undefined;
};

describe('term rules', () => {
  it('a term ends after it starts and lasts at most MAX_TERM_DAYS days', () => {
    expect(fieldOf(() => checkTermDates('2026-09-01', '2027-01-22'))).toBeUndefined();
    expect(fieldOf(() => checkTermDates('2026-09-01', '2026-09-01'))).toBe('endsOn');
    expect(fieldOf(() => checkTermDates('2026-09-01', '2026-08-31'))).toBe('endsOn');
    expect(MAX_TERM_DAYS).toBe(200);
    expect(fieldOf(() => checkTermDates('2026-01-01', '2026-07-19'))).toBeUndefined(); // day 200
    expect(fieldOf(() => checkTermDates('2026-01-01', '2026-07-20'))).toBe('endsOn'); // day 201
  });

  it("a term never overlaps another of the school's, by a single day either", () => {
    const spring = { id: 't1', name: '2025–2026学年第二学期', startsOn: '2026-03-02', endsOn: '2026-07-03' };
    expect(fieldOf(() => checkNoOverlap({ startsOn: '2026-09-01', endsOn: '2027-01-22' }, [spring]))).toBeUndefined();
    expect(fieldOf(() => checkNoOverlap({ startsOn: '2026-07-03', endsOn: '2026-12-31' }, [spring]))).toBe('startsOn');
    expect(fieldOf(() => checkNoOverlap({ startsOn: '2026-01-05', endsOn: '2026-03-02' }, [spring]))).toBe('startsOn');
    expect(fieldOf(() => checkNoOverlap({ startsOn: '2026-01-05', endsOn: '2026-03-01' }, [spring]))).toBeUndefined();
  });
});
