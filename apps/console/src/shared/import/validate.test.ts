// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  columnNote,
  formatProblem,
  graphRowProblems,
  mapHeaders,
  normalizeHeader,
  parseDay,
  validateSheet,
  type ImportSpec,
} from './validate';

interface Row {
  name: string;
  number: string;
  posts: string[];
  amount?: string;
  until?: string;
  food?: boolean;
  year?: number;
}

const spec: ImportSpec<Row> = {
  maxRows: 3,
  columns: [
    { key: 'name', header: { zh: '姓名', en: 'Name' }, type: 'text', required: true, maxLength: 4 },
    {
      key: 'number',
      header: { zh: '工号', en: 'Employee number' },
      type: 'text',
      required: true,
      pattern: /^[A-Z0-9-]+$/,
      upperCase: true,
    },
    {
      key: 'posts',
      header: { zh: '岗位', en: 'Posts' },
      type: 'choice',
      multiple: true,
      required: true,
      options: [
        { value: 'COOK', labels: ['厨师', 'Cook'] },
        { value: 'TEACHER', labels: ['教师', 'Teacher'] },
      ],
    },
    { key: 'amount', header: { zh: '金额', en: 'Amount' }, type: 'yuan', minFen: 0 },
    { key: 'until', header: { zh: '有效期至', en: 'Valid until' }, type: 'date' },
    { key: 'food', header: { zh: '食品供应商', en: 'Food supplier' }, type: 'boolean' },
    { key: 'year', header: { zh: '年度', en: 'Year' }, type: 'integer', min: 2000, max: 2100 },
  ],
  unique: [['number']],
  rowCheck: (row) =>
    row.food && !row.until ? [{ key: 'until', message: { zh: '食品供应商必填', en: 'required for food suppliers' } }] : [],
};

const HEADER = ['姓名', '工号', '岗位', '金额', '有效期至', '食品供应商', '年度'];

describe('import validation (Excel 导入校验)', () => {
  it('types every good row: choices to values, yuan exactly, dates, booleans, integers', () => {
    const result = validateSheet(
      [HEADER, ['张三', 'a-01', '厨师、教师', '1,234.5', '2027/6/30', '是', '2026'], ['李四', 'B02', 'teacher', '0.1', '', '否', '']],
      spec,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        excelRow: 2,
        value: { name: '张三', number: 'A-01', posts: ['COOK', 'TEACHER'], amount: '1234.50', until: '2027-06-30', food: true, year: 2026 },
      },
      { excelRow: 3, value: { name: '李四', number: 'B02', posts: ['TEACHER'], amount: '0.10', food: false } },
    ]);
  });

  it('reports every bad cell with the Excel row number, blank rows keeping their numbers', () => {
    const result = validateSheet(
      [
        HEADER,
        ['', 'A1', '厨师', '', '', '', ''],
        ['', '', '', '', '', '', ''],
        ['王五五五五', 'A 2', '校长', '12.345', '2027-02-30', '也许', '1999'],
      ],
      spec,
    );
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      '第 2 行 姓名: 必填',
      '第 4 行 姓名: 最多 4 个字',
      '第 4 行 工号: 格式不对',
      '第 4 行 岗位: 「校长」不是可选值（厨师、教师）',
      '第 4 行 金额: 应为金额（元），最多两位小数，如 1234.50',
      '第 4 行 有效期至: 应为日期，格式 YYYY-MM-DD，如 2027-06-30',
      '第 4 行 食品供应商: 应为「是」或「否」',
      '第 4 行 年度: 应在 2000 到 2100 之间',
    ]);
  });

  it('refuses a negative amount below the minimum and answers in English when asked', () => {
    const result = validateSheet([HEADER, ['张三', 'A1', 'Cook', '-1', '', '', '']], spec, 'en');
    expect(result.problems.map((p) => formatProblem(p, 'en'))).toEqual(['Row 2 Amount: must be at least 0.00 yuan']);
  });

  it('finds duplicates within the file (case-insensitively), naming the first row', () => {
    const result = validateSheet([HEADER, ['甲', 'A1', '厨师'], ['乙', 'B1', '厨师'], ['丙', 'a1', '厨师']], spec);
    expect(result.problems.map((p) => formatProblem(p))).toEqual(['第 4 行 工号: 与第 2 行重复']);
    expect(validateSheet([HEADER, ['丁', 'C1', '、 ,']], spec).problems.map((p) => formatProblem(p))).toEqual(['第 2 行 岗位: 必填']);
  });

  it('runs the row checks across columns, also beside a bad cell but not on a column already wrong', () => {
    const result = validateSheet(
      [
        HEADER,
        ['甲', 'A1', '厨师', '', '', '是', ''],
        ['', 'A2', '厨师', '', '', '是', ''],
        ['乙', 'A3', '厨师', '', '2027-13-01', '是', ''],
      ],
      spec,
    );
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      '第 2 行 有效期至: 食品供应商必填',
      '第 3 行 姓名: 必填',
      '第 3 行 有效期至: 食品供应商必填',
      '第 4 行 有效期至: 应为日期，格式 YYYY-MM-DD，如 2027-06-30',
    ]);
    expect(result.rows).toEqual([]);
  });

  it('refuses an empty file, a header without rows, and more rows than the bound', () => {
    expect(validateSheet([], spec).problems[0].message).toBe('文件是空的');
    expect(validateSheet([HEADER, ['', '']], spec).problems[0].message).toBe('文件中没有数据行');
    const many = [HEADER, ...Array.from({ length: 4 }, (_, i) => ['甲', `A${i}`, '厨师'])];
    expect(validateSheet(many, spec).problems.map((p) => formatProblem(p))).toEqual(['一次最多导入 3 行，文件有 4 行']);
  });

  it('takes the first non-empty row as the header and counts rows from the top of the sheet', () => {
    const result = validateSheet([[''], ['工号', '姓名', '岗位'], ['A1', '', '厨师']], spec);
    expect(result.problems.map((p) => formatProblem(p))).toEqual(['第 3 行 姓名: 必填']);
  });
});

describe('header mapping', () => {
  it('maps Chinese, English and field-name headers in any order, ignoring marks, spaces and remarks', () => {
    const { indexOf, problems } = mapHeaders(['Employee Number', '*姓名', '', 'posts', '金额（元）'], spec.columns);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(indexOf)).toEqual({ number: 0, name: 1, posts: 3, amount: 4 });
  });

  it('reports unknown headers, columns given twice and missing required columns', () => {
    const { problems } = mapHeaders(['姓名', 'Name', '部门'], spec.columns);
    expect(problems.map((p) => formatProblem(p))).toEqual([
      '第 1 行 Name: 该列重复出现',
      '第 1 行 部门: 未知的列「部门」，请使用模板的列名',
      '第 1 行 工号: 缺少必填列',
      '第 1 行 岗位: 缺少必填列',
    ]);
  });

  it('stops at header problems without checking rows', () => {
    const result = validateSheet([['姓名'], ['']], spec);
    expect(result.problems.every((p) => p.excelRow === 1)).toBe(true);
  });

  it('normalizes headers', () => {
    expect(normalizeHeader(' 工号 * (必填)')).toBe('工号');
    expect(normalizeHeader('Employee_number')).toBe('employeenumber');
  });
});

describe('the graph’s row errors', () => {
  it('maps 0-based rows of what was sent back to Excel rows and fields to headers', () => {
    const sent = [
      { excelRow: 2, value: {} as Row },
      { excelRow: 5, value: {} as Row },
    ];
    const problems = graphRowProblems(
      [
        { row: 1, field: 'posts.0', message: 'bad post' },
        { row: 0, field: 'campusId', message: 'campus is not of this school' },
      ],
      sent,
      spec.columns,
    );
    expect(problems).toEqual([
      { excelRow: 5, column: '岗位', message: 'bad post' },
      { excelRow: 2, column: 'campusId', message: 'campus is not of this school' },
    ]);
  });
});

describe('choices named by part of a bilingual name', () => {
  const choose: ImportSpec<{ campus: string }> = {
    maxRows: 10,
    columns: [
      {
        key: 'campus',
        header: { zh: '校区', en: 'Campus' },
        type: 'choice',
        options: [
          { value: 'e', labels: ['East Campus (东校区)'] },
          { value: 'w', labels: ['West Campus (西校区, formerly Riverside)'] },
          { value: 'x', labels: ['Annex (东校区)'] },
        ],
      },
    ],
  };
  const pick = (text: string) => validateSheet([['校区'], [text]], choose);

  it('accepts the full name, or a part no other option shares', () => {
    expect(pick('east campus (东校区)').rows[0].value).toEqual({ campus: 'e' });
    expect(pick('西校区').rows[0].value).toEqual({ campus: 'w' });
    expect(pick('West Campus').rows[0].value).toEqual({ campus: 'w' });
    expect(pick('东校区').problems[0].message).toMatch(/不是可选值/);
  });
});

describe('dates and notes', () => {
  it('parses days in the usual ways and refuses days that do not exist', () => {
    expect(parseDay('2027-6-3')).toBe('2027-06-03');
    expect(parseDay('2027年6月30日')).toBe('2027-06-30');
    expect(parseDay('2028-02-29')).toBe('2028-02-29');
    expect(parseDay('2027-02-29')).toBeNull();
    expect(parseDay('30/06/2027')).toBeNull();
  });

  it('writes the template note from the column', () => {
    expect(columnNote(spec.columns[2])).toBe('必填；可选值：厨师、教师；多个用、分隔');
    expect(columnNote(spec.columns[3], 'en')).toBe('Optional; amount in yuan, at most two decimals, e.g. 1234.50');
  });
});
