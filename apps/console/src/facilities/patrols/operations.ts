import { graphql } from '../../graphql';

/** A patrol route (巡视路线): its checkpoints in order and its daily window. */
export const FacilitiesPatrolRouteFields = graphql(`
  fragment FacilitiesPatrolRouteFields on PatrolRoute {
    id
    schoolId
    name
    windowStart
    windowEnd
    active
    version
    createdAt
    checkpoints {
      order
      roomId
    }
  }
`);

/** The routes of the viewer's schools (or one school), a page at a time. */
export const FacilitiesPatrolRoutesQuery = graphql(`
  query FacilitiesPatrolRoutes($schoolId: ID, $first: Int, $after: String) {
    patrolRoutes(schoolId: $schoolId, first: $first, after: $after) {
      nodes {
        ...FacilitiesPatrolRouteFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A patrol as the list shows it: when, by whom, and once finished what was scanned, missed and out of order. */
export const FacilitiesPatrolRowFields = graphql(`
  fragment FacilitiesPatrolRowFields on Patrol {
    id
    schoolId
    routeId
    patrollerAccountId
    patrollerStaffId
    status
    startedAt
    finishedAt
    inWindow
    expectedCount
    scannedCount
    missedCount
    outOfOrderCount
    version
    route {
      id
      name
    }
  }
`);

/** Recent patrols (巡视记录), newest first. */
export const FacilitiesPatrolsQuery = graphql(`
  query FacilitiesPatrols($schoolId: ID, $routeId: ID, $first: Int, $after: String) {
    patrols(schoolId: $schoolId, routeId: $routeId, first: $first, after: $after) {
      nodes {
        ...FacilitiesPatrolRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One scan (扫码) of a walk. */
export const FacilitiesPatrolScanFields = graphql(`
  fragment FacilitiesPatrolScanFields on PatrolScan {
    id
    patrolId
    seq
    roomId
    checkpointOrder
    outOfOrder
    issue
    workOrderId
    scannedAt
  }
`);

/** A walk with its scans: the walk page. */
export const FacilitiesPatrolWalkFields = graphql(`
  fragment FacilitiesPatrolWalkFields on Patrol {
    ...FacilitiesPatrolRowFields
    scans {
      ...FacilitiesPatrolScanFields
    }
  }
`);

/**
 * The newest walks of one route with their scans (the graph has no patrol by id): the walk page finds
 * the viewer's own walk in progress among them.
 */
export const FacilitiesRouteWalksQuery = graphql(`
  query FacilitiesRouteWalks($routeId: ID!) {
    patrols(routeId: $routeId, first: 10) {
      nodes {
        ...FacilitiesPatrolWalkFields
      }
    }
  }
`);

export const FacilitiesCreatePatrolRouteMutation = graphql(`
  mutation FacilitiesCreatePatrolRoute($input: CreatePatrolRouteInput!) {
    createPatrolRoute(input: $input) {
      ...FacilitiesPatrolRouteFields
    }
  }
`);

export const FacilitiesStartPatrolMutation = graphql(`
  mutation FacilitiesStartPatrol($input: StartPatrolInput!) {
    startPatrol(input: $input) {
      ...FacilitiesPatrolWalkFields
    }
  }
`);

export const FacilitiesRecordPatrolScanMutation = graphql(`
  mutation FacilitiesRecordPatrolScan($input: RecordPatrolScanInput!) {
    recordPatrolScan(input: $input) {
      ...FacilitiesPatrolScanFields
    }
  }
`);

export const FacilitiesFinishPatrolMutation = graphql(`
  mutation FacilitiesFinishPatrol($input: FinishPatrolInput!) {
    finishPatrol(input: $input) {
      ...FacilitiesPatrolWalkFields
    }
  }
`);
