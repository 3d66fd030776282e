// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { executionTenths, formatTenths, sumFen } from './figures';

describe('execution rate (执行率)', () => {
  it('is spent over allocated in tenths of a percent, rounded half up, from integers', () => {
    expect(executionTenths(158056966, 207390000)).toBe(762); // 76.212…%
    expect(executionTenths(1, 2000)).toBe(1); // 0.05% rounds up to 0.1%
    expect(executionTenths(1, 2001)).toBe(0);
    expect(executionTenths(300, 200)).toBe(1500);
    expect(executionTenths(0, 100)).toBe(0);
    expect(executionTenths(5, 0)).toBeNull();
    // Amounts too large for a float product stay exact.
    expect(executionTenths(900719925474099, 900719925474099)).toBe(1000);
    expect(formatTenths(762)).toBe('76.2%');
    expect(formatTenths(5)).toBe('0.5%');
    expect(formatTenths(null)).toBe('—');
  });

  it('adds fen exactly, keeping “no figure” apart from zero', () => {
    expect(sumFen([10, 20, null])).toBe(30);
    expect(sumFen([null, undefined])).toBeNull();
    expect(sumFen([])).toBeNull();
  });
});
