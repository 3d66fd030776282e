import { graphql } from '../../graphql';

/** A piece of equipment as a row of the register (器材台账). */
export const SafetyEquipmentRowFields = graphql(`
  fragment SafetyEquipmentRowFields on SafetyEquipment {
    id
    kind
    extinguisherType
    code
    location
    manufacturedOn
    lastCheckedOn
    lastCheckPassed
    nextCheckOn
    nextServiceOn
    expiresOn
    status
    version
  }
`);

export const SafetyEquipmentQuery = graphql(`
  query SafetyEquipment($schoolId: ID!, $filter: SafetyEquipmentFilter, $first: Int, $after: String) {
    safetyEquipment(schoolId: $schoolId, filter: $filter, first: $first, after: $after) {
      nodes {
        ...SafetyEquipmentRowFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const SafetyRegisterEquipmentMutation = graphql(`
  mutation SafetyRegisterEquipment($input: RegisterSafetyEquipmentInput!) {
    registerSafetyEquipment(input: $input) {
      ...SafetyEquipmentRowFields
    }
  }
`);

export const SafetyCheckEquipmentMutation = graphql(`
  mutation SafetyCheckEquipment($input: RecordEquipmentCheckInput!) {
    recordEquipmentCheck(input: $input) {
      ...SafetyEquipmentRowFields
      records {
        id
        hazard {
          id
          title
        }
      }
    }
  }
`);

export const SafetyServiceEquipmentMutation = graphql(`
  mutation SafetyServiceEquipment($input: RecordEquipmentServiceInput!) {
    recordEquipmentService(input: $input) {
      ...SafetyEquipmentRowFields
    }
  }
`);

export const SafetyScrapEquipmentMutation = graphql(`
  mutation SafetyScrapEquipment($input: ScrapSafetyEquipmentInput!) {
    scrapSafetyEquipment(input: $input) {
      ...SafetyEquipmentRowFields
    }
  }
`);
