import { graphql } from '../../graphql';

/** A preventive maintenance schedule (预防性维护计划) as the calendar page lists it, with its checklist. */
export const FacilitiesMaintenanceScheduleFields = graphql(`
  fragment FacilitiesMaintenanceScheduleFields on MaintenanceSchedule {
    id
    schoolId
    title
    templateCode
    category
    assetId
    roomId
    buildingId
    frequency
    interval
    basis
    startsOn
    leadDays
    nextDueOn
    lastCompletedOn
    active
    rule
    meterUnit
    meterInterval
    meterLead
    meterReading
    meterReadAt
    nextDueReading
    version
    checklist {
      label
      kind
      min
      max
      unit
    }
  }
`);

/** The school's schedules, a page at a time. */
export const FacilitiesMaintenanceSchedulesQuery = graphql(`
  query FacilitiesMaintenanceSchedules($schoolId: ID, $first: Int, $after: String) {
    maintenanceSchedules(filter: { schoolId: $schoolId }, first: $first, after: $after) {
      nodes {
        ...FacilitiesMaintenanceScheduleFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One schedule: the checklist a maintenance work order records. */
export const FacilitiesMaintenanceScheduleQuery = graphql(`
  query FacilitiesMaintenanceSchedule($id: ID!) {
    maintenanceSchedule(id: $id) {
      ...FacilitiesMaintenanceScheduleFields
    }
  }
`);

/** The statutory templates (法定维保模板) a schedule starts from. */
export const FacilitiesMaintenanceTemplatesQuery = graphql(`
  query FacilitiesMaintenanceTemplates {
    maintenanceTemplates {
      code
      title
      basis
      rule
      meterUnit
      meterInterval
      basisNote
    }
  }
`);

/** A recorded checklist answer (检查结果). */
export const FacilitiesChecklistAnswerFields = graphql(`
  fragment FacilitiesChecklistAnswerFields on ChecklistAnswer {
    item
    passed
    value
    photoRef
  }
`);

/** The PM calendar (维保日历): a school's due days in a range, each with its work order's status and overdue flag. */
export const FacilitiesMaintenanceCalendarQuery = graphql(`
  query FacilitiesMaintenanceCalendar($schoolId: ID!, $from: String!, $to: String!, $first: Int, $after: String) {
    maintenanceCalendar(schoolId: $schoolId, from: $from, to: $to, first: $first, after: $after) {
      nodes {
        id
        scheduleId
        dueOn
        dueReading
        workOrderId
        openedAt
        completedOn
        workOrder {
          id
          title
          status
          overdue
          dueAt
          assignees {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The due day a maintenance work order was opened for, found in the school's calendar around its due
 * day (the graph has no link from a WorkOrder to its MaintenanceOccurrence): its schedule and answers.
 */
export const FacilitiesWorkOrderOccurrenceQuery = graphql(`
  query FacilitiesWorkOrderOccurrence($schoolId: ID!, $from: String!, $to: String!) {
    maintenanceCalendar(schoolId: $schoolId, from: $from, to: $to, first: 100) {
      nodes {
        id
        scheduleId
        dueOn
        dueReading
        serviceReading
        workOrderId
        completedOn
        checklistAnswers {
          ...FacilitiesChecklistAnswerFields
        }
      }
    }
  }
`);

/** The school's buildings (a schedule's place, 楼宇). */
export const FacilitiesMaintenanceBuildingsQuery = graphql(`
  query FacilitiesMaintenanceBuildings($schoolId: ID!) {
    buildings(filter: { schoolId: $schoolId }, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const FacilitiesCreateMaintenanceScheduleMutation = graphql(`
  mutation FacilitiesCreateMaintenanceSchedule($input: CreateMaintenanceScheduleInput!) {
    createMaintenanceSchedule(input: $input) {
      ...FacilitiesMaintenanceScheduleFields
    }
  }
`);

export const FacilitiesSetMaintenanceScheduleActiveMutation = graphql(`
  mutation FacilitiesSetMaintenanceScheduleActive($input: SetMaintenanceScheduleActiveInput!) {
    setMaintenanceScheduleActive(input: $input) {
      ...FacilitiesMaintenanceScheduleFields
    }
  }
`);

export const FacilitiesRecordMaintenanceChecklistMutation = graphql(`
  mutation FacilitiesRecordMaintenanceChecklist($input: RecordMaintenanceChecklistInput!) {
    recordMaintenanceChecklist(input: $input) {
      id
      scheduleId
      dueOn
      dueReading
      serviceReading
      workOrderId
      completedOn
      checklistAnswers {
        ...FacilitiesChecklistAnswerFields
      }
    }
  }
`);

/** A reading of a schedule's meter (e.g. the generator's hour meter, 运行小时表). */
export const FacilitiesRecordMaintenanceMeterReadingMutation = graphql(`
  mutation FacilitiesRecordMaintenanceMeterReading($input: RecordMaintenanceMeterReadingInput!) {
    recordMaintenanceMeterReading(input: $input) {
      ...FacilitiesMaintenanceScheduleFields
    }
  }
`);
