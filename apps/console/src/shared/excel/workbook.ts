import type { Workbook, Worksheet } from 'exceljs';
import { fenToYuan } from '../money';

/**
 * Excel in and out (exceljs, loaded only when a file is made or read: it is the largest library
 * of the console and most pages never need it).
 */
async function exceljs() {
  const module = await import('exceljs');
  // The browser build is a CommonJS bundle: its exports arrive as the default export.
  return (module as unknown as { default?: typeof module }).default ?? module;
}

/** How a column's values are written: money as a number with two decimals (¥), the rest as given. */
export type ColumnKind = 'text' | 'integer' | 'money' | 'date';

export interface SheetColumn<Row> {
  header: string;
  /** The cell's value for a row: for money, integer fen (written exactly as yuan). */
  value: (row: Row) => string | number | null | undefined;
  kind?: ColumnKind;
  width?: number;
  /** A note on the header cell, e.g. the accepted values of a template column. */
  note?: string;
  /** Cells formatted as text (@), so a template's codes, numbers and phones keep their leading zeros. */
  asText?: boolean;
}

export interface SheetSpec<Row> {
  name: string;
  columns: SheetColumn<Row>[];
  rows: Row[];
  /** Lines above the header (a title, the filter the rows answer). */
  caption?: string[];
}

function writeSheet<Row>(sheet: Worksheet, spec: SheetSpec<Row>) {
  for (const line of spec.caption ?? []) sheet.addRow([line]).font = { bold: true };
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell, index) => {
    const note = spec.columns[index - 1]?.note;
    if (note) cell.note = note;
  });
  spec.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width ?? Math.max(12, column.header.length * 2 + 2);
    if (column.kind === 'money') sheetColumn.numFmt = '#,##0.00';
    else if (column.asText) sheetColumn.numFmt = '@';
  });
  for (const row of spec.rows) {
    sheet.addRow(
      spec.columns.map((column) => {
        const value = column.value(row);
        if (value === null || value === undefined) return null;
        // Money goes in as yuan parsed from the exact decimal string, so the cell shows the ledger's figure.
        if (column.kind === 'money') return Number(fenToYuan(Number(value)));
        return value;
      }),
    );
  }
}

/** A sheet of any row type, for a workbook of several: `sheet({ name, columns, rows })` keeps each sheet's own row type checked. */
export function sheet<Row>(spec: SheetSpec<Row>): SheetSpec<unknown> {
  return spec as SheetSpec<unknown>;
}

/** Builds a workbook of one or more sheets and returns its bytes (.xlsx). */
export async function buildWorkbook(sheets: SheetSpec<unknown>[]): Promise<ArrayBuffer> {
  const { Workbook } = await exceljs();
  const workbook: Workbook = new Workbook();
  workbook.creator = 'houqin';
  for (const spec of sheets) writeSheet(workbook.addWorksheet(spec.name.slice(0, 31)), spec);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** Saves bytes as a file through the browser's download. */
export function saveFile(bytes: ArrayBuffer, filename: string) {
  const blob = new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Builds and downloads: `await downloadWorkbook('区级看板-2026.xlsx', [sheet({ name, columns, rows })])`. */
export async function downloadWorkbook(filename: string, sheets: SheetSpec<unknown>[]): Promise<void> {
  saveFile(await buildWorkbook(sheets), filename);
}

/**
 * The rows of a workbook's first sheet as text cells, header row first (empty trailing rows dropped),
 * for an import to validate. Rich text, formulas' results and dates are read as their text.
 */
export async function readFirstSheet(bytes: ArrayBuffer): Promise<string[][]> {
  const { Workbook } = await exceljs();
  const workbook: Workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) cells.push(cellText(row.getCell(column).value));
    rows.push(cells);
  });
  while (rows.length && rows[rows.length - 1].every((cell) => cell === '')) rows.pop();
  return rows;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (v.richText)
      return v.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if (v.text !== undefined) return String(v.text).trim();
    if (v.result !== undefined) return cellText(v.result);
  }
  return String(value).trim();
}
