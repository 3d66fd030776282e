import { describe, expect, it } from 'vitest';
import { actionSummary, deadlineProblem } from './meetings';

describe('a safety meeting on the page', () => {
  it('counts its decisions, the open ones and the overdue ones on a day', () => {
    const items = [
      { doneAt: '2026-11-20T02:00:00Z', deadline: '2026-11-19' },
      { doneAt: null, deadline: '2026-12-03' },
      { doneAt: null, deadline: '2026-12-04' },
    ];
    expect(actionSummary(items, '2026-12-04')).toEqual({ total: 3, open: 2, overdue: 1 });
    expect(actionSummary([], '2026-12-04')).toEqual({ total: 0, open: 0, overdue: 0 });
  });

  it('refuses a decision due before the meeting', () => {
    expect(deadlineProblem('2026-12-01', '2026-12-02')).toBe('BEFORE_MEETING');
    expect(deadlineProblem('2026-12-02', '2026-12-02')).toBeNull();
    expect(deadlineProblem(undefined, '2026-12-02')).toBeNull();
    expect(deadlineProblem('2026-12-01', undefined)).toBeNull();
  });
});
