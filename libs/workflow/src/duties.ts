import { forbidden } from '@houqin/common';

/**
 * Separation of duties (阳光工程): the person who did one part of a piece of work may not do
 * another — whoever files a claim never approves or pays it, whoever rectifies a hazard never
 * verifies it, the first inspector of a bulk delivery is not the second. `who` is the account that
 * did the first part, `reason` says what that was ("You filed this").
 */
export interface DutySeparation<R> {
  /** The account that did the earlier part, read from the record; null when nobody has yet. */
  who: (record: R) => string | null | undefined;
  /** What that account did, to start the FORBIDDEN message: "You filed this". */
  reason: string;
}

/** Whether `accountId` did the earlier part of `record`'s work, so may not do this part (see `DutySeparation`). */
export function sameDuty<R>(accountId: string, record: R, rule: DutySeparation<R>): boolean {
  return rule.who(record) === accountId;
}

/** FORBIDDEN when `accountId` did the earlier part of `record`'s work (see `sameDuty`). */
export function requireSeparateDuty<R>(accountId: string, record: R, rule: DutySeparation<R>, doing: string): void {
  if (sameDuty(accountId, record, rule)) throw forbidden(`${rule.reason}, so you cannot ${doing} it (separation of duties).`);
}
