import { moneyChartOption } from '../../shared/charts';
import type { CanteenComplianceFigures } from '../district/query';
import type { DistrictMeasure, MeasureColumn } from './types';

/** The columns, for any row that carries a school's canteen month: the district's table and the school's card. */
export const CANTEEN_COMPLIANCE_COLUMNS: MeasureColumn<{ canteenCompliance: CanteenComplianceFigures | null }>[] = [
  {
    key: 'mealsServed',
    title: { zh: '本月就餐人次', en: 'Meals served' },
    kind: 'integer',
    value: (r) => r.canteenCompliance?.mealsServed ?? null,
  },
  {
    key: 'costPerMeal',
    title: { zh: '每餐成本', en: 'Cost per meal' },
    kind: 'money',
    value: (r) => r.canteenCompliance?.costPerMeal ?? null,
  },
  {
    key: 'sampleCompliance',
    title: { zh: '留样合规率', en: 'Samples kept' },
    kind: 'percent',
    value: (r) => r.canteenCompliance?.sampleCompliance ?? null,
  },
  {
    key: 'morningCheckCompliance',
    title: { zh: '晨检率', en: 'Morning checks' },
    kind: 'percent',
    value: (r) => r.canteenCompliance?.morningCheckCompliance ?? null,
  },
  {
    key: 'certificateCompliance',
    title: { zh: '持证率', en: 'Health certificates' },
    kind: 'percent',
    value: (r) => r.canteenCompliance?.certificateCompliance ?? null,
  },
  {
    key: 'nutritionPassRate',
    title: { zh: '营养达标率', en: 'Menus meeting the guideline' },
    kind: 'percent',
    value: (r) => r.canteenCompliance?.nutritionPassRate ?? null,
  },
  {
    key: 'accompaniedCoverage',
    title: { zh: '陪餐覆盖率', en: 'Accompanied lunches' },
    kind: 'percent',
    value: (r) => r.canteenCompliance?.accompaniedCoverage ?? null,
  },
];

/**
 * The canteens' month on the district's rules (食堂监管), from the canteen service: cost per meal
 * (每餐成本) and the compliance rates an inspector asks about. A rate with nothing to count is no
 * figure (—), not 0 %.
 */
export const canteenComplianceMeasure: DistrictMeasure = {
  key: 'canteenCompliance',
  title: { zh: '食堂监管', en: 'Canteen compliance' },
  columns: CANTEEN_COMPLIANCE_COLUMNS,
  chart: {
    testId: 'chart-cost-per-meal',
    title: { zh: '每餐成本', en: 'Cost per meal' },
    option: (rows, { language, t, labelWidth }) =>
      moneyChartOption({
        language,
        horizontal: true,
        labelWidth,
        categories: rows.map((r) => r.name),
        categoryIds: rows.map((r) => r.schoolId),
        series: [
          {
            name: t('每餐成本', 'Cost per meal'),
            key: 'costPerMeal',
            fen: rows.map((r) => r.canteenCompliance?.costPerMeal ?? null),
            color: '#eb2f96',
          },
        ],
      }),
  },
};
