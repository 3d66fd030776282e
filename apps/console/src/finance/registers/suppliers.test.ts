// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatProblem, validateSheet } from '../../shared/import/validate';
import { isValidCreditCode, supplierImportSpec } from './suppliers';

const HEADER = ['名称', '统一社会信用代码', '联系人', '联系电话', '开户行及账号', '食品供应商', '食品经营许可证编号', '许可证有效期至'];

describe('supplier import (供应商批量导入)', () => {
  it('checks the credit code’s check character', () => {
    expect(isValidCreditCode('91110000100000000G')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
  });

  it('types a food supplier with its licence, upper-casing the code', () => {
    const result = validateSheet(
      [HEADER, ['鲜丰蔬菜', '91350100m000100y43', '王经理', '13800138000', '', '是', 'JY13501000001', '2027-06-30']],
      supplierImportSpec,
    );
    expect(result.problems).toEqual([]);
    expect(result.rows[0].value).toEqual({
      name: '鲜丰蔬菜',
      creditCode: '91350100M000100Y43',
      contactName: '王经理',
      phone: '13800138000',
      foodSupplier: true,
      foodLicenceNumber: 'JY13501000001',
      foodLicenceExpiresOn: '2027-06-30',
    });
  });

  it('names a bad code, a food supplier without licence, and a name or code given twice', () => {
    const result = validateSheet(
      [
        HEADER,
        ['甲', '91350100M000100Y44', '', '', '', '是', '', ''],
        ['乙', '91350100M000100Y43', '', '', '', '是', '', ''],
        ['乙', '91350100M000100Y43', '', '', '', '否', '', ''],
      ],
      supplierImportSpec,
    );
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      '第 2 行 统一社会信用代码: 不是有效的统一社会信用代码（18 位，校验位正确）',
      '第 2 行 食品经营许可证编号: 食品供应商必填',
      '第 2 行 许可证有效期至: 食品供应商必填',
      '第 3 行 食品经营许可证编号: 食品供应商必填',
      '第 3 行 许可证有效期至: 食品供应商必填',
    ]);
  });

  it('finds repeated names and codes', () => {
    const result = validateSheet([HEADER, ['乙', '91350100M000100Y43'], ['乙', '91350100M000100Y43']], supplierImportSpec);
    expect(result.problems.map((p) => formatProblem(p))).toEqual([
      '第 3 行 名称: 与第 2 行重复',
      '第 3 行 统一社会信用代码: 与第 2 行重复',
    ]);
  });
});
