import { describe, expect, it } from 'vitest';
import { defaultTerm, evidencePath, scoreText } from './appraisal';

const terms = [
  { id: 't2', startsOn: '2026-09-01', endsOn: '2027-01-22' },
  { id: 't1', startsOn: '2026-02-16', endsOn: '2026-07-10' },
];

describe('the term appraisal (考核)', () => {
  it('opens on the term asked for, else today’s, else the latest', () => {
    expect(defaultTerm(terms, 't1', '2026-12-04')?.id).toBe('t1');
    expect(defaultTerm(terms, null, '2026-05-04')?.id).toBe('t1');
    expect(defaultTerm(terms, 'nope', '2026-08-01')?.id).toBe('t2');
    expect(defaultTerm([], null, '2026-08-01')).toBeUndefined();
  });

  it('shows scores with one decimal and links evidence to its record', () => {
    expect(scoreText(87.456)).toBe('87.5');
    expect(scoreText(null)).toBe('—');
    expect(evidencePath('WORK_ORDER', 'w1')).toBe('/facilities/work-orders/w1');
    expect(evidencePath('DUTY_OCCURRENCE', 'd1')).toBeNull();
  });
});
