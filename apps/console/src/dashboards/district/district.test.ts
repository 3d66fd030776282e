// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildWorkbook, readFirstSheet } from '../../shared/excel/workbook';
import { DISTRICT_MEASURES } from '../measures';
import { budgetFigures } from '../measures/budget';
import { districtFileName, districtWorkbook } from './export';
import { districtCategories, toDistrictRows, type DistrictNode } from './query';

const money = (fen: number) => ({ fen, yuan: (fen / 100).toFixed(2) });
const category = (id: string, code: string, name: string, allocated: number, spent: number) => ({
  category: { id, code, name },
  allocated: { fen: allocated },
  spent: { fen: spent },
  remaining: { fen: allocated - spent },
});

const nodes: DistrictNode[] = [
  {
    schoolId: 's1',
    allocated: money(207390000),
    committed: money(7317875),
    spent: money(158056966),
    remaining: money(42015159),
    byCategory: [category('c2', 'REPAIRS', '维修', 13540000, 10101048), category('c1', 'CANTEEN', '食堂', 148780000, 113120099)],
    school: {
      id: 's1',
      name: '第一实验小学',
      studentCount: 1860,
      spentPerStudent: money(84977),
      accountBalances: { canteen: money(61711296) },
      canteenStatement: {
        openingBalance: { fen: 43369996 },
        mealFeeIncome: { fen: 18341300 },
        foodCost: { fen: 0 },
        closingBalance: { fen: 61711296 },
      },
      canteenCompliance: {
        mealsServed: 400,
        costPerMeal: { fen: 13 },
        sampleCompliance: 0.5,
        morningCheckCompliance: 2 / 3,
        certificateCompliance: 1,
        nutritionPassRate: 0,
        accompaniedCoverage: null,
      },
      assetSummary: { cost: money(1234567800), netBookValue: money(654321000) },
      // ¥43,210.55 of water, electricity and gas over 1860 students: ¥23.231… → ¥23.23.
      meterReport: { studentCount: 1860, cost: money(4321055) },
      printing: { printedPages: 12000, doubleSidedRatio: 0.625, cost: money(150000) },
    },
  },
  {
    // A school the directory no longer resolves, and one with no students nor a statement the viewer reads.
    schoolId: 's2',
    allocated: money(0),
    committed: money(0),
    spent: money(0),
    remaining: money(0),
    byCategory: [category('c1', 'CANTEEN', '食堂', 0, 0)],
    school: null,
  },
];

describe('the district dashboard’s rows', () => {
  const rows = toDistrictRows(nodes);

  it('reads each school’s figures in fen, null where the graph has none', () => {
    expect(rows[0]).toMatchObject({
      schoolId: 's1',
      name: '第一实验小学',
      studentCount: 1860,
      spent: 158056966,
      spentPerStudent: 84977,
      canteenBalance: 61711296,
      canteen: { opening: 43369996, income: 18341300, foodCost: 0, closing: 61711296 },
      // Rates in tenths of a percent: two of three morning checks is 66.7 %; no accompanied days to count is no figure.
      canteenCompliance: {
        mealsServed: 400,
        costPerMeal: 13,
        sampleCompliance: 500,
        morningCheckCompliance: 667,
        certificateCompliance: 1000,
        nutritionPassRate: 0,
        accompaniedCoverage: null,
      },
      facilities: {
        assetCost: 1234567800,
        assetNetBookValue: 654321000,
        utilityCost: 4321055,
        utilityCostPerStudent: 2323,
        printedPages: 12000,
        printCost: 150000,
        doubleSidedRatio: 625,
      },
    });
    expect(rows[1]).toMatchObject({
      schoolId: 's2',
      name: 's2',
      studentCount: null,
      spentPerStudent: null,
      canteenBalance: null,
      canteen: null,
      canteenCompliance: null,
      facilities: {
        assetCost: null,
        assetNetBookValue: null,
        utilityCost: null,
        utilityCostPerStudent: null,
        printedPages: null,
        printCost: null,
        doubleSidedRatio: null,
      },
    });
    expect(districtCategories(rows).map((c) => c.code)).toEqual(['CANTEEN', 'REPAIRS']);
  });

  it('gives every measure’s columns, the execution rate exact to a tenth of a percent', () => {
    const columns = DISTRICT_MEASURES.flatMap((m) => m.columns);
    const value = (key: string, index: number) => columns.find((c) => c.key === key)!.value(rows[index]);
    expect(value('execution', 0)).toBe(762);
    expect(value('execution', 1)).toBeNull();
    expect(value('spentPerStudent', 0)).toBe(84977);
    expect(value('canteenIncome', 0)).toBe(18341300);
    expect(value('canteenIncome', 1)).toBeNull();
    expect(value('costPerMeal', 0)).toBe(13);
    expect(value('morningCheckCompliance', 0)).toBe(667);
    expect(value('accompaniedCoverage', 0)).toBeNull();
    expect(value('sampleCompliance', 1)).toBeNull();
    expect(value('assetNetBookValue', 0)).toBe(654321000);
    expect(value('utilityCostPerStudent', 0)).toBe(2323);
    expect(value('utilityCostPerStudent', 1)).toBeNull();
    expect(value('doubleSidedRatio', 0)).toBe(625);
  });

  it('charts spent vs allocated per school, of all categories or one; a bar names its school', () => {
    const t = (zh: string) => zh;
    const chart = DISTRICT_MEASURES.find((m) => m.key === 'budget')!.chart!;
    expect(chart.testId).toBe('chart-budget');
    const all = chart.option(rows, { language: 'zh', t, categoryId: null });
    expect(all.yAxis).toMatchObject({ type: 'category', data: ['第一实验小学', 's2'] });
    const series = all.series as { name: string; data: { value: number | null; fen: number | null; id?: string }[] }[];
    expect(series.map((s) => s.name)).toEqual(['预算', '已支出', '结余']);
    expect(series[1].data[0]).toEqual({ value: 1580569.66, fen: 158056966, id: 's1' });
    const repairs = chart.option(rows, { language: 'zh', t, categoryId: 'c2' });
    const repairSeries = repairs.series as { data: { fen: number | null }[] }[];
    expect(repairSeries[1].data.map((d) => d.fen)).toEqual([10101048, null]);
    expect(budgetFigures(rows[1], 'c2')).toBeNull();
    expect(DISTRICT_MEASURES.flatMap((m) => (m.chart ? [m.chart.testId] : []))).toEqual([
      'chart-budget',
      'chart-per-student',
      'chart-canteen',
      'chart-cost-per-meal',
      'chart-asset-value',
      'chart-utilities-per-student',
      'chart-repair-cost',
    ]);
  });

  it('downloads as a workbook: one wide sheet of the schools, money as yuan', async () => {
    const t = (zh: string) => zh;
    expect(districtFileName('2026-11', t)).toBe('区级看板-2026-11.xlsx');
    const sheets = districtWorkbook(rows, DISTRICT_MEASURES, '2026-11', t);
    expect(sheets.map((s) => s.name)).toEqual(['学校对比', '按科目']);
    const read = await readFirstSheet(await buildWorkbook(sheets));
    expect(read[0][0]).toBe('区级看板 2026-11');
    expect(read[1]).toEqual([
      '学校',
      '预算',
      '已审批未付',
      '已支出',
      '结余',
      '执行率 (%)',
      '在校生',
      '生均支出',
      '食堂账户余额',
      '本月伙食费收入',
      '本月食材成本',
      '本月期末余额',
      '本月就餐人次',
      '每餐成本',
      '留样合规率 (%)',
      '晨检率 (%)',
      '持证率 (%)',
      '营养达标率 (%)',
      '陪餐覆盖率 (%)',
      '资产原值',
      '资产净值',
      '本月水电费',
      '生均水电费',
      '本月印面数',
      '双面率 (%)',
      '本月文印费',
      '报修数',
      '未完成',
      '超期未修',
      '已完工',
      '按时完成率 (%)',
      '平均维修用时（分钟）',
      '维修决算',
      '维保按时完成率 (%)',
      '巡视完成率 (%)',
      '本学期已考核',
      '考核已确认',
      '考核平均分',
    ]);
    expect(read[2]).toEqual([
      '第一实验小学',
      '2073900',
      '73178.75',
      '1580569.66',
      '420151.59',
      '76.2',
      '1860',
      '849.77',
      '617112.96',
      '183413',
      '0',
      '617112.96',
      '400',
      '0.13',
      '50',
      '66.7',
      '100',
      '0',
      '',
      '12345678',
      '6543210',
      '43210.55',
      '23.23',
      '12000',
      '62.5',
      '1500',
      ...Array<string>(12).fill(''),
    ]);
    expect(read[3]).toEqual(['s2', '0', '0', '0', '0', ...Array<string>(33).fill('')]);
  });
});

describe('per-student figures', () => {
  it('round half up to the fen, null without students', async () => {
    const { perStudentFen } = await import('./query');
    expect(perStudentFen(4321055, 1860)).toBe(2323);
    expect(perStudentFen(5, 2)).toBe(3);
    expect(perStudentFen(-5, 2)).toBe(-3);
    expect(perStudentFen(100, 0)).toBeNull();
    expect(perStudentFen(null, 10)).toBeNull();
  });
});
