// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatProblem, validateSheet } from '../../shared/import/validate';
import { budgetImportSpec, budgetTotals, searchLines } from './budgets';

const spec = budgetImportSpec(
  [{ id: 's1', code: '3301000001', name: '第一小学' }],
  [
    { code: 'OFFICE_SUPPLIES', name: '办公用品', active: true },
    { code: 'OLD', name: '旧科目', active: false },
  ],
);

describe('budget import (预算批量下达)', () => {
  it('names schools and categories by name or code and keeps the amount exact', () => {
    const result = validateSheet(
      [
        ['学校', '预算年度', '预算科目', '下达金额'],
        ['第一小学', '2026', '办公用品', '12,000.5'],
        ['3301000001', '2027', 'office_supplies', '0.07'],
      ],
      spec,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.value)).toEqual([
      { schoolId: 's1', fiscalYear: 2026, categoryCode: 'OFFICE_SUPPLIES', allocated: '12000.50' },
      { schoolId: 's1', fiscalYear: 2027, categoryCode: 'OFFICE_SUPPLIES', allocated: '0.07' },
    ]);
  });

  it('refuses another school, a retired category, a negative amount and a line given twice', () => {
    const result = validateSheet(
      [
        ['School', 'Fiscal year', 'Category', 'Allocated'],
        ['第二中学', '2026', '旧科目', '-5'],
        ['第一小学', '2026', '办公用品', '1'],
        ['3301000001', '2026', 'OFFICE_SUPPLIES', '2'],
      ],
      spec,
    );
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      '第 2 行 学校: 「第二中学」不是可选值（第一小学）',
      '第 2 行 预算科目: 「旧科目」不是可选值（办公用品）',
      '第 2 行 下达金额: 不能小于 0.00 元',
      '第 4 行 学校 + 预算年度 + 预算科目: 与第 3 行重复',
    ]);
  });
});

describe('budget lines', () => {
  const line = (code: string, name: string, fen: number) => ({
    category: { code, name },
    allocated: { fen },
    committed: { fen: 1 },
    spent: { fen: 2 },
    remaining: { fen: fen - 3 },
  });

  it('totals in fen and searches by name or code', () => {
    const lines = [line('OFFICE', '办公用品', 10), line('REPAIRS', '维修', 1000000001)];
    expect(budgetTotals(lines)).toEqual({ allocated: 1000000011, committed: 2, spent: 4, remaining: 1000000005 });
    expect(searchLines(lines, 'rep').map((l) => l.category.name)).toEqual(['维修']);
    expect(searchLines(lines, '办公').map((l) => l.category.code)).toEqual(['OFFICE']);
    expect(searchLines(lines, ' ')).toHaveLength(2);
  });
});
