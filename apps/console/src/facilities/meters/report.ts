/**
 * The monthly meter report's rows (月度水电报表): a line per meter grouped under its utility, each
 * utility closed by its total (with the per-student figures), in the graph's order.
 */

export interface ReportMoney {
  yuan: string;
  fen: number;
}

export interface ReportLine {
  meterId: string;
  utility: string;
  unit: string;
  consumption: string;
  complete: boolean;
  cost: ReportMoney;
  meter: { id: string; name: string; serialNumber: string };
}

export interface ReportTotal {
  utility: string;
  unit: string;
  consumption: string;
  consumptionPerStudent?: string | null;
  meterCount: number;
  cost: ReportMoney;
  costPerStudent?: ReportMoney | null;
}

export type ReportRow =
  | {
      key: string;
      kind: 'meter';
      utility: string;
      name: string;
      serialNumber: string;
      unit: string;
      consumption: string;
      complete: boolean;
      cost: ReportMoney;
    }
  | {
      key: string;
      kind: 'total';
      utility: string;
      unit: string;
      consumption: string;
      meterCount: number;
      cost: ReportMoney;
      consumptionPerStudent: string | null;
      costPerStudent: ReportMoney | null;
    };

const UTILITY_ORDER = ['WATER', 'ELECTRICITY', 'GAS'];

const rank = (utility: string) => {
  const index = UTILITY_ORDER.indexOf(utility);
  return index < 0 ? UTILITY_ORDER.length : index;
};

/** The rows of the report table: per utility (water, electricity, gas), its meters then its total. */
export function reportRows(lines: readonly ReportLine[], totals: readonly ReportTotal[]): ReportRow[] {
  const utilities = [...new Set([...lines.map((l) => l.utility), ...totals.map((t) => t.utility)])].sort((a, b) => rank(a) - rank(b));
  const rows: ReportRow[] = [];
  for (const utility of utilities) {
    for (const line of lines.filter((l) => l.utility === utility))
      rows.push({
        key: `meter:${line.meterId}`,
        kind: 'meter',
        utility,
        name: line.meter.name,
        serialNumber: line.meter.serialNumber,
        unit: line.unit,
        consumption: line.consumption,
        complete: line.complete,
        cost: line.cost,
      });
    const total = totals.find((t) => t.utility === utility);
    if (total)
      rows.push({
        key: `total:${utility}`,
        kind: 'total',
        utility,
        unit: total.unit,
        consumption: total.consumption,
        meterCount: total.meterCount,
        cost: total.cost,
        consumptionPerStudent: total.consumptionPerStudent ?? null,
        costPerStudent: total.costPerStudent ?? null,
      });
  }
  return rows;
}

/** The month before or after `month` (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(year, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}
