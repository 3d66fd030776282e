import { graphql } from '../../graphql';

/** A round as a row of the list: what, whose, due when, where it stands. */
export const SafetyRoundRowFields = graphql(`
  fragment SafetyRoundRowFields on InspectionRound {
    id
    title
    status
    scheduledOn
    dueOn
    late
    failedCount
    school {
      id
      name
    }
    assignee {
      id
      name
    }
  }
`);

export const SafetyRoundsQuery = graphql(`
  query SafetyRounds($filter: InspectionRoundFilter, $first: Int, $after: String) {
    inspectionRounds(filter: $filter, first: $first, after: $after) {
      nodes {
        ...SafetyRoundRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Everything the round page shows: the version's sections and items, and the answers so far with the hazards they raised. */
export const SafetyRoundFields = graphql(`
  fragment SafetyRoundFields on InspectionRound {
    ...SafetyRoundRowFields
    version
    submittedAt
    templateVersion {
      id
      number
      sections {
        title
        items {
          text
          kind
          min
          max
          unit
          required
          photoRequired
          hazardLevel
        }
      }
    }
    answers {
      id
      itemIndex
      result
      value
      note
      photoRefs
      hazard {
        id
        title
        status
      }
    }
  }
`);

export const SafetyRoundQuery = graphql(`
  query SafetyRound($id: ID!) {
    inspectionRound(id: $id) {
      ...SafetyRoundFields
    }
  }
`);

export const SafetyAnswerItemsMutation = graphql(`
  mutation SafetyAnswerItems($input: AnswerInspectionItemsInput!) {
    answerInspectionItems(input: $input) {
      ...SafetyRoundFields
    }
  }
`);

export const SafetySubmitRoundMutation = graphql(`
  mutation SafetySubmitRound($roundId: ID!) {
    submitInspectionRound(roundId: $roundId) {
      ...SafetyRoundFields
    }
  }
`);
