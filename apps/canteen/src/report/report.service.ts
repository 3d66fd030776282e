import DataLoader from 'dataloader';
import { requirePermission, schoolsAllowed } from '@houqin/auth';
import { DEFAULT_TIME_ZONE, parseId, resolvePage, todayIn, toPage, type Page, type PageArgs } from '@houqin/common';
import { schoolDaysBetween } from '@houqin/common';
import type { CanteenContext } from '../context';
import { costPerMealFen } from '../meal/meal.rules';
import { P } from '../permissions';
import { accompaniedCoverage, daysOfStock, ISSUE_WINDOW_DAYS, monthDays, monthsBetween, rate } from './report.rules';
import { reportSql } from './report.store';
import { CanteenCompliance, CanteenMonthCost, CanteenStockValue } from './report.types';
import { LoadersByArgument } from '@houqin/persistence';

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value ?? 0);
const bySchool = (rows: Row[]) => new Map(rows.map((row) => [String(row.schoolId), row]));

/**
 * The canteen's reports: aggregate statements over a page of schools or months, never a loop over
 * rows (report.store.ts). Dates are the schools' (Asia/Shanghai by default); "so far" ends today.
 */
export class CanteenReportService {
  private readonly complianceLoaders = new LoadersByArgument<string, DataLoader<string, CanteenCompliance | null>>();

  constructor(private readonly ctx: CanteenContext) {}

  private get manager() {
    return this.ctx.dataSource.manager;
  }

  private today(): string {
    return todayIn(DEFAULT_TIME_ZONE, this.ctx.now());
  }

  /** Cost per meal of one canteen by month (每餐成本), at most 24 months. */
  async monthlyCosts(canteenId: string, fromMonth: string, toMonth: string): Promise<CanteenMonthCost[]> {
    const canteen = await this.ctx.canteens.get(parseId(canteenId, 'canteenId'), 'canteenId');
    requirePermission(this.ctx.viewer, P.readCanteen, canteen.schoolId);
    const months = monthsBetween(fromMonth, toMonth);
    const from = monthDays(months[0]).from;
    const to = monthDays(months[months.length - 1]).to;
    const [meals, issued] = await Promise.all([
      reportSql.mealsByMonth(this.manager, canteen.id, from, to).getRawMany<Row>(),
      reportSql.issuedByMonth(this.manager, canteen.id, from, to).getRawMany<Row>(),
    ]);
    const mealsOf = new Map(meals.map((row) => [String(row.month), row]));
    const issuedOf = new Map(issued.map((row) => [String(row.month), num(row.issuedFen)]));
    return months.map((month) => {
      const studentMeals = num(mealsOf.get(month)?.students);
      const staffMeals = num(mealsOf.get(month)?.staff);
      const issuedFen = issuedOf.get(month) ?? 0;
      return Object.assign(new CanteenMonthCost(), {
        month,
        studentMeals,
        staffMeals,
        mealsServed: studentMeals + staffMeals,
        issuedFen,
        costPerMealFen: costPerMealFen(issuedFen, studentMeals + staffMeals),
      });
    });
  }

  /** What a canteen holds now (库存金额) and how many days of issues it covers (库存天数). */
  async stockValue(canteenId: string): Promise<CanteenStockValue> {
    const canteen = await this.ctx.canteens.get(parseId(canteenId, 'canteenId'), 'canteenId');
    requirePermission(this.ctx.viewer, P.readCanteen, canteen.schoolId);
    const since = new Date(this.ctx.now().getTime() - ISSUE_WINDOW_DAYS * 86_400_000);
    const [onHand, issued] = await Promise.all([
      reportSql.stockOnHand(this.manager, canteen.id).getRawOne<Row>(),
      reportSql.issuedSince(this.manager, canteen.id, since).getRawOne<Row>(),
    ]);
    const valueFen = num(onHand?.valueFen);
    const issuedFen = num(issued?.issuedFen);
    return Object.assign(new CanteenStockValue(), {
      canteenId: canteen.id,
      lots: num(onHand?.lots),
      valueFen,
      issuedFen,
      daysOfStock: daysOfStock(valueFen, issuedFen),
    });
  }

  /** The district's schools side by side for a month (区级食堂对比): district readers only. */
  async districtComparison(month: string, page: PageArgs): Promise<Page<CanteenCompliance>> {
    const viewer = requirePermission(this.ctx.viewer, P.compareCanteens);
    monthDays(month);
    const window = resolvePage(page);
    const schools = await reportSql.schoolPage(this.manager, viewer.districtId, window.limit + 1, window.afterId ?? null).getRawMany<Row>();
    const ids = schools.map((row) => String(row.schoolId));
    const figures = await this.complianceOf(viewer.districtId, ids.slice(0, window.limit), month);
    const rows = ids.map((id) => figures.get(id) ?? this.empty(id, month));
    return toPage(rows, window.limit, (row) => row.schoolId);
  }

  /** `School.canteenCompliance(month)`, batched over a page of schools; null where the viewer may not read the school's canteen. */
  complianceOfSchool(schoolId: string, month: string): Promise<CanteenCompliance | null> {
    monthDays(month);
    const loader = this.complianceLoaders.get(
      month,
      () =>
        new DataLoader(async (schoolIds) => {
          const viewer = this.ctx.viewer;
          const allowed = viewer ? schoolsAllowed(viewer, P.readCanteen) : [];
          const readable = schoolIds.filter((id) => allowed === 'district' || allowed.includes(id));
          const figures = viewer && readable.length ? await this.complianceOf(viewer.districtId, readable, month) : new Map();
          return schoolIds.map((id) => (readable.includes(id) ? (figures.get(id) ?? this.empty(id, month)) : null));
        }),
    );
    return loader.load(schoolId);
  }

  private empty(schoolId: string, month: string): CanteenCompliance {
    return this.assemble(schoolId, month, {});
  }

  /** Every figure of a page of schools for a month: nine statements whatever the page's size. */
  private async complianceOf(districtId: string, schoolIds: readonly string[], month: string): Promise<Map<string, CanteenCompliance>> {
    if (!schoolIds.length) return new Map();
    const { from, to } = monthDays(month);
    const today = this.today();
    // Compliance is about what has happened: the month up to today.
    const soFar = to < today ? to : today;
    const settings = await this.ctx.settings.of(null, districtId);
    const m = this.manager;
    const [meals, issued, samples, checks, certificates, menus, lunches, canteens] = await Promise.all([
      reportSql.mealsBySchool(m, schoolIds, from, to).getRawMany<Row>(),
      reportSql.issuedBySchool(m, schoolIds, from, to).getRawMany<Row>(),
      reportSql.samplesBySchool(m, schoolIds, from, soFar, settings.sampleMinGrams).getRawMany<Row>(),
      reportSql.morningChecksBySchool(m, schoolIds, from, soFar).getRawMany<Row>(),
      reportSql.certificatesBySchool(m, schoolIds, soFar < from ? from : soFar).getRawMany<Row>(),
      reportSql.menuChecksBySchool(m, schoolIds, from, to).getRawMany<Row>(),
      reportSql.accompaniedLunches(m, schoolIds, from, soFar).getRawMany<Row>(),
      reportSql.canteensOf(m, schoolIds).getRawMany<Row>(),
    ]);
    const schoolDays = soFar >= from ? schoolDaysBetween(from, soFar) : [];
    const [mealsOf, issuedOf, samplesOf, checksOf, certificatesOf, menusOf] = [meals, issued, samples, checks, certificates, menus].map(
      bySchool,
    );
    const result = new Map<string, CanteenCompliance>();
    for (const schoolId of schoolIds) {
      const coverage = accompaniedCoverage(
        schoolDays,
        canteens.filter((row) => row.schoolId === schoolId).map((row) => String(row.canteenId)),
        lunches
          .filter((row) => row.schoolId === schoolId)
          .map((row) => ({ canteenId: String(row.canteenId), servedOn: String(row.servedOn) })),
      );
      result.set(
        schoolId,
        this.assemble(schoolId, month, {
          meals: num(mealsOf.get(schoolId)?.students) + num(mealsOf.get(schoolId)?.staff),
          issuedFen: num(issuedOf.get(schoolId)?.issuedFen),
          dishes: num(samplesOf.get(schoolId)?.dishes),
          sampled: num(samplesOf.get(schoolId)?.sampled),
          checksDue: num(checksOf.get(schoolId)?.expected),
          checksDone: num(checksOf.get(schoolId)?.done),
          roster: num(certificatesOf.get(schoolId)?.roster),
          valid: num(certificatesOf.get(schoolId)?.valid),
          menuDays: num(menusOf.get(schoolId)?.days),
          menuPassed: num(menusOf.get(schoolId)?.passed),
          canteenDays: coverage.expected,
          accompanied: coverage.covered,
        }),
      );
    }
    return result;
  }

  private assemble(schoolId: string, month: string, f: Partial<Record<string, number>>): CanteenCompliance {
    const n = (key: string) => f[key] ?? 0;
    return Object.assign(new CanteenCompliance(), {
      schoolId,
      month,
      mealsServed: n('meals'),
      issuedFen: n('issuedFen'),
      costPerMealFen: costPerMealFen(n('issuedFen'), n('meals')),
      dishesServed: n('dishes'),
      dishesSampled: n('sampled'),
      sampleCompliance: rate(n('sampled'), n('dishes')),
      morningChecksDue: n('checksDue'),
      morningChecksDone: n('checksDone'),
      morningCheckCompliance: rate(n('checksDone'), n('checksDue')),
      rosterSize: n('roster'),
      validCertificates: n('valid'),
      certificateCompliance: rate(n('valid'), n('roster')),
      menuDays: n('menuDays'),
      menuDaysPassed: n('menuPassed'),
      nutritionPassRate: rate(n('menuPassed'), n('menuDays')),
      canteenSchoolDays: n('canteenDays'),
      accompaniedDays: n('accompanied'),
      accompaniedCoverage: rate(n('accompanied'), n('canteenDays')),
    });
  }
}
