import { describe, expect, it } from 'vitest';
import { dutyViews, occurrenceFilter } from './duty';

describe('the duty task sheet (工作叙事表)', () => {
  it('asks for my own work, what I check, or the whole school', () => {
    expect(occurrenceFilter('mine', 's', 'staff-1', '2026-12-04')).toEqual({ responsibleStaffId: 'staff-1', status: 'OPEN' });
    expect(occurrenceFilter('checking', 's', 'staff-1', '2026-12-04')).toEqual({ checkerStaffId: 'staff-1', status: 'MARKED_DONE' });
    expect(occurrenceFilter('all', 's', 'staff-1', '2026-12-04')).toEqual({ schoolId: 's', from: '2026-11-27', to: '2026-12-18' });
    expect(occurrenceFilter('all', 's', null, '2026-12-30')).toEqual({ schoolId: 's', from: '2026-12-23', to: '2027-01-13' });
  });

  it('offers the views the viewer has', () => {
    expect(dutyViews({ hasStaff: true, readAll: false })).toEqual(['mine', 'checking']);
    expect(dutyViews({ hasStaff: true, readAll: true })).toEqual(['mine', 'checking', 'all']);
    expect(dutyViews({ hasStaff: false, readAll: true })).toEqual(['all']);
  });
});
