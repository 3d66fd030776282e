import { graphql } from '../../graphql';

/** The canteens the viewer plans for or reads (each names its school). */
export const CanteenMenuCanteensQuery = graphql(`
  query CanteenMenuCanteens {
    canteens(first: 100) {
      nodes {
        id
        name
        schoolId
        school {
          id
          name
        }
      }
    }
  }
`);

/** What the planner shows of a week: its meals, their nutrients and the nutrition check (WS/T 554-2017). */
export const CanteenMenuWeekFields = graphql(`
  fragment CanteenMenuWeekFields on MenuWeek {
    id
    canteenId
    schoolId
    weekStart
    ageGroup
    status
    version
    publishedAt
    days {
      servedOn
      meals {
        meal
        dishes {
          id
          name
          allergens
        }
        nutrients {
          energyKcal
          proteinG
          calciumMg
          sodiumMg
        }
      }
    }
    nutritionCheck {
      ageGroup
      passes
      shortfalls {
        measure
        planned
        min
        max
        unit
        servedOn
        meal
        message
      }
      days {
        servedOn
        passes
        meals {
          meal
          passes
        }
      }
    }
  }
`);

export const CanteenMenuWeekQuery = graphql(`
  query CanteenMenuWeek($filter: MenuWeekFilter!) {
    menuWeeks(filter: $filter, first: 1) {
      nodes {
        ...CanteenMenuWeekFields
      }
    }
  }
`);

export const CanteenMenuDishOptionsQuery = graphql(`
  query CanteenMenuDishOptions($schoolId: ID!) {
    dishes(filter: { schoolId: $schoolId }, first: 100) {
      nodes {
        id
        name
        allergens
      }
    }
  }
`);

export const CanteenSaveMenuWeekMutation = graphql(`
  mutation CanteenSaveMenuWeek($input: SaveMenuWeekInput!) {
    saveMenuWeek(input: $input) {
      ...CanteenMenuWeekFields
    }
  }
`);

export const CanteenPublishMenuWeekMutation = graphql(`
  mutation CanteenPublishMenuWeek($input: PublishMenuWeekInput!) {
    publishMenuWeek(input: $input) {
      ...CanteenMenuWeekFields
    }
  }
`);
