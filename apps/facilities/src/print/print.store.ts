import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { schoolsAllowed, type Viewer } from '@houqin/auth';
import { KnownSchool } from '@houqin/directory-copy';
import { defineSqlStore, exampleRequest, type ReadContext, ScopedReader } from '@houqin/persistence';
import { P } from '../permissions';
import { Department } from '../place/place.entity';
import { PrintJob, PrintJobKind, PrintPriceEntry } from './print.entity';

/** Print jobs are read by the general-affairs office and the district (readFacilities), not by every staff member. */
function printReaders<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, viewer: Viewer, alias: string): void {
  const schools = schoolsAllowed(viewer, P.readFacilities);
  if (schools === 'district') return;
  if (schools.length === 0) qb.andWhere('1 = 0');
  else qb.andWhere(`${alias}.schoolId IN (:...printReadSchools)`, { printReadSchools: schools });
}

/** Print jobs of the viewer's schools that they may read (the whole district for district readers). */
export const printJobReader = (ctx: ReadContext) => new ScopedReader(ctx, PrintJob, 'PrintJob', 'pj', { visibility: printReaders });

export interface PrintJobListFilter {
  schoolId: string;
  departmentId: string | null;
  from: string | null;
  to: string | null;
}

/** The figures of a set of print jobs, voided jobs netted out by their reversals (which carry negative quantities). */
const figures = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) =>
  qb
    .addSelect(`SUM(CASE WHEN pj.kind = '${PrintJobKind.PRINTED}' THEN 1 ELSE -1 END)`, 'jobs')
    .addSelect('SUM(pj.sheets)', 'sheets')
    .addSelect('SUM(pj.printedPages)', 'printedPages')
    .addSelect('SUM(CASE WHEN pj.duplex THEN pj.printedPages ELSE 0 END)', 'doubleSidedPages')
    .addSelect('SUM(pj.costFen)', 'costFen');

const SCHOOLS = ['school-1', 'school-2'];

/** The print centre's SQL (printed to apps/facilities/sql/print.sql). */
export const printSql = defineSqlStore(
  'print',
  {
    /** A school's price rows in force on or before a day (a few dozen at most): the rules pick the one in force per size and colour. */
    pricesUpTo: (m, schoolId: string, day: string) =>
      m
        .getRepository(PrintPriceEntry)
        .createQueryBuilder('pp')
        .where('pp.schoolId = :schoolId AND pp.effectiveFrom <= :day', { schoolId, day }),
    /** Print jobs in scope of a school, by department and days (printJobs). */
    list: (m, reader: ScopedReader<PrintJob>, filter: PrintJobListFilter) => {
      const qb = reader.query(m).andWhere('pj.schoolId = :schoolId', { schoolId: filter.schoolId });
      if (filter.departmentId) qb.andWhere('pj.departmentId = :departmentId', { departmentId: filter.departmentId });
      if (filter.from && filter.to) qb.andWhere('pj.printedOn BETWEEN :from AND :to', { from: filter.from, to: filter.to });
      return qb;
    },
    /** The reversals of a page of jobs (PrintJob.voidedBy): one statement. */
    reversalsOf: (m, reader: ScopedReader<PrintJob>, jobIds: readonly string[]) =>
      reader.query(m).andWhere('pj.reversesJobId IN (:...jobIds)', { jobIds }),
    /** A school's monthly charge per department (部门文印费用): jobs, sheets, pages, double-sided pages and cost, one row per department. */
    chargesByDepartment: (m, schoolId: string, from: string, to: string) =>
      figures(
        m
          .getRepository(PrintJob)
          .createQueryBuilder('pj')
          .innerJoin(Department, 'd', 'd.id = pj.departmentId')
          .select('pj.departmentId', 'departmentId')
          .addSelect('d.name', 'departmentName'),
      )
        .where('pj.schoolId = :schoolId AND pj.printedOn BETWEEN :from AND :to', { schoolId, from, to })
        .groupBy('pj.departmentId')
        .addGroupBy('d.name')
        .orderBy('d.name', 'ASC'),
    /** A page of departments' printing in a period (Department.printing): one row per department that printed. */
    totalsByDepartment: (m, departmentIds: readonly string[], from: string, to: string) =>
      figures(m.getRepository(PrintJob).createQueryBuilder('pj').select('pj.departmentId', 'departmentId'))
        .where('pj.departmentId IN (:...departmentIds) AND pj.printedOn BETWEEN :from AND :to', { departmentIds, from, to })
        .groupBy('pj.departmentId'),
    /** A page of schools' printing in a period (School.printingThisMonth, districtPrintComparison): one row per school. */
    totalsBySchool: (m, schoolIds: readonly string[], from: string, to: string) =>
      figures(
        m
          .getRepository(PrintJob)
          .createQueryBuilder('pj')
          .select('pj.schoolId', 'schoolId')
          .addSelect('COUNT(DISTINCT pj.departmentId)', 'departments'),
      )
        .where('pj.schoolId IN (:...schoolIds) AND pj.printedOn BETWEEN :from AND :to', { schoolIds, from, to })
        .groupBy('pj.schoolId'),
    /** One school's printing per month of a period (printMonths): one row per month that had jobs. */
    monthsOfSchool: (m, schoolId: string, from: string, to: string) =>
      figures(
        m
          .getRepository(PrintJob)
          .createQueryBuilder('pj')
          .select('SUBSTR(pj.printedOn, 1, 7)', 'month')
          .addSelect('COUNT(DISTINCT pj.departmentId)', 'departments'),
      )
        .where('pj.schoolId = :schoolId AND pj.printedOn BETWEEN :from AND :to', { schoolId, from, to })
        .groupBy('SUBSTR(pj.printedOn, 1, 7)'),
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
  },
  {
    pricesUpTo: ['school-1', '2026-11-16'],
    list: [printJobReader(exampleRequest()), { schoolId: 'school-1', departmentId: 'department-1', from: '2026-11-01', to: '2026-11-30' }],
    reversalsOf: [printJobReader(exampleRequest()), ['job-1', 'job-2']],
    chargesByDepartment: ['school-1', '2026-11-01', '2026-11-30'],
    totalsByDepartment: [['department-1', 'department-2'], '2026-11-01', '2026-11-30'],
    totalsBySchool: [SCHOOLS, '2026-11-01', '2026-11-30'],
    monthsOfSchool: ['school-1', '2026-09-01', '2026-12-31'],
    schoolPage: ['district-1', 21, 'school-1'],
  },
);
