import { executionTenths } from '../figures';
import type { MeasureColumn } from '../measures';
import type { BudgetLine } from './query';

/** The school table's figures per budget line; the month's spending is the picked month's. */
export function schoolBudgetColumns(month: number): MeasureColumn<BudgetLine>[] {
  return [
    { key: 'allocated', title: { zh: '预算', en: 'Allocated' }, kind: 'money', value: (l) => l.allocated },
    { key: 'committed', title: { zh: '已审批未付', en: 'Committed' }, kind: 'money', value: (l) => l.committed },
    { key: 'spent', title: { zh: '已支出', en: 'Spent' }, kind: 'money', value: (l) => l.spent },
    { key: 'remaining', title: { zh: '结余', en: 'Remaining' }, kind: 'money', value: (l) => l.remaining },
    { key: 'execution', title: { zh: '执行率', en: 'Execution' }, kind: 'percent', value: (l) => executionTenths(l.spent, l.allocated) },
    {
      key: 'month',
      title: { zh: `${month} 月支出`, en: `Spent in month ${month}` },
      kind: 'money',
      value: (l) => l.spentByMonth[month - 1] ?? 0,
    },
  ];
}

/** The school's totals over its budget lines (exact: integer fen). */
export function totalLine(lines: readonly BudgetLine[]): BudgetLine {
  const sum = (pick: (l: BudgetLine) => number) => lines.reduce((total, l) => total + pick(l), 0);
  return {
    categoryId: '',
    code: '',
    name: '',
    allocated: sum((l) => l.allocated),
    committed: sum((l) => l.committed),
    spent: sum((l) => l.spent),
    remaining: sum((l) => l.remaining),
    spentByMonth: Array.from({ length: 12 }, (_, m) => sum((l) => l.spentByMonth[m] ?? 0)),
  };
}
