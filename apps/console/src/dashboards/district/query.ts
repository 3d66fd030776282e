import { graphql } from '../../graphql';
import type { DistrictDashboardQuery } from '../../graphql/graphql';
import type { RepairFigures } from '../repairs';

/**
 * The district dashboard's ONE query (区级看板): every school's budget by category, spending per
 * student, the canteen account's balance and the month's canteen statement. Pages of 50 schools
 * (the gateway's cost limit fits 50 with 15 categories each; apps/gateway/test/district-dashboard.spec.ts).
 * A measure of another service adds its fields under `school { … }` here and reads them in toDistrictRows.
 */
export const DistrictDashboardDocument = graphql(`
  query DistrictDashboard($year: Int!, $period: String!, $after: String) {
    districtBudgetComparison(fiscalYear: $year, first: 50, after: $after) {
      nodes {
        schoolId
        allocated {
          fen
          yuan
        }
        committed {
          fen
          yuan
        }
        spent {
          fen
          yuan
        }
        remaining {
          fen
          yuan
        }
        byCategory {
          category {
            id
            code
            name
          }
          allocated {
            fen
          }
          spent {
            fen
          }
          remaining {
            fen
          }
        }
        school {
          id
          name
          studentCount
          spentPerStudent(fiscalYear: $year) {
            fen
            yuan
          }
          accountBalances {
            canteen {
              fen
              yuan
            }
          }
          canteenStatement(period: $period) {
            openingBalance {
              fen
            }
            mealFeeIncome {
              fen
            }
            foodCost {
              fen
            }
            closingBalance {
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
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type DistrictNode = DistrictDashboardQuery['districtBudgetComparison']['nodes'][number];

/** One category of a school's budget, in fen. */
export interface CategoryFigures {
  categoryId: string;
  code: string;
  name: string;
  allocated: number;
  spent: number;
  remaining: number;
}

/**
 * One school as the measures read it: plain numbers in fen (null where the graph has no figure,
 * e.g. no students or a statement the viewer may not read), independent of the query's shape.
 */
export interface DistrictRow {
  schoolId: string;
  name: string;
  studentCount: number | null;
  allocated: number;
  committed: number;
  spent: number;
  remaining: number;
  byCategory: CategoryFigures[];
  spentPerStudent: number | null;
  canteenBalance: number | null;
  canteen: { opening: number; income: number; foodCost: number; closing: number } | null;
  /** The canteen service's month (食堂监管): cost per meal in fen and each rate in tenths of a percent; null where unreadable. */
  canteenCompliance: CanteenComplianceFigures | null;
  /** The facilities service's month (后勤资产): assets, utilities and printing; null where unreadable. */
  facilities: FacilitiesFigures;
  /**
   * The month's work orders (维修工单), from a query of their own (DistrictRepairSummary, beside this one
   * near the gateway's cost limit) merged in by withRepairs; null or absent until it answers.
   */
  repairs?: RepairFigures | null;
}

/** A school's facilities figures for the dashboard's month: money in fen, the double-sided ratio in tenths of a percent. */
export interface FacilitiesFigures {
  /** Fixed assets' cost (原值) and net book value (净值) at the end of the month. */
  assetCost: number | null;
  assetNetBookValue: number | null;
  /** The month's water, electricity and gas cost, and per enrolled student (生均水电费, rounded half up to the fen). */
  utilityCost: number | null;
  utilityCostPerStudent: number | null;
  /** The month's printing: printed pages, cost, and the double-sided ratio (双面率). */
  printedPages: number | null;
  printCost: number | null;
  doubleSidedRatio: number | null;
}

/** Fen per student, rounded half up (as the graph rounds per-student figures); null without students. */
export function perStudentFen(fen: number | null | undefined, students: number | null | undefined): number | null {
  if (fen === null || fen === undefined || !students) return null;
  return Math.sign(fen) * Math.floor((Math.abs(fen) * 2 + students) / (2 * students));
}

/** The graph's facilities fields of a school as figures. */
export function toFacilitiesFigures(
  school:
    | {
        assetSummary?: { cost: { fen: number }; netBookValue: { fen: number } } | null;
        meterReport?: { studentCount?: number | null; cost: { fen: number } } | null;
        printing?: { printedPages: number; doubleSidedRatio?: number | null; cost: { fen: number } } | null;
      }
    | null
    | undefined,
): FacilitiesFigures {
  const report = school?.meterReport;
  const printing = school?.printing;
  return {
    assetCost: school?.assetSummary?.cost.fen ?? null,
    assetNetBookValue: school?.assetSummary?.netBookValue.fen ?? null,
    utilityCost: report?.cost.fen ?? null,
    utilityCostPerStudent: report ? perStudentFen(report.cost.fen, report.studentCount) : null,
    printedPages: printing?.printedPages ?? null,
    printCost: printing?.cost.fen ?? null,
    doubleSidedRatio: tenthsOfPercent(printing?.doubleSidedRatio),
  };
}

export interface CanteenComplianceFigures {
  mealsServed: number;
  costPerMeal: number | null;
  sampleCompliance: number | null;
  morningCheckCompliance: number | null;
  certificateCompliance: number | null;
  nutritionPassRate: number | null;
  accompaniedCoverage: number | null;
}

/** The graph's CanteenCompliance as figures: money in fen, rates in tenths of a percent. */
export function toComplianceFigures(
  compliance:
    | {
        mealsServed: number;
        costPerMeal?: { fen: number } | null;
        sampleCompliance?: number | null;
        morningCheckCompliance?: number | null;
        certificateCompliance?: number | null;
        nutritionPassRate?: number | null;
        accompaniedCoverage?: number | null;
      }
    | null
    | undefined,
): CanteenComplianceFigures | null {
  if (!compliance) return null;
  return {
    mealsServed: compliance.mealsServed,
    costPerMeal: compliance.costPerMeal?.fen ?? null,
    sampleCompliance: tenthsOfPercent(compliance.sampleCompliance),
    morningCheckCompliance: tenthsOfPercent(compliance.morningCheckCompliance),
    certificateCompliance: tenthsOfPercent(compliance.certificateCompliance),
    nutritionPassRate: tenthsOfPercent(compliance.nutritionPassRate),
    accompaniedCoverage: tenthsOfPercent(compliance.accompaniedCoverage),
  };
}

/** A share in [0, 1] from the graph as tenths of a percent (0.505 → 505, shown "50.5%"); null stays null (no data). */
export const tenthsOfPercent = (share: number | null | undefined): number | null =>
  share === null || share === undefined ? null : Math.round(share * 1000);

export function toDistrictRows(nodes: readonly DistrictNode[]): DistrictRow[] {
  return nodes.map((node) => {
    const school = node.school;
    const statement = school?.canteenStatement;
    const compliance = school?.canteenCompliance;
    return {
      schoolId: node.schoolId,
      // A school the directory no longer resolves keeps its row, named by id.
      name: school?.name ?? node.schoolId,
      studentCount: school?.studentCount ?? null,
      allocated: node.allocated.fen,
      committed: node.committed.fen,
      spent: node.spent.fen,
      remaining: node.remaining.fen,
      byCategory: node.byCategory.map((c) => ({
        categoryId: c.category.id,
        code: c.category.code,
        name: c.category.name,
        allocated: c.allocated.fen,
        spent: c.spent.fen,
        remaining: c.remaining.fen,
      })),
      spentPerStudent: school?.spentPerStudent?.fen ?? null,
      canteenBalance: school?.accountBalances?.canteen.fen ?? null,
      canteen: statement
        ? {
            opening: statement.openingBalance.fen,
            income: statement.mealFeeIncome.fen,
            foodCost: statement.foodCost.fen,
            closing: statement.closingBalance.fen,
          }
        : null,
      canteenCompliance: toComplianceFigures(compliance),
      facilities: toFacilitiesFigures(school),
    };
  });
}

/** The categories of the district, in the order the graph gives them (by code), from every school's rows. */
export function districtCategories(rows: readonly DistrictRow[]): { id: string; code: string; name: string }[] {
  const seen = new Map<string, { id: string; code: string; name: string }>();
  for (const row of rows)
    for (const c of row.byCategory) if (!seen.has(c.categoryId)) seen.set(c.categoryId, { id: c.categoryId, code: c.code, name: c.name });
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
}
