import { badInput } from '@houqin/common';
import { CanteenOperation } from './canteen.entity';

/**
 * Who runs a canteen and with whom: a contracted canteen (承包) names its contractor, a school-run
 * one (自营) names none. BAD_USER_INPUT on `contractorSupplierId` otherwise.
 */
export function checkOperation(operation: CanteenOperation, contractorSupplierId: string | null): void {
  if (operation === CanteenOperation.CONTRACTED && !contractorSupplierId)
    throw badInput('contractorSupplierId', 'contractorSupplierId is required for a contracted canteen (承包): name the contractor.');
  if (operation === CanteenOperation.SCHOOL_RUN && contractorSupplierId)
    throw badInput('contractorSupplierId', 'contractorSupplierId must be empty for a school-run canteen (自营).');
}

/** A licence given for a canteen must not have expired already (`today` at the school). */
export function checkLicenceCurrent(licenceExpiresOn: string, today: string): void {
  if (licenceExpiresOn < today)
    throw badInput(
      'licenceExpiresOn',
      `licenceExpiresOn ${licenceExpiresOn} is already past (today is ${today}): give the current licence.`,
    );
}

/** Names of storage locations given at once: each once (case and surrounding spaces ignored). */
export function checkDistinctNames(names: readonly string[], field: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.trim().toLowerCase();
    if (seen.has(key)) throw badInput(field, `${field} names "${name.trim()}" twice: each storage location of a canteen has its own name.`);
    seen.add(key);
  }
}

/** A licence number as stored: upper case, as printed on the licence. */
export const normalLicenceNumber = (number: string) => number.trim().toUpperCase();
