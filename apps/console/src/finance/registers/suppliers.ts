import type { ImportSpec } from '../../shared/import/validate';

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a mod-31 check (as finance checks it). */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + CREDIT_CODE_CHARS.indexOf(code[i]) * weight, 0);
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31] === code[17];
}

/** One row of importSuppliers (CreateSupplierInput). */
export interface SupplierImportRow {
  name: string;
  creditCode: string;
  contactName?: string;
  phone?: string;
  bankAccount?: string;
  foodSupplier?: boolean;
  foodLicenceNumber?: string;
  foodLicenceExpiresOn?: string;
}

/** The supplier import (供应商批量导入): the district's list, one supplier per row. */
export const supplierImportSpec: ImportSpec<SupplierImportRow> = {
  maxRows: 500,
  columns: [
    { key: 'name', header: { zh: '名称', en: 'Name' }, aliases: ['供应商名称', '供应商'], type: 'text', required: true, maxLength: 120 },
    {
      key: 'creditCode',
      header: { zh: '统一社会信用代码', en: 'Credit code' },
      aliases: ['信用代码', 'Unified social credit code'],
      type: 'text',
      required: true,
      upperCase: true,
      check: (code) =>
        isValidCreditCode(String(code))
          ? null
          : {
              zh: '不是有效的统一社会信用代码（18 位，校验位正确）',
              en: 'not a valid unified social credit code (18 characters, correct check character)',
            },
      note: { zh: '18 位，末位为校验码', en: '18 characters, the last a check character' },
    },
    { key: 'contactName', header: { zh: '联系人', en: 'Contact' }, aliases: ['Contact name'], type: 'text', maxLength: 120 },
    {
      key: 'phone',
      header: { zh: '联系电话', en: 'Phone' },
      aliases: ['电话'],
      type: 'text',
      pattern: /^[0-9+\- ]{5,20}$/,
      patternHint: { zh: '5 到 20 位数字、空格、+ 或 -', en: '5 to 20 digits, spaces, + or -' },
    },
    { key: 'bankAccount', header: { zh: '开户行及账号', en: 'Bank account' }, aliases: ['银行账号'], type: 'text', maxLength: 100 },
    {
      key: 'foodSupplier',
      header: { zh: '食品供应商', en: 'Food supplier' },
      type: 'boolean',
      note: {
        zh: '留空视为「否」；填「是」时许可证编号和有效期必填',
        en: 'empty means no; when yes, the licence number and expiry are required',
      },
    },
    {
      key: 'foodLicenceNumber',
      header: { zh: '食品经营许可证编号', en: 'Food licence number' },
      aliases: ['许可证编号'],
      type: 'text',
      pattern: /^[A-Za-z0-9]{6,32}$/,
      patternHint: { zh: '6 到 32 位字母或数字', en: '6 to 32 letters or digits' },
    },
    {
      key: 'foodLicenceExpiresOn',
      header: { zh: '许可证有效期至', en: 'Licence valid until' },
      aliases: ['Food licence expires on'],
      type: 'date',
    },
  ],
  unique: [['name'], ['creditCode']],
  rowCheck: (row) => {
    if (!row.foodSupplier) return [];
    const required = { zh: '食品供应商必填', en: 'required for a food supplier' };
    return [
      ...(row.foodLicenceNumber ? [] : [{ key: 'foodLicenceNumber' as const, message: required }]),
      ...(row.foodLicenceExpiresOn ? [] : [{ key: 'foodLicenceExpiresOn' as const, message: required }]),
    ];
  },
};
