// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildWorkbook, readFirstSheet, sheet } from './workbook';

describe('Excel in and out (exceljs)', () => {
  it('writes money exactly as yuan and reads the sheet back as text rows', async () => {
    const rows = [
      { name: '第一小学', spent: 123456789 },
      { name: '第二中学', spent: 5 },
    ];
    const bytes = await buildWorkbook([
      sheet({
        name: '对比',
        caption: ['2026 预算执行'],
        columns: [
          { header: '学校', value: (r) => r.name },
          { header: '支出', value: (r) => r.spent, kind: 'money' },
        ],
        rows,
      }),
    ]);
    const read = await readFirstSheet(bytes);
    expect(read).toEqual([
      ['2026 预算执行', ''],
      ['学校', '支出'],
      ['第一小学', '1234567.89'],
      ['第二中学', '0.05'],
    ]);
  });
});
