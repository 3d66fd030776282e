import { describe, expect, it } from 'vitest';
import { hazardChartOption, SAFETY_MEASURES } from './measures';
import { tenthsOf, toSafetyRows, type SafetyNode } from './query';

const node = (id: string, name: string, over: Partial<SafetyNode> = {}): SafetyNode => ({
  id,
  name,
  hazardSummary: {
    open: 5,
    openMajor: 1,
    overdue: 2,
    openOverMonth: 1,
    reported: 4,
    rectified: 3,
    meanHoursToRectify: 30,
    byLevel: [
      { level: 'MAJOR', overdue: 1 },
      { level: 'GENERAL', overdue: 1 },
    ],
  },
  inspectionCompletion: [
    { due: 30, submitted: 27, late: 2 },
    { due: 1, submitted: 1, late: 0 },
  ],
  patrolCompletion: [
    { expected: 4, covered: 3 },
    { expected: 20, covered: 20 },
  ],
  equipmentSummary: { inService: 8, ok: 6, expired: 1, compliance: '75.0' },
  trainingSummary: { required: 3, valid: 1, expired: 1, missing: 1, compliance: '33.3' },
  incidentSummary: { incidents: 1, serious: 1, injured: 1, reportedLate: 0, perThousandStudents: '0.8' },
  drillGaps: ['2026-10'],
  ...over,
});

describe('the district safety dashboard (区级安全看板)', () => {
  it('sums a school’s templates and zones into its rates, in tenths of a percent', () => {
    const [row] = toSafetyRows([node('s1', '第一实验小学')]);
    expect(row).toMatchObject({
      hazardsOpen: 5,
      hazardsMajor: 1,
      roundsDue: 31,
      roundsLate: 2,
      inspectionRate: 903, // 28 of 31
      patrolRate: 958, // 23 of 24
      equipmentRate: 750,
      trainingRate: 333,
      incidentsPerThousand: 8,
      drillGapMonths: 1,
    });
  });

  it('shows — rather than 0% or 100% where nothing was due or held', () => {
    const [row] = toSafetyRows([
      node('s2', '河滨小学', {
        inspectionCompletion: [],
        patrolCompletion: [],
        equipmentSummary: { inService: 0, ok: 0, expired: 0, compliance: '100.0' },
        trainingSummary: { required: 0, valid: 0, expired: 0, missing: 0, compliance: '100.0' },
        incidentSummary: { incidents: 0, serious: 0, injured: 0, reportedLate: 0, perThousandStudents: null },
      }),
    ]);
    expect([row.inspectionRate, row.patrolRate, row.equipmentRate, row.trainingRate, row.incidentsPerThousand]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads the graph’s one-decimal percentages exactly', () => {
    expect(tenthsOf('87.5')).toBe(875);
    expect(tenthsOf('100')).toBe(1000);
    expect(tenthsOf('0.0')).toBe(0);
    expect(tenthsOf(null)).toBeNull();
    expect(tenthsOf('n/a')).toBeNull();
  });

  it('charts open hazards by kind, the school with most on top, each bar naming its school', () => {
    const rows = toSafetyRows([
      node('s1', 'A'),
      node('s2', 'B', {
        hazardSummary: {
          open: 9,
          openMajor: 0,
          overdue: 3,
          openOverMonth: 0,
          reported: 0,
          rectified: 0,
          meanHoursToRectify: null,
          byLevel: [{ level: 'GENERAL', overdue: 3 }],
        },
      }),
    ]);
    const option = hazardChartOption(rows, (zh) => zh);
    expect((option.yAxis as { data: string[] }).data).toEqual(['A', 'B']);
    const series = option.series as { name: string; data: { value: number; id: string }[] }[];
    // A: 1 major (overdue too, counted as major), 1 general overdue, 3 other; B: 3 overdue, 6 other.
    expect(series.map((s) => s.data.map((d) => d.value))).toEqual([
      [1, 0],
      [1, 3],
      [3, 6],
    ]);
    expect(series[0].data.map((d) => d.id)).toEqual(['s1', 's2']);
  });

  it('has a unique key for every column (the Excel sheet and the table read them)', () => {
    const keys = SAFETY_MEASURES.flatMap((m) => m.columns.map((c) => c.key));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
