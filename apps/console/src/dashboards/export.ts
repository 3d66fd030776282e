import type { SheetColumn } from '../shared/excel/workbook';
import type { MeasureColumn } from './measures';

/** A measure's column as an Excel column: money written exactly as yuan, a rate as a percent number (76.2), counts as numbers. */
export function sheetColumn<Row>(column: MeasureColumn<Row>, t: (zh: string, en: string) => string): SheetColumn<Row> {
  const header = t(column.title.zh, column.title.en);
  if (column.kind === 'percent')
    return {
      header: `${header} (%)`,
      value: (row) => {
        const tenths = column.value(row);
        return tenths === null ? null : Number(`${tenths < 0 ? '-' : ''}${Math.floor(Math.abs(tenths) / 10)}.${Math.abs(tenths) % 10}`);
      },
    };
  return { header, kind: column.kind === 'money' ? 'money' : 'integer', value: (row) => column.value(row) };
}

/** A file name safe on every system: the title and period, e.g. 区级看板-2026-11.xlsx. */
export function exportFileName(...parts: string[]): string {
  return `${parts.map((p) => p.replace(/[\\/:*?"<>|]+/g, '_').trim()).join('-')}.xlsx`;
}
