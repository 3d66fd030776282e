// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildWorkbook, readFirstSheet } from '../../shared/excel/workbook';
import { schoolBudgetColumns, totalLine } from './budget-columns';
import { monthLabels, monthsWithFigures, schoolBudgetOption, schoolTrendOption } from './charts';
import { schoolFileName, schoolWorkbook } from './export';
import { entryAmount, journalFilter } from './journal';
import { statementAddsUp, statementLines, toSchoolView } from './query';

const months = (...fen: number[]) => Array.from({ length: 12 }, (_, i) => ({ fen: fen[i] ?? 0 }));
const school = {
  id: 's1',
  name: '第一实验小学',
  studentCount: 1860,
  spentPerStudent: { fen: 84977, yuan: '849.77' },
  accountBalances: { school: { fen: 100, yuan: '1.00' }, canteen: { fen: 61711296, yuan: '617112.96' } },
  budgetExecution: [
    {
      category: { id: 'c1', code: 'CANTEEN', name: '食堂' },
      allocated: { fen: 1000000 },
      committed: { fen: 10000 },
      spent: { fen: 300030 },
      remaining: { fen: 689970 },
      spentByMonth: months(100010, 200020),
    },
    {
      category: { id: 'c2', code: 'REPAIRS', name: '维修' },
      allocated: { fen: 500000 },
      committed: { fen: 0 },
      spent: { fen: 20 },
      remaining: { fen: 499980 },
      spentByMonth: months(10, 10),
    },
  ],
  canteenStatement: {
    period: '2026-02',
    openingBalance: { fen: 43369996 },
    mealFeeIncome: { fen: 18341300 },
    otherIncome: { fen: 0 },
    foodCost: { fen: 100 },
    otherExpense: { fen: 0 },
    closingBalance: { fen: 61711196 },
  },
  canteenCompliance: {
    mealsServed: 400,
    costPerMeal: { fen: 13 },
    sampleCompliance: 0.5,
    morningCheckCompliance: 1,
    certificateCompliance: 0.875,
    nutritionPassRate: null,
    accompaniedCoverage: 1 / 11,
  },
  assetSummary: { cost: { fen: 98765400 }, netBookValue: { fen: 45678900 } },
  meterReport: { studentCount: 1860, cost: { fen: 4321055 } },
  printing: { printedPages: 8000, doubleSidedRatio: 0.5, cost: { fen: 90000 } },
};

describe('the school dashboard', () => {
  const view = toSchoolView(school);
  const lines = view.lines!;

  it('reads the budget lines with twelve months each, and the month’s canteen statement', () => {
    expect(lines.map((l) => [l.code, l.spent, l.spentByMonth.length])).toEqual([
      ['CANTEEN', 300030, 12],
      ['REPAIRS', 20, 12],
    ]);
    expect(view.statement).toEqual({
      opening: 43369996,
      mealFeeIncome: 18341300,
      otherIncome: 0,
      foodCost: 100,
      otherExpense: 0,
      closing: 61711196,
    });
    expect(statementAddsUp(view.statement!)).toBe(true);
    expect(statementAddsUp({ ...view.statement!, closing: 1 })).toBe(false);
    expect(statementLines(view.statement!).map((l) => l.title.zh)).toEqual([
      '期初余额',
      '伙食费收入',
      '其他收入',
      '食材成本',
      '其他支出',
      '期末余额',
    ]);
    // The canteen's month: rates in tenths of a percent, "no data" kept apart from 0 %.
    expect(view.canteenCompliance).toEqual({
      mealsServed: 400,
      costPerMeal: 13,
      sampleCompliance: 500,
      morningCheckCompliance: 1000,
      certificateCompliance: 875,
      nutritionPassRate: null,
      accompaniedCoverage: 91,
    });
    expect(toSchoolView({ ...school, canteenCompliance: null }).canteenCompliance).toBeNull();
    // The facilities month: asset value, utilities per student (rounded half up to the fen), printing.
    expect(view.facilities).toEqual({
      assetCost: 98765400,
      assetNetBookValue: 45678900,
      utilityCost: 4321055,
      utilityCostPerStudent: 2323,
      printedPages: 8000,
      printCost: 90000,
      doubleSidedRatio: 500,
    });
    expect(toSchoolView({ ...school, meterReport: null, printing: null }).facilities).toMatchObject({
      utilityCost: null,
      printedPages: null,
    });
    // A viewer who does not read the books gets no lines (null), not an empty budget.
    expect(toSchoolView({ ...school, budgetExecution: null, accountBalances: null }).lines).toBeNull();
  });

  it('totals the lines exactly, and shows the picked month’s spending', () => {
    const total = totalLine(lines);
    expect([total.allocated, total.spent, total.spentByMonth[0], total.spentByMonth[1]]).toEqual([1500000, 300050, 100020, 200030]);
    const month = schoolBudgetColumns(2).find((c) => c.key === 'month')!;
    expect(month.value(lines[0])).toBe(200020);
    expect(month.title.zh).toBe('2 月支出');
    expect(
      schoolBudgetColumns(2)
        .find((c) => c.key === 'execution')!
        .value(lines[0]),
    ).toBe(300);
  });

  it('charts the categories, and the months as stacked bars or lines with no figure after this month', () => {
    const t = (zh: string) => zh;
    const budget = schoolBudgetOption(lines, 'zh', t);
    expect(budget.yAxis).toMatchObject({ type: 'category', data: ['食堂', '维修'] });
    expect((budget.series as { data: { id?: string }[] }[])[0].data.map((d) => d.id)).toEqual(['c1', 'c2']);
    const trend = schoolTrendOption(lines, { language: 'zh', type: 'bar', throughMonth: 2 });
    expect(trend.xAxis).toMatchObject({ data: monthLabels('zh') });
    const series = trend.series as { id?: string; stack?: string; data: { fen: number | null; value: number | null }[] }[];
    expect(series.map((s) => [s.id, s.stack])).toEqual([
      ['c1', 'spent'],
      ['c2', 'spent'],
    ]);
    expect(series[0].data.slice(0, 3)).toEqual([
      { value: 1000.1, fen: 100010, id: undefined },
      { value: 2000.2, fen: 200020, id: undefined },
      { value: null, fen: null, id: undefined },
    ]);
    const lineTrend = schoolTrendOption(lines, { language: 'en', type: 'line', throughMonth: 12 });
    expect((lineTrend.series as { type: string; stack?: string }[])[0]).toMatchObject({ type: 'line', stack: undefined });
    expect(monthLabels('en')[11]).toBe('Dec');
    expect(monthsWithFigures(2025, 2026, 3)).toBe(12);
    expect(monthsWithFigures(2026, 2026, 3)).toBe(3);
    expect(monthsWithFigures(2027, 2026, 3)).toBe(0);
  });

  it('opens the entries behind a figure: the school, the month or the year, the category', () => {
    expect(journalFilter({ schoolId: 's1', year: 2026, month: 2, categoryId: 'c1' })).toEqual({
      schoolId: 's1',
      period: '2026-02',
      categoryId: 'c1',
    });
    expect(journalFilter({ schoolId: 's1', year: 2026, month: null, categoryId: null })).toEqual({
      schoolId: 's1',
      fromDate: '2026-01-01',
      toDate: '2026-12-31',
    });
    expect(journalFilter({ schoolId: 's1', year: 2026, month: 11, categoryId: null, fund: 'CANTEEN' })).toEqual({
      schoolId: 's1',
      period: '2026-11',
      fund: 'CANTEEN',
    });
    const line = (categoryId: string | null, debit: number, credit: number) => ({
      id: 'l',
      account: 'EXPENSE' as const,
      categoryId,
      debit: { fen: debit },
      credit: { fen: credit },
    });
    const entry = { lines: [line('c1', 300, 0), line('c2', 200, 0), line(null, 0, 500)] };
    expect(entryAmount(entry, null)).toBe(500);
    expect(entryAmount(entry, 'c1')).toBe(300);
    // A reversal credits the category back.
    expect(entryAmount({ lines: [line('c1', 0, 300), line(null, 300, 0)] }, 'c1')).toBe(-300);
  });

  it('downloads as a workbook: budget by category, months, the canteen statement', async () => {
    const t = (zh: string) => zh;
    expect(schoolFileName('第一实验小学', '2026-02', t)).toBe('学校看板-第一实验小学-2026-02.xlsx');
    const sheets = schoolWorkbook(view, schoolBudgetColumns(2), { period: '2026-02', year: 2026 }, 'zh', t);
    expect(sheets.map((s) => s.name)).toEqual(['预算执行', '月度支出', '食堂账目公示']);
    const read = await readFirstSheet(await buildWorkbook(sheets));
    expect(read[1]).toEqual(['科目代码', '预算科目', '预算', '已审批未付', '已支出', '结余', '执行率 (%)', '2 月支出']);
    expect(read[2]).toEqual(['CANTEEN', '食堂', '10000', '100', '3000.3', '6899.7', '30', '2000.2']);
    const noStatement = schoolWorkbook({ ...view, statement: null }, schoolBudgetColumns(2), { period: '2026-02', year: 2026 }, 'zh', t);
    expect(noStatement).toHaveLength(2);
  });
});
