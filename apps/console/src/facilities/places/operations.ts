import { graphql } from '../../graphql';

/** A page of a school's buildings with their floors and rooms: the places tree and the label sheets (school-places.ts pages through). */
export const FacilitiesPlacesTreeQuery = graphql(`
  query FacilitiesPlacesTree($schoolId: ID, $after: String) {
    buildings(filter: { schoolId: $schoolId }, first: 20, after: $after) {
      nodes {
        id
        schoolId
        campusId
        name
        floorsAbove
        floorsBelow
        campus {
          id
          name
        }
        floors {
          floor
          rooms {
            id
            number
            name
            kind
            capacity
            qrCode
            qrPayload
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

export const FacilitiesCreateBuildingMutation = graphql(`
  mutation FacilitiesCreateBuilding($input: CreateBuildingInput!) {
    createBuilding(input: $input) {
      id
      name
    }
  }
`);

export const FacilitiesCreateRoomMutation = graphql(`
  mutation FacilitiesCreateRoom($input: CreateRoomInput!) {
    createRoom(input: $input) {
      id
      number
      name
    }
  }
`);

/** The room a scanned QR link names. */
export const FacilitiesRoomByQrQuery = graphql(`
  query FacilitiesRoomByQr($code: String!) {
    roomByQrCode(code: $code) {
      id
      number
      name
      kind
      floor
      capacity
      qrPayload
      building {
        id
        name
      }
      campus {
        id
        name
      }
      school {
        id
        name
      }
    }
  }
`);

/** The campuses of the viewer's schools, for the new-building form. */
export const FacilitiesCampusOptionsQuery = graphql(`
  query FacilitiesCampusOptions($schoolId: ID!) {
    school(id: $schoolId) {
      id
      campuses {
        id
        name
        active
      }
    }
  }
`);
