import { sheet, type SheetSpec } from '../../shared/excel/workbook';
import { executionTenths } from '../figures';
import { exportFileName, sheetColumn } from '../export';
import type { DistrictMeasure } from '../measures';
import { type CategoryFigures, type DistrictRow } from './query';

type T = (zh: string, en: string) => string;

/**
 * The district dashboard as a workbook: one wide sheet (a school per row, every measure's columns,
 * money as yuan) and one of the budget by category (a row per school and category).
 */
export function districtWorkbook(
  rows: readonly DistrictRow[],
  measures: readonly DistrictMeasure[],
  period: string,
  t: T,
): SheetSpec<unknown>[] {
  const caption = [`${t('区级看板', 'District dashboard')} ${period}`];
  const wide = sheet<DistrictRow>({
    name: t('学校对比', 'Schools'),
    caption,
    rows: [...rows],
    columns: [
      { header: t('学校', 'School'), value: (r) => r.name, width: 36 },
      ...measures.flatMap((m) => m.columns.map((c) => sheetColumn(c, t))),
    ],
  });
  const byCategory = rows.flatMap((row) => row.byCategory.map((category) => ({ school: row.name, ...category })));
  const categories = sheet<CategoryFigures & { school: string }>({
    name: t('按科目', 'By category'),
    caption,
    rows: byCategory,
    columns: [
      { header: t('学校', 'School'), value: (r) => r.school, width: 36 },
      { header: t('科目代码', 'Category code'), value: (r) => r.code, width: 18 },
      { header: t('预算科目', 'Category'), value: (r) => r.name, width: 28 },
      { header: t('预算', 'Allocated'), value: (r) => r.allocated, kind: 'money' },
      { header: t('已支出', 'Spent'), value: (r) => r.spent, kind: 'money' },
      { header: t('结余', 'Remaining'), value: (r) => r.remaining, kind: 'money' },
      sheetColumn(
        {
          key: 'execution',
          title: { zh: '执行率', en: 'Execution' },
          kind: 'percent',
          value: (r) => executionTenths(r.spent, r.allocated),
        },
        t,
      ),
    ],
  });
  return [wide, categories];
}

export function districtFileName(period: string, t: T): string {
  return exportFileName(t('区级看板', 'District-dashboard'), period);
}
