import { graphql } from '../../graphql';

/** An occurrence as a row of the sheet: the task, its day and deadline, who does and who checks, where it stands. */
export const DutyOccurrenceRowFields = graphql(`
  fragment DutyOccurrenceRowFields on DutyOccurrence {
    id
    dueOn
    deadline
    status
    doneAt
    doneNote
    checkResult
    checkComment
    overdue
    late
    version
    viewerActions
    task {
      id
      title
      kind
      requirement
    }
    responsible {
      id
      name
    }
    checker {
      id
      name
    }
  }
`);

export const DutyOccurrencesQuery = graphql(`
  query DutyOccurrences($filter: DutyOccurrenceFilter, $first: Int, $after: String) {
    dutyOccurrences(filter: $filter, first: $first, after: $after) {
      nodes {
        ...DutyOccurrenceRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DutyTasksQuery = graphql(`
  query DutyTasks($filter: DutyTaskFilter, $first: Int, $after: String) {
    dutyTasks(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        kind
        title
        requirement
        ruleText
        startsOn
        endsOn
        deadline
        status
        responsible {
          id
          name
        }
        checker {
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

export const CreateDutyTaskMutation = graphql(`
  mutation CreateDutyTask($input: CreateDutyTaskInput!) {
    createDutyTask(input: $input) {
      id
    }
  }
`);

export const MarkDutyOccurrenceDoneMutation = graphql(`
  mutation MarkDutyOccurrenceDone($input: MarkDutyOccurrenceDoneInput!) {
    markDutyOccurrenceDone(input: $input) {
      ...DutyOccurrenceRowFields
    }
  }
`);

export const CheckDutyOccurrenceMutation = graphql(`
  mutation CheckDutyOccurrence($input: CheckDutyOccurrenceInput!) {
    checkDutyOccurrence(input: $input) {
      ...DutyOccurrenceRowFields
    }
  }
`);
