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
