import { describe, expect, it } from 'vitest';
import { districtReport } from './incidents';

describe('a serious incident’s report to the district (事故上报)', () => {
  const due = '2026-12-04T04:00:00.000Z';
  it('is in time or late once reported, overdue or still due before', () => {
    expect(districtReport({ serious: false, reportDueAt: null }, new Date())).toBe('NONE');
    expect(districtReport({ serious: true, reportDueAt: due, reportedToDistrictAt: '2026-12-04T03:59:00.000Z' }, new Date())).toBe(
      'IN_TIME',
    );
    expect(districtReport({ serious: true, reportDueAt: due, reportedToDistrictAt: '2026-12-04T04:01:00.000Z' }, new Date())).toBe('LATE');
    expect(districtReport({ serious: true, reportDueAt: due }, new Date('2026-12-04T05:00:00Z'))).toBe('OVERDUE');
    expect(districtReport({ serious: true, reportDueAt: due }, new Date('2026-12-04T03:00:00Z'))).toBe('DUE');
  });
});
