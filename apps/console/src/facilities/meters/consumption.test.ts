import { describe, expect, it } from 'vitest';
import {
  addDays,
  anomalyDays,
  chinaDay,
  chinaLocalMinute,
  chinaLocalToInstant,
  consumptionChartOption,
  consumptionData,
  consumptionRanges,
  consumptionTooltip,
  LEAK_COLOR,
  ANOMALY_COLOR,
} from './consumption';

const t = (zh: string) => zh;

describe('a meter page’s ranges', () => {
  it('asks the last 60 days by day and the last 12 months by month, in the schools’ calendar', () => {
    // 17:00 UTC on 1 December is already 2 December in China.
    expect(consumptionRanges(new Date('2026-12-01T17:00:00Z'))).toEqual({
      dayFrom: '2026-10-04',
      monthFrom: '2026-01-01',
      to: '2026-12-02',
    });
    expect(consumptionRanges(new Date('2026-03-10T02:00:00Z')).monthFrom).toBe('2025-04-01');
    expect(chinaDay(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('reads a typed minute as China time and back', () => {
    expect(chinaLocalToInstant('2026-12-02T07:30')).toBe('2026-12-01T23:30:00.000Z');
    expect(chinaLocalMinute(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02T07:30');
  });
});

describe('the consumption chart', () => {
  const periods = [
    { period: '2026-11-20', consumption: '12.500', complete: true, cost: { fen: 5125 } },
    { period: '2026-11-21', consumption: '40.125', complete: true, cost: { fen: 16451 } },
    { period: '2026-11-22', consumption: '3.000', complete: false, cost: { fen: 1230 } },
  ];

  it('marks a suspected leak’s days red over other anomalies, in China days', () => {
    const marks = anomalyDays([
      { fromAt: '2026-11-20T14:00:00Z', toAt: '2026-11-20T22:00:00Z', suspectedLeak: false }, // 22:00 on the 20th → 06:00 on the 21st
      { fromAt: '2026-11-20T16:30:00Z', toAt: '2026-11-20T20:00:00Z', suspectedLeak: true }, // 00:30–04:00 on the 21st
    ]);
    expect([...marks]).toEqual([
      ['2026-11-20', 'anomaly'],
      ['2026-11-21', 'leak'],
    ]);
    const data = consumptionData({ periods, unit: 'm³', color: '#1677ff', marks, t });
    expect(data.map((d) => d.itemStyle?.color)).toEqual([ANOMALY_COLOR, LEAK_COLOR, '#bfbfbf']);
    expect(data[1]).toMatchObject({ value: 40.125, consumption: '40.125', fen: 16451, mark: 'leak' });
  });

  it('draws a bar per period with the exact figure and cost in the tooltip', () => {
    const option = consumptionChartOption({ periods, unit: 'm³', color: '#1677ff', t });
    expect((option.xAxis as { data: string[] }).data).toEqual(['2026-11-20', '2026-11-21', '2026-11-22']);
    const data = consumptionData({ periods, unit: 'm³', color: '#1677ff', t });
    expect(consumptionTooltip({ name: '2026-11-22', data: data[2] }, 'm³', t)).toBe(
      '2026-11-22<br/><b>3.000 m³</b> · ¥12.30<br/>读数未覆盖全时段（部分数）',
    );
    expect(consumptionTooltip({ name: 'x', data: { ...data[0], mark: 'leak' } }, 'm³', t)).toContain('疑似漏水');
  });
});
