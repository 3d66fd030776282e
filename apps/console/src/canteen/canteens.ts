import { graphql } from '../graphql';

/** The canteens the viewer reads, with their storage locations (库位), for the canteen pickers of every canteen page. */
export const CanteenPickerCanteensQuery = graphql(`
  query CanteenPickerCanteens {
    canteens(first: 100) {
      nodes {
        id
        name
        schoolId
        school {
          id
          name
        }
        storageLocations {
          id
          name
          kind
        }
      }
    }
  }
`);
