import { graphql } from '../../../graphql';

export const ExpenseClaimListQuery = graphql(`
  query ExpenseClaimList($filter: ExpenseClaimFilter, $first: Int, $after: String) {
    expenseClaims(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        createdAt
        status
        title
        schoolId
        school {
          id
          name
        }
        requester {
          id
          name
        }
        total {
          yuan
          fen
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ExpenseClaimDetailQuery = graphql(`
  query ExpenseClaimDetail($id: ID!) {
    expenseClaim(id: $id) {
      id
      # The steps the viewer may take now, by the rules the mutations check (可办理操作).
      viewerActions
      schoolId
      requesterAccountId
      fiscalYear
      requiredLevel
      nextApprovalLevel
      version
      createdAt
      title
      fund
      status
      total {
        yuan
        fen
      }
      school {
        id
        name
        timeZone
      }
      requester {
        id
        name
      }
      lines {
        id
        invoiceNumber
        attachments
        amount {
          yuan
          fen
        }
        category {
          id
          name
        }
      }
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const SubmitExpenseClaimMutation = graphql(`
  mutation SubmitExpenseClaim($input: SubmitExpenseClaimInput!) {
    submitExpenseClaim(input: $input) {
      claim {
        id
        status
      }
      warnings
    }
  }
`);

export const ReviewExpenseClaimMutation = graphql(`
  mutation ReviewExpenseClaim($input: ReviewClaimInput!) {
    reviewExpenseClaim(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const ApproveExpenseClaimMutation = graphql(`
  mutation ApproveExpenseClaim($input: ApproveInput!) {
    approveExpenseClaim(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const RejectExpenseClaimMutation = graphql(`
  mutation RejectExpenseClaim($input: RejectInput!) {
    rejectExpenseClaim(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const PayExpenseClaimMutation = graphql(`
  mutation PayExpenseClaim($input: PayInput!) {
    payExpenseClaim(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);
