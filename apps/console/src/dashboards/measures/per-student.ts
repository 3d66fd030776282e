import { moneyChartOption } from '../../shared/charts';
import type { DistrictMeasure } from './types';

/** Spending per student (生均支出): the year's spending over enrolled students, as finance computes it. */
export const perStudentMeasure: DistrictMeasure = {
  key: 'perStudent',
  title: { zh: '生均支出', en: 'Spent per student' },
  columns: [
    { key: 'students', title: { zh: '在校生', en: 'Students' }, kind: 'integer', value: (r) => r.studentCount },
    { key: 'spentPerStudent', title: { zh: '生均支出', en: 'Spent per student' }, kind: 'money', value: (r) => r.spentPerStudent },
  ],
  chart: {
    testId: 'chart-per-student',
    title: { zh: '生均支出', en: 'Spent per student' },
    option: (rows, { language, t, labelWidth }) =>
      moneyChartOption({
        language,
        horizontal: true,
        labelWidth,
        categories: rows.map((r) => r.name),
        categoryIds: rows.map((r) => r.schoolId),
        series: [
          { name: t('生均支出', 'Spent per student'), key: 'spentPerStudent', fen: rows.map((r) => r.spentPerStudent), color: '#722ed1' },
        ],
      }),
  },
};
