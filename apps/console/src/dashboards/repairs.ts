import { graphql } from '../graphql';

/**
 * The work orders of a period (维修统计, School.repairSummary): counts by status, due-time compliance
 * (按时完成率), mean time to repair (平均维修用时) and the final accounts (决算). Asked in a query of its
 * own beside each dashboard's one query: in the district's it would cost 5502, over the gateway's limit
 * of 5000 (apps/gateway/test/console-operations-cost.spec.ts); and the field is non-null, so in the
 * school's a refused or failed repair report would blank the whole dashboard instead of one card.
 */
export const DashboardRepairSummaryFields = graphql(`
  fragment DashboardRepairSummaryFields on RepairSummary {
    from
    to
    reported
    open
    overdue
    finished
    finishedOnTime
    dueTimeCompliancePercent
    meanMinutesToRepair
    ratings
    averageRating
    byStatus {
      key
      count
    }
    cost {
      fen
      yuan
    }
  }
`);

/** One school's work orders from `from` to `to` (the school dashboard's repair card). */
export const SchoolRepairSummaryDocument = graphql(`
  query SchoolRepairSummary($schoolId: ID!, $from: String!, $to: String!) {
    school(id: $schoolId) {
      id
      repairSummary(from: $from, to: $to) {
        ...DashboardRepairSummaryFields
      }
    }
  }
`);

/**
 * Every active school's work orders side by side (the district dashboard), 100 schools a page: one
 * grouped statement per page for each of the repair report, preventive maintenance (维保完成率), patrols
 * (巡视完成率) and the appraisals of the term holding the period's last day (考核汇总).
 */
export const DistrictRepairSummaryDocument = graphql(`
  query DistrictRepairSummary($from: String!, $to: String!, $after: String) {
    schools(first: 100, after: $after, filter: { active: true }) {
      nodes {
        id
        repairSummary(from: $from, to: $to) {
          ...DashboardRepairSummaryFields
        }
        maintenanceCompliance(from: $from, to: $to) {
          due
          compliancePercent
        }
        patrolCompleteness(from: $from, to: $to) {
          expected
          completenessPercent
        }
        appraisalSummary(on: $to) {
          appraised
          confirmed
          meanScore
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A school's work orders in the dashboard's period as figures: counts, compliance in tenths of a percent, cost in fen. */
export interface RepairFigures {
  reported: number;
  open: number;
  overdue: number;
  finished: number;
  finishedOnTime: number;
  /** finishedOnTime ÷ finished in tenths of a percent (the graph's whole percent × 10); null when none finished. */
  dueTimeCompliance: number | null;
  /** Mean minutes from report to finish; null when none finished. */
  meanMinutesToRepair: number | null;
  /** The final accounts (决算) of the period's work orders, in fen. */
  cost: number;
  averageRating: string | null;
  /** How many work orders in each status (WorkOrderStatus), only the statuses with some. */
  byStatus: Record<string, number>;
  /** The period's maintenance, patrols and the term's appraisals (the district's query only); absent otherwise. */
  upkeep?: UpkeepFigures | null;
}

/** A school's upkeep in the period: rates in tenths of a percent (null when nothing was due), counts, the mean score. */
export interface UpkeepFigures {
  /** Preventive maintenance due days (维保) in the period, and the share done by their day. */
  maintenanceDue: number;
  maintenanceCompliance: number | null;
  /** Patrol checkpoints expected (巡视) in the period, and the share scanned. */
  patrolCheckpoints: number;
  patrolCompleteness: number | null;
  /** The term's appraisals (考核): appraised, confirmed by the principal, the mean score; null when unreadable. */
  appraised: number | null;
  appraisalsConfirmed: number | null;
  meanAppraisalScore: number | null;
}

/** The district query's upkeep fields of a school as figures; null when none came (an older gateway, a refused field). */
export function toUpkeepFigures(node: {
  maintenanceCompliance?: { due: number; compliancePercent?: number | null } | null;
  patrolCompleteness?: { expected: number; completenessPercent?: number | null } | null;
  appraisalSummary?: { appraised: number; confirmed: number; meanScore?: number | null } | null;
}): UpkeepFigures | null {
  const { maintenanceCompliance: pm, patrolCompleteness: patrols, appraisalSummary: appraisals } = node;
  if (!pm && !patrols && !appraisals) return null;
  const tenths = (percent: number | null | undefined) => (percent === null || percent === undefined ? null : percent * 10);
  return {
    maintenanceDue: pm?.due ?? 0,
    maintenanceCompliance: tenths(pm?.compliancePercent),
    patrolCheckpoints: patrols?.expected ?? 0,
    patrolCompleteness: tenths(patrols?.completenessPercent),
    appraised: appraisals?.appraised ?? null,
    appraisalsConfirmed: appraisals?.confirmed ?? null,
    meanAppraisalScore: appraisals?.meanScore ?? null,
  };
}

export interface RepairSummaryNode {
  reported: number;
  open: number;
  overdue: number;
  finished: number;
  finishedOnTime: number;
  dueTimeCompliancePercent?: number | null;
  meanMinutesToRepair?: number | null;
  averageRating?: string | null;
  byStatus: readonly { key: string; count: number }[];
  cost: { fen: number };
}

export function toRepairFigures(summary: RepairSummaryNode | null | undefined): RepairFigures | null {
  if (!summary) return null;
  const byStatus: Record<string, number> = {};
  for (const { key, count } of summary.byStatus) if (count > 0) byStatus[key] = (byStatus[key] ?? 0) + count;
  return {
    reported: summary.reported,
    open: summary.open,
    overdue: summary.overdue,
    finished: summary.finished,
    finishedOnTime: summary.finishedOnTime,
    dueTimeCompliance:
      summary.dueTimeCompliancePercent === null || summary.dueTimeCompliancePercent === undefined
        ? null
        : summary.dueTimeCompliancePercent * 10,
    meanMinutesToRepair: summary.meanMinutesToRepair ?? null,
    cost: summary.cost.fen,
    averageRating: summary.averageRating ?? null,
    byStatus,
  };
}

/** Each school's repair figures by its id, from the pages of DistrictRepairSummary. */
export function repairFiguresBySchool(
  nodes: readonly ({ id: string; repairSummary?: RepairSummaryNode | null } & Parameters<typeof toUpkeepFigures>[0])[],
): Map<string, RepairFigures> {
  const figures = new Map<string, RepairFigures>();
  for (const node of nodes) {
    const f = toRepairFigures(node.repairSummary);
    if (f) figures.set(node.id, { ...f, upkeep: toUpkeepFigures(node) });
  }
  return figures;
}

/** The rows with each school's repair figures beside them (null for a school the repair query has not answered). */
export function withRepairs<R extends { schoolId: string }>(
  rows: readonly R[],
  figures: ReadonlyMap<string, RepairFigures>,
): (R & { repairs: RepairFigures | null })[] {
  return rows.map((row) => ({ ...row, repairs: figures.get(row.schoolId) ?? null }));
}

/** The statuses in the order of the workflow, for the counts by status. */
export const REPAIR_STATUS_ORDER = [
  'REPORTED',
  'COSTED',
  'APPROVED',
  'ASSIGNED',
  'IN_PROGRESS',
  'REPAIRED',
  'ACCOUNTED',
  'CLOSED',
  'REJECTED',
];

/** The counts by status that are not zero, in workflow order (statuses the console does not know last). */
export function statusCounts(byStatus: Readonly<Record<string, number>>): { status: string; count: number }[] {
  const known = REPAIR_STATUS_ORDER.filter((s) => byStatus[s]).map((status) => ({ status, count: byStatus[status] }));
  const unknown = Object.keys(byStatus)
    .filter((s) => !REPAIR_STATUS_ORDER.includes(s) && byStatus[s])
    .sort()
    .map((status) => ({ status, count: byStatus[status] }));
  return [...known, ...unknown];
}
