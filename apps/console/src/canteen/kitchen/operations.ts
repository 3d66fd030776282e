import { graphql } from '../../graphql';

/** The district's food-sample minimum and keeping time (留样 ≥ 125 g, ≥ 48 h by default). */
export const CanteenSampleSettingsQuery = graphql(`
  query CanteenSampleSettings {
    canteenSettings {
      districtId
      sampleMinGrams
      sampleKeepHours
    }
  }
`);

export const CanteenMealServiceListQuery = graphql(`
  query CanteenMealServiceList($filter: MealServiceFilter, $first: Int, $after: String) {
    mealServices(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        servedOn
        meal
        portionsPlannedStudents
        portionsPlannedStaff
        mealsServed
        lockedAt
        canteen {
          id
          name
        }
        dishes {
          id
          dishName
        }
        missingSamples {
          dishId
          problem
        }
        issuedCost {
          yuan
          fen
        }
        costPerMeal {
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

export const CanteenMealServiceDetailQuery = graphql(`
  query CanteenMealServiceDetail($id: ID!) {
    mealService(id: $id) {
      id
      schoolId
      canteenId
      servedOn
      meal
      portionsPlannedStudents
      portionsPlannedStaff
      portionsServedStudents
      portionsServedStaff
      mealsServed
      lockedAt
      samplesCheckedAt
      sampleMissingRaisedAt
      version
      canteen {
        id
        name
      }
      dishes {
        id
        dishId
        dishName
        position
      }
      duties {
        id
        staffId
        task
        assignedAt
        staff {
          id
          name
        }
      }
      samples {
        id
        dishId
        grams
        takenAt
        keepUntil
        minGramsAtTaking
        takenBy {
          id
          name
        }
        disposal {
          id
          disposedAt
        }
      }
      missingSamples {
        dishId
        dishName
        problem
        grams
      }
      issuedCost {
        yuan
        fen
      }
      costPerMeal {
        yuan
        fen
      }
      lotsUsed {
        lotId
        quantityIssued
        costIssued {
          yuan
          fen
        }
        lot {
          id
          batchNumber
          expiresOn
          receivedOn
          ingredientId
          baseUnit
        }
        deliveryItem {
          id
          batchNumber
          productionDate
          expiresOn
          quarantineCertificateNumber
          arrivalTemperature
          sensoryOk
          ingredient {
            id
            name
          }
        }
        delivery {
          id
          deliveredOn
          invoiceNumber
          supplierLicenceNumber
          secondInspectedAt
          retainUntil
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
        }
      }
    }
  }
`);

export const CanteenPlanMealServiceMutation = graphql(`
  mutation CanteenPlanMealService($input: PlanMealServiceInput!) {
    planMealService(input: $input) {
      id
    }
  }
`);

/** The school's dishes by name (菜品), for planning a meal service. */
export const CanteenKitchenDishesQuery = graphql(`
  query CanteenKitchenDishes($schoolId: ID, $search: String) {
    dishes(first: 100, filter: { schoolId: $schoolId, search: $search }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CanteenAssignDutyMutation = graphql(`
  mutation CanteenAssignDuty($input: AssignMealServiceDutyInput!) {
    assignMealServiceDuty(input: $input) {
      id
      version
      duties {
        id
        staffId
        task
        assignedAt
        staff {
          id
          name
        }
      }
    }
  }
`);

export const CanteenRecordMealCountsMutation = graphql(`
  mutation CanteenRecordMealCounts($input: RecordMealCountsInput!) {
    recordMealCounts(input: $input) {
      id
      version
      lockedAt
      portionsServedStudents
      portionsServedStaff
      mealsServed
      costPerMeal {
        yuan
        fen
      }
      missingSamples {
        dishId
        dishName
        problem
        grams
      }
    }
  }
`);

/** A canteen's roster (食堂从业人员) with each person's certificate and today's check: the morning-check roster. */
export const CanteenRosterQuery = graphql(`
  query CanteenRoster($canteenId: ID!) {
    canteenStaff(filter: { canteenId: $canteenId }, first: 100) {
      nodes {
        id
        staffId
        post
        staff {
          id
          name
        }
        healthCertificate {
          id
          number
          expiresOn
          state
        }
        morningCheckToday {
          id
          temperature
          symptoms
          passed
          failures
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CanteenRecordMorningCheckMutation = graphql(`
  mutation CanteenRecordMorningCheck($input: RecordMorningCheckInput!) {
    recordMorningCheck(input: $input) {
      id
      staffId
      temperature
      symptoms
      passed
      failures
      createdAt
    }
  }
`);

export const CanteenHealthCertificatesQuery = graphql(`
  query CanteenHealthCertificates($filter: HealthCertificateFilter, $first: Int, $after: String) {
    healthCertificates(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        staffId
        number
        issuedOn
        expiresOn
        state
        createdAt
        staff {
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

export const CanteenRecordHealthCertificateMutation = graphql(`
  mutation CanteenRecordHealthCertificate($input: RecordHealthCertificateInput!) {
    recordHealthCertificate(input: $input) {
      id
      state
    }
  }
`);

export const CanteenFoodSamplesQuery = graphql(`
  query CanteenFoodSamples($filter: FoodSampleFilter, $first: Int, $after: String) {
    foodSamples(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        canteenId
        mealServiceId
        dishId
        grams
        takenAt
        keepUntil
        minGramsAtTaking
        locationId
        note
        takenBy {
          id
          name
        }
        disposal {
          id
          disposedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A canteen's open meal services of a day with their dishes: what a sample is taken of. */
export const CanteenSampleableServicesQuery = graphql(`
  query CanteenSampleableServices($canteenId: ID!, $day: String!) {
    mealServices(filter: { canteenId: $canteenId, from: $day, to: $day, locked: false }, first: 10) {
      nodes {
        id
        servedOn
        meal
        dishes {
          id
          dishId
          dishName
        }
      }
    }
  }
`);

/** The school's staff by name (a cook may have no account), for putting someone on the canteen roster. */
export const CanteenKitchenStaffSearchQuery = graphql(`
  query CanteenKitchenStaffSearch($schoolId: ID!, $search: String) {
    staff(first: 20, filter: { schoolId: $schoolId, nameContains: $search, active: true }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CanteenTakeFoodSampleMutation = graphql(`
  mutation CanteenTakeFoodSample($input: TakeFoodSampleInput!) {
    takeFoodSample(input: $input) {
      id
      grams
      keepUntil
    }
  }
`);

export const CanteenDisposeFoodSampleMutation = graphql(`
  mutation CanteenDisposeFoodSample($id: ID!) {
    disposeFoodSample(id: $id) {
      id
      disposal {
        id
        disposedAt
      }
    }
  }
`);

export const CanteenAccompaniedMealsQuery = graphql(`
  query CanteenAccompaniedMeals($filter: AccompaniedMealFilter, $first: Int, $after: String) {
    accompaniedMeals(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        servedOn
        meal
        rating
        remarks
        createdAt
        canteen {
          id
          name
        }
        leaderAccountId
        leaderStaff {
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

export const CanteenAccompaniedMealGapsQuery = graphql(`
  query CanteenAccompaniedMealGaps($input: AccompaniedMealGapsInput!) {
    accompaniedMealGaps(input: $input) {
      canteenId
      from
      to
      schoolDays
      accompaniedDays
      gaps
    }
  }
`);

export const CanteenLogAccompaniedMealMutation = graphql(`
  mutation CanteenLogAccompaniedMeal($input: LogAccompaniedMealInput!) {
    logAccompaniedMeal(input: $input) {
      id
      servedOn
      meal
      rating
    }
  }
`);

/** The school's dishes with their rating roll-up (评价汇总). */
export const CanteenDishRatingSummariesQuery = graphql(`
  query CanteenDishRatingSummaries($filter: DishFilter, $first: Int, $after: String) {
    dishes(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        name
        schoolId
        ratingSummary {
          count
          averageScore
          byScore
          students
          parentCommittee
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CanteenDishRatingsQuery = graphql(`
  query CanteenDishRatings($filter: DishRatingFilter!, $first: Int, $after: String) {
    dishRatings(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        ratedOn
        score
        comment
        raterKind
        studentRef
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CanteenRateDishMutation = graphql(`
  mutation CanteenRateDish($input: RateDishInput!) {
    rateDish(input: $input) {
      id
      score
    }
  }
`);

export const CanteenAddCanteenStaffMutation = graphql(`
  mutation CanteenAddCanteenStaff($input: AddCanteenStaffInput!) {
    addCanteenStaff(input: $input) {
      id
      staffId
      post
    }
  }
`);
