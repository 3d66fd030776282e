import { graphql } from '../../graphql';
import type { SafetyDashboardQuery } from '../../graphql/graphql';
import { executionTenths } from '../figures';

/**
 * The district safety dashboard's ONE query (区级安全看板): every school's safety month side by side —
 * hazards (open now by level and age, reported and rectified in the month), inspection and patrol
 * completion, equipment and training compliance today, incidents and drill gaps in the month. Pages
 * of 50 schools; each field is one grouped statement per page in the safety service.
 */
export const SafetyDashboardDocument = graphql(`
  query SafetyDashboard($from: String!, $to: String!, $after: String) {
    schools(first: 50, after: $after) {
      nodes {
        id
        name
        hazardSummary(from: $from, to: $to) {
          open
          openMajor
          overdue
          openOverMonth
          reported
          rectified
          meanHoursToRectify
          byLevel {
            level
            overdue
          }
        }
        inspectionCompletion(from: $from, to: $to) {
          due
          submitted
          late
        }
        patrolCompletion(from: $from, to: $to) {
          expected
          covered
        }
        equipmentSummary {
          inService
          ok
          expired
          compliance
        }
        trainingSummary {
          required
          valid
          expired
          missing
          compliance
        }
        incidentSummary(from: $from, to: $to) {
          incidents
          serious
          injured
          reportedLate
          perThousandStudents
        }
        drillGaps(from: $from, to: $to)
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type SafetyNode = SafetyDashboardQuery['schools']['nodes'][number];

/** One school's row: plain numbers, rates in tenths of a percent (875 = 87.5%), null where nothing was due. */
export interface SafetyRow {
  schoolId: string;
  name: string;
  hazardsOpen: number;
  hazardsMajor: number;
  hazardsOverdue: number;
  /** Overdue and not major (major ones are counted as major). */
  hazardsOverdueNotMajor: number;
  hazardsOverMonth: number;
  hazardsReported: number;
  hazardsRectified: number;
  meanHoursToRectify: number | null;
  roundsDue: number;
  roundsLate: number;
  inspectionRate: number | null;
  patrolRate: number | null;
  equipmentExpired: number;
  equipmentRate: number | null;
  trainingExpired: number;
  trainingMissing: number;
  trainingRate: number | null;
  incidents: number;
  seriousIncidents: number;
  incidentsReportedLate: number;
  incidentsPerThousand: number | null;
  drillGapMonths: number;
}

/** "87.5" (the graph's one-decimal percentage) as tenths, 875; null for null. */
export function tenthsOf(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const match = /^(-?)(\d+)(?:\.(\d))?$/.exec(text.trim());
  if (!match) return null;
  const tenths = Number(match[2]) * 10 + Number(match[3] ?? 0);
  return match[1] ? -tenths : tenths;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** The query's schools as the dashboard's rows (templates and zones summed per school). */
export function toSafetyRows(nodes: readonly SafetyNode[]): SafetyRow[] {
  return nodes.map((node) => {
    const due = sum(node.inspectionCompletion.map((c) => c.due));
    const submitted = sum(node.inspectionCompletion.map((c) => c.submitted));
    const expected = sum(node.patrolCompletion.map((z) => z.expected));
    const covered = sum(node.patrolCompletion.map((z) => z.covered));
    const h = node.hazardSummary;
    return {
      schoolId: node.id,
      name: node.name,
      hazardsOpen: h.open,
      hazardsMajor: h.openMajor,
      hazardsOverdue: h.overdue,
      hazardsOverdueNotMajor: sum(h.byLevel.filter((l) => l.level !== 'MAJOR').map((l) => l.overdue)),
      hazardsOverMonth: h.openOverMonth,
      hazardsReported: h.reported,
      hazardsRectified: h.rectified,
      meanHoursToRectify: h.meanHoursToRectify ?? null,
      roundsDue: due,
      roundsLate: sum(node.inspectionCompletion.map((c) => c.late)),
      inspectionRate: executionTenths(submitted, due),
      patrolRate: executionTenths(covered, expected),
      equipmentExpired: node.equipmentSummary.expired,
      equipmentRate: node.equipmentSummary.inService ? tenthsOf(node.equipmentSummary.compliance) : null,
      trainingExpired: node.trainingSummary.expired,
      trainingMissing: node.trainingSummary.missing,
      trainingRate: node.trainingSummary.required ? tenthsOf(node.trainingSummary.compliance) : null,
      incidents: node.incidentSummary.incidents,
      seriousIncidents: node.incidentSummary.serious,
      incidentsReportedLate: node.incidentSummary.reportedLate,
      incidentsPerThousand: tenthsOf(node.incidentSummary.perThousandStudents),
      drillGapMonths: node.drillGaps.length,
    };
  });
}
