import { graphql } from '../../graphql';

/** A page of the asset register (固定资产台账), with what the table and the export show. */
export const FacilitiesAssetsQuery = graphql(`
  query FacilitiesAssets($filter: AssetFilter, $first: Int, $after: String) {
    assets(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        schoolId
        tagNumber
        name
        classCode
        model
        serialNumber
        acquiredOn
        status
        roomId
        custodianStaffId
        cost {
          yuan
          fen
        }
        netBookValue {
          yuan
          fen
        }
        accumulatedDepreciation {
          yuan
          fen
        }
        assetClass {
          code
          nameZh
          nameEn
        }
        room {
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
        custodian {
          id
          name
          employeeNumber
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The asset classes (GB/T 14885) for the filters, the form and the import. */
export const FacilitiesAssetClassesQuery = graphql(`
  query FacilitiesAssetClasses {
    assetClasses {
      code
      nameZh
      nameEn
      parentCode
      usefulLifeYears
      registrable
    }
  }
`);

/** A page of a school's rooms (the import's room column, the filters, moves). */
export const FacilitiesAssetRoomsQuery = graphql(`
  query FacilitiesAssetRooms($schoolId: ID!, $first: Int, $after: String) {
    rooms(filter: { schoolId: $schoolId }, first: $first, after: $after) {
      nodes {
        id
        number
        name
        qrCode
        building {
          id
          name
        }
        campus {
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

/** A page of a school's current staff (custodians: the import's custodian column, moves). */
export const FacilitiesAssetStaffQuery = graphql(`
  query FacilitiesAssetStaff($schoolId: ID!, $first: Int, $after: String) {
    staff(filter: { schoolId: $schoolId, active: true }, first: $first, after: $after) {
      nodes {
        id
        name
        employeeNumber
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FacilitiesImportAssetsMutation = graphql(`
  mutation FacilitiesImportAssets($input: ImportAssetsInput!) {
    importAssets(input: $input) {
      count
    }
  }
`);

export const FacilitiesRegisterAssetMutation = graphql(`
  mutation FacilitiesRegisterAsset($input: RegisterAssetInput!) {
    registerAsset(input: $input) {
      id
      tagNumber
    }
  }
`);

/** One asset card (资产卡片): depreciation, history and disposals. */
export const FacilitiesAssetQuery = graphql(`
  query FacilitiesAsset($id: ID!) {
    asset(id: $id) {
      id
      schoolId
      tagNumber
      name
      classCode
      model
      serialNumber
      acquiredOn
      usefulLifeMonths
      purchaseRequestId
      status
      disposedOn
      roomId
      custodianStaffId
      version
      createdAt
      cost {
        yuan
        fen
      }
      monthlyDepreciation {
        yuan
        fen
      }
      accumulatedDepreciation {
        yuan
        fen
      }
      netBookValue {
        yuan
        fen
      }
      assetClass {
        code
        nameZh
        nameEn
      }
      room {
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
      custodian {
        id
        name
        employeeNumber
      }
      history {
        id
        kind
        fromRoomId
        toRoomId
        fromCustodianStaffId
        toCustodianStaffId
        fromStatus
        toStatus
        reason
        source
        occurredAt
      }
      disposals {
        id
        status
        method
        reason
        nextApprovalRole
        createdAt
        netBookValue {
          yuan
          fen
        }
      }
    }
  }
`);

export const FacilitiesMoveAssetMutation = graphql(`
  mutation FacilitiesMoveAsset($input: MoveAssetInput!) {
    moveAsset(input: $input) {
      id
      version
    }
  }
`);

export const FacilitiesChangeAssetStatusMutation = graphql(`
  mutation FacilitiesChangeAssetStatus($input: ChangeAssetStatusInput!) {
    changeAssetStatus(input: $input) {
      id
      status
      version
    }
  }
`);

export const FacilitiesRequestAssetDisposalMutation = graphql(`
  mutation FacilitiesRequestAssetDisposal($input: RequestAssetDisposalInput!) {
    requestAssetDisposal(input: $input) {
      id
      status
    }
  }
`);

/** Disposal requests (资产处置申请), newest first. */
export const FacilitiesAssetDisposalsQuery = graphql(`
  query FacilitiesAssetDisposals($filter: AssetDisposalFilter, $first: Int, $after: String) {
    assetDisposals(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        schoolId
        assetId
        status
        method
        source
        reason
        nextApprovalRole
        createdAt
        netBookValue {
          yuan
          fen
        }
        cost {
          yuan
          fen
        }
        asset {
          id
          tagNumber
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

/** One disposal request with its steps and what the viewer may do on it. */
export const FacilitiesAssetDisposalQuery = graphql(`
  query FacilitiesAssetDisposal($id: ID!) {
    assetDisposal(id: $id) {
      id
      schoolId
      assetId
      status
      method
      source
      reason
      valuationMonth
      approvalRoles
      approvedCount
      nextApprovalRole
      requesterAccountId
      disposedOn
      decidedAt
      createdAt
      version
      expectedProceeds {
        yuan
        fen
      }
      cost {
        yuan
        fen
      }
      accumulatedDepreciation {
        yuan
        fen
      }
      netBookValue {
        yuan
        fen
      }
      approvalValue {
        yuan
        fen
      }
      asset {
        id
        tagNumber
        name
        status
      }
      steps {
        id
        action
        actorAccountId
        comment
        occurredAt
      }
      viewerActions
    }
  }
`);

export const FacilitiesApproveAssetDisposalMutation = graphql(`
  mutation FacilitiesApproveAssetDisposal($input: ApproveAssetDisposalInput!) {
    approveAssetDisposal(input: $input) {
      id
      status
      nextApprovalRole
    }
  }
`);

export const FacilitiesRejectAssetDisposalMutation = graphql(`
  mutation FacilitiesRejectAssetDisposal($input: RejectAssetDisposalInput!) {
    rejectAssetDisposal(input: $input) {
      id
      status
    }
  }
`);

export const FacilitiesCancelAssetDisposalMutation = graphql(`
  mutation FacilitiesCancelAssetDisposal($input: CancelAssetDisposalInput!) {
    cancelAssetDisposal(input: $input) {
      id
      status
    }
  }
`);
