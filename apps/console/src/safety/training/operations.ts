import { graphql } from '../../graphql';

/** The training compliance matrix (培训合规矩阵): a page of staff, each with every required training of their posts. */
export const SafetyTrainingMatrixQuery = graphql(`
  query SafetyTrainingMatrix($schoolId: ID!, $first: Int, $after: String) {
    trainingCompliance(schoolId: $schoolId, first: $first, after: $after) {
      nodes {
        id
        posts
        staff {
          id
          name
        }
        entries {
          requirement {
            id
            name
            post
            kind
            validityMonths
          }
          status
          expiresOn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SafetyRecordTrainingMutation = graphql(`
  mutation SafetyRecordTraining($input: RecordTrainingInput!) {
    recordTraining(input: $input) {
      id
      name
      takenOn
      expiresOn
    }
  }
`);
