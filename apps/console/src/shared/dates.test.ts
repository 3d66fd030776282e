import { describe, expect, it } from 'vitest';
import { currentFiscalYear, currentPeriod, formatDate, formatDateTime } from './dates';

describe('dates in the school’s zone (时区)', () => {
  it('shows a UTC instant on the school’s clock, not the browser’s', () => {
    expect(formatDateTime('2026-03-01T01:05:00Z')).toBe('2026-03-01 09:05');
    expect(formatDateTime('2026-03-01T01:05:00Z', 'Asia/Urumqi')).toBe('2026-03-01 07:05');
  });

  it('puts a late-evening UTC instant on the next school day', () => {
    expect(formatDate('2026-02-28T17:30:00Z')).toBe('2026-03-01');
  });

  it('answers the month and fiscal year the school is in at New Year', () => {
    const newYearInShanghai = new Date('2026-12-31T16:30:00Z');
    expect(currentPeriod(undefined, newYearInShanghai)).toBe('2027-01');
    expect(currentFiscalYear(undefined, newYearInShanghai)).toBe(2027);
  });

  it('shows nothing for a missing or unreadable instant', () => {
    expect(formatDateTime(null)).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});
