import { graphql } from '../../graphql';

/** Asset stocktakes (资产盘点单), newest first. */
export const FacilitiesAssetStocktakesQuery = graphql(`
  query FacilitiesAssetStocktakes($filter: AssetStocktakeFilter, $first: Int, $after: String) {
    assetStocktakes(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        schoolId
        scope
        campusId
        status
        note
        expectedCount
        scannedCount
        createdAt
        closedAt
        room {
          id
          number
          name
          building {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One stocktake: its counts, steps and what the viewer may do. */
export const FacilitiesAssetStocktakeQuery = graphql(`
  query FacilitiesAssetStocktake($id: ID!) {
    assetStocktake(id: $id) {
      id
      schoolId
      scope
      campusId
      roomId
      status
      note
      expectedCount
      scannedCount
      openedByAccountId
      closedByAccountId
      closedAt
      createdAt
      version
      room {
        id
        number
        name
        qrCode
        building {
          id
          name
        }
      }
      summary {
        expected
        scanned
        found
        missing
        wrongRoom
        unregistered
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

/** A page of a stocktake's differences (盘点差异). */
export const FacilitiesAssetStocktakeDifferencesQuery = graphql(`
  query FacilitiesAssetStocktakeDifferences($id: ID!, $filter: AssetStocktakeDifferenceFilter, $first: Int, $after: String) {
    assetStocktake(id: $id) {
      id
      differences(filter: $filter, first: $first, after: $after) {
        nodes {
          id
          kind
          code
          assetId
          outcome
          disposalId
          asset {
            id
            tagNumber
            name
          }
          expectedRoom {
            id
            number
            name
            building {
              id
              name
            }
          }
          scannedRoom {
            id
            number
            name
            building {
              id
              name
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** A page of a stocktake's scanned codes (扫码记录), optionally of one room. */
export const FacilitiesAssetStocktakeScansQuery = graphql(`
  query FacilitiesAssetStocktakeScans($id: ID!, $roomId: ID, $first: Int, $after: String) {
    assetStocktake(id: $id) {
      id
      scans(roomId: $roomId, first: $first, after: $after) {
        nodes {
          id
          code
          roomId
          scannedAt
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** A page of a school's rooms (the scope of a new stocktake, the room a scanner picks). */
export const FacilitiesStocktakeRoomsQuery = graphql(`
  query FacilitiesStocktakeRooms($schoolId: ID!, $campusId: ID, $first: Int, $after: String) {
    rooms(filter: { schoolId: $schoolId, campusId: $campusId }, first: $first, after: $after) {
      nodes {
        id
        number
        name
        qrCode
        campusId
        building {
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

/** A school's campuses (a CAMPUS stocktake). */
export const FacilitiesStocktakeCampusesQuery = graphql(`
  query FacilitiesStocktakeCampuses($schoolId: ID!) {
    school(id: $schoolId) {
      id
      campuses {
        id
        name
      }
    }
  }
`);

/** The room a scanned QR link names. */
export const FacilitiesStocktakeRoomByQrQuery = graphql(`
  query FacilitiesStocktakeRoomByQr($code: String!) {
    roomByQrCode(code: $code) {
      id
      number
      name
      qrCode
      campusId
      building {
        id
        name
      }
    }
  }
`);

/** What the register says of a scanned tag (无账 when NOT_FOUND). */
export const FacilitiesStocktakeAssetByTagQuery = graphql(`
  query FacilitiesStocktakeAssetByTag($tagNumber: String!, $schoolId: ID!) {
    assetByTag(tagNumber: $tagNumber, schoolId: $schoolId) {
      id
      tagNumber
      name
      status
      roomId
    }
  }
`);

export const FacilitiesOpenAssetStocktakeMutation = graphql(`
  mutation FacilitiesOpenAssetStocktake($input: OpenAssetStocktakeInput!) {
    openAssetStocktake(input: $input) {
      id
      status
    }
  }
`);

export const FacilitiesRecordAssetScansMutation = graphql(`
  mutation FacilitiesRecordAssetScans($input: RecordAssetScansInput!) {
    recordAssetScans(input: $input) {
      recorded
      alreadyScanned
      scans {
        id
        code
        roomId
        scannedAt
        scannedByAccountId
      }
      stocktake {
        id
        scannedCount
      }
    }
  }
`);

export const FacilitiesCloseAssetStocktakeMutation = graphql(`
  mutation FacilitiesCloseAssetStocktake($input: CloseAssetStocktakeInput!) {
    closeAssetStocktake(input: $input) {
      id
      status
    }
  }
`);

export const FacilitiesApproveAssetStocktakeMutation = graphql(`
  mutation FacilitiesApproveAssetStocktake($input: ApproveAssetStocktakeInput!) {
    approveAssetStocktake(input: $input) {
      id
      status
    }
  }
`);

export const FacilitiesRejectAssetStocktakeMutation = graphql(`
  mutation FacilitiesRejectAssetStocktake($input: RejectAssetStocktakeInput!) {
    rejectAssetStocktake(input: $input) {
      id
      status
    }
  }
`);
