import { moneyChartOption } from '../../shared/charts';
import type { RepairFigures } from '../repairs';
import type { DistrictMeasure, MeasureColumn } from './types';

type Row = { repairs?: RepairFigures | null };

/** The period's work orders (维修工单), for any row that carries a school's repair figures: the district's table and the school's card. */
export const REPAIR_COLUMNS: MeasureColumn<Row>[] = [
  { key: 'repairsReported', title: { zh: '报修数', en: 'Reported' }, kind: 'integer', value: (r) => r.repairs?.reported ?? null },
  { key: 'repairsOpen', title: { zh: '未完成', en: 'Open' }, kind: 'integer', value: (r) => r.repairs?.open ?? null },
  { key: 'repairsOverdue', title: { zh: '超期未修', en: 'Overdue' }, kind: 'integer', value: (r) => r.repairs?.overdue ?? null },
  { key: 'repairsFinished', title: { zh: '已完工', en: 'Finished' }, kind: 'integer', value: (r) => r.repairs?.finished ?? null },
  {
    key: 'repairsDueTimeCompliance',
    title: { zh: '按时完成率', en: 'Finished on time' },
    kind: 'percent',
    value: (r) => r.repairs?.dueTimeCompliance ?? null,
  },
  {
    key: 'repairsMeanMinutes',
    title: { zh: '平均维修用时（分钟）', en: 'Mean time to repair (min)' },
    kind: 'integer',
    value: (r) => r.repairs?.meanMinutesToRepair ?? null,
  },
  { key: 'repairsCost', title: { zh: '维修决算', en: 'Repair cost' }, kind: 'money', value: (r) => r.repairs?.cost ?? null },
];

/**
 * Repairs (维修工单) per school in the dashboard's month, from the facilities service's repair report
 * (School.repairSummary): counts, due-time compliance, mean time to repair and the final accounts.
 */
export const repairsMeasure: DistrictMeasure = {
  key: 'repairs',
  title: { zh: '维修工单', en: 'Work orders' },
  columns: REPAIR_COLUMNS,
  chart: {
    testId: 'chart-repair-cost',
    title: { zh: '维修决算金额', en: 'Repair cost' },
    option: (rows, { language, t, labelWidth }) =>
      moneyChartOption({
        language,
        horizontal: true,
        labelWidth,
        categories: rows.map((r) => r.name),
        categoryIds: rows.map((r) => r.schoolId),
        series: [
          { name: t('维修决算', 'Repair cost'), key: 'repairsCost', fen: rows.map((r) => r.repairs?.cost ?? null), color: '#fa8c16' },
        ],
      }),
  },
};
