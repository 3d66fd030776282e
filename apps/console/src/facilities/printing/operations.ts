import { graphql } from '../../graphql';

/** The print centre's month (文印中心): the month's jobs, the charge per department and the prices in force. */
export const FacilitiesPrintCentreQuery = graphql(`
  query FacilitiesPrintCentre($schoolId: ID!, $month: String!) {
    printCharges(schoolId: $schoolId, month: $month) {
      departmentId
      departmentName
      jobs
      sheets
      printedPages
      doubleSidedPages
      doubleSidedRatio
      cost {
        yuan
        fen
      }
    }
    printPrices(schoolId: $schoolId) {
      paperSize
      colour
      effectiveFrom
      isDefault
      pricePerPage {
        yuan
        fen
      }
    }
  }
`);

/** A page of a school's print jobs (印刷记录) of a month, newest first. */
export const FacilitiesPrintJobsQuery = graphql(`
  query FacilitiesPrintJobs($filter: PrintJobFilter!, $first: Int, $after: String) {
    printJobs(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        kind
        departmentId
        requestedByStaffId
        title
        pages
        copies
        paperSize
        duplex
        colour
        printedAt
        printedPages
        sheets
        reason
        cost {
          yuan
          fen
        }
        pricePerPage {
          yuan
          fen
        }
        voidedBy {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The school's departments and current staff, for the job form. */
export const FacilitiesPrintLookupsQuery = graphql(`
  query FacilitiesPrintLookups($schoolId: ID!) {
    departments(schoolId: $schoolId, first: 100) {
      nodes {
        id
        name
        code
      }
    }
    staff(filter: { schoolId: $schoolId, active: true }, first: 100) {
      nodes {
        id
        name
        employeeNumber
      }
    }
  }
`);

export const FacilitiesRecordPrintJobMutation = graphql(`
  mutation FacilitiesRecordPrintJob($input: RecordPrintJobInput!) {
    recordPrintJob(input: $input) {
      id
      cost {
        yuan
        fen
      }
    }
  }
`);

export const FacilitiesVoidPrintJobMutation = graphql(`
  mutation FacilitiesVoidPrintJob($input: VoidPrintJobInput!) {
    voidPrintJob(input: $input) {
      id
    }
  }
`);

export const FacilitiesSetPrintPricesMutation = graphql(`
  mutation FacilitiesSetPrintPrices($input: SetPrintPricesInput!) {
    setPrintPrices(input: $input) {
      paperSize
      colour
      effectiveFrom
      isDefault
      pricePerPage {
        yuan
        fen
      }
    }
  }
`);
