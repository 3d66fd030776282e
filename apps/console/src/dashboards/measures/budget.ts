import { moneyChartOption } from '../../shared/charts';
import { executionTenths } from '../figures';
import type { DistrictRow } from '../district/query';
import type { DistrictMeasure } from './types';

/** The category's figures of a school, or the school's totals when no category is picked. */
export function budgetFigures(row: DistrictRow, categoryId: string | null): { allocated: number; spent: number; remaining: number } | null {
  if (!categoryId) return { allocated: row.allocated, spent: row.spent, remaining: row.remaining };
  return row.byCategory.find((c) => c.categoryId === categoryId) ?? null;
}

/** Budget execution (预算执行): allocated, committed, spent, remaining, execution rate; spent vs allocated per school. */
export const budgetMeasure: DistrictMeasure = {
  key: 'budget',
  title: { zh: '预算执行', en: 'Budget execution' },
  columns: [
    { key: 'allocated', title: { zh: '预算', en: 'Allocated' }, kind: 'money', value: (r) => r.allocated },
    { key: 'committed', title: { zh: '已审批未付', en: 'Committed' }, kind: 'money', value: (r) => r.committed },
    { key: 'spent', title: { zh: '已支出', en: 'Spent' }, kind: 'money', value: (r) => r.spent },
    { key: 'remaining', title: { zh: '结余', en: 'Remaining' }, kind: 'money', value: (r) => r.remaining },
    { key: 'execution', title: { zh: '执行率', en: 'Execution' }, kind: 'percent', value: (r) => executionTenths(r.spent, r.allocated) },
  ],
  chart: {
    testId: 'chart-budget',
    title: { zh: '预算执行（已支出 / 预算）', en: 'Budget execution (spent / allocated)' },
    byCategory: true,
    option: (rows, { language, t, categoryId, labelWidth }) => {
      const figures = rows.map((row) => budgetFigures(row, categoryId));
      return moneyChartOption({
        language,
        horizontal: true,
        labelWidth,
        categories: rows.map((r) => r.name),
        categoryIds: rows.map((r) => r.schoolId),
        series: [
          { name: t('预算', 'Allocated'), key: 'allocated', fen: figures.map((f) => f?.allocated ?? null), color: '#91caff' },
          { name: t('已支出', 'Spent'), key: 'spent', fen: figures.map((f) => f?.spent ?? null), color: '#1677ff' },
          { name: t('结余', 'Remaining'), key: 'remaining', fen: figures.map((f) => f?.remaining ?? null), color: '#95de64' },
        ],
      });
    },
  },
};
