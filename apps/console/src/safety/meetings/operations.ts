import { graphql } from '../../graphql';

export const SafetyMeetingsQuery = graphql(`
  query SafetyMeetings($schoolId: ID!, $first: Int, $after: String) {
    safetyMeetings(schoolId: $schoolId, first: $first, after: $after) {
      nodes {
        id
        title
        heldOn
        attendeeStaffIds
        actionItems {
          id
          doneAt
          deadline
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SafetyMeetingQuery = graphql(`
  query SafetyMeeting($id: ID!) {
    safetyMeeting(id: $id) {
      id
      schoolId
      title
      heldOn
      minutes
      createdAt
      attendees {
        id
        name
      }
      actionItems {
        ...SafetyActionItemFields
      }
    }
  }
`);

export const SafetyRecordMeetingMutation = graphql(`
  mutation SafetyRecordMeeting($input: RecordSafetyMeetingInput!) {
    recordSafetyMeeting(input: $input) {
      id
    }
  }
`);
