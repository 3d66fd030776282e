import DataLoader from 'dataloader';
import { requirePermission, schoolsAllowed } from '@houqin/auth';
import {
  badInput,
  conflict,
  type Page,
  type PageArgs,
  parseId,
  parseYuan,
  resolvePage,
  todayIn,
  toPage,
  monthOrCurrent,
} from '@houqin/common';
import { isUniqueViolation, paginate, recordAudit, type ScopedReader } from '@houqin/persistence';
import { newId } from '@houqin/common';
import type { FacilitiesContext } from '../context';
import { P } from '../permissions';
import type { Department } from '../place/place.entity';
import { PrintJob, PrintJobKind, PrintPriceEntry } from './print.entity';
import type { PrintJobFilter, RecordPrintJobInput, SetPrintPricesInput, VoidPrintJobInput } from './print.inputs';
import {
  checkCount,
  checkPricePerPage,
  checkPrintedAt,
  doubleSidedRatio,
  jobFigures,
  monthSpan,
  monthsFromTo,
  priceKeyOf,
  priceOn,
  pricesInForce,
  type PriceInForce,
  type PriceRow,
} from './print.rules';
import { printJobReader, printSql } from './print.store';
import { PrintDepartmentMonth, PrintPrice, PrintSchoolMonth } from './print.types';

type Row = Record<string, unknown>;
const num = (value: unknown) => Number(value ?? 0);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The print centre (文印中心, print/): prices per page per school, print jobs charged to departments
 * (append-only; a mistake is voided by a reversing row), the monthly charge per department with the
 * double-sided ratio, and the district's schools side by side. At `ctx.prints`.
 */
export class PrintService {
  readonly jobs: ScopedReader<PrintJob>;
  private reversalLoader?: DataLoader<string, PrintJob | null>;
  private readonly monthLoaders = new Map<string, DataLoader<string, PrintSchoolMonth | null>>();
  private readonly departmentLoaders = new Map<string, DataLoader<string, Row | null>>();

  constructor(private readonly ctx: FacilitiesContext) {
    this.jobs = printJobReader(ctx);
  }

  private get manager() {
    return this.ctx.dataSource.manager;
  }

  /** The prices per page in force at a school on a day (today when omitted): anyone of the school, district readers. */
  async prices(schoolId: string, on?: string | null): Promise<PrintPrice[]> {
    requirePermission(this.ctx.viewer, P.readPrintPrices, schoolId);
    const id = parseId(schoolId, 'schoolId');
    if (on != null && (!DAY.test(on) || Number.isNaN(Date.parse(on)))) throw badInput('on', 'on must be a date YYYY-MM-DD.');
    const day = on ?? (await this.ctx.directoryCopy.todayAt(id));
    const rows = await printSql.pricesUpTo(this.manager, id, day).getMany();
    return pricesInForce(rows as PriceRow[], day).map((price) => toPrintPrice(id, price));
  }

  /**
   * Sets a school's prices per page from a day on (the general-affairs director): permission first,
   * then the prices (exact fen, ¥0 to ¥100, each size and colour once), then one transaction that
   * appends a price row per line and an audit entry. Past jobs keep what they were charged.
   */
  async setPrices(input: SetPrintPricesInput): Promise<PrintPrice[]> {
    const viewer = requirePermission(this.ctx.viewer, P.setPrintPrices, input.schoolId);
    const seen = new Set<string>();
    const lines = input.prices.map((line, i) => {
      const field = `prices.${i}.pricePerPage`;
      const key = { paperSize: line.paperSize, colour: line.colour ?? false };
      if (seen.has(priceKeyOf(key))) throw badInput(`prices.${i}.paperSize`, 'Each paper size and colour may be priced once per call.');
      seen.add(priceKeyOf(key));
      return { ...key, pricePerPageFen: checkPricePerPage(parseYuan(line.pricePerPage, field), field) };
    });
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.ctx.directoryCopy.requireSchool(viewer.districtId, input.schoolId, 'schoolId', { open: true }, manager);
      const today = await this.ctx.directoryCopy.todayAt(school.schoolId, manager);
      const effectiveFrom = input.effectiveFrom ?? today;
      if (effectiveFrom < today)
        throw badInput(
          'effectiveFrom',
          `A price applies from today (${today}) or later: jobs already recorded keep the price they were charged.`,
        );
      const rows = lines.map((line) =>
        manager.create(PrintPriceEntry, {
          id: newId(),
          districtId: school.districtId,
          schoolId: school.schoolId,
          effectiveFrom,
          setByAccountId: viewer.accountId,
          ...line,
        }),
      );
      await manager.insert(PrintPriceEntry, rows);
      await recordAudit(manager, this.ctx, {
        action: 'printPrice.set',
        entityType: 'PrintPrice',
        entityId: school.schoolId,
        districtId: school.districtId,
        schoolId: school.schoolId,
        changes: { effectiveFrom, prices: lines },
      });
      const all = await printSql.pricesUpTo(manager, school.schoolId, effectiveFrom).getMany();
      return pricesInForce(all as PriceRow[], effectiveFrom).map((price) => toPrintPrice(school.schoolId, price));
    });
  }

  /**
   * Records a print job (the print-centre operator or the director): permission at the school first,
   * then the counts and the time, then one transaction that checks the department and the requester
   * are the school's, charges the price in force on the day it was printed, and writes the job and
   * its audit entry.
   */
  async record(input: RecordPrintJobInput): Promise<PrintJob> {
    const viewer = requirePermission(this.ctx.viewer, P.recordPrintJob, input.schoolId);
    const pages = checkCount(input.pages, 'pages');
    const copies = checkCount(input.copies, 'copies');
    const now = this.ctx.now();
    const printedAt = checkPrintedAt(input.printedAt ?? now, now);
    const colour = input.colour ?? false;
    return this.ctx.dataSource.transaction(async (manager) => {
      const school = await this.ctx.directoryCopy.requireSchool(viewer.districtId, input.schoolId, 'schoolId', { open: true }, manager);
      const department = await this.ctx.places.requireDepartmentOf(manager, school.schoolId, input.departmentId, 'departmentId');
      const requester = await this.ctx.directoryCopy.assertStaffOf(
        manager,
        school.schoolId,
        input.requestedByStaffId,
        'requestedByStaffId',
      );
      const printedOn = todayIn(await this.ctx.directoryCopy.timeZoneOf(school.schoolId, manager), printedAt);
      const prices = await printSql.pricesUpTo(manager, school.schoolId, printedOn).getMany();
      const price = priceOn(prices as PriceRow[], { paperSize: input.paperSize, colour }, printedOn);
      const job = manager.create(PrintJob, {
        id: newId(),
        districtId: school.districtId,
        schoolId: school.schoolId,
        kind: PrintJobKind.PRINTED,
        reversesJobId: null,
        departmentId: department.id,
        requestedByStaffId: requester.staffId,
        recordedByAccountId: viewer.accountId,
        title: input.title,
        pages,
        copies,
        paperSize: input.paperSize,
        duplex: input.duplex,
        colour,
        printedAt,
        printedOn,
        reason: null,
        pricePerPageFen: price.pricePerPageFen,
        ...jobFigures(pages, copies, input.duplex, price.pricePerPageFen),
      });
      await manager.insert(PrintJob, job);
      await recordAudit(manager, this.ctx, {
        action: 'printJob.record',
        entityType: 'PrintJob',
        entityId: job.id,
        districtId: job.districtId,
        schoolId: job.schoolId,
        changes: { ...input, printedAt, printedOn, pricePerPageFen: job.pricePerPageFen, costFen: job.costFen },
      });
      return manager.findOneOrFail(PrintJob, { where: { id: job.id } });
    });
  }

  /**
   * Voids a mistaken job by a reversing row (the job is not touched): the same department, month and
   * figures, negative, with the reason. Another school's job is NOT_FOUND; a reversal or a job already
   * voided is a CONFLICT (the unique index on reversesJobId settles two voids at once).
   */
  async void(input: VoidPrintJobInput): Promise<PrintJob> {
    const viewer = requirePermission(this.ctx.viewer, P.voidPrintJob);
    return this.ctx.dataSource.transaction(async (manager) => {
      const job = await this.jobs.getIn(manager, input.printJobId, 'printJobId');
      requirePermission(viewer, P.voidPrintJob, job.schoolId);
      if (job.kind !== PrintJobKind.PRINTED) throw conflict('A reversal cannot be voided; record the job again instead.');
      const already = () => conflict('This print job is already voided.', { printJobId: job.id });
      if (await manager.findOne(PrintJob, { where: { reversesJobId: job.id } })) throw already();
      const reversal = manager.create(PrintJob, {
        ...job,
        id: newId(),
        kind: PrintJobKind.REVERSAL,
        reversesJobId: job.id,
        recordedByAccountId: viewer.accountId,
        reason: input.reason,
        printedPages: -job.printedPages,
        sheets: -job.sheets,
        costFen: -job.costFen,
        createdAt: undefined,
      });
      try {
        await manager.insert(PrintJob, reversal);
      } catch (error) {
        if (isUniqueViolation(error)) throw already();
        throw error;
      }
      await recordAudit(manager, this.ctx, {
        action: 'printJob.void',
        entityType: 'PrintJob',
        entityId: job.id,
        districtId: job.districtId,
        schoolId: job.schoolId,
        changes: { reversalId: reversal.id, reason: input.reason, costFen: reversal.costFen },
      });
      return manager.findOneOrFail(PrintJob, { where: { id: reversal.id } });
    });
  }

  /** One print job (NOT_FOUND outside the viewer's reading scope). */
  get(id: string): Promise<PrintJob> {
    return this.jobs.get(id);
  }

  /** A school's print jobs, newest first, by department and month: the general-affairs office and district readers. */
  list(filter: PrintJobFilter, page: PageArgs): Promise<Page<PrintJob>> {
    requirePermission(this.ctx.viewer, P.readFacilities, filter.schoolId);
    const span = filter.month ? monthSpan(filter.month) : null;
    const listFilter = {
      schoolId: parseId(filter.schoolId, 'schoolId'),
      departmentId: filter.departmentId ? parseId(filter.departmentId, 'departmentId') : null,
      from: span?.from ?? null,
      to: span?.to ?? null,
    };
    return paginate(printSql.list(this.manager, this.jobs, listFilter), page, 'DESC');
  }

  /** The reversal that voided a job, if any: batched over a page of jobs (one statement). */
  voidedBy(job: PrintJob): Promise<PrintJob | null> {
    if (job.kind !== PrintJobKind.PRINTED) return Promise.resolve(null);
    this.reversalLoader ??= new DataLoader<string, PrintJob | null>(
      async (ids) => {
        const rows = await printSql.reversalsOf(this.manager, this.jobs, ids).getMany();
        const byJob = new Map(rows.map((row) => [row.reversesJobId, row]));
        return ids.map((id) => byJob.get(id) ?? null);
      },
      { maxBatchSize: 500 },
    );
    return this.reversalLoader.load(job.id);
  }

  /** A school's monthly charge per department (部门月度文印费用), voided jobs netted out: one statement. */
  async charges(schoolId: string, month: string): Promise<PrintDepartmentMonth[]> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolId);
    const id = parseId(schoolId, 'schoolId');
    const { from, to } = monthSpan(month);
    const rows = await printSql.chargesByDepartment(this.manager, id, from, to).getRawMany<Row>();
    return rows.map((row) =>
      Object.assign(new PrintDepartmentMonth(), {
        schoolId: id,
        departmentId: String(row.departmentId),
        departmentName: String(row.departmentName),
        ...figuresOf(month, row),
      }),
    );
  }

  /** One school's printing month by month (文印月度趋势), from fromMonth to toMonth (at most 24): one statement; months without jobs are zeros. */
  async months(schoolId: string, fromMonth: string, toMonth: string): Promise<PrintSchoolMonth[]> {
    requirePermission(this.ctx.viewer, P.readFacilities, schoolId);
    const id = parseId(schoolId, 'schoolId');
    const months = monthsFromTo(fromMonth, toMonth);
    const { from } = monthSpan(months[0]);
    const { to } = monthSpan(months[months.length - 1]);
    const rows = await printSql.monthsOfSchool(this.manager, id, from, to).getRawMany<Row>();
    const byMonth = new Map(rows.map((row) => [String(row.month), row]));
    return months.map((month) => {
      const row = byMonth.get(month);
      return Object.assign(new PrintSchoolMonth(), { schoolId: id, departments: num(row?.departments), ...figuresOf(month, row ?? {}) });
    });
  }

  /** `School.printing(month)`: batched over a page of schools (one statement); null where the viewer may not read the school's printing. */
  ofSchool(schoolId: string, month: string | null | undefined): Promise<PrintSchoolMonth | null> {
    const theMonth = monthOrCurrent(month, this.ctx.now());
    let loader = this.monthLoaders.get(theMonth);
    if (!loader) {
      loader = new DataLoader<string, PrintSchoolMonth | null>(async (schoolIds) => {
        const viewer = this.ctx.viewer;
        const allowed = viewer ? schoolsAllowed(viewer, P.readFacilities) : [];
        const readable = schoolIds.filter((id) => allowed === 'district' || allowed.includes(id));
        const totals = await this.totalsOf(readable, theMonth);
        return schoolIds.map((id) => (readable.includes(id) ? (totals.get(id) ?? emptySchoolMonth(id, theMonth)) : null));
      });
      this.monthLoaders.set(theMonth, loader);
    }
    return loader.load(schoolId);
  }

  /**
   * `Department.printing(month)`: the department's month, batched over a page of departments (one
   * statement); null where the viewer may not read its school's printing.
   */
  async ofDepartment(department: Department, month: string | null | undefined): Promise<PrintDepartmentMonth | null> {
    const viewer = this.ctx.viewer;
    const allowed = viewer ? schoolsAllowed(viewer, P.readFacilities) : [];
    if (allowed !== 'district' && !allowed.includes(department.schoolId)) return null;
    const theMonth = monthOrCurrent(month, this.ctx.now());
    const { from, to } = monthSpan(theMonth);
    let loader = this.departmentLoaders.get(theMonth);
    if (!loader) {
      loader = new DataLoader<string, Row | null>(async (ids) => {
        const rows = await printSql.totalsByDepartment(this.manager, ids, from, to).getRawMany<Row>();
        const byId = new Map(rows.map((row) => [String(row.departmentId), row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.departmentLoaders.set(theMonth, loader);
    }
    const row = await loader.load(department.id);
    return Object.assign(new PrintDepartmentMonth(), {
      schoolId: department.schoolId,
      departmentId: department.id,
      departmentName: department.name,
      ...figuresOf(theMonth, row ?? {}),
    });
  }

  /** The district's schools' printing side by side for a month (区级文印对比): district readers; two statements a page. */
  async districtComparison(month: string, page: PageArgs): Promise<Page<PrintSchoolMonth>> {
    const viewer = requirePermission(this.ctx.viewer, P.compareFacilities);
    monthSpan(month);
    const window = resolvePage(page);
    const schools = await printSql.schoolPage(this.manager, viewer.districtId, window.limit + 1, window.afterId ?? null).getRawMany<Row>();
    const ids = schools.map((row) => String(row.schoolId));
    const totals = await this.totalsOf(ids.slice(0, window.limit), month);
    const rows = ids.map((id) => totals.get(id) ?? emptySchoolMonth(id, month));
    return toPage(rows, window.limit, (row) => row.schoolId);
  }

  private async totalsOf(schoolIds: readonly string[], month: string): Promise<Map<string, PrintSchoolMonth>> {
    if (!schoolIds.length) return new Map();
    const { from, to } = monthSpan(month);
    const rows = await printSql.totalsBySchool(this.manager, schoolIds, from, to).getRawMany<Row>();
    return new Map(
      rows.map((row) => [
        String(row.schoolId),
        Object.assign(new PrintSchoolMonth(), {
          schoolId: String(row.schoolId),
          departments: num(row.departments),
          ...figuresOf(month, row),
        }),
      ]),
    );
  }
}

function figuresOf(month: string, row: Row) {
  const printedPages = num(row.printedPages);
  const doubleSidedPages = num(row.doubleSidedPages);
  return {
    month,
    jobs: num(row.jobs),
    sheets: num(row.sheets),
    printedPages,
    doubleSidedPages,
    doubleSidedRatio: doubleSidedRatio(doubleSidedPages, printedPages),
    costFen: num(row.costFen),
  };
}

function emptySchoolMonth(schoolId: string, month: string): PrintSchoolMonth {
  return Object.assign(new PrintSchoolMonth(), { schoolId, departments: 0, ...figuresOf(month, {}) });
}

function toPrintPrice(schoolId: string, price: PriceInForce): PrintPrice {
  return Object.assign(new PrintPrice(), {
    schoolId,
    paperSize: price.paperSize,
    colour: price.colour,
    pricePerPageFen: price.pricePerPageFen,
    effectiveFrom: price.effectiveFrom,
    isDefault: price.entryId === null,
  });
}
