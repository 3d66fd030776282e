import { defineSqlStore } from '@houqin/persistence';
import { AccompaniedMeal } from '../accompanied/accompanied.entity';
import { Canteen } from '../canteen/canteen.entity';
import { KnownSchool } from '@houqin/directory-copy';
import { CanteenStaffMember, HealthCertificate, MorningCheck } from '../health/health.entity';
import { MealService, MealServiceDish } from '../meal/meal-service.entity';
import { MealKind } from '../menu/meal-kind';
import { FoodSample } from '../sample/sample.entity';
import { StockLot, StockMovement, StockMovementKind } from '../stock/stock.entity';
import { MenuDayCheck } from './menu-day-check.entity';

const SCHOOLS = ['s-1', 's-2'];
const MARCH = ['2026-03-01', '2026-03-31'] as const;

/**
 * The canteen reports' SQL (printed to apps/canteen/sql/report.sql): aggregates grouped by school or
 * month, each over a page of schools at once, so a report costs the same statements for one school
 * as for a page of a hundred. Only meal services whose counts are in (locked) count for cost per meal:
 * an open service has stock issued but no meals served yet.
 */
export const reportSql = defineSqlStore(
  'report',
  {
    /** A page of the district's open schools (the comparison's rows), by id after the cursor. */
    schoolPage: (m, districtId: string, limit: number, afterId: string | null) => {
      const qb = m
        .getRepository(KnownSchool)
        .createQueryBuilder('s')
        .select('s.schoolId', 'schoolId')
        .where('s.districtId = :districtId AND s.active = :active', { districtId, active: true })
        .orderBy('s.schoolId')
        .limit(limit);
      return afterId ? qb.andWhere('s.schoolId > :afterId', { afterId }) : qb;
    },
    /** Meals served (locked services) per school in a period. */
    mealsBySchool: (m, schoolIds: readonly string[], from: string, to: string) =>
      m
        .getRepository(MealService)
        .createQueryBuilder('ms')
        .select('ms.schoolId', 'schoolId')
        .addSelect('SUM(ms.portionsServedStudents)', 'students')
        .addSelect('SUM(ms.portionsServedStaff)', 'staff')
        .where('ms.schoolId IN (:...schoolIds) AND ms.servedOn BETWEEN :from AND :to', { schoolIds, from, to })
        .andWhere('ms.lockedAt IS NOT NULL')
        .groupBy('ms.schoolId'),
    /** Cost of the stock issued to locked services per school in a period (issues are negative movements). */
    issuedBySchool: (m, schoolIds: readonly string[], from: string, to: string) =>
      m
        .getRepository(StockMovement)
        .createQueryBuilder('mv')
        .innerJoin(MealService, 'ms', 'ms.id = mv.mealServiceId')
        .select('ms.schoolId', 'schoolId')
        .addSelect('-SUM(mv.costFen)', 'issuedFen')
        .where('mv.kind = :issue', { issue: StockMovementKind.ISSUE })
        .andWhere('ms.schoolId IN (:...schoolIds) AND ms.servedOn BETWEEN :from AND :to', { schoolIds, from, to })
        .andWhere('ms.lockedAt IS NOT NULL')
        .groupBy('ms.schoolId'),
    /** Dishes served per school in a period, and how many were sampled with at least the minimum (留样合规). */
    samplesBySchool: (m, schoolIds: readonly string[], from: string, to: string, minGrams: number) => {
      const samples = m.connection.getMetadata(FoodSample).tableName;
      return m
        .getRepository(MealServiceDish)
        .createQueryBuilder('d')
        .innerJoin(MealService, 'ms', 'ms.id = d.mealServiceId')
        .select('ms.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'dishes')
        .addSelect(
          `SUM(CASE WHEN EXISTS (SELECT 1 FROM ${samples} f WHERE f.mealServiceId = d.mealServiceId AND f.dishId = d.dishId AND f.grams >= :minGrams) THEN 1 ELSE 0 END)`,
          'sampled',
        )
        .where('ms.schoolId IN (:...schoolIds) AND ms.servedOn BETWEEN :from AND :to', { schoolIds, from, to, minGrams })
        .groupBy('ms.schoolId');
    },
    /**
     * Morning checks (晨检) per school: on each day a canteen served a meal in the period, every person
     * on its roster that day should have been checked; how many were.
     */
    morningChecksBySchool: (m, schoolIds: readonly string[], from: string, to: string) =>
      m
        .createQueryBuilder()
        .select('r.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'expected')
        .addSelect('SUM(CASE WHEN mc.id IS NULL THEN 0 ELSE 1 END)', 'done')
        .from(
          (sub) =>
            sub
              .select('ms.canteenId', 'canteenId')
              .addSelect('ms.servedOn', 'servedOn')
              .distinct(true)
              .from(MealService, 'ms')
              .where('ms.schoolId IN (:...schoolIds) AND ms.servedOn BETWEEN :from AND :to'),
          'days',
        )
        .innerJoin(
          CanteenStaffMember,
          'r',
          // The school condition lets the (schoolId, staffId) index find the page's rosters instead of reading every roster row.
          'r.schoolId IN (:...schoolIds) AND r.canteenId = days.canteenId AND r.joinedOn <= days.servedOn AND (r.leftOn IS NULL OR r.leftOn >= days.servedOn)',
        )
        .leftJoin(MorningCheck, 'mc', 'mc.canteenId = days.canteenId AND mc.staffId = r.staffId AND mc.checkedOn = days.servedOn')
        .setParameters({ schoolIds, from, to })
        .groupBy('r.schoolId'),
    /** Health certificates (健康证) per school: people on a roster on `day`, and how many held a valid certificate that day. */
    certificatesBySchool: (m, schoolIds: readonly string[], day: string) =>
      m
        .getRepository(CanteenStaffMember)
        .createQueryBuilder('r')
        .leftJoin(
          HealthCertificate,
          'c',
          'c.staffId = r.staffId AND c.schoolId = r.schoolId AND c.issuedOn <= :day AND c.expiresOn >= :day',
        )
        .select('r.schoolId', 'schoolId')
        .addSelect('COUNT(DISTINCT r.staffId)', 'roster')
        .addSelect('COUNT(DISTINCT c.staffId)', 'valid')
        .where('r.schoolId IN (:...schoolIds) AND r.joinedOn <= :day AND (r.leftOn IS NULL OR r.leftOn >= :day)', { schoolIds, day })
        .groupBy('r.schoolId'),
    /** Published menu days per school in a period, and how many passed the nutrition check (营养核查). */
    menuChecksBySchool: (m, schoolIds: readonly string[], from: string, to: string) =>
      m
        .getRepository(MenuDayCheck)
        .createQueryBuilder('mc')
        .select('mc.schoolId', 'schoolId')
        .addSelect('COUNT(*)', 'days')
        .addSelect('SUM(CASE WHEN mc.passes THEN 1 ELSE 0 END)', 'passed')
        .where('mc.schoolId IN (:...schoolIds) AND mc.servedOn BETWEEN :from AND :to', { schoolIds, from, to })
        .groupBy('mc.schoolId'),
    /** The canteen-days with an accompanied lunch (陪餐) per school in a period. */
    accompaniedLunches: (m, schoolIds: readonly string[], from: string, to: string) =>
      m
        .getRepository(AccompaniedMeal)
        .createQueryBuilder('a')
        .select('a.schoolId', 'schoolId')
        .addSelect('a.canteenId', 'canteenId')
        .addSelect('a.servedOn', 'servedOn')
        .distinct(true)
        .where('a.schoolId IN (:...schoolIds) AND a.servedOn BETWEEN :from AND :to AND a.meal = :lunch', {
          schoolIds,
          from,
          to,
          lunch: MealKind.LUNCH,
        }),
    /** The canteens of a page of schools (accompanied-meal coverage is per canteen). */
    canteensOf: (m, schoolIds: readonly string[]) =>
      m
        .getRepository(Canteen)
        .createQueryBuilder('c')
        .select('c.schoolId', 'schoolId')
        .addSelect('c.id', 'canteenId')
        .where('c.schoolId IN (:...schoolIds)', { schoolIds }),
    /** One canteen's meals served (locked services) per month of a period. */
    mealsByMonth: (m, canteenId: string, from: string, to: string) =>
      m
        .getRepository(MealService)
        .createQueryBuilder('ms')
        .select('SUBSTR(ms.servedOn, 1, 7)', 'month')
        .addSelect('SUM(ms.portionsServedStudents)', 'students')
        .addSelect('SUM(ms.portionsServedStaff)', 'staff')
        .where('ms.canteenId = :canteenId AND ms.servedOn BETWEEN :from AND :to', { canteenId, from, to })
        .andWhere('ms.lockedAt IS NOT NULL')
        .groupBy('SUBSTR(ms.servedOn, 1, 7)'),
    /** One canteen's cost issued to locked services per month of a period. */
    issuedByMonth: (m, canteenId: string, from: string, to: string) =>
      m
        .getRepository(StockMovement)
        .createQueryBuilder('mv')
        .innerJoin(MealService, 'ms', 'ms.id = mv.mealServiceId')
        .select('SUBSTR(ms.servedOn, 1, 7)', 'month')
        .addSelect('-SUM(mv.costFen)', 'issuedFen')
        .where('mv.kind = :issue', { issue: StockMovementKind.ISSUE })
        .andWhere('ms.canteenId = :canteenId AND ms.servedOn BETWEEN :from AND :to', { canteenId, from, to })
        .andWhere('ms.lockedAt IS NOT NULL')
        .groupBy('SUBSTR(ms.servedOn, 1, 7)'),
    /** What a canteen holds now: the remaining cost of its lots with a balance (库存金额), and how many. */
    stockOnHand: (m, canteenId: string) =>
      m
        .getRepository(StockLot)
        .createQueryBuilder('l')
        .select('COALESCE(SUM(l.balanceCostFen), 0)', 'valueFen')
        .addSelect('COUNT(*)', 'lots')
        .where('l.canteenId = :canteenId AND l.balance > 0', { canteenId }),
    /** The cost a canteen issued since an instant (the days-of-stock window). */
    issuedSince: (m, canteenId: string, since: Date) =>
      m
        .getRepository(StockMovement)
        .createQueryBuilder('mv')
        .select('COALESCE(-SUM(mv.costFen), 0)', 'issuedFen')
        .where('mv.canteenId = :canteenId AND mv.kind = :issue AND mv.at >= :since', { canteenId, issue: StockMovementKind.ISSUE, since }),
  },
  {
    schoolPage: ['district-1', 21, 'school-1'],
    mealsBySchool: [SCHOOLS, ...MARCH],
    issuedBySchool: [SCHOOLS, ...MARCH],
    samplesBySchool: [SCHOOLS, ...MARCH, 125],
    morningChecksBySchool: [SCHOOLS, ...MARCH],
    certificatesBySchool: [SCHOOLS, '2026-03-31'],
    menuChecksBySchool: [SCHOOLS, ...MARCH],
    accompaniedLunches: [SCHOOLS, ...MARCH],
    canteensOf: [SCHOOLS],
    mealsByMonth: ['canteen-1', '2026-01-01', '2026-06-30'],
    issuedByMonth: ['canteen-1', '2026-01-01', '2026-06-30'],
    stockOnHand: ['canteen-1'],
    issuedSince: ['canteen-1', new Date('2026-03-01T00:00:00Z')],
  },
);
