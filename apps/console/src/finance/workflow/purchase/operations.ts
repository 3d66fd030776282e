import { graphql } from '../../../graphql';

export const PurchaseRequestListQuery = graphql(`
  query PurchaseRequestList($filter: PurchaseRequestFilter, $first: Int, $after: String) {
    purchaseRequests(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        createdAt
        status
        reason
        schoolId
        school {
          id
          name
        }
        category {
          id
          name
        }
        requester {
          id
          name
        }
        estimatedTotal {
          yuan
          fen
        }
        orderedTotal {
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

export const PurchaseRequestDetailQuery = graphql(`
  query PurchaseRequestDetail($id: ID!) {
    purchaseRequest(id: $id) {
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
      reason
      status
      estimatedTotal {
        yuan
        fen
      }
      orderedTotal {
        yuan
        fen
      }
      category {
        id
        name
        fund
      }
      supplier {
        id
        name
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
        description
        quantity
        unit
        receivedQuantity
        estimatedUnitPrice {
          yuan
          fen
        }
        actualUnitPrice {
          yuan
          fen
        }
      }
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const SubmitPurchaseRequestMutation = graphql(`
  mutation SubmitPurchaseRequest($input: SubmitPurchaseRequestInput!) {
    submitPurchaseRequest(input: $input) {
      request {
        id
        status
      }
      warnings
    }
  }
`);

export const SubmitDraftPurchaseRequestMutation = graphql(`
  mutation SubmitDraftPurchaseRequest($input: SubmitDraftPurchaseRequestInput!) {
    submitDraftPurchaseRequest(input: $input) {
      request {
        id
        status
        version
        steps {
          ...WorkflowStepFields
        }
      }
      warnings
    }
  }
`);

export const ApprovePurchaseRequestMutation = graphql(`
  mutation ApprovePurchaseRequest($input: ApproveInput!) {
    approvePurchaseRequest(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const RejectPurchaseRequestMutation = graphql(`
  mutation RejectPurchaseRequest($input: RejectInput!) {
    rejectPurchaseRequest(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const OrderPurchaseMutation = graphql(`
  mutation OrderPurchase($input: OrderPurchaseInput!) {
    orderPurchase(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const ReceivePurchaseMutation = graphql(`
  mutation ReceivePurchase($input: ReceivePurchaseInput!) {
    receivePurchase(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);

export const PayPurchaseMutation = graphql(`
  mutation PayPurchase($input: PayInput!) {
    payPurchase(input: $input) {
      id
      status
      version
      steps {
        ...WorkflowStepFields
      }
    }
  }
`);
