// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildWorkbook, readFirstSheet } from '../excel/workbook';
import { templateSheets } from './template';
import { validateSheet, type ImportSpec } from './validate';

const spec: ImportSpec<{ name: string; food?: boolean }> = {
  maxRows: 10,
  columns: [
    { key: 'name', header: { zh: '名称', en: 'Name' }, type: 'text', required: true },
    { key: 'food', header: { zh: '食品供应商', en: 'Food supplier' }, type: 'boolean' },
  ],
};

describe('import template (导入模板)', () => {
  it('is a header row with notes that the import itself accepts once filled', async () => {
    const sheets = templateSheets(spec);
    expect(sheets.map((s) => s.name)).toEqual(['导入数据', '填写说明']);
    expect(sheets[0].columns.map((c) => [c.header, c.note])).toEqual([
      ['名称', '必填'],
      ['食品供应商', '选填；填「是」或「否」'],
    ]);
    const read = await readFirstSheet(await buildWorkbook(sheets));
    expect(read).toEqual([['名称', '食品供应商']]);
    expect(validateSheet([...read, ['甲公司', '否']], spec)).toEqual({
      rows: [{ excelRow: 2, value: { name: '甲公司', food: false } }],
      problems: [],
    });
  });

  it('speaks English when asked', () => {
    expect(templateSheets(spec, 'en')[0].columns.map((c) => c.header)).toEqual(['Name', 'Food supplier']);
  });
});
