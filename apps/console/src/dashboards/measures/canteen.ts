import { moneyChartOption } from '../../shared/charts';
import type { DistrictMeasure } from './types';

/** The canteen account (食堂账户): its balance now and the month's statement (食堂账目公示). */
export const canteenMeasure: DistrictMeasure = {
  key: 'canteen',
  title: { zh: '食堂账户', en: 'Canteen account' },
  columns: [
    { key: 'canteenBalance', title: { zh: '食堂账户余额', en: 'Canteen balance' }, kind: 'money', value: (r) => r.canteenBalance },
    {
      key: 'canteenIncome',
      title: { zh: '本月伙食费收入', en: 'Meal fees this month' },
      kind: 'money',
      value: (r) => r.canteen?.income ?? null,
    },
    {
      key: 'canteenFoodCost',
      title: { zh: '本月食材成本', en: 'Food cost this month' },
      kind: 'money',
      value: (r) => r.canteen?.foodCost ?? null,
    },
    {
      key: 'canteenClosing',
      title: { zh: '本月期末余额', en: 'Closing balance' },
      kind: 'money',
      value: (r) => r.canteen?.closing ?? null,
    },
  ],
  chart: {
    testId: 'chart-canteen',
    title: { zh: '食堂本月收支', en: 'Canteen this month' },
    option: (rows, { language, t, labelWidth }) =>
      moneyChartOption({
        language,
        horizontal: true,
        labelWidth,
        categories: rows.map((r) => r.name),
        categoryIds: rows.map((r) => r.schoolId),
        series: [
          { name: t('伙食费收入', 'Meal fees'), key: 'income', fen: rows.map((r) => r.canteen?.income ?? null), color: '#52c41a' },
          { name: t('食材成本', 'Food cost'), key: 'foodCost', fen: rows.map((r) => r.canteen?.foodCost ?? null), color: '#fa8c16' },
          { name: t('期末余额', 'Closing balance'), key: 'closing', fen: rows.map((r) => r.canteen?.closing ?? null), color: '#13c2c2' },
        ],
      }),
  },
};
