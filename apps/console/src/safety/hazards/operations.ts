import { graphql } from '../../graphql';

/** A hazard as a row of the register (隐患台账): what, where, how serious, who fixes it by when, where it stands. */
export const SafetyHazardRowFields = graphql(`
  fragment SafetyHazardRowFields on Hazard {
    id
    schoolId
    school {
      id
      name
    }
    title
    location
    level
    status
    source
    reportedAt
    deadline
    overdue
    escalationLevel
    awaitingRepair
    measure
    responsible {
      id
      name
    }
    room {
      id
      number
      name
    }
    viewerActions
  }
`);

/** The hazard register of a filter, a page at a time. */
export const SafetyHazardsQuery = graphql(`
  query SafetyHazards($filter: HazardFilter, $first: Int, $after: String) {
    hazards(filter: $filter, first: $first, after: $after) {
      nodes {
        ...SafetyHazardRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Everything the detail page shows of a hazard, and what each step's mutation answers. */
export const SafetyHazardFields = graphql(`
  fragment SafetyHazardFields on Hazard {
    ...SafetyHazardRowFields
    description
    photoRefs
    reporterAccountId
    responsibleStaffId
    funds {
      yuan
      fen
    }
    contingencyPlan
    workOrderId
    evidence
    evidencePhotoRefs
    rectifiedByAccountId
    rectifiedAt
    rectifyMinutes
    verifiedByAccountId
    verifiedAt
    failedVerifications
    closedAt
    version
    steps {
      id
      action
      actorAccountId
      comment
      occurredAt
    }
  }
`);

export const SafetyHazardQuery = graphql(`
  query SafetyHazard($id: ID!) {
    hazard(id: $id) {
      ...SafetyHazardFields
    }
  }
`);

export const SafetyReportHazardMutation = graphql(`
  mutation SafetyReportHazard($input: ReportHazardInput!) {
    reportHazard(input: $input) {
      ...SafetyHazardFields
    }
  }
`);

export const SafetyAssignHazardMutation = graphql(`
  mutation SafetyAssignHazard($input: AssignHazardInput!) {
    assignHazard(input: $input) {
      ...SafetyHazardFields
    }
  }
`);

export const SafetyStartHazardMutation = graphql(`
  mutation SafetyStartHazard($input: HazardStepInput!) {
    startHazardRectification(input: $input) {
      ...SafetyHazardFields
    }
  }
`);

export const SafetyRequestHazardRepairMutation = graphql(`
  mutation SafetyRequestHazardRepair($input: RequestHazardRepairInput!) {
    requestHazardRepair(input: $input) {
      ...SafetyHazardFields
    }
  }
`);

export const SafetyRecordHazardRectifiedMutation = graphql(`
  mutation SafetyRecordHazardRectified($input: RecordHazardRectifiedInput!) {
    recordHazardRectified(input: $input) {
      ...SafetyHazardFields
    }
  }
`);

export const SafetyVerifyHazardMutation = graphql(`
  mutation SafetyVerifyHazard($input: VerifyHazardInput!) {
    verifyHazard(input: $input) {
      ...SafetyHazardFields
    }
  }
`);

export const SafetyCloseHazardMutation = graphql(`
  mutation SafetyCloseHazard($input: HazardStepInput!) {
    closeHazard(input: $input) {
      ...SafetyHazardFields
    }
  }
`);
