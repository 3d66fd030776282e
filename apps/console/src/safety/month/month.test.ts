import { describe, expect, it } from 'vitest';
import { minutesSeconds, windowText, worstFirst } from './month';

const t = (zh: string) => zh;

describe('a school’s safety month', () => {
  it('puts major hazards first, then the overdue, then the oldest', () => {
    const hazards = [
      { id: 'a', level: 'GENERAL', overdue: false, reportedAt: '2026-11-01T00:00:00Z' },
      { id: 'b', level: 'GENERAL', overdue: true, reportedAt: '2026-11-05T00:00:00Z' },
      { id: 'c', level: 'MAJOR', overdue: false, reportedAt: '2026-11-10T00:00:00Z' },
      { id: 'd', level: 'GENERAL', overdue: true, reportedAt: '2026-11-02T00:00:00Z' },
    ];
    expect(worstFirst(hazards).map((h) => h.id)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('writes missed patrol windows and evacuation times for people', () => {
    expect(windowText({ from: '2026-11-11', to: '2026-11-11' }, t)).toBe('11-11');
    expect(windowText({ from: '2026-11-08', to: '2026-11-14' }, t)).toBe('11-08 至 11-14');
    expect(minutesSeconds(105)).toBe('1:45');
    expect(minutesSeconds(60)).toBe('1:00');
  });
});
