import { fenToYuan, parseYuanToFen } from '../money';

/**
 * The generic check of an imported sheet (Excel 导入), before anything reaches the graph: a
 * register declares its columns once (header, type, required, allowed values), and this maps the
 * file's header row onto them (Chinese headers, English ones tolerated), turns every data row into
 * a typed row for the bulk mutation, and lists every problem with the row number the user sees in
 * Excel ("第 3 行 姓名: 必填"). Pure: no React, no exceljs, so it is unit-tested on plain arrays.
 */

export type ImportLanguage = 'zh' | 'en';

/** Words shown both ways; the validator answers in the viewer's language. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** One accepted value of a choice column: what goes to the graph, and what the user may write. */
export interface ChoiceOption {
  value: string;
  /** Labels the cell may hold, first one shown in notes (e.g. ['校长', 'Principal', 'PRINCIPAL']). */
  labels: string[];
}

export type ColumnType =
  | { type: 'text'; maxLength?: number; pattern?: RegExp; patternHint?: Bilingual; upperCase?: boolean }
  | { type: 'integer'; min?: number; max?: number }
  /** An amount in yuan: typed as the graph takes it, an exact two-decimal string ("1234.50"). */
  | { type: 'yuan'; minFen?: number }
  /** A calendar day, typed as YYYY-MM-DD. */
  | { type: 'date' }
  | { type: 'boolean' }
  /** One of the options (or several, separated by 、 , ， ; ；) typed as the option's value. */
  | { type: 'choice'; options: ChoiceOption[]; multiple?: boolean };

export type ImportColumn<Row> = ColumnType & {
  /** The field of the graph's row input this column fills (and the field its row errors name). */
  key: keyof Row & string;
  header: Bilingual;
  /** Other headers accepted for this column. */
  aliases?: string[];
  required?: boolean;
  /** More to say in the template's note (e.g. "同一学校内唯一"). */
  note?: Bilingual;
  /** A further check of a parsed value: a message when it is wrong. */
  check?: (value: unknown) => Bilingual | null;
};

export interface ImportSpec<Row> {
  columns: ImportColumn<Row>[];
  /** Column sets whose values may appear only once in the file (a name, a code, a school-year-category). */
  unique?: (keyof Row & string)[][];
  /** Checks across a row's columns (a food supplier needs a licence): problems on named columns. */
  rowCheck?: (row: Row) => { key: keyof Row & string; message: Bilingual }[];
  /** The most data rows a file may have (the bulk mutation's bound). */
  maxRows: number;
}

/** One problem of an import: an Excel row (null for the whole file), a column header (null for the row), a message. */
export interface ImportProblem {
  excelRow: number | null;
  column: string | null;
  message: string;
}

export interface ValidatedRow<Row> {
  /** The row number Excel shows (1-based, counting the header and any blank rows). */
  excelRow: number;
  value: Row;
}

export interface ValidationResult<Row> {
  rows: ValidatedRow<Row>[];
  problems: ImportProblem[];
}

const SEPARATORS = /[、,，;；\n]+/;

/** A header as compared: no spaces, asterisks, underscores, hyphens or bracketed remarks; lower case. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊_\-:：]/g, '')
    .toLowerCase();
}

export interface HeaderMapping<Row> {
  /** The sheet column index of each column found. */
  indexOf: Map<keyof Row & string, number>;
  problems: ImportProblem[];
}

/**
 * Which sheet column holds which register column, from the header row (Excel row `excelRow`):
 * a required column missing, a header that names nothing, or a column given twice is a problem
 * of the file. Blank headers are ignored.
 */
export function mapHeaders<Row>(
  headerCells: string[],
  columns: ImportColumn<Row>[],
  language: ImportLanguage = 'zh',
  excelRow = 1,
): HeaderMapping<Row> {
  const byName = new Map<string, ImportColumn<Row>>();
  for (const column of columns)
    for (const name of [column.header.zh, column.header.en, column.key, ...(column.aliases ?? [])])
      byName.set(normalizeHeader(name), column);
  const indexOf = new Map<keyof Row & string, number>();
  const problems: ImportProblem[] = [];
  const say = (zh: string, en: string) => (language === 'en' ? en : zh);
  headerCells.forEach((cell, index) => {
    if (!cell.trim()) return;
    const column = byName.get(normalizeHeader(cell));
    if (!column) {
      problems.push({
        excelRow,
        column: cell,
        message: say(`未知的列「${cell}」，请使用模板的列名`, `unknown column "${cell}"; use the template's headers`),
      });
    } else if (indexOf.has(column.key)) {
      problems.push({ excelRow, column: cell, message: say('该列重复出现', 'this column appears twice') });
    } else {
      indexOf.set(column.key, index);
    }
  });
  for (const column of columns)
    if (column.required && !indexOf.has(column.key))
      problems.push({ excelRow, column: column.header[language], message: say('缺少必填列', 'required column missing') });
  return { indexOf, problems };
}

/** A choice as compared: case and spaces do not matter (names keep their brackets: 第一小学（东校区）). */
function normalizeChoice(text: string): string {
  return text.replace(/\s/g, '').toLowerCase();
}

/**
 * The parts a name is also known by: "Repairs (维修)" by "Repairs" and "维修", "West Campus (西校区, formerly
 * Riverside)" by "West Campus", "西校区" and "formerly Riverside".
 */
function nameParts(label: string): string[] {
  const inside = [...label.matchAll(/[（(]([^）)]*)[）)]/g)].flatMap((m) => m[1].split(/[,，、;；]/));
  return [label.replace(/[（(][^）)]*[）)]/g, ''), ...inside].map(normalizeChoice).filter(Boolean);
}

/** The option a cell names: by its value or a label exactly, else by a part of one label when no other option has that part. */
function findOption(options: ChoiceOption[], text: string): ChoiceOption | undefined {
  const wanted = normalizeChoice(text);
  const exact = options.find((o) => [o.value, ...o.labels].some((label) => normalizeChoice(label) === wanted));
  if (exact) return exact;
  const partly = options.filter((o) => o.labels.some((label) => nameParts(label).includes(wanted)));
  return partly.length === 1 ? partly[0] : undefined;
}

type Parsed = { value: unknown } | { error: Bilingual };

const DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** A day written as 2027-06-30, 2027/6/30, 2027.6.30 or 2027年6月30日, as YYYY-MM-DD; null when no such day. */
export function parseDay(text: string): string | null {
  const match = DATE.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const TRUE = ['是', 'y', 'yes', 'true', '1', '√'];
const FALSE = ['否', 'n', 'no', 'false', '0', '×'];

function choiceLabel(option: ChoiceOption) {
  return option.labels[0] ?? option.value;
}

function parseCell(column: ColumnType, text: string): Parsed {
  switch (column.type) {
    case 'text': {
      const value = column.upperCase ? text.toUpperCase() : text;
      if (column.maxLength && [...value].length > column.maxLength)
        return { error: { zh: `最多 ${column.maxLength} 个字`, en: `at most ${column.maxLength} characters` } };
      if (column.pattern && !column.pattern.test(value)) return { error: column.patternHint ?? { zh: '格式不对', en: 'wrong format' } };
      return { value };
    }
    case 'integer': {
      if (!/^-?\d+$/.test(text)) return { error: { zh: '应为整数', en: 'must be a whole number' } };
      const value = Number(text);
      if ((column.min !== undefined && value < column.min) || (column.max !== undefined && value > column.max))
        return {
          error: {
            zh: `应在 ${column.min ?? '…'} 到 ${column.max ?? '…'} 之间`,
            en: `must be ${column.min ?? '…'} to ${column.max ?? '…'}`,
          },
        };
      return { value };
    }
    case 'yuan': {
      const fen = parseYuanToFen(text);
      if (fen === null)
        return {
          error: {
            zh: '应为金额（元），最多两位小数，如 1234.50',
            en: 'must be an amount in yuan with at most two decimals, e.g. 1234.50',
          },
        };
      if (column.minFen !== undefined && fen < column.minFen)
        return { error: { zh: `不能小于 ${fenToYuan(column.minFen)} 元`, en: `must be at least ${fenToYuan(column.minFen)} yuan` } };
      return { value: fenToYuan(fen) };
    }
    case 'date': {
      const value = parseDay(text);
      return value
        ? { value }
        : { error: { zh: '应为日期，格式 YYYY-MM-DD，如 2027-06-30', en: 'must be a date YYYY-MM-DD, e.g. 2027-06-30' } };
    }
    case 'boolean': {
      const lower = text.toLowerCase();
      if (TRUE.includes(lower)) return { value: true };
      if (FALSE.includes(lower)) return { value: false };
      return { error: { zh: '应为「是」或「否」', en: 'must be 是 (yes) or 否 (no)' } };
    }
    case 'choice': {
      const parts = column.multiple
        ? text
            .split(SEPARATORS)
            .map((p) => p.trim())
            .filter(Boolean)
        : [text];
      const values: string[] = [];
      for (const part of parts) {
        const option = findOption(column.options, part);
        if (!option) {
          const allowed = column.options.map(choiceLabel).join('、');
          return { error: { zh: `「${part}」不是可选值（${allowed}）`, en: `"${part}" is not one of: ${allowed}` } };
        }
        if (!values.includes(option.value)) values.push(option.value);
      }
      if (!values.length) return { error: { zh: '必填', en: 'required' } };
      return { value: column.multiple ? values : values[0] };
    }
  }
}

/**
 * Checks a whole sheet (rows of text cells, the header row first as `readFirstSheet` gives them)
 * against a register's spec: every row, every column, duplicates within the file. Blank rows are
 * skipped but keep their numbers. The rows come back typed only when useful: the caller sends the
 * file only when `problems` is empty.
 */
export function validateSheet<Row>(cells: string[][], spec: ImportSpec<Row>, language: ImportLanguage = 'zh'): ValidationResult<Row> {
  const say = (text: Bilingual) => text[language];
  const headerIndex = cells.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0)
    return { rows: [], problems: [{ excelRow: null, column: null, message: say({ zh: '文件是空的', en: 'the file is empty' }) }] };
  const { indexOf, problems } = mapHeaders(cells[headerIndex], spec.columns, language, headerIndex + 1);
  if (problems.length) return { rows: [], problems };

  const dataRows = cells
    .map((row, index) => ({ row, excelRow: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ row }) => row.some((cell) => cell.trim() !== ''));
  if (!dataRows.length)
    return {
      rows: [],
      problems: [{ excelRow: null, column: null, message: say({ zh: '文件中没有数据行', en: 'the file has no data rows' }) }],
    };
  if (dataRows.length > spec.maxRows)
    return {
      rows: [],
      problems: [
        {
          excelRow: null,
          column: null,
          message: say({
            zh: `一次最多导入 ${spec.maxRows} 行，文件有 ${dataRows.length} 行`,
            en: `at most ${spec.maxRows} rows per file; this one has ${dataRows.length}`,
          }),
        },
      ],
    };

  const rows: ValidatedRow<Row>[] = [];
  const headerOf = (key: string) => {
    const column = spec.columns.find((c) => c.key === key);
    return column ? column.header[language] : key;
  };
  for (const { row, excelRow } of dataRows) {
    const value: Record<string, unknown> = {};
    let rowOk = true;
    const wrongKeys = new Set<string>();
    for (const column of spec.columns) {
      const index = indexOf.get(column.key);
      const text = index === undefined ? '' : (row[index] ?? '').trim();
      const problem = (message: Bilingual) => {
        problems.push({ excelRow, column: column.header[language], message: say(message) });
        wrongKeys.add(column.key);
        rowOk = false;
      };
      if (!text) {
        if (column.required) problem({ zh: '必填', en: 'required' });
        continue;
      }
      const parsed = parseCell(column, text);
      if ('error' in parsed) {
        problem(parsed.error);
        continue;
      }
      const wrong = column.check?.(parsed.value);
      if (wrong) {
        problem(wrong);
        continue;
      }
      value[column.key] = parsed.value;
    }
    // Checks across columns run on the cells that parsed; a column already wrong is not reported twice.
    if (spec.rowCheck)
      for (const { key, message } of spec.rowCheck(value as Row)) {
        if (wrongKeys.has(key)) continue;
        problems.push({ excelRow, column: headerOf(key), message: say(message) });
        rowOk = false;
      }
    if (rowOk) rows.push({ excelRow, value: value as Row });
  }

  for (const keys of spec.unique ?? []) {
    const seen = new Map<string, number>();
    for (const { excelRow, value } of rows) {
      const values = keys.map((key) => (value as Record<string, unknown>)[key]);
      if (values.some((v) => v === undefined)) continue;
      const id = JSON.stringify(values.map((v) => (typeof v === 'string' ? v.toLowerCase() : v)));
      const first = seen.get(id);
      if (first === undefined) seen.set(id, excelRow);
      else
        problems.push({
          excelRow,
          column: keys.map(headerOf).join(' + '),
          message: say({ zh: `与第 ${first} 行重复`, en: `repeats row ${first}` }),
        });
    }
  }
  problems.sort((a, b) => (a.excelRow ?? 0) - (b.excelRow ?? 0));
  return { rows, problems };
}

/**
 * The graph's row errors of a refused file (extensions.rowErrors: 0-based indexes into the rows
 * sent, a field path inside the row such as `posts.0`) as problems on the user's Excel rows and headers.
 */
export function graphRowProblems<Row>(
  rowErrors: readonly { row: number; field: string; message: string }[],
  sent: readonly ValidatedRow<Row>[],
  columns: ImportColumn<Row>[],
  language: ImportLanguage = 'zh',
): ImportProblem[] {
  return rowErrors.map(({ row, field, message }) => {
    const key = field.split('.')[0];
    const column = columns.find((c) => c.key === key);
    return { excelRow: sent[row]?.excelRow ?? null, column: column ? column.header[language] : field || null, message };
  });
}

/** "第 3 行 姓名: 必填" / "Row 3 Name: required". */
export function formatProblem(problem: ImportProblem, language: ImportLanguage = 'zh'): string {
  const where = [
    problem.excelRow === null ? null : language === 'en' ? `Row ${problem.excelRow}` : `第 ${problem.excelRow} 行`,
    problem.column,
  ]
    .filter(Boolean)
    .join(' ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** What the template's header note says of a column: required or not, format, allowed values. */
export function columnNote<Row>(column: ImportColumn<Row>, language: ImportLanguage = 'zh'): string {
  const zh = language === 'zh';
  const parts: string[] = [column.required ? (zh ? '必填' : 'Required') : zh ? '选填' : 'Optional'];
  switch (column.type) {
    case 'text':
      if (column.patternHint) parts.push(column.patternHint[language]);
      if (column.maxLength) parts.push(zh ? `最多 ${column.maxLength} 个字` : `at most ${column.maxLength} characters`);
      break;
    case 'integer':
      parts.push(zh ? `整数 ${column.min ?? ''}–${column.max ?? ''}` : `whole number ${column.min ?? ''}–${column.max ?? ''}`);
      break;
    case 'yuan':
      parts.push(zh ? '金额（元），最多两位小数，如 1234.50' : 'amount in yuan, at most two decimals, e.g. 1234.50');
      break;
    case 'date':
      parts.push(zh ? '日期，格式 YYYY-MM-DD，如 2027-06-30' : 'date YYYY-MM-DD, e.g. 2027-06-30');
      break;
    case 'boolean':
      parts.push(zh ? '填「是」或「否」' : '是 (yes) or 否 (no)');
      break;
    case 'choice':
      parts.push((zh ? '可选值：' : 'One of: ') + column.options.map(choiceLabel).join('、'));
      if (column.multiple) parts.push(zh ? '多个用、分隔' : 'several separated by 、 or ,');
      break;
  }
  if (column.note) parts.push(column.note[language]);
  return parts.join(zh ? '；' : '; ');
}
