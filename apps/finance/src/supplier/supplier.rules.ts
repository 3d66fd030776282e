import { badInput } from '@houqin/common';
import { SupplierStatus } from './supplier.entity';
import type { Supplier } from './supplier.entity';
import type { CreateSupplierInput } from './supplier.inputs';

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character (GB 32100-2015, mod 31) of the first 17 characters of a credit code. */
export function creditCodeCheckChar(first17: string): string {
  const sum = CREDIT_CODE_WEIGHTS.reduce((acc, weight, i) => acc + CREDIT_CODE_CHARS.indexOf(first17[i]) * weight, 0);
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

/** Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters, the last a mod-31 check. */
export function isValidCreditCode(code: string): boolean {
  return /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code) && creditCodeCheckChar(code) === code[17];
}

/** A credit code as stored: trimmed, upper case. */
export const normalCreditCode = (code: string) => code.trim().toUpperCase();

/** A credit code that passes its check (after `normalCreditCode`), else BAD_USER_INPUT on creditCode. */
export function requireCreditCode(creditCode: string): void {
  if (!isValidCreditCode(normalCreditCode(creditCode)))
    throw badInput(
      'creditCode',
      'creditCode is not a valid unified social credit code (统一社会信用代码): 18 characters with a correct check character.',
    );
}

/**
 * The rules a new supplier meets beyond its input's shape, each throwing its BAD_USER_INPUT: what
 * createSupplier checks, and importSuppliers of every row (collecting every refusal).
 */
export const NEW_SUPPLIER_RULES: ((input: CreateSupplierInput) => void)[] = [
  (input) => requireCreditCode(input.creditCode),
  requireFoodLicence,
];

/** A food supplier needs its food-business licence (食品经营许可证): number and expiry, else BAD_USER_INPUT on the missing one. */
export function requireFoodLicence(supplier: {
  foodSupplier?: boolean | null;
  foodLicenceNumber?: string | null;
  foodLicenceExpiresOn?: string | null;
}): void {
  if (supplier.foodSupplier && (!supplier.foodLicenceNumber || !supplier.foodLicenceExpiresOn)) {
    throw badInput(
      supplier.foodLicenceNumber ? 'foodLicenceExpiresOn' : 'foodLicenceNumber',
      'A food supplier needs its food-business licence number and expiry date (食品经营许可证).',
    );
  }
}

/** Why a supplier cannot be ordered from on `today` (suspended, or a food licence that has expired), or null when it can. */
export function whyNotOrderable(
  supplier: Pick<Supplier, 'name' | 'status' | 'foodSupplier' | 'foodLicenceExpiresOn'>,
  today: string,
): string | null {
  if (supplier.status !== SupplierStatus.ACTIVE) return `${supplier.name} is suspended and cannot be ordered from.`;
  if (supplier.foodSupplier && (!supplier.foodLicenceExpiresOn || supplier.foodLicenceExpiresOn < today)) {
    return `${supplier.name}'s food-business licence expired on ${supplier.foodLicenceExpiresOn}; it cannot be ordered from.`;
  }
  return null;
}
