import { graphql } from '../../graphql';

/** A work order as a row of the list: what, where, how urgent, where it stands and what waits for the viewer. */
export const FacilitiesWorkOrderRowFields = graphql(`
  fragment FacilitiesWorkOrderRowFields on WorkOrder {
    id
    schoolId
    title
    category
    priority
    safety
    status
    source
    reportedAt
    dueAt
    overdue
    viewerActions
    estimate {
      yuan
      fen
    }
    room {
      id
      number
      name
      building {
        id
        name
      }
    }
  }
`);

/** Work orders (维修工单) of a filter, a page at a time: the queue, the triage view and the whole list. */
export const FacilitiesWorkOrdersQuery = graphql(`
  query FacilitiesWorkOrders($filter: WorkOrderFilter, $first: Int, $after: String) {
    workOrders(filter: $filter, first: $first, after: $after) {
      nodes {
        ...FacilitiesWorkOrderRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Everything the detail page shows of a work order, and what each step's mutation answers. */
export const FacilitiesWorkOrderFields = graphql(`
  fragment FacilitiesWorkOrderFields on WorkOrder {
    id
    schoolId
    title
    description
    photoRefs
    category
    safety
    priority
    status
    source
    roomId
    assetId
    reporterAccountId
    reportedAt
    dueAt
    resolution
    contractorSupplierId
    rejectionReason
    startedAt
    finishedAt
    repairMinutes
    varianceExplanation
    rating
    ratingComment
    ratedAt
    escalationLevel
    version
    overdue
    viewerActions
    assigneeStaffIds
    estimatedLabour {
      yuan
      fen
    }
    estimatedMaterials {
      yuan
      fen
    }
    estimate {
      yuan
      fen
    }
    actualLabour {
      yuan
      fen
    }
    actualMaterials {
      yuan
      fen
    }
    contractorCost {
      yuan
      fen
    }
    actualTotal {
      yuan
      fen
    }
    materialsIssued {
      yuan
      fen
    }
    school {
      id
      name
    }
    room {
      id
      number
      name
      building {
        id
        name
      }
      campus {
        id
        name
      }
    }
    reporter {
      id
      name
    }
    assignees {
      id
      name
    }
    steps {
      id
      action
      actorAccountId
      comment
      occurredAt
    }
  }
`);

export const FacilitiesWorkOrderQuery = graphql(`
  query FacilitiesWorkOrder($id: ID!) {
    workOrder(id: $id) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

/** The district's repair settings: the variance that needs an explanation, the principal's review limit. */
export const FacilitiesWorkOrderSettingsQuery = graphql(`
  query FacilitiesWorkOrderSettings {
    workOrderSettings {
      districtId
      variancePercent
      normalDueSchoolDays
      principalReviewAbove {
        yuan
        fen
      }
    }
  }
`);

/** The contractor a review named (one of finance's suppliers), by id. */
export const FacilitiesWorkOrderContractorQuery = graphql(`
  query FacilitiesWorkOrderContractor($id: ID!) {
    supplier(id: $id) {
      id
      name
    }
  }
`);

/** Active suppliers by part of the name: the review's contractor (外包单位). */
export const FacilitiesRepairSuppliersQuery = graphql(`
  query FacilitiesRepairSuppliers($nameContains: String) {
    suppliers(first: 20, filter: { status: ACTIVE, nameContains: $nameContains }) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The school's current staff with their posts, a page at a time: the assignment picker (派工). */
export const FacilitiesRepairStaffQuery = graphql(`
  query FacilitiesRepairStaff($schoolId: ID!, $first: Int, $after: String) {
    staff(filter: { schoolId: $schoolId, active: true }, first: $first, after: $after) {
      nodes {
        id
        name
        employeeNumber
        posts
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The school's rooms, a page at a time: where a reported problem is. */
export const FacilitiesRepairRoomsQuery = graphql(`
  query FacilitiesRepairRooms($schoolId: ID!, $first: Int, $after: String) {
    rooms(filter: { schoolId: $schoolId }, first: $first, after: $after) {
      nodes {
        id
        number
        name
        building {
          id
          name
        }
        campus {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FacilitiesReportWorkOrderMutation = graphql(`
  mutation FacilitiesReportWorkOrder($input: ReportWorkOrderInput!) {
    reportWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

export const FacilitiesTriageWorkOrderMutation = graphql(`
  mutation FacilitiesTriageWorkOrder($input: TriageWorkOrderInput!) {
    triageWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

export const FacilitiesCostWorkOrderMutation = graphql(`
  mutation FacilitiesCostWorkOrder($input: CostWorkOrderInput!) {
    costWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

export const FacilitiesReviewWorkOrderMutation = graphql(`
  mutation FacilitiesReviewWorkOrder($input: ReviewWorkOrderInput!) {
    reviewWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

export const FacilitiesAssignWorkOrderMutation = graphql(`
  mutation FacilitiesAssignWorkOrder($input: AssignWorkOrderInput!) {
    assignWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

export const FacilitiesStartWorkOrderMutation = graphql(`
  mutation FacilitiesStartWorkOrder($input: WorkOrderStepInput!) {
    startWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

export const FacilitiesFinishWorkOrderMutation = graphql(`
  mutation FacilitiesFinishWorkOrder($input: WorkOrderStepInput!) {
    finishWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

export const FacilitiesAccountWorkOrderMutation = graphql(`
  mutation FacilitiesAccountWorkOrder($input: AccountWorkOrderInput!) {
    accountWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

export const FacilitiesRateWorkOrderMutation = graphql(`
  mutation FacilitiesRateWorkOrder($input: RateWorkOrderInput!) {
    rateWorkOrder(input: $input) {
      ...FacilitiesWorkOrderFields
    }
  }
`);

// ── The anonymous path (扫码报修): only what the graph answers without an account ──────────────────

/** Report a repair from a room's QR link, without an account: the answer's token is the status link. */
export const FacilitiesReportRepairByQrMutation = graphql(`
  mutation FacilitiesReportRepairByQr($input: ReportRepairByQrInput!) {
    reportRepairByQr(input: $input) {
      statusToken
      status
      dueAt
    }
  }
`);

export const FacilitiesRepairStatusFields = graphql(`
  fragment FacilitiesRepairStatusFields on RepairStatus {
    title
    status
    reportedAt
    dueAt
    finishedAt
    rejectionReason
    canRate
    rating
    steps {
      action
      occurredAt
    }
  }
`);

/** A QR report's progress by its secret token (报修进度). */
export const FacilitiesRepairStatusQuery = graphql(`
  query FacilitiesRepairStatus($token: String!) {
    repairStatus(token: $token) {
      ...FacilitiesRepairStatusFields
    }
  }
`);

export const FacilitiesRateRepairByTokenMutation = graphql(`
  mutation FacilitiesRateRepairByToken($input: RateRepairByTokenInput!) {
    rateRepairByToken(input: $input) {
      ...FacilitiesRepairStatusFields
    }
  }
`);
