import { describe, expect, it } from 'vitest';
import { reportRows, shiftMonth } from './report';

const money = (fen: number) => ({ fen, yuan: (fen / 100).toFixed(2) });

describe('the monthly meter report rows', () => {
  it('puts each utility’s meters then its total with the per-student figures, water first', () => {
    const rows = reportRows(
      [
        {
          meterId: 'e1',
          utility: 'ELECTRICITY',
          unit: 'kWh',
          consumption: '1200.00',
          complete: true,
          cost: money(78000),
          meter: { id: 'e1', name: '东校区总电表', serialNumber: 'E-1' },
        },
        {
          meterId: 'w1',
          utility: 'WATER',
          unit: 'm³',
          consumption: '300.000',
          complete: false,
          cost: money(123000),
          meter: { id: 'w1', name: '东校区总水表', serialNumber: 'W-1' },
        },
      ],
      [
        {
          utility: 'ELECTRICITY',
          unit: 'kWh',
          consumption: '1200.00',
          meterCount: 1,
          cost: money(78000),
          consumptionPerStudent: '1.200',
          costPerStudent: money(78),
        },
        {
          utility: 'WATER',
          unit: 'm³',
          consumption: '300.000',
          meterCount: 1,
          cost: money(123000),
          consumptionPerStudent: null,
          costPerStudent: null,
        },
      ],
    );
    expect(rows.map((r) => r.key)).toEqual(['meter:w1', 'total:WATER', 'meter:e1', 'total:ELECTRICITY']);
    expect(rows[0]).toMatchObject({ kind: 'meter', name: '东校区总水表', complete: false });
    expect(rows[3]).toMatchObject({ kind: 'total', consumptionPerStudent: '1.200', costPerStudent: { fen: 78 }, meterCount: 1 });
    expect(rows[1]).toMatchObject({ consumptionPerStudent: null, costPerStudent: null });
  });

  it('moves a month back and forth across years', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
  });
});
