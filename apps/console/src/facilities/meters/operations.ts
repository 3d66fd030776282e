import { graphql } from '../../graphql';

/** A page of a school's utility meters (水电表), each with its latest reading. */
export const FacilitiesMetersQuery = graphql(`
  query FacilitiesMeters($filter: UtilityMeterFilter, $first: Int, $after: String) {
    utilityMeters(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        schoolId
        utility
        name
        serialNumber
        unit
        multiplier
        active
        lastValue
        lastReadAt
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

/** One meter with its consumption by day (the last 60 days) and by month (the year). */
export const FacilitiesMeterQuery = graphql(`
  query FacilitiesMeter($id: ID!, $dayFrom: String!, $monthFrom: String!, $to: String!) {
    utilityMeter(id: $id) {
      id
      schoolId
      utility
      name
      serialNumber
      unit
      multiplier
      active
      installedOn
      lastValue
      lastReadAt
      building {
        id
        name
      }
    }
    daily: meterConsumption(meterId: $id, from: $dayFrom, to: $to, granularity: DAY) {
      unit
      unitPriceYuan
      total
      cost {
        yuan
        fen
      }
      periods {
        period
        consumption
        complete
        cost {
          yuan
          fen
        }
      }
    }
    monthly: meterConsumption(meterId: $id, from: $monthFrom, to: $to, granularity: MONTH) {
      unit
      total
      cost {
        yuan
        fen
      }
      periods {
        period
        consumption
        complete
        cost {
          yuan
          fen
        }
      }
    }
  }
`);

/** A page of a meter's readings (抄表记录), newest first. */
export const FacilitiesMeterReadingsQuery = graphql(`
  query FacilitiesMeterReadings($meterId: ID!, $first: Int, $after: String) {
    meterReadings(meterId: $meterId, first: $first, after: $after) {
      nodes {
        id
        readAt
        value
        source
        note
        createdAt
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A page of meter anomalies (水电表异常), newest first. */
export const FacilitiesMeterAnomaliesQuery = graphql(`
  query FacilitiesMeterAnomalies($filter: MeterAnomalyFilter, $first: Int, $after: String) {
    meterAnomalies(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        meterId
        utility
        kind
        fromAt
        toAt
        suspectedLeak
        consumption
        baseline
        createdAt
        meter {
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

export const FacilitiesRecordMeterReadingMutation = graphql(`
  mutation FacilitiesRecordMeterReading($input: RecordMeterReadingInput!) {
    recordMeterReading(input: $input) {
      reading {
        id
        readAt
        value
      }
      meter {
        id
        lastValue
        lastReadAt
      }
      anomalies {
        id
        kind
        suspectedLeak
      }
    }
  }
`);

/** The school's monthly meter report (月度水电报表) with per-student figures. */
export const FacilitiesMeterReportQuery = graphql(`
  query FacilitiesMeterReport($schoolId: ID!, $month: String!) {
    school(id: $schoolId) {
      id
      name
      studentCount
      meterReport(month: $month) {
        month
        studentCount
        cost {
          yuan
          fen
        }
        lines {
          meterId
          utility
          unit
          consumption
          complete
          cost {
            yuan
            fen
          }
          meter {
            id
            name
            serialNumber
          }
        }
        totals {
          utility
          unit
          consumption
          consumptionPerStudent
          meterCount
          cost {
            yuan
            fen
          }
          costPerStudent {
            yuan
            fen
          }
        }
      }
    }
  }
`);
