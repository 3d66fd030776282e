import { sheet, type SheetSpec } from '../excel/workbook';
import { columnNote, type ImportLanguage, type ImportSpec } from './validate';

/**
 * A register's import template (导入模板): the first sheet is the header row to fill in, each header
 * carrying a note (required or not, format, allowed values); a second sheet explains the columns
 * in a table (the import reads the first sheet only).
 */
export function templateSheets<Row>(spec: ImportSpec<Row>, language: ImportLanguage = 'zh'): SheetSpec<unknown>[] {
  const zh = language === 'zh';
  const fill = sheet<never>({
    name: zh ? '导入数据' : 'Data',
    columns: spec.columns.map((column) => ({
      header: column.header[language],
      value: () => null,
      note: columnNote(column, language),
      // Text cells, so codes, employee numbers and phones keep what was typed (leading zeros, long digits).
      asText: column.type === 'text' || column.type === 'choice',
      width: Math.max(14, column.header[language].length * 2 + 4),
    })),
    rows: [],
  });
  const explain = sheet({
    name: zh ? '填写说明' : 'How to fill',
    caption: [
      zh
        ? `第一个工作表第 1 行为表头，从第 2 行起每行一条，最多 ${spec.maxRows} 行；整份文件校验通过后才会导入。`
        : `Row 1 of the first sheet is the header; one record per row from row 2, at most ${spec.maxRows}; the file is imported only when every row passes.`,
    ],
    columns: [
      { header: zh ? '列名' : 'Column', value: (c: (typeof spec.columns)[number]) => c.header[language], width: 20 },
      {
        header: zh ? '也可写作' : 'Also accepted',
        value: (c) => [zh ? c.header.en : c.header.zh, ...(c.aliases ?? [])].join(' / '),
        width: 24,
      },
      { header: zh ? '说明' : 'Rules', value: (c) => columnNote(c, language), width: 80 },
    ],
    rows: spec.columns,
  });
  return [fill, explain];
}
