import { HazardLevel } from './hazard.entity';
import { summarizeHazards, type HazardSummaryRow } from './hazard-report';

const row = (level: HazardLevel, values: Partial<HazardSummaryRow>): HazardSummaryRow => ({
  schoolId: 's',
  level,
  open: 0,
  overdue: 0,
  openOverWeek: 0,
  openOverMonth: 0,
  reported: 0,
  rectified: 0,
  rectifyMinutes: null,
  closed: 0,
  failedVerifications: 0,
  ...values,
});

describe('the hazard summary', () => {
  it('adds the levels up, keeps the major ones apart and means the rectification time in hours', () => {
    const summary = summarizeHazards('s', '2026-11-01', '2026-11-30', [
      row(HazardLevel.GENERAL, {
        open: '3',
        overdue: '1',
        openOverWeek: '2',
        reported: '5',
        rectified: '2',
        rectifyMinutes: '600',
        closed: '1',
      }),
      row(HazardLevel.MAJOR, { open: 1, overdue: 0, reported: 1, rectified: 1, rectifyMinutes: 3000, failedVerifications: 1 }),
    ]);
    expect(summary).toMatchObject({
      open: 4,
      openMajor: 1,
      overdue: 1,
      openOverWeek: 2,
      reported: 6,
      rectified: 3,
      closed: 1,
      failedVerifications: 1,
    });
    expect(summary.meanHoursToRectify).toBe(20); // 3600 minutes over 3 hazards
    expect(summary.byLevel.map((c) => c.level)).toEqual(['GENERAL', 'MAJOR']);
  });

  it('is all zeros for a school without hazards', () => {
    expect(summarizeHazards('s', '2026-11-01', '2026-11-30', [])).toMatchObject({
      open: 0,
      reported: 0,
      meanHoursToRectify: null,
      byLevel: [],
    });
  });
});
