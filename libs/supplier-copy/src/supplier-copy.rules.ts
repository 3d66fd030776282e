/** What receiving needs to know of a supplier (the canteen's copy of finance's). */
export interface ReceivableFacts {
  status: string;
  foodSupplier: boolean;
  foodLicenceExpiresOn: string | null;
}

/**
 * Why goods may not be received from this supplier on `onDate` (YYYY-MM-DD, the school's date), or
 * null when they may: a suspended supplier, one that is not a food supplier, or one whose food-business
 * licence (食品经营许可证) is missing or expired on that date is refused (进货查验). The licence is
 * valid through its expiry date.
 */
export function whyNotReceivable(supplier: ReceivableFacts, onDate: string, field = 'supplierId'): string | null {
  if (supplier.status !== 'ACTIVE')
    return `${field} names a supplier suspended by the district (暂停供货); nothing may be received from it.`;
  if (!supplier.foodSupplier) return `${field} names a supplier that is not registered as a food supplier.`;
  if (!supplier.foodLicenceExpiresOn) return `${field} names a food supplier without a food-business licence on record.`;
  if (supplier.foodLicenceExpiresOn < onDate)
    return `${field} names a supplier whose food-business licence (食品经营许可证) expired on ${supplier.foodLicenceExpiresOn}, before ${onDate}.`;
  return null;
}

/** Why a repair may not be given to this supplier (维修外包), or null when it may: a suspended one is refused. */
export function whyNotContractor(supplier: Pick<ReceivableFacts, 'status'>, field = 'contractorSupplierId'): string | null {
  if (supplier.status !== 'ACTIVE') return `${field} names a supplier suspended by the district (暂停供货); no work may be given to it.`;
  return null;
}
