/**
 * Event-type patterns an endpoint may name (事件类型), as the form suggests them: the wildcards and the
 * catalogue of docs/events.md. Anything else may be typed; the graph checks it against its catalogue.
 */
export const EVENT_TYPE_SUGGESTIONS: readonly string[] = [
  '*',
  'directory.*',
  'finance.*',
  'directory.account.*',
  'directory.campus.*',
  'directory.school.*',
  'directory.staff.*',
  'finance.expenseClaim.*',
  'finance.month.*',
  'finance.payment.*',
  'finance.purchaseRequest.*',
  'finance.supplier.*',
  'directory.account.changed',
  'directory.account.created',
  'directory.account.deactivated',
  'directory.account.passwordChanged',
  'directory.campus.created',
  'directory.campus.moved',
  'directory.school.changed',
  'directory.school.created',
  'directory.staff.changed',
  'directory.staff.created',
  'finance.expenseClaim.approved',
  'finance.expenseClaim.paid',
  'finance.expenseClaim.paymentReversed',
  'finance.expenseClaim.rejected',
  'finance.expenseClaim.reviewed',
  'finance.expenseClaim.submitted',
  'finance.month.closed',
  'finance.payment.posted',
  'finance.purchaseRequest.approved',
  'finance.purchaseRequest.paid',
  'finance.purchaseRequest.paymentReversed',
  'finance.purchaseRequest.rejected',
  'finance.purchaseRequest.submitted',
  'finance.supplier.licenceExpiring',
  'finance.supplier.suspended',
];

/**
 * The event types as typed into the tags field: trimmed, blanks dropped, each once, in the order given;
 * a pasted "a, b" or one per line is split.
 */
export function normalizeEventTypes(typed: readonly string[] | null | undefined): string[] {
  const seen = new Set<string>();
  for (const entry of typed ?? [])
    for (const part of entry.split(/[\s,，;；]+/)) {
      const type = part.trim();
      if (type) seen.add(type);
    }
  return [...seen];
}

/** The signing secret's tail as the endpoint shows it ("…a1b2", the graph's secretHint), to tell which secret a receiver holds. */
export function maskedSecret(hint: string): string {
  if (!hint) return '';
  return `••••••${hint.replace(/^(…|\.\.\.)/, '')}`;
}
