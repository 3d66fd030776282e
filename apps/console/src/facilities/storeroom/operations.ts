import { graphql } from '../../graphql';

/** A room as the storeroom pages show it: building, number and name. */
export const FacilitiesStoreRoomFields = graphql(`
  fragment FacilitiesStoreRoomFields on Room {
    id
    number
    name
    building {
      id
      name
    }
    campus {
      id
      name
    }
  }
`);

/** The school's rooms (for the requisition's room picker) or its storerooms (kind STOREROOM). */
export const FacilitiesStoreRoomsQuery = graphql(`
  query FacilitiesStoreRooms($schoolId: ID!, $kind: RoomKind, $search: String, $first: Int, $after: String) {
    rooms(filter: { schoolId: $schoolId, kind: $kind, search: $search }, first: $first, after: $after) {
      nodes {
        ...FacilitiesStoreRoomFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The consumables register (低值易耗品目录) of a school: the item picker and the receipt form. */
export const FacilitiesConsumableItemsQuery = graphql(`
  query FacilitiesConsumableItems($filter: ConsumableItemFilter, $first: Int, $after: String) {
    consumableItems(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        name
        unit
        category
        reorderPoint
        reorderQuantity
        stockQuantity
        atOrBelowReorderPoint
        standardUnitCost {
          yuan
          fen
        }
        lastUnitCost {
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

/** Stock per item and storeroom (库存) with its value. */
export const FacilitiesStoreStockQuery = graphql(`
  query FacilitiesStoreStock($filter: StoreStockFilter, $first: Int, $after: String) {
    storeStock(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        itemId
        storeroomRoomId
        quantity
        updatedAt
        value {
          yuan
          fen
        }
        averageUnitCost {
          yuan
          fen
        }
        item {
          id
          name
          unit
          category
          reorderPoint
          reorderQuantity
          stockQuantity
          atOrBelowReorderPoint
        }
        storeroom {
          ...FacilitiesStoreRoomFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Storeroom movements (出入库流水) of an item, newest first. */
export const FacilitiesStoreMovementsQuery = graphql(`
  query FacilitiesStoreMovements($filter: StoreMovementFilter, $first: Int, $after: String) {
    storeMovements(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        kind
        quantity
        balanceAfter
        occurredAt
        requisitionId
        receiptId
        value {
          yuan
          fen
        }
        item {
          id
          name
          unit
        }
        storeroom {
          ...FacilitiesStoreRoomFields
        }
        room {
          ...FacilitiesStoreRoomFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Receive goods into a storeroom (入库): lines with yuan unit prices. */
export const FacilitiesRecordStoreReceiptMutation = graphql(`
  mutation FacilitiesRecordStoreReceipt($input: RecordStoreReceiptInput!) {
    recordStoreReceipt(input: $input) {
      id
      total {
        yuan
        fen
      }
      lines {
        id
        quantity
      }
    }
  }
`);

/** The reorder list (补货清单) of a school. */
export const FacilitiesReorderSuggestionsQuery = graphql(`
  query FacilitiesReorderSuggestions($schoolId: ID!, $storeroomRoomId: ID, $first: Int, $after: String) {
    reorderSuggestions(schoolId: $schoolId, storeroomRoomId: $storeroomRoomId, first: $first, after: $after) {
      nodes {
        itemId
        storeroomRoomId
        quantityInStock
        reorderPoint
        reorderQuantity
        suggestedQuantity
        openReorderId
        estimatedUnitPrice {
          yuan
          fen
        }
        estimatedTotal {
          yuan
          fen
        }
        item {
          id
          name
          unit
        }
        storeroom {
          ...FacilitiesStoreRoomFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Send the reorder list to finance as a draft purchase request (补货申请). */
export const FacilitiesRequestReorderPurchaseMutation = graphql(`
  mutation FacilitiesRequestReorderPurchase($input: RequestReorderPurchaseInput!) {
    requestReorderPurchase(input: $input) {
      id
      status
      title
      purchaseRequestId
      estimatedTotal {
        yuan
        fen
      }
    }
  }
`);

/** A requisition in a list. */
export const FacilitiesRequisitionRowFields = graphql(`
  fragment FacilitiesRequisitionRowFields on Requisition {
    id
    schoolId
    status
    approvalRequired
    purpose
    createdAt
    viewerActions
    estimatedValue {
      yuan
      fen
    }
    requester {
      id
      name
    }
    room {
      ...FacilitiesStoreRoomFields
    }
    department {
      id
      name
    }
    lines {
      id
      quantity
      item {
        id
        name
        unit
      }
    }
  }
`);

/** Requisitions (领用单), newest first. */
export const FacilitiesRequisitionsQuery = graphql(`
  query FacilitiesRequisitions($filter: RequisitionFilter, $first: Int, $after: String) {
    requisitions(filter: $filter, first: $first, after: $after) {
      nodes {
        ...FacilitiesRequisitionRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One requisition with its lines, steps and the viewer's actions. */
export const FacilitiesRequisitionQuery = graphql(`
  query FacilitiesRequisition($id: ID!) {
    requisition(id: $id) {
      ...FacilitiesRequisitionRowFields
      version
      rejectionReason
      issuedAt
      receivedAt
      requesterAccountId
      issuedValue {
        yuan
        fen
      }
      storeroom {
        ...FacilitiesStoreRoomFields
      }
      lines {
        id
        lineNo
        quantity
        note
        estimatedValue {
          yuan
          fen
        }
        issuedValue {
          yuan
          fen
        }
      }
      steps {
        id
        action
        actorAccountId
        comment
        occurredAt
      }
    }
  }
`);

export const FacilitiesRequestRequisitionMutation = graphql(`
  mutation FacilitiesRequestRequisition($input: RequestRequisitionInput!) {
    requestRequisition(input: $input) {
      id
      status
    }
  }
`);

export const FacilitiesApproveRequisitionMutation = graphql(`
  mutation FacilitiesApproveRequisition($input: ApproveRequisitionInput!) {
    approveRequisition(input: $input) {
      id
      status
      viewerActions
    }
  }
`);

export const FacilitiesRejectRequisitionMutation = graphql(`
  mutation FacilitiesRejectRequisition($input: RejectRequisitionInput!) {
    rejectRequisition(input: $input) {
      id
      status
      viewerActions
    }
  }
`);

export const FacilitiesIssueRequisitionMutation = graphql(`
  mutation FacilitiesIssueRequisition($input: IssueRequisitionInput!) {
    issueRequisition(input: $input) {
      id
      status
      viewerActions
    }
  }
`);

export const FacilitiesConfirmRequisitionReceiptMutation = graphql(`
  mutation FacilitiesConfirmRequisitionReceipt($input: ConfirmRequisitionReceiptInput!) {
    confirmRequisitionReceipt(input: $input) {
      id
      status
      viewerActions
    }
  }
`);

/** What to bring to which room this week (本周预测更换). */
export const FacilitiesDueReplacementsQuery = graphql(`
  query FacilitiesDueReplacements($schoolId: ID!, $weekOf: String, $first: Int, $after: String) {
    dueReplacements(schoolId: $schoolId, weekOf: $weekOf, first: $first, after: $after) {
      nodes {
        roomId
        itemId
        state
        lastRequisitionedOn
        lastQuantity
        predictedOn
        expectedDays
        medianDaysPerUnit
        intervalsUsed
        requisitionCount
        confidence
        quantityToBring
        room {
          ...FacilitiesStoreRoomFields
        }
        item {
          id
          name
          unit
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The school's departments (a requisition may be for a department instead of a room). */
export const FacilitiesStoreDepartmentsQuery = graphql(`
  query FacilitiesStoreDepartments($schoolId: ID!) {
    departments(schoolId: $schoolId, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);
