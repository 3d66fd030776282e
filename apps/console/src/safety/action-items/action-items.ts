/** An action item's standing on `today`: done, overdue (past its deadline, not done) or open. */
export function actionState(item: { doneAt?: string | null; deadline: string }, today: string): 'DONE' | 'OVERDUE' | 'OPEN' {
  if (item.doneAt) return 'DONE';
  return item.deadline < today ? 'OVERDUE' : 'OPEN';
}

/** How many are not done yet. */
export const openCount = (items: readonly { doneAt?: string | null }[]) => items.filter((i) => !i.doneAt).length;

/** The most action items a meeting or an investigation records (ActionItemInput lists: at most 30). */
export const MAX_ACTION_ITEMS = 30;

/** An action item as the input of a form list: what, whose, by when (YYYY-MM-DD). */
export interface ActionDraft {
  description?: string;
  ownerStaffId?: string;
  deadline?: { format(pattern: string): string } | null;
  kind?: string;
}

/** The drafts of a form as the graph's ActionItemInput list (empty rows left out). */
export function actionInputs<K extends string>(drafts: readonly ActionDraft[] | undefined, kind: K) {
  return (drafts ?? [])
    .filter((d) => d.description?.trim() || d.ownerStaffId)
    .map((d) => ({
      description: d.description?.trim() ?? '',
      ownerStaffId: d.ownerStaffId ?? '',
      deadline: d.deadline ? d.deadline.format('YYYY-MM-DD') : '',
      kind: (d.kind as K | undefined) ?? kind,
    }));
}
