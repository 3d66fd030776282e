import { describe, expect, it } from 'vitest';
import { REPAIR_COLUMNS, repairsMeasure } from './measures/repairs';
import { UPKEEP_COLUMNS } from './measures/upkeep';
import { repairFiguresBySchool, statusCounts, toRepairFigures, toUpkeepFigures, withRepairs } from './repairs';
import { repairPeriod } from './RepairPanel';

const summary = {
  reported: 12,
  open: 3,
  overdue: 1,
  finished: 8,
  finishedOnTime: 6,
  dueTimeCompliancePercent: 75,
  meanMinutesToRepair: 185,
  averageRating: '4.3',
  byStatus: [
    { key: 'CLOSED', count: 5 },
    { key: 'REPORTED', count: 2 },
    { key: 'REJECTED', count: 1 },
    { key: 'IN_PROGRESS', count: 1 },
    { key: 'ACCOUNTED', count: 3 },
    { key: 'COSTED', count: 0 },
  ],
  cost: { fen: 123456 },
};

describe('the dashboards’ work orders (维修工单)', () => {
  it('reads the repair report as figures: compliance in tenths of a percent, cost in fen', () => {
    const figures = toRepairFigures(summary)!;
    expect(figures).toMatchObject({
      reported: 12,
      open: 3,
      overdue: 1,
      finished: 8,
      dueTimeCompliance: 750,
      meanMinutesToRepair: 185,
      cost: 123456,
    });
    expect(figures.byStatus).toEqual({ CLOSED: 5, REPORTED: 2, REJECTED: 1, IN_PROGRESS: 1, ACCOUNTED: 3 });
    expect(toRepairFigures({ ...summary, dueTimeCompliancePercent: null, meanMinutesToRepair: null })).toMatchObject({
      dueTimeCompliance: null,
      meanMinutesToRepair: null,
    });
    expect(toRepairFigures(null)).toBeNull();
  });

  it('lists the counts by status in workflow order, unknown statuses last', () => {
    expect(statusCounts({ CLOSED: 5, REPORTED: 2, NEW_ONE: 1, IN_PROGRESS: 1 })).toEqual([
      { status: 'REPORTED', count: 2 },
      { status: 'IN_PROGRESS', count: 1 },
      { status: 'CLOSED', count: 5 },
      { status: 'NEW_ONE', count: 1 },
    ]);
  });

  it('puts each school’s figures beside its row, — for a school the repair query has not answered', () => {
    const bySchool = repairFiguresBySchool([
      { id: 's1', repairSummary: summary },
      { id: 's2', repairSummary: null },
    ]);
    expect([...bySchool.keys()]).toEqual(['s1']);
    const rows = withRepairs(
      [
        { schoolId: 's1', name: 'A' },
        { schoolId: 's3', name: 'C' },
      ],
      bySchool,
    );
    expect(rows[0].repairs?.reported).toBe(12);
    expect(rows[1].repairs).toBeNull();
    const value = (key: string, row: (typeof rows)[number]) => REPAIR_COLUMNS.find((c) => c.key === key)!.value(row);
    expect(value('repairsDueTimeCompliance', rows[0])).toBe(750);
    expect(value('repairsCost', rows[0])).toBe(123456);
    expect(value('repairsMeanMinutes', rows[0])).toBe(185);
    expect(value('repairsReported', rows[1])).toBeNull();
  });

  it('charts the final accounts per school, a bar naming its school', () => {
    const option = repairsMeasure.chart!.option(
      withRepairs([{ schoolId: 's1', name: 'A' } as never], repairFiguresBySchool([{ id: 's1', repairSummary: summary }])),
      { language: 'zh', t: (z) => z, categoryId: null },
    );
    const series = option.series as { data: { fen: number | null; id?: string }[] }[];
    expect(series[0].data[0]).toMatchObject({ fen: 123456, id: 's1' });
  });

  it('asks for the dashboard’s month (this month by default)', () => {
    expect(repairPeriod({ period: '2026-02', year: 2026, month: 2 })).toEqual({ from: '2026-02-01', to: '2026-02-28' });
  });

  it('puts each school’s maintenance, patrols and appraisals beside its work orders; — where the graph gave none', () => {
    const bySchool = repairFiguresBySchool([
      {
        id: 's1',
        repairSummary: summary,
        maintenanceCompliance: { due: 4, compliancePercent: 75 },
        patrolCompleteness: { expected: 8, completenessPercent: 87 },
        appraisalSummary: { appraised: 5, confirmed: 3, meanScore: 84.6 },
      },
      { id: 's2', repairSummary: summary, maintenanceCompliance: { due: 0, compliancePercent: null }, appraisalSummary: null },
      { id: 's3', repairSummary: summary },
    ]);
    const rows = withRepairs(
      ['s1', 's2', 's3'].map((schoolId) => ({ schoolId })),
      bySchool,
    );
    const value = (key: string, i: number) => UPKEEP_COLUMNS.find((c) => c.key === key)!.value(rows[i]);
    expect(
      ['maintenanceCompliance', 'patrolCompleteness', 'appraised', 'appraisalsConfirmed', 'meanAppraisalScore'].map((k) => value(k, 0)),
    ).toEqual([750, 870, 5, 3, 85]);
    // Nothing due: no rate; appraisals unreadable: —.
    expect(['maintenanceCompliance', 'patrolCompleteness', 'appraised', 'meanAppraisalScore'].map((k) => value(k, 1))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(rows[2].repairs?.upkeep).toBeNull();
    expect(value('maintenanceCompliance', 2)).toBeNull();
    expect(toUpkeepFigures({ patrolCompleteness: { expected: 0, completenessPercent: null } })).toMatchObject({
      patrolCheckpoints: 0,
      maintenanceDue: 0,
    });
  });
});
