/**
 * Where a serious incident's report to the district (事故上报) stands: IN_TIME or LATE once reported,
 * OVERDUE when not yet reported and past due, DUE while there is still time; NONE for one that need not be.
 */
export function districtReport(
  incident: { serious: boolean; reportDueAt?: string | null; reportedToDistrictAt?: string | null },
  now: Date,
): 'NONE' | 'IN_TIME' | 'LATE' | 'OVERDUE' | 'DUE' {
  if (!incident.serious || !incident.reportDueAt) return 'NONE';
  const due = Date.parse(incident.reportDueAt);
  if (incident.reportedToDistrictAt) return Date.parse(incident.reportedToDistrictAt) <= due ? 'IN_TIME' : 'LATE';
  return now.getTime() > due ? 'OVERDUE' : 'DUE';
}

/** What keeps an incident from being closed (结案), as the graph checks it. */
export type CloseBlocker = 'NOT_INVESTIGATED' | 'OPEN_ACTIONS' | 'NOT_REPORTED';

/**
 * What still keeps an incident from being closed, in the order to deal with them: its investigation,
 * every corrective and preventive action done, a serious one reported to the district. Empty once it
 * may be closed (and for one already closed).
 */
export function closeBlockers(incident: {
  status: string;
  serious: boolean;
  reportedToDistrictAt?: string | null;
  actions: readonly { doneAt?: string | null }[];
}): CloseBlocker[] {
  if (incident.status === 'CLOSED') return [];
  const blockers: CloseBlocker[] = [];
  if (incident.status !== 'INVESTIGATED') blockers.push('NOT_INVESTIGATED');
  if (incident.actions.some((a) => !a.doneAt)) blockers.push('OPEN_ACTIONS');
  if (incident.serious && !incident.reportedToDistrictAt) blockers.push('NOT_REPORTED');
  return blockers;
}

/** Why the report form's counts cannot be taken, before the graph says so: injured not more than affected. */
export function countsProblem(
  peopleAffected: number | null | undefined,
  injured: number | null | undefined,
): 'INJURED_OVER_AFFECTED' | null {
  return (injured ?? 0) > (peopleAffected ?? 0) ? 'INJURED_OVER_AFFECTED' : null;
}

/** What an incident's record shows happened (its timeline), from the instants the graph keeps. */
export type IncidentEventKind = 'OCCURRED' | 'RECORDED' | 'REPORTED_TO_DISTRICT' | 'ACTION_DONE' | 'CLOSED';

export interface IncidentEvent {
  kind: IncidentEventKind;
  at: string;
  /** For ACTION_DONE: the action and how it was done. */
  text?: string;
}

/**
 * An incident's steps as far as its fields tell them, oldest first: it happened, was recorded, reached
 * the district, each action was done, it was closed. (The graph keeps no time for the investigation.)
 */
export function incidentTimeline(incident: {
  occurredAt: string;
  createdAt: string;
  reportedToDistrictAt?: string | null;
  closedAt?: string | null;
  actions: readonly { description: string; doneAt?: string | null; doneNote?: string | null }[];
}): IncidentEvent[] {
  const events: IncidentEvent[] = [
    { kind: 'OCCURRED', at: incident.occurredAt },
    { kind: 'RECORDED', at: incident.createdAt },
  ];
  if (incident.reportedToDistrictAt) events.push({ kind: 'REPORTED_TO_DISTRICT', at: incident.reportedToDistrictAt });
  for (const action of incident.actions)
    if (action.doneAt)
      events.push({
        kind: 'ACTION_DONE',
        at: action.doneAt,
        text: action.doneNote ? `${action.description}：${action.doneNote}` : action.description,
      });
  if (incident.closedAt) events.push({ kind: 'CLOSED', at: incident.closedAt });
  // Stable: same-instant events keep the order above
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.at) - Date.parse(b.e.at) || a.i - b.i)
    .map(({ e }) => e);
}
