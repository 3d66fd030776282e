import { sheet, type SheetSpec } from '../../shared/excel/workbook';
import { exportFileName, sheetColumn } from '../export';
import type { Measure } from '../measures';
import { monthLabels } from './charts';
import { statementLines, type BudgetLine, type SchoolView } from './query';

type T = (zh: string, en: string) => string;

/** The school dashboard as a workbook: budget by category, spending by month, and the month's canteen statement. */
export function schoolWorkbook(
  view: SchoolView,
  columns: Measure<BudgetLine>['columns'],
  period: { period: string; year: number },
  language: 'zh' | 'en',
  t: T,
): SheetSpec<unknown>[] {
  const caption = [`${view.name} ${period.period}`];
  const lines = view.lines ?? [];
  const category = { header: t('预算科目', 'Category'), value: (l: BudgetLine) => l.name, width: 28 };
  const sheets: SheetSpec<unknown>[] = [
    sheet<BudgetLine>({
      name: t('预算执行', 'Budget execution'),
      caption: [`${caption[0]} · ${t(`${period.year} 年度`, `Fiscal year ${period.year}`)}`],
      rows: lines,
      columns: [{ header: t('科目代码', 'Code'), value: (l) => l.code, width: 18 }, category, ...columns.map((c) => sheetColumn(c, t))],
    }),
    sheet<BudgetLine>({
      name: t('月度支出', 'Spent by month'),
      caption: [`${caption[0]} · ${t(`${period.year} 年度`, `Fiscal year ${period.year}`)}`],
      rows: lines,
      columns: [
        category,
        ...monthLabels(language).map((header, month) => ({
          header,
          kind: 'money' as const,
          value: (l: BudgetLine) => l.spentByMonth[month],
        })),
      ],
    }),
  ];
  if (view.statement)
    sheets.push(
      sheet({
        name: t('食堂账目公示', 'Canteen statement'),
        caption: [`${view.name} ${t('食堂账目公示', 'canteen statement')} ${period.period}`],
        rows: statementLines(view.statement),
        columns: [
          { header: t('项目', 'Item'), value: (line) => t(line.title.zh, line.title.en), width: 20 },
          { header: t('金额（元）', 'Amount (yuan)'), value: (line) => line.fen, kind: 'money' },
        ],
      }),
    );
  return sheets;
}

export function schoolFileName(schoolName: string, period: string, t: T): string {
  return exportFileName(t('学校看板', 'School-dashboard'), schoolName, period);
}
