import type { ImportSpec } from '../../shared/import/validate';

/** One row of importBudgets (BudgetRowInput). */
export interface BudgetImportRow {
  schoolId: string;
  fiscalYear: number;
  categoryCode: string;
  allocated: string;
}

/**
 * The budget import (预算批量下达): one allocation per school, year and category. Schools are named
 * by their code (学校标识码) or name among the schools the viewer sees; categories by code or name
 * among the district's active ones.
 */
export function budgetImportSpec(
  schools: readonly { id: string; code: string; name: string }[],
  categories: readonly { code: string; name: string; active: boolean }[],
): ImportSpec<BudgetImportRow> {
  return {
    maxRows: 500,
    columns: [
      {
        key: 'schoolId',
        header: { zh: '学校', en: 'School' },
        aliases: ['学校名称', '学校标识码', 'School code'],
        type: 'choice',
        required: true,
        options: schools.map((s) => ({ value: s.id, labels: [s.name, s.code] })),
        note: { zh: '填学校名称或 10 位学校标识码', en: 'the school’s name or its 10-digit code' },
      },
      {
        key: 'fiscalYear',
        header: { zh: '预算年度', en: 'Fiscal year' },
        aliases: ['年度', 'Year'],
        type: 'integer',
        required: true,
        min: 2000,
        max: 2100,
      },
      {
        key: 'categoryCode',
        header: { zh: '预算科目', en: 'Category' },
        aliases: ['科目', '科目代码', 'Category code'],
        type: 'choice',
        required: true,
        options: categories.filter((c) => c.active).map((c) => ({ value: c.code, labels: [c.name, c.code] })),
        note: { zh: '填科目名称或代码', en: 'the category’s name or code' },
      },
      {
        key: 'allocated',
        header: { zh: '下达金额', en: 'Allocated' },
        aliases: ['预算金额', '金额', 'Amount'],
        type: 'yuan',
        required: true,
        minFen: 0,
      },
    ],
    unique: [['schoolId', 'fiscalYear', 'categoryCode']],
  };
}

interface Fen {
  fen: number;
}

/** The budget lines' column totals in integer fen (exact). */
export function budgetTotals(lines: readonly { allocated: Fen; committed: Fen; spent: Fen; remaining: Fen }[]) {
  const sum = (pick: (line: (typeof lines)[number]) => Fen) => lines.reduce((total, line) => total + pick(line).fen, 0);
  return {
    allocated: sum((l) => l.allocated),
    committed: sum((l) => l.committed),
    spent: sum((l) => l.spent),
    remaining: sum((l) => l.remaining),
  };
}

/** The lines whose category name or code contains the search (case-insensitively). */
export function searchLines<Line extends { category: { code: string; name: string } }>(lines: readonly Line[], search: string): Line[] {
  const wanted = search.trim().toLowerCase();
  if (!wanted) return [...lines];
  return lines.filter((l) => l.category.name.toLowerCase().includes(wanted) || l.category.code.toLowerCase().includes(wanted));
}
