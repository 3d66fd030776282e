import { graphql } from '../../graphql';

/** A school's safety month on one page (安全月报): every figure of the month and what is open now, in one query. */
export const SafetyMonthQuery = graphql(`
  query SafetyMonth($schoolId: ID!, $from: String!, $to: String!) {
    school(id: $schoolId) {
      id
      name
      hazardSummary(from: $from, to: $to) {
        open
        openMajor
        overdue
        openOverWeek
        openOverMonth
        reported
        rectified
        meanHoursToRectify
        closed
        failedVerifications
        byLevel {
          level
          open
          overdue
        }
      }
      inspectionCompletion(from: $from, to: $to) {
        templateId
        title
        due
        submitted
        late
        failedItems
        rate
      }
      patrolCompletion(from: $from, to: $to) {
        zoneId
        name
        patrolEveryDays
        expected
        covered
        missed {
          from
          to
        }
        rate
      }
      equipmentSummary {
        inService
        ok
        expired
        failed
        checkOverdue
        serviceDue
        compliance
      }
      trainingSummary {
        required
        valid
        expiring
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
      hazards(filter: { open: true }, first: 50) {
        nodes {
          id
          title
          level
          status
          deadline
          overdue
          reportedAt
        }
        pageInfo {
          hasNextPage
        }
      }
    }
    safetyDrills(schoolId: $schoolId, from: $from, to: $to, first: 50) {
      nodes {
        id
        kind
        heldOn
        participants
        evacuationSeconds
        targetSeconds
        metTarget
      }
    }
  }
`);
