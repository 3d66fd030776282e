import { graphql } from '../../graphql';

/** Active food suppliers by name, with the food-business licence number to check at the door. */
export const CanteenStockSuppliersQuery = graphql(`
  query CanteenStockSuppliers($nameContains: String) {
    suppliers(first: 20, filter: { status: ACTIVE, foodSupplier: true, nameContains: $nameContains }) {
      nodes {
        id
        name
        foodLicenceNumber
        foodLicenceExpiresOn
      }
    }
  }
`);

/** The catalogue searched by name or food code (食材目录). */
export const CanteenIngredientSearchQuery = graphql(`
  query CanteenIngredientSearch($search: String) {
    ingredients(first: 20, filter: { search: $search }) {
      nodes {
        id
        name
        foodCode
        category
        baseUnit
        pieceGrams
        forbidden {
          id
          name
        }
      }
    }
  }
`);

/** One ingredient's name, for records that only carry its id (a lot). */
export const CanteenIngredientNameQuery = graphql(`
  query CanteenIngredientName($id: ID!) {
    ingredient(id: $id) {
      id
      name
      foodCode
      category
      baseUnit
      pieceGrams
    }
  }
`);

/** The food groups the district counts as bulk staples (大宗食品): they need a second inspector. */
export const CanteenBulkStaplesQuery = graphql(`
  query CanteenBulkStaples {
    canteenSettings {
      districtId
      bulkStapleCategories
    }
  }
`);

export const CanteenRecordDeliveryMutation = graphql(`
  mutation CanteenRecordDelivery($input: RecordDeliveryInput!) {
    recordDelivery(input: $input) {
      id
      status
    }
  }
`);

export const CanteenDeliveryListQuery = graphql(`
  query CanteenDeliveryList($filter: DeliveryFilter, $first: Int, $after: String) {
    deliveries(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        deliveredOn
        status
        invoiceNumber
        secondInspectionRequired
        createdAt
        canteen {
          id
          name
        }
        supplier {
          id
          name
        }
        inspector {
          id
          name
        }
        acceptedTotal {
          yuan
          fen
        }
        deliveredTotal {
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

export const CanteenDeliveryDetailQuery = graphql(`
  query CanteenDeliveryDetail($id: ID!) {
    delivery(id: $id) {
      id
      schoolId
      canteenId
      deliveredOn
      invoiceNumber
      supplierLicenceNumber
      status
      secondInspectionRequired
      inspectorAccountId
      secondInspectorAccountId
      secondInspectedAt
      retainUntil
      remarks
      version
      createdAt
      acceptedTotal {
        yuan
        fen
      }
      deliveredTotal {
        yuan
        fen
      }
      canteen {
        id
        name
      }
      school {
        id
        name
      }
      supplier {
        id
        name
      }
      inspector {
        id
        name
      }
      secondInspector {
        id
        name
      }
      items {
        id
        lineNo
        ingredientCategory
        deliveredAmount
        deliveredUnit
        batchNumber
        productionDate
        shelfLifeDays
        expiresOn
        keptAt
        arrivalTemperature
        quarantineCertificateNumber
        sensoryOk
        sensoryNotes
        status
        rejectionReason
        quantity {
          display
        }
        unitPrice {
          yuan
          fen
        }
        lineTotal {
          yuan
          fen
        }
        ingredient {
          id
          name
        }
        location {
          id
          name
        }
        lot {
          id
          expiresOn
          balanceQuantity {
            display
          }
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

export const CanteenSecondInspectDeliveryMutation = graphql(`
  mutation CanteenSecondInspectDelivery($input: SecondInspectDeliveryInput!) {
    secondInspectDelivery(input: $input) {
      id
      status
      secondInspectorAccountId
      secondInspectedAt
    }
  }
`);

export const CanteenStockLotsQuery = graphql(`
  query CanteenStockLots($filter: StockLotFilter, $first: Int, $after: String) {
    stockLots(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        canteenId
        ingredientId
        batchNumber
        productionDate
        expiresOn
        receivedOn
        expired
        baseUnit
        balance
        balanceQuantity {
          display
        }
        received {
          display
        }
        balanceCost {
          yuan
          fen
        }
        location {
          id
          name
          kind
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CanteenStockLotQuery = graphql(`
  query CanteenStockLot($id: ID!) {
    stockLot(id: $id) {
      id
      schoolId
      canteenId
      ingredientId
      deliveryItemId
      batchNumber
      productionDate
      expiresOn
      receivedOn
      expired
      received {
        display
      }
      balanceQuantity {
        display
      }
      cost {
        yuan
        fen
      }
      balanceCost {
        yuan
        fen
      }
      location {
        id
        name
        kind
      }
      movements {
        id
        kind
        at
        reason
        mealServiceId
        sourceId
        moved {
          display
        }
        cost {
          yuan
          fen
        }
      }
    }
  }
`);

/** The canteen's meal services of a day still open to issues (not locked by their meal counts). */
export const CanteenOpenMealServicesQuery = graphql(`
  query CanteenOpenMealServices($canteenId: ID!, $day: String!) {
    mealServices(first: 10, filter: { canteenId: $canteenId, from: $day, to: $day, locked: false }) {
      nodes {
        id
        servedOn
        meal
        portionsPlannedStudents
        portionsPlannedStaff
        issuedCost {
          yuan
          fen
        }
      }
    }
  }
`);

export const CanteenIssueStockMutation = graphql(`
  mutation CanteenIssueStock($input: IssueStockInput!) {
    issueStock(input: $input) {
      mealServiceId
      cost {
        yuan
        fen
      }
      movements {
        id
        lotId
        moved {
          display
        }
        cost {
          yuan
          fen
        }
        lot {
          id
          ingredientId
          batchNumber
          expiresOn
          balanceQuantity {
            display
          }
          location {
            id
            name
          }
        }
      }
    }
  }
`);

export const CanteenStocktakeListQuery = graphql(`
  query CanteenStocktakeList($filter: StocktakeFilter, $first: Int, $after: String) {
    stocktakes(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        schoolId
        canteenId
        status
        createdAt
        openedByAccountId
        submittedByAccountId
        counts {
          id
          difference
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CanteenStocktakeQuery = graphql(`
  query CanteenStocktake($id: ID!) {
    stocktake(id: $id) {
      id
      schoolId
      canteenId
      status
      version
      createdAt
      openedByAccountId
      submittedByAccountId
      counts {
        id
        lotId
        baseUnit
        difference
        countedAt
        bookQuantity {
          display
        }
        counted {
          display
        }
        differenceQuantity {
          display
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

export const CanteenOpenStocktakeMutation = graphql(`
  mutation CanteenOpenStocktake($input: OpenStocktakeInput!) {
    openStocktake(input: $input) {
      id
      status
    }
  }
`);

export const CanteenRecordStocktakeCountsMutation = graphql(`
  mutation CanteenRecordStocktakeCounts($input: RecordStocktakeCountsInput!) {
    recordStocktakeCounts(input: $input) {
      id
      status
      version
    }
  }
`);

export const CanteenSubmitStocktakeMutation = graphql(`
  mutation CanteenSubmitStocktake($input: SubmitStocktakeInput!) {
    submitStocktake(input: $input) {
      id
      status
    }
  }
`);

export const CanteenApproveStocktakeMutation = graphql(`
  mutation CanteenApproveStocktake($input: StockDecisionInput!) {
    approveStocktake(input: $input) {
      id
      status
    }
  }
`);

export const CanteenRejectStocktakeMutation = graphql(`
  mutation CanteenRejectStocktake($input: StockDecisionInput!) {
    rejectStocktake(input: $input) {
      id
      status
    }
  }
`);

export const CanteenStockWriteOffQuery = graphql(`
  query CanteenStockWriteOff($id: ID!) {
    stockWriteOff(id: $id) {
      id
      schoolId
      canteenId
      lotId
      status
      reason
      requestedByAccountId
      createdAt
      quantityToWriteOff {
        display
      }
      lot {
        id
        ingredientId
        batchNumber
        expiresOn
        expired
        balanceQuantity {
          display
        }
        location {
          id
          name
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

export const CanteenApproveStockWriteOffMutation = graphql(`
  mutation CanteenApproveStockWriteOff($input: StockDecisionInput!) {
    approveStockWriteOff(input: $input) {
      id
      status
    }
  }
`);

export const CanteenRejectStockWriteOffMutation = graphql(`
  mutation CanteenRejectStockWriteOff($input: StockDecisionInput!) {
    rejectStockWriteOff(input: $input) {
      id
      status
    }
  }
`);
