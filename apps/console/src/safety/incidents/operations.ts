import { graphql } from '../../graphql';

export const SafetyIncidentRowFields = graphql(`
  fragment SafetyIncidentRowFields on SafetyIncident {
    id
    type
    occurredAt
    place
    peopleAffected
    injured
    serious
    status
    reportDueAt
    reportedToDistrictAt
    version
  }
`);

export const SafetyIncidentsQuery = graphql(`
  query SafetyIncidents($schoolId: ID!, $first: Int, $after: String) {
    safetyIncidents(schoolId: $schoolId, first: $first, after: $after) {
      nodes {
        ...SafetyIncidentRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SafetyIncidentQuery = graphql(`
  query SafetyIncident($id: ID!) {
    safetyIncident(id: $id) {
      ...SafetyIncidentRowFields
      schoolId
      description
      immediateActions
      rootCause
      closedAt
      createdAt
      reportedInTime
      room {
        id
        name
      }
      actions {
        ...SafetyActionItemFields
      }
    }
  }
`);

export const SafetyReportIncidentMutation = graphql(`
  mutation SafetyReportIncident($input: ReportIncidentInput!) {
    reportIncident(input: $input) {
      id
    }
  }
`);

export const SafetyInvestigateIncidentMutation = graphql(`
  mutation SafetyInvestigateIncident($input: InvestigateIncidentInput!) {
    investigateIncident(input: $input) {
      id
      status
      version
    }
  }
`);

export const SafetyIncidentToDistrictMutation = graphql(`
  mutation SafetyIncidentToDistrict($input: IncidentStepInput!) {
    reportIncidentToDistrict(input: $input) {
      id
      reportedToDistrictAt
      version
    }
  }
`);

export const SafetyCloseIncidentMutation = graphql(`
  mutation SafetyCloseIncident($input: IncidentStepInput!) {
    closeIncident(input: $input) {
      id
      status
      version
    }
  }
`);
