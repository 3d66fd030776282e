import { graphql } from '../../graphql';
import type { SchoolDashboardQuery } from '../../graphql/graphql';
import { type CanteenComplianceFigures, type FacilitiesFigures, toComplianceFigures, toFacilitiesFigures } from '../district/query';

/**
 * The school dashboard's ONE query (学校看板): the budget lines with their months, balances,
 * spending per student and the month's canteen statement. budgetExecution costs two statements per
 * school, so it is asked of this one school only.
 */
export const SchoolDashboardDocument = graphql(`
  query SchoolDashboard($schoolId: ID!, $year: Int!, $period: String!) {
    school(id: $schoolId) {
      id
      name
      studentCount
      spentPerStudent(fiscalYear: $year) {
        fen
        yuan
      }
      accountBalances {
        school {
          fen
          yuan
        }
        canteen {
          fen
          yuan
        }
      }
      budgetExecution(fiscalYear: $year) {
        category {
          id
          code
          name
        }
        allocated {
          fen
        }
        committed {
          fen
        }
        spent {
          fen
        }
        remaining {
          fen
        }
        spentByMonth {
          fen
        }
      }
      canteenCompliance(month: $period) {
        mealsServed
        costPerMeal {
          fen
        }
        sampleCompliance
        morningCheckCompliance
        certificateCompliance
        nutritionPassRate
        accompaniedCoverage
      }
      assetSummary(month: $period) {
        cost {
          fen
        }
        netBookValue {
          fen
        }
      }
      meterReport(month: $period) {
        studentCount
        cost {
          fen
        }
      }
      printing(month: $period) {
        printedPages
        doubleSidedRatio
        cost {
          fen
        }
      }
      canteenStatement(period: $period) {
        period
        openingBalance {
          fen
        }
        mealFeeIncome {
          fen
        }
        otherIncome {
          fen
        }
        foodCost {
          fen
        }
        otherExpense {
          fen
        }
        closingBalance {
          fen
        }
      }
    }
  }
`);

type SchoolNode = SchoolDashboardQuery['school'];

/** One budget line (预算科目) of the school, in fen; spentByMonth has 12 values, January first. */
export interface BudgetLine {
  categoryId: string;
  code: string;
  name: string;
  allocated: number;
  committed: number;
  spent: number;
  remaining: number;
  spentByMonth: number[];
}

/** The canteen account's month (食堂账目公示), in fen. */
export interface CanteenStatementFigures {
  opening: number;
  mealFeeIncome: number;
  otherIncome: number;
  foodCost: number;
  otherExpense: number;
  closing: number;
}

export interface SchoolView {
  id: string;
  name: string;
  studentCount: number;
  spentPerStudent: number | null;
  schoolBalance: number | null;
  canteenBalance: number | null;
  /** null when the viewer does not read the school's books. */
  lines: BudgetLine[] | null;
  statement: CanteenStatementFigures | null;
  /** The canteen service's month (食堂监管); null when the viewer does not read the school's canteen records. */
  canteenCompliance: CanteenComplianceFigures | null;
  /** The facilities service's month (后勤资产): asset value, utilities and printing, null figures where unreadable. */
  facilities: FacilitiesFigures;
}

type StatementNode = NonNullable<SchoolNode['canteenStatement']>;

export function toStatement(statement: StatementNode | null | undefined): CanteenStatementFigures | null {
  if (!statement) return null;
  return {
    opening: statement.openingBalance.fen,
    mealFeeIncome: statement.mealFeeIncome.fen,
    otherIncome: statement.otherIncome.fen,
    foodCost: statement.foodCost.fen,
    otherExpense: statement.otherExpense.fen,
    closing: statement.closingBalance.fen,
  };
}

export function toSchoolView(school: SchoolNode): SchoolView {
  return {
    id: school.id,
    name: school.name,
    studentCount: school.studentCount,
    spentPerStudent: school.spentPerStudent?.fen ?? null,
    schoolBalance: school.accountBalances?.school.fen ?? null,
    canteenBalance: school.accountBalances?.canteen.fen ?? null,
    lines:
      school.budgetExecution?.map((line) => ({
        categoryId: line.category.id,
        code: line.category.code,
        name: line.category.name,
        allocated: line.allocated.fen,
        committed: line.committed.fen,
        spent: line.spent.fen,
        remaining: line.remaining.fen,
        spentByMonth: Array.from({ length: 12 }, (_, month) => line.spentByMonth[month]?.fen ?? 0),
      })) ?? null,
    statement: toStatement(school.canteenStatement),
    canteenCompliance: toComplianceFigures(school.canteenCompliance),
    facilities: toFacilitiesFigures(school),
  };
}

/** The statement's lines as posted (公示), in order: opening, income, expenses, closing. */
export function statementLines(
  statement: CanteenStatementFigures,
): { key: keyof CanteenStatementFigures; title: { zh: string; en: string }; fen: number }[] {
  return [
    { key: 'opening', title: { zh: '期初余额', en: 'Opening balance' }, fen: statement.opening },
    { key: 'mealFeeIncome', title: { zh: '伙食费收入', en: 'Meal fees received' }, fen: statement.mealFeeIncome },
    { key: 'otherIncome', title: { zh: '其他收入', en: 'Other income' }, fen: statement.otherIncome },
    { key: 'foodCost', title: { zh: '食材成本', en: 'Food cost' }, fen: statement.foodCost },
    { key: 'otherExpense', title: { zh: '其他支出', en: 'Other expenses' }, fen: statement.otherExpense },
    { key: 'closing', title: { zh: '期末余额', en: 'Closing balance' }, fen: statement.closing },
  ];
}

/** Whether opening + income − expenses = closing, to the fen (a statement that does not add up is flagged, not hidden). */
export function statementAddsUp(s: CanteenStatementFigures): boolean {
  return s.opening + s.mealFeeIncome + s.otherIncome - s.foodCost - s.otherExpense === s.closing;
}

/** The print view's query: the school's name and the month's statement. */
export const CanteenStatementPrintDocument = graphql(`
  query CanteenStatementPrint($schoolId: ID!, $period: String!) {
    school(id: $schoolId) {
      id
      name
      canteenCompliance(month: $period) {
        mealsServed
        costPerMeal {
          fen
        }
        sampleCompliance
        morningCheckCompliance
        certificateCompliance
        nutritionPassRate
        accompaniedCoverage
      }
      canteenStatement(period: $period) {
        period
        openingBalance {
          fen
        }
        mealFeeIncome {
          fen
        }
        otherIncome {
          fen
        }
        foodCost {
          fen
        }
        otherExpense {
          fen
        }
        closingBalance {
          fen
        }
      }
    }
  }
`);

/** The schools a district viewer (or a viewer of several schools) picks from. */
export const DashboardSchoolsDocument = graphql(`
  query DashboardSchools {
    schools(first: 100, filter: { active: true }) {
      nodes {
        id
        name
      }
    }
  }
`);
