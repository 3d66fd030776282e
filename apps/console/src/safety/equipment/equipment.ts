/** What a row's next date is, the soonest of its check, service and expiry, and whether it is past. */
export function nextDue(
  e: { nextCheckOn: string; nextServiceOn?: string | null; expiresOn?: string | null },
  today: string,
): { on: string; what: 'CHECK' | 'SERVICE' | 'EXPIRY'; past: boolean } {
  const dates: { on: string; what: 'CHECK' | 'SERVICE' | 'EXPIRY' }[] = [{ on: e.nextCheckOn, what: 'CHECK' }];
  if (e.nextServiceOn) dates.push({ on: e.nextServiceOn, what: 'SERVICE' });
  if (e.expiresOn) dates.push({ on: e.expiresOn, what: 'EXPIRY' });
  const soonest = dates.reduce((a, b) => (b.on < a.on ? b : a));
  return { ...soonest, past: soonest.on < today };
}

/** The check's questions by kind: an extinguisher's pressure gauge is asked; nothing else has one. */
export const asksPressure = (kind: string) => kind === 'FIRE_EXTINGUISHER';
