import { moneyChartOption } from '../../shared/charts';
import type { FacilitiesFigures } from '../district/query';
import type { DistrictMeasure, MeasureColumn } from './types';

type Row = { facilities: FacilitiesFigures };

/** Fixed assets (固定资产) at the end of the month: cost and net book value, for any row that carries a school's facilities figures. */
export const ASSET_VALUE_COLUMNS: MeasureColumn<Row>[] = [
  { key: 'assetCost', title: { zh: '资产原值', en: 'Asset cost' }, kind: 'money', value: (r) => r.facilities.assetCost },
  {
    key: 'assetNetBookValue',
    title: { zh: '资产净值', en: 'Net book value' },
    kind: 'money',
    value: (r) => r.facilities.assetNetBookValue,
  },
];

/** The month's utilities (水电燃气): cost and cost per enrolled student (生均水电费). */
export const UTILITIES_COLUMNS: MeasureColumn<Row>[] = [
  { key: 'utilityCost', title: { zh: '本月水电费', en: 'Utilities this month' }, kind: 'money', value: (r) => r.facilities.utilityCost },
  {
    key: 'utilityCostPerStudent',
    title: { zh: '生均水电费', en: 'Utilities per student' },
    kind: 'money',
    value: (r) => r.facilities.utilityCostPerStudent,
  },
];

/** The month's printing (文印): printed pages, the double-sided ratio (双面率) and cost. */
export const PRINTING_COLUMNS: MeasureColumn<Row>[] = [
  { key: 'printedPages', title: { zh: '本月印面数', en: 'Printed pages' }, kind: 'integer', value: (r) => r.facilities.printedPages },
  { key: 'doubleSidedRatio', title: { zh: '双面率', en: 'Double-sided' }, kind: 'percent', value: (r) => r.facilities.doubleSidedRatio },
  { key: 'printCost', title: { zh: '本月文印费', en: 'Printing this month' }, kind: 'money', value: (r) => r.facilities.printCost },
];

/** Asset value (资产价值): cost and net book value per school, from the facilities service. */
export const assetValueMeasure: DistrictMeasure = {
  key: 'assetValue',
  title: { zh: '资产价值', en: 'Asset value' },
  columns: ASSET_VALUE_COLUMNS,
  chart: {
    testId: 'chart-asset-value',
    title: { zh: '资产原值与净值', en: 'Asset cost and net book value' },
    option: (rows, { language, t, labelWidth }) =>
      moneyChartOption({
        language,
        horizontal: true,
        labelWidth,
        categories: rows.map((r) => r.name),
        categoryIds: rows.map((r) => r.schoolId),
        series: [
          { name: t('资产原值', 'Asset cost'), key: 'assetCost', fen: rows.map((r) => r.facilities.assetCost), color: '#8c8c8c' },
          {
            name: t('资产净值', 'Net book value'),
            key: 'assetNetBookValue',
            fen: rows.map((r) => r.facilities.assetNetBookValue),
            color: '#13c2c2',
          },
        ],
      }),
  },
};

/** Utilities per student (生均水电费): the month's water, electricity and gas cost over enrolled students. */
export const utilitiesMeasure: DistrictMeasure = {
  key: 'utilities',
  title: { zh: '水电', en: 'Utilities' },
  columns: UTILITIES_COLUMNS,
  chart: {
    testId: 'chart-utilities-per-student',
    title: { zh: '生均水电费', en: 'Utilities per student' },
    option: (rows, { language, t, labelWidth }) =>
      moneyChartOption({
        language,
        horizontal: true,
        labelWidth,
        categories: rows.map((r) => r.name),
        categoryIds: rows.map((r) => r.schoolId),
        series: [
          {
            name: t('生均水电费', 'Utilities per student'),
            key: 'utilityCostPerStudent',
            fen: rows.map((r) => r.facilities.utilityCostPerStudent),
            color: '#1677ff',
          },
        ],
      }),
  },
};

/** Printing (文印): the month's printed pages, double-sided ratio and cost (no chart: the table compares them). */
export const printingMeasure: DistrictMeasure = {
  key: 'printing',
  title: { zh: '文印', en: 'Printing' },
  columns: PRINTING_COLUMNS,
};

/** Every facilities column, for the school dashboard's card. */
export const FACILITIES_COLUMNS: MeasureColumn<Row>[] = [...ASSET_VALUE_COLUMNS, ...UTILITIES_COLUMNS, ...PRINTING_COLUMNS];
