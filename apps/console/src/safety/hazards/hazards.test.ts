import { describe, expect, it } from 'vitest';
import { ageDays, hazardFilter, hazardPlace, hazardViews, registerRows } from './hazards';

describe('the hazard register helpers', () => {
  it('give the safety office its queue first, and anyone their own lists', () => {
    expect(hazardViews({ assign: true, readAll: true, hasStaff: true })).toEqual(['office', 'mine', 'reported', 'all']);
    expect(hazardViews({ assign: false, readAll: false, hasStaff: true })).toEqual(['mine', 'reported']);
    expect(hazardViews({ assign: false, readAll: true, hasStaff: false })).toEqual(['reported', 'all']);
  });

  it('turn a view and the controls into the graph’s filter', () => {
    expect(hazardFilter('mine', { schoolId: 's', overdue: true }, 'staff-1')).toMatchObject({
      schoolId: 's',
      overdue: true,
      responsibleStaffId: 'staff-1',
    });
    expect(hazardFilter('reported', {})).toMatchObject({ mine: true, overdue: null });
    expect(hazardFilter('office', { level: 'MAJOR' })).toMatchObject({ open: true, level: 'MAJOR' });
    expect(hazardFilter('all', { open: false, minAgeDays: 30 })).toMatchObject({ open: false, minAgeDays: 30 });
  });

  it('say where a hazard is and how old it is', () => {
    expect(hazardPlace({ room: { number: '302', name: '三年级2班' }, location: 'x' })).toBe('302 三年级2班');
    expect(hazardPlace({ room: null, location: '东门' })).toBe('东门');
    expect(hazardPlace({})).toBe('—');
    expect(ageDays('2026-11-01T02:00:00Z', new Date('2026-11-16T02:00:00Z'))).toBe(15);
  });

  it('lay the register out for a spreadsheet', () => {
    const rows = registerRows(
      [
        {
          school: { name: '第一实验小学' },
          title: '楼梯扶手松动',
          level: 'MAJOR',
          status: 'ASSIGNED',
          source: 'REPORT',
          reportedAt: '2026-11-10T02:00:00Z',
          deadline: '2026-11-12',
          overdue: true,
          measure: '重新固定',
          responsible: { name: '王电工' },
          location: '教学楼A',
        },
      ],
      { level: (k) => `L:${k}`, status: (k) => `S:${k}`, source: (k) => `R:${k}` },
      new Date('2026-11-16T02:00:00Z'),
    );
    expect(rows).toEqual([
      {
        school: '第一实验小学',
        title: '楼梯扶手松动',
        place: '教学楼A',
        level: 'L:MAJOR',
        source: 'R:REPORT',
        status: 'S:ASSIGNED',
        reportedOn: '2026-11-10',
        ageDays: 6,
        responsible: '王电工',
        measure: '重新固定',
        deadline: '2026-11-12',
        overdue: '是',
      },
    ]);
  });
});
