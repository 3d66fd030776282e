// @vitest-environment node
import { CombinedGraphQLErrors } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { checkFile, writeFile } from './flow';
import type { ImportSpec } from './validate';

interface Row {
  name: string;
  amount: string;
}

const spec: ImportSpec<Row> = {
  maxRows: 10,
  columns: [
    { key: 'name', header: { zh: '名称', en: 'Name' }, type: 'text', required: true },
    { key: 'amount', header: { zh: '金额', en: 'Amount' }, type: 'yuan', required: true },
  ],
};

const rowErrors = (errors: { row: number; field: string; message: string }[]) =>
  new CombinedGraphQLErrors({
    errors: [
      {
        message: `${errors.length} rows are bad`,
        extensions: { code: 'BAD_USER_INPUT', field: `rows.${errors[0].row}.${errors[0].field}`, rowErrors: errors },
      },
    ],
  });

describe('import flow: a bad file writes nothing', () => {
  it('never sends a file the browser refuses', async () => {
    const send = vi.fn(async () => 1);
    const outcome = await checkFile(
      [
        ['名称', '金额'],
        ['甲', '1'],
        ['', 'x'],
      ],
      spec,
      send,
    );
    expect(send).not.toHaveBeenCalled();
    expect(outcome).toMatchObject({ accepted: false, by: 'file' });
  });

  it('sends a clean file only to check (validateOnly), with every row typed', async () => {
    const send = vi.fn(async () => 2);
    const outcome = await checkFile([['名称', '金额'], ['甲', '1'], [], ['乙', '2.5']], spec, send);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith(
      [
        { name: '甲', amount: '1.00' },
        { name: '乙', amount: '2.50' },
      ],
      true,
    );
    expect(outcome).toEqual({
      accepted: true,
      rows: [
        { excelRow: 2, value: { name: '甲', amount: '1.00' } },
        { excelRow: 4, value: { name: '乙', amount: '2.50' } },
      ],
    });
  });

  it('shows the graph’s row errors on the Excel rows they came from (blank rows skipped in between)', async () => {
    const send = vi.fn(async () => {
      throw rowErrors([{ row: 1, field: 'name', message: 'name is already registered' }]);
    });
    const outcome = await checkFile([['名称', '金额'], ['甲', '1'], [], ['乙', '2']], spec, send);
    expect(outcome).toEqual({
      accepted: false,
      by: 'graph',
      problems: [{ excelRow: 4, column: '名称', message: 'name is already registered' }],
    });
  });

  it('shows a refusal without row errors (FORBIDDEN) for the whole file', async () => {
    const send = vi.fn(async () => {
      throw new CombinedGraphQLErrors({ errors: [{ message: 'Importing needs DISTRICT_ADMIN', extensions: { code: 'FORBIDDEN' } }] });
    });
    const outcome = await checkFile(
      [
        ['名称', '金额'],
        ['甲', '1'],
      ],
      spec,
      send,
    );
    expect(outcome).toEqual({
      accepted: false,
      by: 'graph',
      problems: [{ excelRow: null, column: null, message: 'Importing needs DISTRICT_ADMIN' }],
    });
  });

  it('writes with validateOnly false and reports a late refusal by row', async () => {
    const rows = [{ excelRow: 7, value: { name: '甲', amount: '1.00' } }];
    const send = vi.fn(async () => 1);
    expect(await writeFile(rows, spec, send)).toEqual({ count: 1 });
    expect(send).toHaveBeenCalledWith([{ name: '甲', amount: '1.00' }], false);
    const refused = vi.fn(async () => {
      throw rowErrors([{ row: 0, field: 'amount', message: 'too much' }]);
    });
    expect(await writeFile(rows, spec, refused)).toEqual({ problems: [{ excelRow: 7, column: '金额', message: 'too much' }] });
  });
});
