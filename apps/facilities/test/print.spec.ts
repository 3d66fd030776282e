/**
 * The print centre (文印中心): the 教务处 has 40 copies of a 4-page exam printed double-sided on A4;
 * the print-centre operator (held as STOREKEEPER) records each job against a department at the price
 * per page in force; the director sets the prices; the month's charge per department, with its
 * double-sided ratio, is exact; a mistaken job is voided by a reversal; a price change never rewrites
 * a job already charged; other schools see nothing; bad input is refused on its field, writing nothing.
 */
import { graphql } from 'graphql';
import pino from 'pino';
import { Viewer } from '@houqin/auth';
import { AuditEntry, currentSqlStats, withSqlStats } from '@houqin/persistence';
import { buildFederatedSchema } from '@houqin/subgraph-kit';
import { codes, expectBadInput, expectCode, expectNoWrites, ok, type TestSubgraph } from '@houqin/testing';
import { PrintJob } from '../src/print/print.entity';
import { createFacilitiesSubgraph } from '../src/subgraph';
import { CREATE_DEPARTMENT } from './place-fixtures';
import { SCHOOL_A, SCHOOL_B, staffOf, startFacilities, TEST_NOW, UNKNOWN_ID, V } from './support';

jest.setTimeout(60_000);

type Who = Parameters<TestSubgraph['as']>[0];
let sub: TestSubgraph;
const call = async <T = Record<string, unknown>>(as: Who, query: string, variables?: Record<string, unknown>) =>
  ok<T>(await sub.as(as).request(query, variables));

const JOB_FIELDS = `id kind reversesJobId schoolId departmentId requestedByStaffId recordedByAccountId title pages copies paperSize
  duplex colour printedAt printedOn printedPages sheets reason pricePerPage { yuan fen } cost { yuan fen }`;
const RECORD = `mutation($input: RecordPrintJobInput!) { recordPrintJob(input: $input) { ${JOB_FIELDS} } }`;
const VOID = `mutation($input: VoidPrintJobInput!) { voidPrintJob(input: $input) { ${JOB_FIELDS} } }`;
const SET_PRICES = `mutation($input: SetPrintPricesInput!) { setPrintPrices(input: $input) {
  schoolId paperSize colour effectiveFrom isDefault pricePerPage { yuan fen } } }`;
const PRICES = `query($schoolId: ID!, $on: String) { printPrices(schoolId: $schoolId, on: $on) {
  paperSize colour effectiveFrom isDefault pricePerPage { yuan } } }`;
const JOB = `query($id: ID!) { printJob(id: $id) { ${JOB_FIELDS} voidedBy { id kind reason cost { yuan } } } }`;
const JOBS = `query($filter: PrintJobFilter!, $first: Int) { printJobs(filter: $filter, first: $first) {
  nodes { id kind title cost { yuan } voidedBy { id } } pageInfo { hasNextPage } } }`;
const CHARGES = `query($schoolId: ID!, $month: String!) { printCharges(schoolId: $schoolId, month: $month) {
  schoolId departmentId departmentName month jobs sheets printedPages doubleSidedPages doubleSidedRatio cost { yuan fen } } }`;
const COMPARISON = `query($month: String!, $first: Int) { districtPrintComparison(month: $month, first: $first) {
  nodes { schoolId school { id } month jobs sheets printedPages doubleSidedPages doubleSidedRatio departments cost { yuan } }
  pageInfo { hasNextPage endCursor } } }`;
const SCHOOL_PRINTING = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on School { id
  printing(month: "2026-11") { jobs printedPages doubleSidedRatio cost { yuan } } } } }`;

interface JobOut {
  id: string;
  kind: string;
  title: string;
  pages: number;
  copies: number;
  printedOn: string;
  printedPages: number;
  sheets: number;
  pricePerPage: { yuan: string; fen: number };
  cost: { yuan: string; fen: number };
  [key: string]: unknown;
}

let academic: string; // 教务处 of school A
let grade3: string; // 三年级组 of school A
let academicB: string; // 教务处 of school B
const teacherA = staffOf('A', 'TEACHER');
const teacherB = staffOf('B', 'TEACHER');

const department = async (as: Who, schoolId: string, name: string) =>
  (await call<{ createDepartment: { id: string } }>(as, CREATE_DEPARTMENT, { input: { schoolId, name } })).createDepartment.id;

/** A job of school A (the 教务处's A4 exam unless told otherwise), as the input recordPrintJob takes. */
const job = (overrides: Record<string, unknown> = {}) => ({
  schoolId: SCHOOL_A,
  departmentId: academic,
  requestedByStaffId: teacherA,
  title: '三年级数学期中试卷',
  pages: 4,
  copies: 40,
  paperSize: 'A4',
  duplex: true,
  ...overrides,
});
const record = (as: Who, input: Record<string, unknown>) => sub.as(as).request(RECORD, { input });
const recorded = async (as: Who, input: Record<string, unknown>) =>
  (await call<{ recordPrintJob: JobOut }>(as, RECORD, { input })).recordPrintJob;

beforeAll(async () => {
  sub = await startFacilities();
  academic = await department(V.director, SCHOOL_A, '教务处');
  grade3 = await department(V.director, SCHOOL_A, '三年级组');
  academicB = await department(V.directorB, SCHOOL_B, '教务处');
});
afterAll(() => sub?.stop());

const jobs: Record<string, JobOut> = {};

describe('prices per page (文印单价)', () => {
  it('until the director sets any, the placeholder defaults apply: A4 ¥0.10 and A3 ¥0.20 a page, colour ten times that; any staff member reads them', async () => {
    const { printPrices } = await call<{
      printPrices: { paperSize: string; colour: boolean; isDefault: boolean; pricePerPage: { yuan: string } }[];
    }>(V.teacher, PRICES, { schoolId: SCHOOL_A });
    const price = (size: string, colour = false) => printPrices.find((p) => p.paperSize === size && p.colour === colour);
    expect(printPrices).toHaveLength(8);
    expect(printPrices.every((p) => p.isDefault)).toBe(true);
    expect([price('A4')?.pricePerPage.yuan, price('A3')?.pricePerPage.yuan, price('A4', true)?.pricePerPage.yuan]).toEqual([
      '0.10',
      '0.20',
      '1.00',
    ]);
  });

  it('the district’s admin and auditor read them too; another school’s teacher may not (FORBIDDEN)', async () => {
    for (const who of [V.admin, V.auditor])
      expect((await call<{ printPrices: unknown[] }>(who, PRICES, { schoolId: SCHOOL_A })).printPrices).toHaveLength(8);
    expectCode(await sub.as(V.teacherB).request(PRICES, { schoolId: SCHOOL_A }), 'FORBIDDEN');
  });

  it('only the general-affairs director sets them (the operator, a teacher or the auditor: FORBIDDEN, before the input is looked at)', async () => {
    const input = { schoolId: SCHOOL_A, prices: [{ paperSize: 'A4', pricePerPage: '-1' }] };
    for (const who of [V.storekeeper, V.teacher, V.principal, V.auditor, V.directorB])
      expectCode(await expectNoWrites(sub, () => sub.as(who).request(SET_PRICES, { input })), 'FORBIDDEN');
  });

  it('bad prices are refused on their field, writing nothing: a fraction of a fen, over ¥100, the same size twice, a day in the past', async () => {
    const set = (input: Record<string, unknown>) => expectNoWrites(sub, () => sub.as(V.director).request(SET_PRICES, { input }));
    expectBadInput(await set({ schoolId: SCHOOL_A, prices: [{ paperSize: 'A4', pricePerPage: '0.085' }] }), 'prices.0.pricePerPage');
    expectBadInput(await set({ schoolId: SCHOOL_A, prices: [{ paperSize: 'A3', pricePerPage: '100.01' }] }), 'prices.0.pricePerPage');
    expectBadInput(
      await set({
        schoolId: SCHOOL_A,
        prices: [
          { paperSize: 'A4', pricePerPage: '0.10' },
          { paperSize: 'A4', colour: false, pricePerPage: '0.12' },
        ],
      }),
      'prices.1.paperSize',
    );
    expectBadInput(
      await set({ schoolId: SCHOOL_A, effectiveFrom: '2026-11-15', prices: [{ paperSize: 'A4', pricePerPage: '0.12' }] }),
      'effectiveFrom',
    );
  });
});

describe('recording print jobs (印刷记录)', () => {
  it('the operator records the 教务处’s 40 copies of a 4-page exam, double-sided on A4: 160 pages on 80 sheets, ¥16.00 at ¥0.10 a page', async () => {
    const exam = await recorded(V.storekeeper, job({ printedAt: '2026-11-10T09:00:00+08:00' }));
    expect(exam).toMatchObject({
      kind: 'PRINTED',
      reversesJobId: null,
      schoolId: SCHOOL_A,
      departmentId: academic,
      requestedByStaffId: teacherA,
      recordedByAccountId: V.storekeeper.accountId,
      pages: 4,
      copies: 40,
      paperSize: 'A4',
      duplex: true,
      colour: false,
      printedOn: '2026-11-10',
      printedPages: 160,
      sheets: 80,
      reason: null,
      pricePerPage: { yuan: '0.10', fen: 10 },
      cost: { yuan: '16.00', fen: 1600 },
    });
    jobs.exam = exam;
    const audit = await sub.dataSource.getRepository(AuditEntry).findOneBy({ entityId: exam.id });
    expect(audit).toMatchObject({ action: 'printJob.record', schoolId: SCHOOL_A });
  });

  it('more of the month: a notice single-sided, the grade group’s A3 sheets and a colour poster, and October’s job', async () => {
    jobs.notice = await recorded(
      V.storekeeper,
      job({ title: '家长会通知', pages: 1, copies: 200, duplex: false, printedAt: '2026-11-12T08:30:00+08:00' }),
    );
    expect(jobs.notice).toMatchObject({ printedPages: 200, sheets: 200, cost: { yuan: '20.00' } });
    jobs.a3 = await recorded(
      V.director,
      job({
        departmentId: grade3,
        title: '作文稿纸',
        pages: 2,
        copies: 50,
        paperSize: 'A3',
        duplex: false,
        printedAt: '2026-11-13T10:00:00+08:00',
      }),
    );
    expect(jobs.a3).toMatchObject({ printedPages: 100, sheets: 100, pricePerPage: { yuan: '0.20' }, cost: { yuan: '20.00' } });
    jobs.poster = await recorded(
      V.storekeeper,
      job({
        departmentId: grade3,
        title: '运动会海报',
        pages: 1,
        copies: 10,
        duplex: false,
        colour: true,
        printedAt: '2026-11-13T11:00:00+08:00',
      }),
    );
    expect(jobs.poster).toMatchObject({ printedPages: 10, cost: { yuan: '10.00' } });
    // Printed at 23:30 on 31 October in Beijing (15:30 UTC): an October job in the school's calendar.
    jobs.october = await recorded(
      V.storekeeper,
      job({ title: '十月练习', pages: 2, copies: 30, duplex: true, printedAt: '2026-10-31T15:30:00Z' }),
    );
    expect(jobs.october.printedOn).toBe('2026-10-31');
  });

  it('bad input is refused on its field, writing nothing', async () => {
    const refused = async (input: Record<string, unknown>, field: string) =>
      expectBadInput(await expectNoWrites(sub, () => record(V.storekeeper, input)), field);
    await refused(job({ pages: 0 }), 'pages');
    await refused(job({ copies: 0 }), 'copies');
    await refused(job({ pages: 10_001 }), 'pages');
    await refused(job({ copies: 20_000 }), 'copies');
    await refused(job({ departmentId: academicB }), 'departmentId');
    await refused(job({ departmentId: UNKNOWN_ID }), 'departmentId');
    await refused(job({ requestedByStaffId: teacherB }), 'requestedByStaffId');
    await refused(job({ printedAt: '2026-11-17T08:00:00+08:00' }), 'printedAt');
    await refused(job({ title: '   ' }), 'title');
    await refused(job({ departmentId: 'not-an-id' }), 'departmentId');
  });

  it('a fractional page count is refused as bad input (GraphQL Int), writing nothing', async () => {
    const response = await expectNoWrites(sub, () => record(V.storekeeper, job({ pages: 2.5 })));
    expect(codes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.data ?? null).toBeNull();
  });

  it('a teacher, the accountant, the principal, the auditor or another school’s director may not record (FORBIDDEN before the input is looked at)', async () => {
    for (const who of [V.teacher, V.accountant, V.principal, V.auditor, V.directorB, V.storekeeperB])
      expectCode(await expectNoWrites(sub, () => record(who, job({ pages: 0, departmentId: academicB }))), 'FORBIDDEN');
  });
});

describe('a price change applies from its day; jobs keep what they were charged', () => {
  it('the director raises A4 to ¥0.12 from today: the exam recorded at ¥0.10 still costs ¥16.00; today’s reprint costs ¥19.20', async () => {
    const { setPrintPrices } = await call<{
      setPrintPrices: {
        paperSize: string;
        colour: boolean;
        effectiveFrom: string | null;
        isDefault: boolean;
        pricePerPage: { yuan: string };
      }[];
    }>(V.director, SET_PRICES, { input: { schoolId: SCHOOL_A, prices: [{ paperSize: 'A4', pricePerPage: '0.12' }] } });
    expect(setPrintPrices.find((p) => p.paperSize === 'A4' && !p.colour)).toMatchObject({
      effectiveFrom: '2026-11-16',
      isDefault: false,
      pricePerPage: { yuan: '0.12' },
    });
    const { printJob } = await call<{ printJob: JobOut }>(V.director, JOB, { id: jobs.exam.id });
    expect(printJob).toMatchObject({ pricePerPage: { yuan: '0.10' }, cost: { yuan: '16.00' } });
    jobs.reprint = await recorded(V.storekeeper, job({ title: '三年级数学期中试卷（补印）' }));
    expect(jobs.reprint).toMatchObject({
      printedOn: '2026-11-16',
      printedPages: 160,
      pricePerPage: { yuan: '0.12' },
      cost: { yuan: '19.20' },
    });
    // A job printed before the change but recorded after it is charged the price of its own day.
    jobs.late = await recorded(
      V.storekeeper,
      job({ title: '补录：周练', pages: 1, copies: 10, duplex: false, printedAt: '2026-11-14T09:00:00+08:00' }),
    );
    expect(jobs.late).toMatchObject({ pricePerPage: { yuan: '0.10' }, cost: { yuan: '1.00' } });
  });

  it('a price set ahead applies from its day only: A3 at ¥0.25 from 1 December', async () => {
    await call(V.director, SET_PRICES, {
      input: { schoolId: SCHOOL_A, effectiveFrom: '2026-12-01', prices: [{ paperSize: 'A3', pricePerPage: '0.25' }] },
    });
    const on = async (day: string | null) =>
      (
        await call<{ printPrices: { paperSize: string; colour: boolean; pricePerPage: { yuan: string } }[] }>(V.teacher, PRICES, {
          schoolId: SCHOOL_A,
          on: day,
        })
      ).printPrices
        .filter((p) => !p.colour && (p.paperSize === 'A3' || p.paperSize === 'A4'))
        .map((p) => `${p.paperSize} ${p.pricePerPage.yuan}`);
    expect(await on(null)).toEqual(['A4 0.12', 'A3 0.20']);
    expect(await on('2026-12-01')).toEqual(['A4 0.12', 'A3 0.25']);
    expect(await on('2026-11-01')).toEqual(['A4 0.10', 'A3 0.20']);
    // School B's prices are its own.
    expect(
      (await call<{ printPrices: { isDefault: boolean }[] }>(V.teacherB, PRICES, { schoolId: SCHOOL_B })).printPrices.every(
        (p) => p.isDefault,
      ),
    ).toBe(true);
  });
});

describe('voiding a mistaken job (作废) by a reversal', () => {
  it('the operator records 100 copies of 10 pages by mistake and voids it: a REVERSAL with the cost negative; the job stays as it was', async () => {
    jobs.mistake = await recorded(V.storekeeper, job({ title: '录错的任务', pages: 10, copies: 100, duplex: false }));
    expect(jobs.mistake.cost.yuan).toBe('120.00');
    const { voidPrintJob } = await call<{ voidPrintJob: JobOut }>(V.storekeeper, VOID, {
      input: { printJobId: jobs.mistake.id, reason: '份数录错' },
    });
    expect(voidPrintJob).toMatchObject({
      kind: 'REVERSAL',
      reversesJobId: jobs.mistake.id,
      departmentId: academic,
      printedOn: jobs.mistake.printedOn,
      printedPages: -1000,
      sheets: -1000,
      reason: '份数录错',
      cost: { yuan: '-120.00', fen: -12000 },
    });
    const { printJob } = await call<{ printJob: JobOut & { voidedBy: { id: string; kind: string; reason: string } } }>(V.director, JOB, {
      id: jobs.mistake.id,
    });
    expect(printJob).toMatchObject({
      kind: 'PRINTED',
      cost: { yuan: '120.00' },
      voidedBy: { id: voidPrintJob.id, kind: 'REVERSAL', reason: '份数录错' },
    });
  });

  it('voiding it again, or voiding the reversal, is a CONFLICT; a teacher may not (FORBIDDEN); another school’s job is NOT_FOUND; each writes nothing', async () => {
    const voidAs = (who: Who, printJobId: string) =>
      expectNoWrites(sub, () => sub.as(who).request(VOID, { input: { printJobId, reason: 'again' } }));
    expectCode(await voidAs(V.director, jobs.mistake.id), 'CONFLICT');
    const reversal = (await sub.dataSource.getRepository(PrintJob).findOneByOrFail({ reversesJobId: jobs.mistake.id })).id;
    expectCode(await voidAs(V.director, reversal), 'CONFLICT');
    expectCode(await voidAs(V.teacher, jobs.exam.id), 'FORBIDDEN');
    expectCode(await voidAs(V.directorB, jobs.exam.id), 'NOT_FOUND');
    expectCode(await voidAs(V.storekeeperB, jobs.exam.id), 'NOT_FOUND');
    expectCode(await voidAs(V.director, UNKNOWN_ID), 'NOT_FOUND');
  });

  it('two operators voiding the same job at once: one reversal, the other a CONFLICT (the unique index on reversesJobId on MariaDB)', async () => {
    const twice = await recorded(
      V.storekeeper,
      job({ departmentId: grade3, title: '重复登记的通知', pages: 1, copies: 10, duplex: false }),
    );
    const voids = await Promise.all(
      [V.storekeeper, V.director].map((who) => sub.as(who).request(VOID, { input: { printJobId: twice.id, reason: '重复登记' } })),
    );
    expect(voids.map((r) => (r.errors ? codes(r)[0] : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await sub.dataSource.getRepository(PrintJob).countBy({ reversesJobId: twice.id })).toBe(1);
  });

  it('no path edits or deletes a job: recordPrintJob and voidPrintJob are the only mutations answering a PrintJob', async () => {
    const { __schema } = await call<{
      __schema: { mutationType: { fields: { name: string; type: { name: string | null; ofType: { name: string | null } | null } }[] } };
    }>(V.director, '{ __schema { mutationType { fields { name type { name ofType { name } } } } } }');
    expect(
      __schema.mutationType.fields
        .filter((f) => (f.type.name ?? f.type.ofType?.name) === 'PrintJob')
        .map((f) => f.name)
        .sort(),
    ).toEqual(['recordPrintJob', 'voidPrintJob']);
  });
});

describe('the monthly charge per department (部门月度文印费用)', () => {
  it('November at school A, exact to the fen, voided jobs netted out, with the double-sided ratio', async () => {
    const { printCharges } = await call<{ printCharges: Record<string, unknown>[] }>(V.principal, CHARGES, {
      schoolId: SCHOOL_A,
      month: '2026-11',
    });
    const byName = new Map(printCharges.map((row) => [row.departmentName, row]));
    expect(printCharges).toHaveLength(2);
    // 教务处: the exam (160 pp, 80 sheets, ¥16.00), the notice (200, 200, ¥20.00), the reprint (160, 80, ¥19.20),
    // the late job (10, 10, ¥1.00); the mistake and its reversal cancel out. Double-sided: 320 of 530 pages.
    expect(byName.get('教务处')).toEqual({
      schoolId: SCHOOL_A,
      departmentId: academic,
      departmentName: '教务处',
      month: '2026-11',
      jobs: 4,
      sheets: 370,
      printedPages: 530,
      doubleSidedPages: 320,
      doubleSidedRatio: 320 / 530,
      cost: { yuan: '56.20', fen: 5620 },
    });
    // 三年级组: A3 sheets (100 pp, ¥20.00) and the colour poster (10 pp, ¥10.00), all single-sided.
    expect(byName.get('三年级组')).toMatchObject({
      jobs: 2,
      sheets: 110,
      printedPages: 110,
      doubleSidedPages: 0,
      doubleSidedRatio: 0,
      cost: { yuan: '30.00' },
    });
    const october = await call<{ printCharges: Record<string, unknown>[] }>(V.director, CHARGES, { schoolId: SCHOOL_A, month: '2026-10' });
    expect(october.printCharges).toEqual([
      expect.objectContaining({
        departmentName: '教务处',
        jobs: 1,
        printedPages: 60,
        sheets: 30,
        doubleSidedRatio: 1,
        cost: { yuan: '6.00', fen: 600 },
      }),
    ]);
  });

  it('the general-affairs office and the district read it; a teacher may not (FORBIDDEN); a bad month is refused on month', async () => {
    for (const who of [V.director, V.storekeeper, V.accountant, V.admin, V.auditor])
      expect((await call<{ printCharges: unknown[] }>(who, CHARGES, { schoolId: SCHOOL_A, month: '2026-11' })).printCharges).toHaveLength(
        2,
      );
    for (const who of [V.teacher, V.directorB])
      expectCode(await sub.as(who).request(CHARGES, { schoolId: SCHOOL_A, month: '2026-11' }), 'FORBIDDEN');
    expectBadInput(await sub.as(V.director).request(CHARGES, { schoolId: SCHOOL_A, month: '2026-13' }), 'month');
  });

  it('Department.printing: each department’s month beside places’ list, in one batched read; null for a teacher', async () => {
    const DEPARTMENTS = `query($schoolId: ID!) { departments(schoolId: $schoolId) { nodes { name
      printing(month: "2026-11") { jobs printedPages doubleSidedRatio cost { yuan } } } } }`;
    const { departments } = await call<{ departments: { nodes: { name: string; printing: Record<string, unknown> | null }[] } }>(
      V.director,
      DEPARTMENTS,
      { schoolId: SCHOOL_A },
    );
    const byName = new Map(departments.nodes.map((d) => [d.name, d.printing]));
    expect(byName.get('教务处')).toEqual({ jobs: 4, printedPages: 530, doubleSidedRatio: 320 / 530, cost: { yuan: '56.20' } });
    expect(byName.get('三年级组')).toEqual({ jobs: 2, printedPages: 110, doubleSidedRatio: 0, cost: { yuan: '30.00' } });
    const teacher = await call<{ departments: { nodes: { printing: unknown }[] } }>(V.teacher, DEPARTMENTS, { schoolId: SCHOOL_A });
    expect(teacher.departments.nodes.every((d) => d.printing === null)).toBe(true);
  });

  it('printMonths: the school month by month, October’s job and November’s, zeros for September; a bad span is refused on its field', async () => {
    const MONTHS = `query($from: String!, $to: String!) { printMonths(schoolId: "${SCHOOL_A}", fromMonth: $from, toMonth: $to) {
      month jobs printedPages departments doubleSidedRatio cost { yuan } } }`;
    const { printMonths } = await call<{ printMonths: Record<string, unknown>[] }>(V.accountant, MONTHS, {
      from: '2026-09',
      to: '2026-11',
    });
    expect(printMonths).toEqual([
      { month: '2026-09', jobs: 0, printedPages: 0, departments: 0, doubleSidedRatio: null, cost: { yuan: '0.00' } },
      { month: '2026-10', jobs: 1, printedPages: 60, departments: 1, doubleSidedRatio: 1, cost: { yuan: '6.00' } },
      { month: '2026-11', jobs: 6, printedPages: 640, departments: 2, doubleSidedRatio: 0.5, cost: { yuan: '86.20' } },
    ]);
    expectBadInput(await sub.as(V.director).request(MONTHS, { from: '2026-11', to: '2026-09' }), 'toMonth');
    expectBadInput(await sub.as(V.director).request(MONTHS, { from: '2024-01', to: '2026-11' }), 'toMonth');
    expectCode(await sub.as(V.teacher).request(MONTHS, { from: '2026-09', to: '2026-11' }), 'FORBIDDEN');
  });

  it('lists the jobs of a department and month, newest first, with their reversals; another school’s job is NOT_FOUND', async () => {
    const { printJobs } = await call<{ printJobs: { nodes: { title: string; kind: string; voidedBy: { id: string } | null }[] } }>(
      V.director,
      JOBS,
      {
        filter: { schoolId: SCHOOL_A, departmentId: academic, month: '2026-11' },
      },
    );
    expect(printJobs.nodes.map((n) => `${n.kind} ${n.title}${n.voidedBy ? ' (voided)' : ''}`)).toEqual([
      'REVERSAL 录错的任务',
      'PRINTED 录错的任务 (voided)',
      'PRINTED 补录：周练',
      'PRINTED 三年级数学期中试卷（补印）',
      'PRINTED 家长会通知',
      'PRINTED 三年级数学期中试卷',
    ]);
    expectCode(await sub.as(V.teacher).request(JOBS, { filter: { schoolId: SCHOOL_A } }), 'FORBIDDEN');
    expectCode(await sub.as(V.directorB).request(JOB, { id: jobs.exam.id }), 'NOT_FOUND');
    expectCode(await sub.as(V.teacher).request(JOB, { id: jobs.exam.id }), 'NOT_FOUND');
  });
});

describe('printing on School and the district side by side (区级文印对比)', () => {
  it('School.printing: the month’s totals of each school, batched; null where the viewer may not read it', async () => {
    const reps = [
      { __typename: 'School', id: SCHOOL_A },
      { __typename: 'School', id: SCHOOL_B },
    ];
    const { _entities } = await call<{ _entities: { id: string; printing: Record<string, unknown> | null }[] }>(V.admin, SCHOOL_PRINTING, {
      reps,
    });
    expect(_entities[0].printing).toEqual({ jobs: 6, printedPages: 640, doubleSidedRatio: 0.5, cost: { yuan: '86.20' } });
    expect(_entities[1].printing).toEqual({ jobs: 0, printedPages: 0, doubleSidedRatio: null, cost: { yuan: '0.00' } });
    const mine = await call<{ _entities: { printing: unknown }[] }>(V.director, SCHOOL_PRINTING, { reps });
    expect(mine._entities.map((e) => e.printing === null)).toEqual([false, true]);
  });

  it('the district admin pages through the schools, one row each; a director may not compare (FORBIDDEN)', async () => {
    const { districtPrintComparison } = await call<{
      districtPrintComparison: {
        nodes: { schoolId: string; school: { id: string }; cost: { yuan: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(V.auditor, COMPARISON, { month: '2026-11', first: 100 });
    const rowA = districtPrintComparison.nodes.find((n) => n.schoolId === SCHOOL_A);
    expect(rowA).toMatchObject({
      school: { id: SCHOOL_A },
      jobs: 6,
      sheets: 480,
      printedPages: 640,
      doubleSidedPages: 320,
      departments: 2,
      cost: { yuan: '86.20' },
    });
    expect(districtPrintComparison.nodes.find((n) => n.schoolId === SCHOOL_B)).toMatchObject({
      jobs: 0,
      doubleSidedRatio: null,
      cost: { yuan: '0.00' },
    });
    const first = await call<{
      districtPrintComparison: { nodes: { schoolId: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>(V.admin, COMPARISON, { month: '2026-11', first: 1 });
    expect(first.districtPrintComparison.nodes).toHaveLength(1);
    expect(first.districtPrintComparison.pageInfo.hasNextPage).toBe(true);
    expectCode(await sub.as(V.director).request(COMPARISON, { month: '2026-11' }), 'FORBIDDEN');
  });

  it('costs the same statements for a page of schools as for one', async () => {
    const definition = createFacilitiesSubgraph({ now: TEST_NOW });
    const { schema } = await buildFederatedSchema(definition);
    const statements = (first: number) =>
      withSqlStats(async () => {
        const contextValue = definition.createContext({
          viewer: new Viewer(V.admin),
          requestId: 't',
          logger: pino({ level: 'silent' }),
          dataSource: sub.dataSource,
        });
        const source = `{ districtPrintComparison(month: "2026-11", first: ${first}) { nodes { schoolId cost { fen } } } }`;
        const result = await graphql({ schema, source, contextValue });
        expect(result.errors).toBeUndefined();
        return currentSqlStats()!.statements;
      });
    expect(await statements(1)).toBe(await statements(10));
  });
});
