import { actionState } from '../action-items/action-items';

/** The most attendees a meeting records (RecordSafetyMeetingInput.attendeeStaffIds: 1–100). */
export const MAX_ATTENDEES = 100;

/** A meeting's decisions (落实事项) on `today` (YYYY-MM-DD): how many in all, how many not done, how many of those overdue. */
export function actionSummary(items: readonly { doneAt?: string | null; deadline: string }[], today: string) {
  let open = 0;
  let overdue = 0;
  for (const item of items) {
    const state = actionState(item, today);
    if (state !== 'DONE') open += 1;
    if (state === 'OVERDUE') overdue += 1;
  }
  return { total: items.length, open, overdue };
}

/**
 * Why an action item's deadline cannot be taken, before the graph says so: it is due on the meeting's
 * day or later (ActionItemInput.deadline). Both YYYY-MM-DD; null when it is fine or either is missing.
 */
export function deadlineProblem(deadline: string | undefined, heldOn: string | undefined): 'BEFORE_MEETING' | null {
  if (!deadline || !heldOn) return null;
  return deadline < heldOn ? 'BEFORE_MEETING' : null;
}
