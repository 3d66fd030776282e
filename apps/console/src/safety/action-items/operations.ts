import { graphql } from '../../graphql';

/** An action item (落实事项) of a meeting or an incident: what, whose, by when, done or not. */
export const SafetyActionItemFields = graphql(`
  fragment SafetyActionItemFields on SafetyActionItem {
    id
    kind
    description
    deadline
    doneAt
    doneNote
    version
    owner {
      id
      name
    }
  }
`);

export const SafetyCompleteMeetingActionMutation = graphql(`
  mutation SafetyCompleteMeetingAction($input: CompleteActionItemInput!) {
    completeSafetyActionItem(input: $input) {
      ...SafetyActionItemFields
    }
  }
`);

export const SafetyCompleteIncidentActionMutation = graphql(`
  mutation SafetyCompleteIncidentAction($input: CompleteActionItemInput!) {
    completeIncidentAction(input: $input) {
      ...SafetyActionItemFields
    }
  }
`);
