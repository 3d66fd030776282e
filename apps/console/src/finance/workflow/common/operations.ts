import { graphql } from '../../../graphql';

/** The district's active budget categories (预算科目), for the filing forms. */
export const WorkflowCategoriesQuery = graphql(`
  query WorkflowCategories {
    budgetCategories {
      id
      code
      name
      fund
      overrunPolicy
    }
  }
`);

/** What is left of each budget line of a school for a year (预算执行): the room a form shows. */
export const WorkflowBudgetRoomQuery = graphql(`
  query WorkflowBudgetRoom($fiscalYear: Int!, $schoolId: ID!) {
    budgetExecution(fiscalYear: $fiscalYear, schoolId: $schoolId) {
      category {
        id
      }
      remaining {
        yuan
        fen
      }
    }
  }
`);

/** Every school a district viewer may see, for the lists' school filter. */
export const WorkflowSchoolsQuery = graphql(`
  query WorkflowSchools {
    schools(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

/** Active suppliers to order from, by part of the name (采购). */
export const WorkflowSuppliersQuery = graphql(`
  query WorkflowSuppliers($nameContains: String) {
    suppliers(first: 20, filter: { status: ACTIVE, nameContains: $nameContains }) {
      nodes {
        id
        name
        foodSupplier
      }
    }
  }
`);

/** A recorded step, as the timeline shows it. */
export const WorkflowStepFields = graphql(`
  fragment WorkflowStepFields on WorkflowStep {
    id
    action
    level
    actorAccountId
    comment
    occurredAt
  }
`);
