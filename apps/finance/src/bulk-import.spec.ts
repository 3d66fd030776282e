import { badInput } from '@houqin/common';
import { fieldOf } from '../test/thrown';
import { checkRow, repeatsInFile, requireImportSize } from './bulk-import';
import { MAX_IMPORT_ROWS } from './limits';
import { creditCodeCheckChar, NEW_SUPPLIER_RULES } from './supplier/supplier.rules';
import type { CreateSupplierInput } from './supplier/supplier.inputs';

describe('bulk imports (批量导入)', () => {
  it(`take 1 to ${MAX_IMPORT_ROWS} rows`, () => {
    expect(fieldOf(() => requireImportSize([]))).toBe('rows');
    expect(fieldOf(() => requireImportSize(new Array(1)))).toBe('none');
    expect(fieldOf(() => requireImportSize(new Array(MAX_IMPORT_ROWS)))).toBe('none');
    expect(fieldOf(() => requireImportSize(new Array(MAX_IMPORT_ROWS + 1)))).toBe('rows');
  });

  it('a row repeating an earlier one is an error on each later row, naming the first; rows without a key are left out', () => {
    const names = ['a', 'b', 'a', null, 'a', 'b'];
    expect(repeatsInFile(names, (name) => name, 'name', 'This name')).toEqual([
      { row: 2, field: 'name', message: 'This name is already in row 0 of this file.' },
      { row: 4, field: 'name', message: 'This name is already in row 0 of this file.' },
      { row: 5, field: 'name', message: 'This name is already in row 1 of this file.' },
    ]);
    expect(repeatsInFile([null, null], (name) => name, 'name', 'This name')).toEqual([]);
  });

  it("collects a row's BAD_USER_INPUT as that row's errors and rethrows anything else", async () => {
    const errors: { row: number; field: string; message: string }[] = [];
    expect(await checkRow(3, errors, () => undefined)).toBe(true);
    expect(await checkRow(3, errors, () => Promise.reject(badInput('name', 'name must not be empty')))).toBe(false);
    expect(errors).toEqual([{ row: 3, field: 'name', message: 'name must not be empty' }]);
    await expect(checkRow(4, errors, () => Promise.reject(new Error('connection lost')))).rejects.toThrow('connection lost');
  });

  it("checks each supplier row by createSupplier's rules, every rule on its own", async () => {
    const code = '91350100MA0000001';
    const row = (extra: Partial<CreateSupplierInput>) =>
      ({ name: 'x', creditCode: code + creditCodeCheckChar(code), ...extra }) as CreateSupplierInput;
    const errorsOf = async (input: CreateSupplierInput) => {
      const errors: { row: number; field: string; message: string }[] = [];
      for (const rule of NEW_SUPPLIER_RULES) await checkRow(0, errors, () => rule(input));
      return errors.map((e) => e.field);
    };
    expect(await errorsOf(row({}))).toEqual([]);
    expect(await errorsOf(row({ creditCode: ` ${(code + creditCodeCheckChar(code)).toLowerCase()} ` }))).toEqual([]);
    expect(await errorsOf(row({ creditCode: `${code}0`, foodSupplier: true }))).toEqual(['creditCode', 'foodLicenceNumber']);
  });
});
