/** A score (0–100, one decimal) as shown: "87.5", or "—" without evidence. */
export const scoreText = (score: number | null | undefined) => (score == null ? '—' : score.toFixed(1));

/** The path of a piece of evidence's record in the console, when it has a page. */
export function evidencePath(subjectType: string, subjectId: string): string | null {
  if (subjectType === 'WORK_ORDER') return `/facilities/work-orders/${subjectId}`;
  if (subjectType === 'REQUISITION') return `/facilities/requisitions/${subjectId}`;
  return null;
}

/** The term the page opens on: the one named in the address, else the one today falls in, else the latest. */
export function defaultTerm<T extends { id: string; startsOn: string; endsOn: string }>(
  terms: readonly T[],
  asked: string | null,
  today: string,
): T | undefined {
  return terms.find((term) => term.id === asked) ?? terms.find((term) => term.startsOn <= today && today <= term.endsOn) ?? terms[0];
}
